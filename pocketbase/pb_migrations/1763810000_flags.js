/// <reference path="../pb_data/types.d.ts" />
// Caseload and flags: teachers' support flags (markeringer) with a closed loop back to
// them, their comment threads, kudos (ros), the mentor's private notes, handovers
// between mentors, a timeline of what happened, and the audit log of who looked.
//
// Who may see what follows the current mentorship and the classes, always through
// back-relations from @request.auth (my mentorships, my classes), never @collection
// joins (see 1763770000_people_and_places.js). Hooks in pb_hooks/flags.pb.js add what
// rules cannot say: joining duplicate flags, the order of a flag's statuses, the
// server's timestamps, notifications, escalation and the audit rows.

// Shared rule fragments (pb_hooks/lib/rules.js): written once for every migration.
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_COORDINATOR, notInBody } = R;

// `who` (a field or @request.body.field) is one of my current learners, as their mentor.
const MY_CURRENT_LEARNER = R.mentorOfLearner;
// The same, said from the record's side for lists (fast on a big school's lists).
const MENTOR_OF_RECORDS_LEARNER = R.mentorOfRecordLearner("learner");
// `who` is a learner in one of my classes (hold), as their teacher.
const IN_MY_CLASS = R.teacherOf;

// A flag the learner may see: the mentor has acknowledged it, has not kept it from
// them, and it is not a duplicate joined to another one.
const VISIBLE_TO_LEARNER = (flag) =>
  `${flag}status != "new" && ${flag}hiddenFromLearner = false && ${flag}joinedTo = ""`;

// Fields only hooks set on a flag.
const SERVER_FLAG_FIELDS = ["joinedTo", "escalatedAt", "acknowledgedAt", "acknowledgedBy", "closedAt", "closedBy"];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const schools = app.findCollectionByNameOrId("schools");

    // ------------------------------------------------------------------ settings on users and schools
    // "No contact for N days" on the mentor's "I dag" (empty = 10).
    users.fields.add(new NumberField({ name: "noContactDays", min: 1, max: 90, onlyInt: true }));
    app.save(users);
    // How many working days a flag may wait for its mentor before the coordinator hears (empty = 2).
    schools.fields.add(new NumberField({ name: "flagResponseDays", min: 1, max: 20, onlyInt: true }));
    app.save(schools);

    // ------------------------------------------------------------------ flags
    const flags = new Collection({
      type: "base",
      name: "flags",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id, cascadeDelete: true },
        // Who raised it (a teacher). Kept when that account is deleted: the field is then emptied.
        { type: "relation", name: "raisedBy", maxSelect: 1, collectionId: users.id },
        {
          type: "select",
          name: "category",
          required: true,
          maxSelect: 1,
          values: ["reading", "numbers", "it", "absence", "wellbeing", "economy", "apprenticeship", "personal", "other"],
        },
        { type: "select", name: "urgency", required: true, maxSelect: 1, values: ["concern", "urgent"] },
        { type: "text", name: "comment", max: 1000 },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["new", "acknowledged", "in_progress", "closed"] },
        {
          type: "select",
          name: "outcome",
          maxSelect: 1,
          values: ["sps_applied", "talk_held", "referred_it", "referred_other", "not_relevant"],
        },
        { type: "text", name: "outcomeNote", max: 500 },
        { type: "date", name: "acknowledgedAt" },
        { type: "relation", name: "acknowledgedBy", maxSelect: 1, collectionId: users.id },
        { type: "date", name: "closedAt" },
        { type: "relation", name: "closedBy", maxSelect: 1, collectionId: users.id },
        // The mentor may keep a flag from the learner only with a written reason (audited).
        { type: "bool", name: "hiddenFromLearner" },
        { type: "text", name: "hiddenReason", max: 1000 },
        // Set when nobody acknowledged it in time and the coordinator was told.
        { type: "date", name: "escalatedAt" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
    });
    app.save(flags);
    // A second open flag for the same learner and category joins the first (no new alert).
    flags.fields.add(new RelationField({ name: "joinedTo", maxSelect: 1, collectionId: flags.id, cascadeDelete: false }));
    flags.indexes = [
      "CREATE INDEX idx_flags_learner_category ON flags (learner, category, status)",
      "CREATE INDEX idx_flags_raised_by ON flags (raisedBy)",
      "CREATE INDEX idx_flags_joined_to ON flags (joinedTo)",
      "CREATE INDEX idx_flags_escalation ON flags (status, escalatedAt, created)",
      "CREATE INDEX idx_flags_school_escalated ON flags (school, escalatedAt)",
      "CREATE INDEX idx_flags_updated ON flags (updated)",
    ];
    flags.listRule = flags.viewRule = `${SIGNED_IN} && (
      (learner = ${ME} && ${VISIBLE_TO_LEARNER("")}) ||
      ${MENTOR_OF_RECORDS_LEARNER} ||
      (raisedBy = ${ME} && ${IN_MY_CLASS("learner")}) ||
      (${IS_COORDINATOR} && school = @request.auth.school && escalatedAt != "")
    )`;
    // A teacher raises a flag for a learner in one of their classes, as themselves.
    flags.createRule = `${IN_MY_CLASS("@request.body.learner")} &&
      @request.body.learner.role = "learner" &&
      @request.body.raisedBy = ${ME} &&
      @request.body.school = @request.auth.school &&
      @request.body.status = "new" &&
      (@request.body.outcome:isset = false || @request.body.outcome = "") &&
      (@request.body.outcomeNote:isset = false || @request.body.outcomeNote = "") &&
      (@request.body.hiddenFromLearner:isset = false || @request.body.hiddenFromLearner = false) &&
      (@request.body.hiddenReason:isset = false || @request.body.hiddenReason = "") &&
      ${notInBody(SERVER_FLAG_FIELDS)}`;
    // The learner's current mentor moves it on (status, outcome) and may keep it from
    // the learner with a reason. What was raised, by whom and about whom never changes.
    flags.updateRule = `${MY_CURRENT_LEARNER("learner")} &&
      ${notInBody(["learner", "school", "raisedBy", "category", "urgency", "comment", ...SERVER_FLAG_FIELDS])} &&
      (@request.body.hiddenFromLearner != true || @request.body.hiddenReason != "")`;
    // A teacher may take back a flag they raised by mistake, until the mentor has seen it.
    flags.deleteRule = `raisedBy = ${ME} && status = "new" && ${IN_MY_CLASS("learner")}`;
    app.save(flags);

    // ------------------------------------------------------------------ flag_comments
    // Two threads per flag: "staff" between the teacher who raised it and the mentor,
    // "learner" between the learner and the mentor (once the learner may see the flag).
    const comments = new Collection({
      type: "base",
      name: "flag_comments",
      fields: [
        { type: "relation", name: "flag", required: true, maxSelect: 1, collectionId: flags.id, cascadeDelete: true },
        // The flag's learner, copied so rules and "I dag" need no join.
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "author", maxSelect: 1, collectionId: users.id },
        { type: "select", name: "thread", required: true, maxSelect: 1, values: ["staff", "learner"] },
        { type: "text", name: "body", required: true, max: 2000 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_flag_comments_flag ON flag_comments (flag)",
        "CREATE INDEX idx_flag_comments_learner ON flag_comments (learner)",
        "CREATE INDEX idx_flag_comments_updated ON flag_comments (updated)",
      ],
    });
    comments.listRule = comments.viewRule = `${SIGNED_IN} && (
      (thread = "learner" && learner = ${ME} && flag.learner = ${ME} && ${VISIBLE_TO_LEARNER("flag.")}) ||
      ${MENTOR_OF_RECORDS_LEARNER} ||
      (thread = "staff" && flag.raisedBy = ${ME} && ${IN_MY_CLASS("learner")})
    )`;
    comments.createRule = `${SIGNED_IN} &&
      @request.body.author = ${ME} &&
      @request.body.learner = @request.body.flag.learner && (
        (@request.body.thread = "learner" && @request.body.learner = ${ME} && ${VISIBLE_TO_LEARNER("@request.body.flag.")}) ||
        ${MY_CURRENT_LEARNER("@request.body.learner")} ||
        (@request.body.thread = "staff" && @request.body.flag.raisedBy = ${ME} && ${IN_MY_CLASS("@request.body.learner")})
      )`;
    comments.updateRule = null;
    comments.deleteRule = null;
    app.save(comments);

    // ------------------------------------------------------------------ kudos (ros)
    const kudos = new Collection({
      type: "base",
      name: "kudos",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id, cascadeDelete: true },
        { type: "relation", name: "from", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "message", max: 500 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_kudos_learner ON kudos (learner)",
        "CREATE INDEX idx_kudos_from ON kudos (from)",
        "CREATE INDEX idx_kudos_updated ON kudos (updated)",
      ],
    });
    kudos.listRule = kudos.viewRule = `${SIGNED_IN} && (
      learner = ${ME} || from = ${ME} || ${MENTOR_OF_RECORDS_LEARNER}
    )`;
    kudos.createRule = `${IN_MY_CLASS("@request.body.learner")} &&
      @request.body.learner.role = "learner" &&
      @request.body.from = ${ME} &&
      @request.body.school = @request.auth.school`;
    kudos.updateRule = null;
    kudos.deleteRule = null;
    app.save(kudos);

    // ------------------------------------------------------------------ handovers
    // A coordinator moves a learner to another mentor. While a handover is open (and at
    // most an hour, see the hook) that coordinator may read the learner's notes.
    const handovers = new Collection({
      type: "base",
      name: "handovers",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id, cascadeDelete: true },
        { type: "relation", name: "coordinator", maxSelect: 1, collectionId: users.id },
        { type: "relation", name: "fromMentor", maxSelect: 1, collectionId: users.id },
        { type: "relation", name: "toMentor", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "reason", max: 1000 },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["open", "done", "cancelled"] },
        { type: "date", name: "expiresAt" },
        { type: "date", name: "doneAt" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_handovers_coordinator ON handovers (coordinator, learner, status)",
        "CREATE INDEX idx_handovers_school ON handovers (school)",
        "CREATE INDEX idx_handovers_updated ON handovers (updated)",
      ],
    });
    const TO_MENTOR_OK = `(@request.body.toMentor:isset = false || @request.body.toMentor = "" ||
      (@request.body.toMentor.role = "mentor" && @request.body.toMentor.school = @request.auth.school))`;
    handovers.listRule = handovers.viewRule = `${IS_COORDINATOR} && school = @request.auth.school`;
    handovers.createRule = `${IS_COORDINATOR} &&
      @request.body.coordinator = ${ME} &&
      @request.body.school = @request.auth.school &&
      @request.body.learner.school = @request.auth.school &&
      @request.body.learner.role = "learner" &&
      @request.body.status = "open" &&
      ${TO_MENTOR_OK} &&
      ${notInBody(["fromMentor", "expiresAt", "doneAt"])}`;
    handovers.updateRule = `${IS_COORDINATOR} && coordinator = ${ME} && school = @request.auth.school && status = "open" &&
      ${notInBody(["learner", "school", "coordinator", "fromMentor", "expiresAt", "doneAt"])} &&
      ${TO_MENTOR_OK}`;
    handovers.deleteRule = null;
    app.save(handovers);

    // ------------------------------------------------------------------ notes (private)
    // The mentor's own notes about a learner: never seen by the learner or teachers. They
    // follow the learner to a new mentor. A coordinator reads them only during an open
    // handover of that learner, and only when asking for it by name (?handover=<id>), so
    // they are never synced onto a coordinator's device. Every staff read is audited.
    const notes = new Collection({
      type: "base",
      name: "notes",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "author", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "body", required: true, max: 5000 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_notes_learner ON notes (learner)",
        "CREATE INDEX idx_notes_updated ON notes (updated)",
      ],
    });
    const HANDOVER = "@request.auth.handovers_via_coordinator";
    notes.listRule = notes.viewRule = `${SIGNED_IN} && (
      ${MENTOR_OF_RECORDS_LEARNER} ||
      (${IS_COORDINATOR} && @request.query.handover != "" &&
        ${HANDOVER}.id ?= @request.query.handover && ${HANDOVER}.learner ?= learner &&
        ${HANDOVER}.status ?= "open" && ${HANDOVER}.expiresAt ?> @now)
    )`;
    notes.createRule = `${MY_CURRENT_LEARNER("@request.body.learner")} && @request.body.author = ${ME}`;
    notes.updateRule = `author = ${ME} && ${MY_CURRENT_LEARNER("learner")} && ${notInBody(["learner", "author"])}`;
    notes.deleteRule = `author = ${ME} && ${MY_CURRENT_LEARNER("learner")}`;
    app.save(notes);

    // ------------------------------------------------------------------ timeline
    // Events only the server knows about (a handover, an escalation), for the learner
    // page's timeline; the rest of the timeline comes from the records themselves.
    const timeline = new Collection({
      type: "base",
      name: "timeline",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "select", name: "kind", required: true, maxSelect: 1, values: ["handover", "escalated"] },
        { type: "text", name: "text", max: 500 },
        { type: "relation", name: "actor", maxSelect: 1, collectionId: users.id },
        { type: "relation", name: "flag", maxSelect: 1, collectionId: flags.id, cascadeDelete: true },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_timeline_learner ON timeline (learner)",
        "CREATE INDEX idx_timeline_updated ON timeline (updated)",
      ],
    });
    timeline.listRule = timeline.viewRule = `${SIGNED_IN} && ${MENTOR_OF_RECORDS_LEARNER}`;
    timeline.createRule = timeline.updateRule = timeline.deleteRule = null;
    app.save(timeline);

    // ------------------------------------------------------------------ audit_log
    // Who looked at a learner's flags and notes, written only by hooks. The learner sees
    // who looked ("Hvem har set"); a coordinator looks one learner up at a time
    // (?learner=<id>), so the log is never synced onto a coordinator's device. That a
    // flag was kept from the learner (and why) is for the coordinator only.
    const audit = new Collection({
      type: "base",
      name: "audit_log",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", maxSelect: 1, collectionId: schools.id, cascadeDelete: true },
        // Who looked: kept by name and role too, so the entry outlives their account.
        { type: "relation", name: "actor", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "actorName", max: 120 },
        { type: "text", name: "actorRole", max: 20 },
        { type: "select", name: "kind", required: true, maxSelect: 1, values: ["read", "hide_flag", "handover"] },
        { type: "text", name: "collection", max: 50 },
        { type: "number", name: "count", onlyInt: true, min: 0 },
        { type: "text", name: "detail", max: 1000 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_audit_log_learner ON audit_log (learner, updated)",
        "CREATE INDEX idx_audit_log_updated ON audit_log (updated)",
      ],
    });
    audit.listRule = audit.viewRule = `${SIGNED_IN} && (
      (learner = ${ME} && kind != "hide_flag") ||
      (${IS_COORDINATOR} && school = @request.auth.school && @request.query.learner != "" && learner = @request.query.learner)
    )`;
    audit.createRule = audit.updateRule = audit.deleteRule = null;
    app.save(audit);
  },
  (app) => {
    for (const name of ["audit_log", "timeline", "notes", "handovers", "kudos", "flag_comments", "flags"]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
    const users = app.findCollectionByNameOrId("users");
    users.fields.removeByName("noContactDays");
    app.save(users);
    const schools = app.findCollectionByNameOrId("schools");
    schools.fields.removeByName("flagResponseDays");
    app.save(schools);
  },
);
