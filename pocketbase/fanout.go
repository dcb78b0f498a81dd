// Realtime by recipient (docs/ARCHITECTURE.md, "Realtime by recipient").
//
// PocketBase's own realtime checks every connected client's subscriptions against
// every change: with devices subscribed to "*" of a collection, one write costs one
// access-rule query (with its joins) per device online. For the collections here,
// devices subscribe instead to their own topic, sammen/user/<their id>, and a change
// goes only to the people it is about:
//
//  1. candidates: the learner the record is about, the people around that learner
//     (every mentor they had, the teachers of their classes, the school's coordinators
//     and IT helpers) and every person the record points at (sender, author, raisedBy,
//     user …): one SQL query, a superset of who may see it;
//  2. only candidates with a device online count (an in-memory map user → devices);
//  3. for each of them PocketBase's own check decides: the collection's list rule for
//     that person (app.CanAccessRecord, as the built-in realtime does), and the record
//     is serialized for that person (a fresh copy, the enrich hooks, e-mail visibility),
//     so each gets exactly what their own request for the record would return.
//
// The access rules in pb_migrations stay the one source of truth: the candidate list
// only decides whom to ask, never who may see. Deletions are checked before the row
// goes (as PocketBase does) and sent after the delete is committed.
package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/routine"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// userTopicPrefix + a user's id: the one topic a device of that user may subscribe to.
const userTopicPrefix = "sammen/user/"

// The collections sent by recipient, and how to find the learner a record is about
// ("" = the record has no learner: only the people it points at get it). Keep in step
// with fannedOut in src/lib/sync/realtime.ts.
var learnerOf = map[string]func(r *core.Record) string{
	"users":              func(r *core.Record) string { return r.Id },
	"conversations":      func(r *core.Record) string { return r.GetString("learner") },
	"messages":           func(r *core.Record) string { return r.GetString("conversation") },
	"plans":              byLearner,
	"plan_phases":        byLearner,
	"milestones":         byLearner,
	"milestone_evidence": byLearner,
	"plan_changes":       byLearner,
	"help_requests":      byLearner,
	"flags":              byLearner,
	"flag_comments":      byLearner,
	"flag_staff_notes":   byLearner,
	"kudos":              byLearner,
	"notes":              byLearner,
	"handovers":          byLearner,
	"timeline":           byLearner,
	"audit_log":          byLearner,
	"notifications":      nobody,
	"push_subscriptions": nobody,
	// the peer network (issue 14): no learner; the group's audience (groupOf) instead
	"group_members":  nobody,
	"posts":          nobody,
	"post_reactions": nobody,
	"reports":        nobody,
	"blocks":         nobody,
	"moderation_log": nobody,
	// the second slice: events and answers to the group's audience (groupOf); a buddy
	// pair and its messages only to the two (from/to, sender/recipient: users relations)
	"events":         nobody,
	"event_rsvps":    nobody,
	"buddies":        nobody,
	"buddy_messages": nobody,
	// a mentor's free times: the mentor and the learner a time is proposed to point at
	// it; the rest of their learners come from learnersOfMentor below
	"appointment_slots": nobody,
	"appointments":      byLearner,
	"checkins":          byLearner,
	"checkin_words":     byLearner,
}

// Collections whose records go to the learners of the mentor in this field (a superset:
// every learner they had; the list rule keeps the current ones).
var learnersOfMentor = map[string]string{
	"appointment_slots": "mentor",
}

const mentorsLearners = `SELECT learner FROM mentorships WHERE mentor = {:mentor}`

// The network's collections that belong to a group, and how to find it: their changes go
// to the group's members and its coordinators (aroundGroup), still checked per person by
// the list rule. ("" = no group: a report about a profile, a deleted post's reaction.)
var groupOf = map[string]func(app core.App, r *core.Record) string{
	"group_members":  byGroup,
	"posts":          byGroup,
	"reports":        byGroup,
	"moderation_log": byGroup,
	"post_reactions": func(app core.App, r *core.Record) string {
		var group string
		_ = app.DB().NewQuery(`SELECT "group" FROM posts WHERE id = {:post}`).Bind(dbx.Params{"post": r.GetString("post")}).Row(&group)
		return group
	},
	"events": byGroup,
	"event_rsvps": func(app core.App, r *core.Record) string {
		var group string
		_ = app.DB().NewQuery(`SELECT "group" FROM events WHERE id = {:event}`).Bind(dbx.Params{"event": r.GetString("event")}).Row(&group)
		return group
	},
}

func byGroup(_ core.App, r *core.Record) string { return r.GetString("group") }

// Collections whose records can become invisible to readers who had them (a post a
// moderator hides): those readers get a delete, so their devices drop it at once
// instead of at the next sweep.
var dropOnLostAccess = map[string]bool{"posts": true}

// Everyone who may see a record of a group: its members and the coordinators of its
// school (every coordinator for a group across schools). A superset; the rule decides.
const aroundGroup = `
	SELECT user AS id FROM group_members WHERE "group" = {:group}
	UNION SELECT staff.id FROM users staff JOIN groups g ON g.id = {:group}
		WHERE staff.role = 'coordinator' AND (staff.school = g.school OR g.school = '')`

// The coordinators of the school a record names (reports and the moderation log).
const coordinatorsOfSchool = `SELECT id FROM users WHERE role = 'coordinator' AND school = {:school}`

func byLearner(r *core.Record) string { return r.GetString("learner") }
func nobody(*core.Record) string      { return "" }

// Everyone who may be allowed to see a record about this learner (a superset; the
// list rule decides).
const aroundLearner = `
	SELECT {:learner} AS id
	UNION SELECT mentor FROM mentorships WHERE learner = {:learner}
	UNION SELECT teacher.id FROM class_members mine
		JOIN class_members other ON other.class = mine.class
		JOIN users teacher ON teacher.id = other.user AND teacher.role = 'teacher'
		WHERE mine.user = {:learner}
	UNION SELECT staff.id FROM users staff JOIN users learner ON learner.id = {:learner}
		WHERE staff.school = learner.school AND staff.role IN ('coordinator', 'it_helper')`

// devices: which realtime clients belong to which user (only those subscribed to
// their own topic).
type devices struct {
	mu     sync.RWMutex
	byUser map[string]map[string]subscriptions.Client
	userOf map[string]string
}

func (d *devices) add(userId string, client subscriptions.Client) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.byUser[userId] == nil {
		d.byUser[userId] = map[string]subscriptions.Client{}
	}
	d.byUser[userId][client.Id()] = client
	d.userOf[client.Id()] = userId
}

func (d *devices) remove(clientId string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	userId, ok := d.userOf[clientId]
	if !ok {
		return
	}
	delete(d.userOf, clientId)
	delete(d.byUser[userId], clientId)
	if len(d.byUser[userId]) == 0 {
		delete(d.byUser, userId)
	}
}

func (d *devices) of(userId string) []subscriptions.Client {
	d.mu.RLock()
	defer d.mu.RUnlock()
	out := make([]subscriptions.Client, 0, len(d.byUser[userId]))
	for _, c := range d.byUser[userId] {
		out = append(out, c)
	}
	return out
}

// ofAll: the devices of each of these users who is online, under one lock.
func (d *devices) ofAll(userIds []string) map[string][]subscriptions.Client {
	d.mu.RLock()
	defer d.mu.RUnlock()
	out := map[string][]subscriptions.Client{}
	for _, id := range userIds {
		for _, c := range d.byUser[id] {
			out[id] = append(out[id], c)
		}
	}
	return out
}

// change is what a device receives on its topic.
type change struct {
	Action     string `json:"action"`
	Collection string `json:"collection"`
	Record     any    `json:"record"`
}

// collectionOf reads the collection of a change this file wrote (json.Marshal of
// `change` puts it second, after the action) without parsing the whole record: it runs
// once per device per change, 1,000 times for one post in a big group, where a full
// json.Unmarshal cost 3 µs each.
func collectionOf(data []byte) []byte {
	const key = `","collection":"`
	head := data[:min(len(data), 96)]
	i := bytes.Index(head, []byte(key))
	if !bytes.HasPrefix(data, []byte(`{"action":"`)) || i < 0 {
		return nil
	}
	rest := head[i+len(key):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return nil
	}
	return rest[:end]
}

type delivery struct {
	client subscriptions.Client
	msg    subscriptions.Message
}

func bindRealtimeFanout(app core.App) {
	online := &devices{byUser: map[string]map[string]subscriptions.Client{}, userOf: map[string]string{}}
	relays := &doors{byId: map[string]*doorStream{}} // relay.go

	// A device may subscribe only to its own topic; a door's stream (a superuser's) to its door's.
	app.OnRealtimeSubscribeRequest().BindFunc(func(e *core.RealtimeSubscribeRequestEvent) error {
		own, door := "", ""
		for _, sub := range e.Subscriptions {
			topic := strings.SplitN(sub, "?", 2)[0]
			if !strings.HasPrefix(topic, "sammen/") {
				continue
			}
			if strings.HasPrefix(topic, doorTopicPrefix) {
				if e.Auth == nil || !e.Auth.IsSuperuser() || len(topic) == len(doorTopicPrefix) {
					return e.ForbiddenError("Only the app's door can follow this.", nil)
				}
				door = topic[len(doorTopicPrefix):]
				continue
			}
			if e.Auth == nil || e.Auth.Collection().Name != "users" || topic != userTopicPrefix+e.Auth.Id {
				return e.ForbiddenError("You can only follow your own changes.", nil)
			}
			own = e.Auth.Id
		}
		if err := e.Next(); err != nil {
			return err
		}
		online.remove(e.Client.Id())
		relays.closed(e.Client)
		if own != "" {
			online.add(own, e.Client)
		}
		if door != "" {
			relays.open(door, e.Client)
		}
		return nil
	})
	app.OnRealtimeConnectRequest().BindFunc(func(e *core.RealtimeConnectRequestEvent) error {
		d := newDevice()
		d.Set(apis.RealtimeClientIPKey, e.Client.Get(apis.RealtimeClientIPKey))
		d.door = e.Request.Header.Get(doorHeader)
		keepDoorStream(e)
		e.Client = d
		defer online.remove(e.Client.Id())
		defer relays.closed(e.Client)
		return e.Next() // returns when the connection ends
	})

	// Every message on its way to a device passes the audit hook (pb_hooks/audit.pb.js), a
	// call into a JS VM: at 1,000 members online that was most of a post's CPU. The group's
	// collections that are the same for every member (sameForEveryMember) are never audited
	// (lib/audit.js AUDITED: flags, notes and their comments; the hook passes everything
	// else on untouched), so on a person's own topic they are written here, before the JS.
	app.OnRealtimeMessageSend().Bind(&hook.Handler[*core.RealtimeMessageEvent]{
		Id:       "sammenUnauditedGroupChanges",
		Priority: -100,
		Func: func(e *core.RealtimeMessageEvent) error {
			if e.Message == nil {
				return e.Next()
			}
			relayed := strings.HasPrefix(e.Message.Name, doorTopicPrefix) // relay.go: only group changes
			if !relayed && !strings.HasPrefix(e.Message.Name, userTopicPrefix) {
				return e.Next()
			}
			if !relayed && !sameForEveryMember[string(collectionOf(e.Message.Data))] {
				return e.Next()
			}
			if err := e.Message.WriteSSE(e.Response, e.Client.Id()); err != nil {
				return err
			}
			return e.Flush()
		},
	})

	// What each allowed recipient gets, checked against the database as it is now.
	prepare := func(checkApp core.App, action string, record *core.Record) []delivery {
		collection := record.Collection()
		find, ok := learnerOf[collection.Name]
		if !ok || collection.ListRule == nil {
			return nil
		}
		candidates := map[string]bool{}
		for _, field := range collection.Fields {
			if rel, ok := field.(*core.RelationField); ok && rel.CollectionId == usersCollectionId(checkApp) {
				for _, id := range record.GetStringSlice(rel.Name) {
					candidates[id] = true
				}
			}
		}
		if learner := find(record); learner != "" {
			var ids []string
			if err := checkApp.DB().NewQuery(aroundLearner).Bind(dbx.Params{"learner": learner}).Column(&ids); err != nil {
				checkApp.Logger().Error("realtime fan-out: candidates", "error", err)
				return nil
			}
			for _, id := range ids {
				candidates[id] = true
			}
		}
		alike, others := readersAlike(checkApp, record, online)
		for _, id := range others {
			candidates[id] = true
		}
		if group, ok := groupOf[collection.Name]; ok && !sameForEveryMember[collection.Name] {
			var ids []string
			if g := group(checkApp, record); g != "" {
				if err := checkApp.DB().NewQuery(aroundGroup).Bind(dbx.Params{"group": g}).Column(&ids); err != nil {
					checkApp.Logger().Error("realtime fan-out: group candidates", "error", err)
				}
			}
			if school := record.GetString("school"); school != "" && collection.Fields.GetByName("school") != nil {
				var staff []string
				_ = checkApp.DB().NewQuery(coordinatorsOfSchool).Bind(dbx.Params{"school": school}).Column(&staff)
				ids = append(ids, staff...)
			}
			for _, id := range ids {
				candidates[id] = true
			}
		}
		if field, ok := learnersOfMentor[collection.Name]; ok {
			if mentor := record.GetString(field); mentor != "" {
				var ids []string
				if err := checkApp.DB().NewQuery(mentorsLearners).Bind(dbx.Params{"mentor": mentor}).Column(&ids); err != nil {
					checkApp.Logger().Error("realtime fan-out: a mentor's learners", "error", err)
					return nil
				}
				for _, id := range ids {
					candidates[id] = true
				}
			}
		}
		var out []delivery
		// Ordinary members of the record's group read it alike (readAlike, below): the rule
		// and the serialization run once for one of them, and the copy goes to them all.
		for _, class := range alike {
			rep := class[0]
			data, ok := serializeFor(app, checkApp, rep.auth, action, record)
			for _, m := range class {
				delete(candidates, m.auth.Id)
				if !ok {
					continue
				}
				for _, client := range m.clients {
					out = append(out, delivery{client, subscriptions.Message{Name: userTopicPrefix + m.auth.Id, Data: data}})
				}
			}
		}
		for userId := range candidates {
			clients := online.of(userId)
			if len(clients) == 0 {
				continue
			}
			auth, _ := clients[0].Get(apis.RealtimeClientAuthKey).(*core.Record)
			if auth == nil || auth.Id != userId {
				continue
			}
			data, ok := serializeFor(app, checkApp, auth, action, record)
			if !ok {
				continue
			}
			for _, client := range clients {
				if a, _ := client.Get(apis.RealtimeClientAuthKey).(*core.Record); a != nil && a.Id == userId {
					out = append(out, delivery{client, subscriptions.Message{Name: userTopicPrefix + userId, Data: data}})
				}
			}
		}
		return out
	}
	send := func(out []delivery) {
		for _, d := range relays.carry(out) {
			routine.FireAndForget(func() { d.client.Send(d.msg) })
		}
	}

	app.OnRecordAfterCreateSuccess().BindFunc(func(e *core.RecordEvent) error {
		send(prepare(e.App, "create", e.Record))
		return e.Next()
	})
	// Deletions: who may see it is known only while the row exists; sent once committed.
	var deleting sync.Map
	key := func(r *core.Record) string { return r.Collection().Id + "/" + r.Id }
	// Who could see a record before an update that may take it from them (dropOnLostAccess).
	var before sync.Map
	app.OnRecordUpdate().BindFunc(func(e *core.RecordEvent) error {
		if dropOnLostAccess[e.Record.Collection().Name] {
			before.Store(key(e.Record), prepare(e.App, "delete", e.Record.Original()))
		}
		return e.Next()
	})
	app.OnRecordAfterUpdateSuccess().BindFunc(func(e *core.RecordEvent) error {
		out := prepare(e.App, "update", e.Record)
		if earlier, ok := before.LoadAndDelete(key(e.Record)); ok {
			out = append(out, lostAccess(earlier.([]delivery), out)...)
		}
		send(out)
		return e.Next()
	})
	app.OnRecordAfterUpdateError().BindFunc(func(e *core.RecordErrorEvent) error {
		before.Delete(key(e.Record))
		return e.Next()
	})
	app.OnRecordDelete().BindFunc(func(e *core.RecordEvent) error {
		if _, ok := learnerOf[e.Record.Collection().Name]; ok {
			deleting.Store(key(e.Record), prepare(e.App, "delete", e.Record))
		}
		return e.Next()
	})
	app.OnRecordAfterDeleteSuccess().BindFunc(func(e *core.RecordEvent) error {
		if out, ok := deleting.LoadAndDelete(key(e.Record)); ok {
			send(out.([]delivery))
		}
		return e.Next()
	})
	app.OnRecordAfterDeleteError().BindFunc(func(e *core.RecordErrorEvent) error {
		deleting.Delete(key(e.Record))
		return e.Next()
	})
}

// lostAccess: deletes for the devices that could see the record before (earlier) and get no
// update now, with nothing of the record but its id (they had the rest, and now may not).
func lostAccess(earlier, now []delivery) []delivery {
	still := map[string]bool{}
	for _, d := range now {
		still[d.client.Id()] = true
	}
	// one id-only delete per copy sent before (a class shares one copy)
	gone := map[*byte][]byte{}
	var out []delivery
	for _, d := range earlier {
		if still[d.client.Id()] || len(d.msg.Data) == 0 {
			continue
		}
		if data, ok := gone[&d.msg.Data[0]]; ok {
			if data != nil {
				out = append(out, delivery{d.client, subscriptions.Message{Name: d.msg.Name, Data: data}})
			}
			continue
		}
		gone[&d.msg.Data[0]] = nil
		var was change
		if json.Unmarshal(d.msg.Data, &was) != nil {
			continue
		}
		id, _ := was.Record.(map[string]any)["id"].(string)
		data, err := json.Marshal(change{Action: "delete", Collection: was.Collection, Record: map[string]string{"id": id}})
		if err != nil || id == "" {
			continue
		}
		gone[&d.msg.Data[0]] = data
		out = append(out, delivery{d.client, subscriptions.Message{Name: d.msg.Name, Data: data}})
	}
	return out
}

// ------------------------------------------------------------------ readers alike
//
// A post to a group of 2,000 (tests/bench/network.bench.test.ts) has hundreds of members
// online, and asking the list rule for each (one SQL query with the rule's joins) and
// serializing a copy for each made a post cost seconds. Most of them are ordinary members,
// and for those the answer and the copy cannot differ, so they are asked once per class:
//
// The list rules of the group's collections (1763840000_network.js and later) read about
// the person asking only: their id, compared with the record's user fields (author, user,
// reporter, subject …), with their member row in the group (and its role), with the
// blocks they made (blocker = me, of the record's author), and with their network profile
// (IN_NETWORK); and their role and school (a coordinator of the group). A class here holds
// the online people who
//   - have a member row in the group with role "member" (not a moderator),
//   - are none of the users the record names (not the author, the subject, the reporter …),
//   - have blocked none of the users the record names,
//   - are not coordinators,
// and within that, share their role, their school (as their device's sign-in says, which
// is what the rule reads) and whether they have a network profile. Two people of a class
// differ only by their id, and the id enters the rules only through the comparisons above,
// which come out the same for both. The serialized copy is the same too: these collections
// have no enrich hook and no e-mail (sameForEveryMember). So the rule is still the one
// decider, asked for one person of each class (if it refuses them, it refuses the class);
// everyone else (moderators, coordinators, the author, a blocker, anyone outside the
// group) is asked alone as before. tests/api/network.realtime.test.ts checks a blocker, a
// moderator, a coordinator, the author, an ordinary member and a non-member each get
// exactly what their own request returns.

// The group's collections whose copy is the same for every reader (no enrich hook reads
// who asks, no e-mail) and whose list rule reads the person only as described above.
// A new rule that reads more of the person (e.g. their classes) must leave this list.
var sameForEveryMember = map[string]bool{"posts": true, "post_reactions": true, "group_members": true}

type reader struct {
	auth    *core.Record
	clients []subscriptions.Client
}

// Everyone around a group (aroundGroup: its members and its coordinators), each with
// whether they could be an ordinary member (role member, not a coordinator) and whether
// they are in the network; with the people the record names and their blockers (below),
// that tells the classes from the people asked alone. One query with plain joins: a post
// to a group of 2,000 asked two, with three subqueries per row, before.
const groupAudience = `
	SELECT gm.user AS id, (gm.role = 'member' AND u.role != 'coordinator') AS plain, p.id IS NOT NULL AS inNetwork
	FROM group_members gm JOIN users u ON u.id = gm.user LEFT JOIN network_profiles p ON p.user = gm.user
	WHERE gm."group" = {:group}
	UNION ALL SELECT staff.id, 0, 0 FROM users staff JOIN groups g ON g.id = {:group}
		WHERE staff.role = 'coordinator' AND (staff.school = g.school OR g.school = '')`

// Who blocked one of the users a record names ({:named}, a JSON array).
const blockersOfNamed = `SELECT blocker FROM blocks WHERE blocked IN (SELECT value FROM json_each({:named}))`

// readersAlike: the online ordinary members of the record's group, in classes of people
// the list rule and the serialization cannot tell apart (see above), and the others
// around the group (moderators, coordinators, the people the record names, blockers),
// who are asked alone.
func readersAlike(checkApp core.App, record *core.Record, online *devices) (alike [][]reader, others []string) {
	collection := record.Collection()
	group, ok := groupOf[collection.Name]
	if !ok || !sameForEveryMember[collection.Name] {
		return nil, nil
	}
	g := group(checkApp, record)
	if g == "" {
		return nil, nil
	}
	named := []string{}
	for _, field := range collection.Fields {
		if rel, ok := field.(*core.RelationField); ok && rel.CollectionId == usersCollectionId(checkApp) {
			named = append(named, record.GetStringSlice(rel.Name)...)
		}
	}
	namedJSON, _ := json.Marshal(named)
	var rows []struct {
		Id        string `db:"id"`
		Plain     bool   `db:"plain"`
		InNetwork bool   `db:"inNetwork"`
	}
	if err := checkApp.DB().NewQuery(groupAudience).Bind(dbx.Params{"group": g}).All(&rows); err != nil {
		checkApp.Logger().Error("realtime fan-out: the group's audience", "error", err)
		return nil, nil
	}
	var blockers []string
	if err := checkApp.DB().NewQuery(blockersOfNamed).Bind(dbx.Params{"named": string(namedJSON)}).Column(&blockers); err != nil {
		checkApp.Logger().Error("realtime fan-out: blockers", "error", err)
		return nil, nil
	}
	alone := make(map[string]bool, len(named)+len(blockers))
	for _, id := range append(named, blockers...) {
		alone[id] = true
	}
	ids := make([]string, len(rows))
	for i, row := range rows {
		ids[i] = row.Id
	}
	onlineNow := online.ofAll(ids)
	classes := map[string][]reader{}
	var order []string
	for _, row := range rows {
		if !row.Plain || alone[row.Id] {
			others = append(others, row.Id)
			continue
		}
		clients := onlineNow[row.Id]
		if len(clients) == 0 {
			continue
		}
		auth, _ := clients[0].Get(apis.RealtimeClientAuthKey).(*core.Record)
		who := classOf(clients[0], auth)
		if auth == nil || auth.Id != row.Id || who == "" {
			others = append(others, row.Id) // asked alone
			continue
		}
		mine := make([]subscriptions.Client, 0, len(clients))
		for _, client := range clients {
			if a, _ := client.Get(apis.RealtimeClientAuthKey).(*core.Record); a != nil && a.Id == row.Id {
				mine = append(mine, client)
			}
		}
		key := who + map[bool]string{true: "\x00in", false: "\x00out"}[row.InNetwork]
		if _, seen := classes[key]; !seen {
			order = append(order, key)
		}
		classes[key] = append(classes[key], reader{auth, mine})
	}
	alike = make([][]reader, 0, len(order))
	for _, key := range order {
		alike = append(alike, classes[key])
	}
	return alike, others
}

// classOf: what of a device's sign-in the group's list rules read (role and school), or
// "" for someone always asked alone (not a user, a coordinator). Kept on the device per
// sign-in record: reading two fields of a record costs 1 µs, 2 ms for a post to 1,000.
func classOf(client subscriptions.Client, auth *core.Record) string {
	if auth == nil {
		return ""
	}
	d, _ := client.(*device)
	if d != nil {
		if c := d.class.Load(); c != nil && c.auth == auth {
			return c.key
		}
	}
	key := ""
	if auth.Collection().Name == "users" && auth.GetString("role") != "coordinator" {
		key = auth.GetString("role") + "\x00" + auth.GetString("school")
	}
	if d != nil {
		d.class.Store(&deviceClass{auth, key})
	}
	return key
}

func usersCollectionId(app core.App) string {
	users, err := app.FindCachedCollectionByNameOrId("users")
	if err != nil {
		return ""
	}
	return users.Id
}

// serializeFor returns the record as this person's own request would get it, or false
// when the collection's list rule refuses them.
func serializeFor(app, checkApp core.App, auth *core.Record, action string, record *core.Record) ([]byte, bool) {
	collection := record.Collection()
	info := &core.RequestInfo{Context: core.RequestInfoContextRealtime, Method: "GET", Auth: auth}
	if ok, _ := checkApp.CanAccessRecord(record, info, collection.ListRule); !ok {
		return nil, false
	}
	clean := record.Fresh()
	event := new(core.RecordEnrichEvent)
	event.App = app
	event.Record = clean
	event.RequestInfo = info
	err := app.OnRecordEnrich().Trigger(event, func(e *core.RecordEnrichEvent) error {
		if collection.IsAuth() {
			if auth.Id == clean.Id {
				clean.IgnoreEmailVisibility(true)
			} else if ok, _ := checkApp.CanAccessRecord(clean, info, collection.ManageRule); ok {
				clean.IgnoreEmailVisibility(true)
			}
		}
		return nil
	})
	if err != nil {
		return nil, false
	}
	data, err := json.Marshal(change{Action: action, Collection: collection.Name, Record: clean})
	return data, err == nil
}

// device is PocketBase's realtime client with a faster answer to "which of your
// subscriptions start with this prefix?". The built-in realtime asks every client that
// six times for every change of any collection (the hooks' own rows included); the
// default answer builds a string per subscription and a map per question, which at
// thousands of devices costs more than the fan-out itself. Here each device keeps the
// first parts of its topics ("messages", "sammen") as bits, and a prefix is turned
// into its bit once per change (prefixBit), so a change of a collection the device has
// no topic of is answered with one AND, without hashing or allocating.
type device struct {
	*subscriptions.DefaultClient
	heads atomic.Uint64               // bits of the first parts of this device's topics
	class atomic.Pointer[deviceClass] // classOf, for the sign-in record it was read from
	door  string                      // the door its stream came through (relay.go), or ""
}

type deviceClass struct {
	auth *core.Record
	key  string
}

func newDevice() *device {
	return &device{DefaultClient: subscriptions.NewDefaultClient()}
}

func topicHead(topic string) string {
	if i := strings.IndexAny(topic, "/?"); i >= 0 {
		return topic[:i]
	}
	return topic
}

// Each topic head gets a bit; past 63 heads they share the last one, which only means
// the device's real subscriptions are asked (never that an event is dropped).
var headBits = struct {
	sync.RWMutex
	of map[string]uint64
}{of: map[string]uint64{}}

func headBit(head string) uint64 {
	headBits.RLock()
	bit, ok := headBits.of[head]
	headBits.RUnlock()
	if ok {
		return bit
	}
	headBits.Lock()
	defer headBits.Unlock()
	if bit, ok := headBits.of[head]; ok {
		return bit
	}
	bit = uint64(1) << min(len(headBits.of), 63)
	headBits.of[head] = bit
	return bit
}

// The last prefixes asked, by where their text lives: PocketBase asks every device
// with the same six strings per change, so after the first device the answer is a
// pointer-equal string compare instead of a hash. A miss only costs the slow path.
type prefixBitEntry struct {
	prefix string
	bit    uint64
}

var prefixCache [64]atomic.Pointer[prefixBitEntry]

func prefixBit(prefix string) uint64 {
	slot := (uintptr(unsafe.Pointer(unsafe.StringData(prefix))) >> 4) % uintptr(len(prefixCache))
	if e := prefixCache[slot].Load(); e != nil && e.prefix == prefix {
		return e.bit
	}
	bit := headBit(topicHead(prefix))
	prefixCache[slot].Store(&prefixBitEntry{prefix, bit})
	return bit
}

func (d *device) remember() {
	var bits uint64
	for sub := range d.DefaultClient.Subscriptions() {
		bits |= headBit(topicHead(sub))
	}
	d.heads.Store(bits)
}

func (d *device) Subscribe(subs ...string) {
	d.DefaultClient.Subscribe(subs...)
	d.remember()
}

func (d *device) Unsubscribe(subs ...string) {
	d.DefaultClient.Unsubscribe(subs...)
	d.remember()
}

func (d *device) Subscriptions(prefixes ...string) map[string]subscriptions.SubscriptionOptions {
	if len(prefixes) > 0 {
		heads := d.heads.Load()
		match := false
		for _, prefix := range prefixes {
			match = match || heads&prefixBit(prefix) != 0
		}
		if !match {
			return nil
		}
	}
	return d.DefaultClient.Subscriptions(prefixes...)
}
