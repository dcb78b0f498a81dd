package main

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

// collectionOf must read what json.Marshal(change) writes, for every collection the
// fan-out knows, or a group's changes would fall back to the slow audited path.
func TestCollectionOfReadsEveryChange(t *testing.T) {
	names := []string{"posts", "post_reactions", "group_members", "appointment_slots", "network_profiles"}
	for name := range learnerOf {
		names = append(names, name)
	}
	for _, name := range names {
		for _, action := range []string{"create", "update", "delete"} {
			data, err := json.Marshal(change{Action: action, Collection: name, Record: map[string]any{"collection": "not this", "id": "x"}})
			if err != nil {
				t.Fatal(err)
			}
			if got := string(collectionOf(data)); got != name {
				t.Errorf("collectionOf(%s) = %q, want %q", data, got, name)
			}
		}
	}
}

func TestCollectionOfIgnoresOtherMessages(t *testing.T) {
	for _, data := range []string{``, `{}`, `{"collection":"posts"}`, `{"action":"create"}`, `{"action":"create","collection":"posts`, `PB_CONNECT`} {
		if got := collectionOf([]byte(data)); got != nil {
			t.Errorf("collectionOf(%q) = %q, want nothing", data, got)
		}
	}
}

// carry: a group's change to devices behind a door with its stream open goes to the door
// once per copy, naming each device; anything else goes straight to its device.
func TestDoorCarriesGroupChangesOnce(t *testing.T) {
	door := subscriptions.NewDefaultClient()
	relays := &doors{byId: map[string]*doorStream{}}
	relays.open("d1", door)
	defer relays.closed(door)
	behind := func() *device { d := newDevice(); d.door = "d1"; return d }
	a, b, straight, elsewhere := behind(), behind(), newDevice(), newDevice()
	elsewhere.door = "gone"
	post, _ := json.Marshal(change{Action: "create", Collection: "posts", Record: map[string]any{"id": "p1"}})
	flag, _ := json.Marshal(change{Action: "create", Collection: "flags", Record: map[string]any{"id": "f1"}})
	out := []delivery{
		{a, subscriptions.Message{Name: userTopicPrefix + "ua", Data: post}},
		{b, subscriptions.Message{Name: userTopicPrefix + "ub", Data: post}},
		{straight, subscriptions.Message{Name: userTopicPrefix + "us", Data: post}},
		{elsewhere, subscriptions.Message{Name: userTopicPrefix + "ue", Data: post}},
		{a, subscriptions.Message{Name: userTopicPrefix + "ua", Data: flag}}, // audited: never relayed
	}
	direct := relays.carry(out)
	if len(direct) != 3 || direct[0].client != straight || direct[1].client != elsewhere || direct[2].client != a {
		t.Fatalf("straight to the devices: %v", direct)
	}
	select {
	case msg := <-door.Channel():
		want := a.Id() + ":ua," + b.Id() + ":ub|" + string(post)
		if msg.Name != doorTopicPrefix+"d1" || string(msg.Data) != want {
			t.Errorf("door got %s %s, want %s", msg.Name, msg.Data, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the door got nothing")
	}
	select {
	case msg := <-door.Channel():
		t.Errorf("the door got a second message: %s", msg.Data)
	case <-time.After(100 * time.Millisecond):
	}
	// no door open: everything straight
	if got := (&doors{byId: map[string]*doorStream{}}).carry(out); len(got) != len(out) {
		t.Errorf("without a door %d of %d went straight", len(got), len(out))
	}
}

// The door gets a record's changes in the order they were made (a post, then its hiding).
func TestDoorGetsChangesInOrder(t *testing.T) {
	door := subscriptions.NewDefaultClient()
	relays := &doors{byId: map[string]*doorStream{}}
	relays.open("d1", door)
	defer relays.closed(door)
	a := newDevice()
	a.door = "d1"
	for i := 0; i < 200; i++ {
		data, _ := json.Marshal(change{Action: "update", Collection: "posts", Record: map[string]any{"id": "p1", "n": i}})
		relays.carry([]delivery{{a, subscriptions.Message{Name: userTopicPrefix + "ua", Data: data}}})
	}
	for i := 0; i < 200; i++ {
		select {
		case msg := <-door.Channel():
			var got struct {
				Record struct{ N int } `json:"record"`
			}
			if err := json.Unmarshal(msg.Data[bytes.IndexByte(msg.Data, '|')+1:], &got); err != nil || got.Record.N != i {
				t.Fatalf("message %d was change %d (%v)", i, got.Record.N, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("the door got %d of 200", i)
		}
	}
}
