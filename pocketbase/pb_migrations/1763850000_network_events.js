/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14), second slice: arrangementer (events) in a group.
//
//   events       a group's event: title, place, link, when; cancelled with a reason
//   event_rsvps  one answer per person and event: kommer · maaske · kommer_ikke
//
// Who reads: the group's members (as posts) and the group's coordinators. Who arranges:
// the group's moderators, the coordinators of its school, and staff who are members of
// the group. A member answers as themselves. Hooks (pb_hooks/network-events.pb.js): a
// change of time or place, or a cancellation, is told to those who said kommer or måske;
// a reminder the day before. The end may not lie before the start (lib/input.js PERIODS).

const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IN_NETWORK, unchanged, notInBody } = R;

const STAFF = `(@request.auth.role = "mentor" || @request.auth.role = "teacher" || @request.auth.role = "coordinator")`;

/** The people who arrange the events of the group at `path`. */
const arrangerOf = (path) => `(${R.moderatorOfGroup(path)} || ${R.coordinatorOfGroup(path)} || (${STAFF} && ${R.memberOfGroup(path)}))`;
/** Who reads what belongs to the group at `path`: its members in the network, and its coordinators. */
const readerOf = (path) => `((${IN_NETWORK} && ${R.memberOfGroup(path)}) || ${R.coordinatorOfGroup(path)})`;

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const groups = app.findCollectionByNameOrId("groups");

    const events = new Collection({
      type: "base",
      name: "events",
      fields: [
        { type: "relation", name: "group", required: true, maxSelect: 1, collectionId: groups.id, cascadeDelete: true },
        { type: "text", name: "title", required: true, max: 120 },
        { type: "text", name: "description", max: 2000 },
        { type: "text", name: "place", max: 200 },
        { type: "url", name: "link" },
        { type: "date", name: "startsAt", required: true },
        { type: "date", name: "endsAt" },
        // not required: a deleted account's events stay in the group
        { type: "relation", name: "createdBy", maxSelect: 1, collectionId: users.id },
        { type: "bool", name: "cancelled" },
        { type: "text", name: "cancelReason", max: 500 },
        // the reminder the day before was sent (hooks only, so it goes once)
        { type: "date", name: "remindedAt" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_events_group_startsAt ON events (`group`, startsAt)",
        "CREATE INDEX idx_events_startsAt ON events (startsAt)",
        "CREATE INDEX idx_events_updated ON events (updated)",
      ],
      listRule: `${SIGNED_IN} && ${readerOf("group")}`,
      viewRule: `${SIGNED_IN} && ${readerOf("group")}`,
      createRule: [
        `${SIGNED_IN} && @request.body.createdBy = ${ME} && group.status = "approved" && ${arrangerOf("group")}`,
        `(@request.body.cancelled:isset = false || @request.body.cancelled = false) && ${notInBody(["remindedAt", "cancelReason"])}`,
      ].join(" && "),
      updateRule: `${SIGNED_IN} && ${arrangerOf("group")} && ${unchanged(["group", "createdBy", "remindedAt"])}`,
      deleteRule: `${SIGNED_IN} && ${arrangerOf("group")}`,
    });
    app.save(events);

    const rsvps = new Collection({
      type: "base",
      name: "event_rsvps",
      fields: [
        { type: "relation", name: "event", required: true, maxSelect: 1, collectionId: events.id, cascadeDelete: true },
        { type: "relation", name: "user", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "select", name: "answer", required: true, maxSelect: 1, values: ["kommer", "maaske", "kommer_ikke"] },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_event_rsvps_event_user ON event_rsvps (event, user)",
        "CREATE INDEX idx_event_rsvps_user ON event_rsvps (user)",
        "CREATE INDEX idx_event_rsvps_updated ON event_rsvps (updated)",
      ],
      // The counts are for everyone who sees the event; my own answer also after I left.
      listRule: `${SIGNED_IN} && (user = ${ME} || ${readerOf("event.group")})`,
      viewRule: `${SIGNED_IN} && (user = ${ME} || ${readerOf("event.group")})`,
      // As myself, to an event of a group I am in, while it is not cancelled.
      createRule: `${SIGNED_IN} && ${IN_NETWORK} && @request.body.user = ${ME} && ${R.memberOfGroup("event.group")} && event.cancelled = false`,
      updateRule: `${SIGNED_IN} && user = ${ME} && ${unchanged(["event", "user"])} && event.cancelled = false`,
      deleteRule: `${SIGNED_IN} && user = ${ME}`,
    });
    app.save(rsvps);
  },
  (app) => {
    for (const name of ["event_rsvps", "events"]) app.delete(app.findCollectionByNameOrId(name));
  },
);
