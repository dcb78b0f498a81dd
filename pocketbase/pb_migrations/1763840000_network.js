/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14): the peer network of adult learners (and staff, as themselves).
//
//   network_profiles  one per person who opts in (unique user): the name shown, "om mig",
//                     the school (hook), pausedUntil (moderators, through a decision)
//   groups            class · programme · school · open; proposed by anyone in the network,
//                     approved by a coordinator (staff may start approved open groups)
//   group_members     who is in a group: member or moderator, and whether they muted it
//   posts             a group's posts, replies one level deep; visible · hidden · removed
//   post_reactions    a few plain reactions (tak, godt, staerk, kram)
//   reports           "Anmeld": a post or a profile, with a reason; a moderator decides
//   blocks            "Skjul denne person": only the blocker knows
//   moderation_log    what was decided, by whom and why (hooks only)
//
// Safety: nothing here points at plans, flags, notes or help requests, and nothing of the
// network carries an e-mail; people see each other only through network_profiles
// (tests/api/network.*.test.ts). Hook behaviour (the school, default names, a reply's
// depth, a pause, three reports hide a post, decisions) is in pb_hooks/network.pb.js.

// Shared rule fragments (pb_hooks/lib/rules.js): written once for every migration.
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_COORDINATOR, IN_NETWORK, unchanged, notInBody } = R;
// The author's edit window is the kernel's, the same as for messages.
const { EDIT_WINDOW_MINUTES } = require(`${__hooks}/lib/kernel.gen.js`);
if (!EDIT_WINDOW_MINUTES) throw new Error("kernel.gen.js has no EDIT_WINDOW_MINUTES: run npm run typegen");
const WITHIN_EDIT_WINDOW = R.createdWithinMinutes(EDIT_WINDOW_MINUTES);

const STAFF = `(@request.auth.role = "mentor" || @request.auth.role = "teacher" || @request.auth.role = "coordinator")`;
const CAN_JOIN_NETWORK = `(@request.auth.role = "learner" || ${STAFF})`;

const MB = 1024 * 1024;
const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"];
// as messages: MediaRecorder makes webm/opus, ogg, or mp4/aac (Safari's mp4 reads as video/mp4)
const VOICE_TYPES = ["audio/webm", "audio/ogg", "audio/mp4", "audio/x-m4a", "video/mp4", "audio/mpeg", "audio/aac", "audio/wav"];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const schools = app.findCollectionByNameOrId("schools");
    const classes = app.findCollectionByNameOrId("classes");
    const programmes = app.findCollectionByNameOrId("programmes");

    // ------------------------------------------------------------------ network_profiles
    const profiles = new Collection({
      type: "base",
      name: "network_profiles",
      fields: [
        { type: "relation", name: "user", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        // empty on create: the hook writes first name + last initial
        { type: "text", name: "displayName", max: 60 },
        { type: "text", name: "about", max: 160 },
        // the hook's, from the user
        { type: "relation", name: "school", maxSelect: 1, collectionId: schools.id },
        // only hooks (a moderator's decision): no posts until then
        { type: "date", name: "pausedUntil" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_network_profiles_user ON network_profiles (user)",
        "CREATE INDEX idx_network_profiles_school ON network_profiles (school)",
        "CREATE INDEX idx_network_profiles_updated ON network_profiles (updated)",
      ],
      // People in the network see each other's names (never an e-mail: there is none here).
      listRule: `${SIGNED_IN} && ${IN_NETWORK}`,
      viewRule: `${SIGNED_IN} && ${IN_NETWORK}`,
      // Opting in: my own profile; the school and a pause are the server's.
      createRule: `${SIGNED_IN} && ${CAN_JOIN_NETWORK} && @request.body.user = ${ME} && ${notInBody(["pausedUntil"])} && (@request.body.school:isset = false || @request.body.school = @request.auth.school)`,
      updateRule: `${SIGNED_IN} && user = ${ME} && ${unchanged(["user", "school"])} && ${notInBody(["pausedUntil"])}`,
      // Leaving: the hook then takes me out of every group.
      deleteRule: `${SIGNED_IN} && user = ${ME}`,
    });
    app.save(profiles);

    // ------------------------------------------------------------------ groups
    const groups = new Collection({
      type: "base",
      name: "groups",
      fields: [
        { type: "text", name: "name", required: true, max: 80 },
        { type: "text", name: "description", max: 500 },
        { type: "select", name: "kind", required: true, maxSelect: 1, values: ["class", "programme", "school", "open"] },
        // empty: an open group across schools
        { type: "relation", name: "school", maxSelect: 1, collectionId: schools.id },
        { type: "relation", name: "class", maxSelect: 1, collectionId: classes.id, cascadeDelete: true },
        { type: "relation", name: "programme", maxSelect: 1, collectionId: programmes.id, cascadeDelete: true },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["proposed", "approved"] },
        { type: "relation", name: "createdBy", maxSelect: 1, collectionId: users.id },
        // the automatic groups' key ("school:<id>", "class:<id>", "programme:<id>"), set by hooks
        { type: "text", name: "autoKey", max: 60 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_groups_school ON groups (school)",
        "CREATE INDEX idx_groups_class ON groups (class)",
        "CREATE INDEX idx_groups_programme ON groups (programme)",
        "CREATE INDEX idx_groups_createdBy ON groups (createdBy)",
        "CREATE INDEX idx_groups_updated ON groups (updated)",
        "CREATE UNIQUE INDEX idx_groups_autoKey ON groups (autoKey) WHERE autoKey != ''",
      ],
    });
    app.save(groups);

    // ------------------------------------------------------------------ group_members
    const members = new Collection({
      type: "base",
      name: "group_members",
      fields: [
        { type: "relation", name: "group", required: true, maxSelect: 1, collectionId: groups.id, cascadeDelete: true },
        { type: "relation", name: "user", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "select", name: "role", required: true, maxSelect: 1, values: ["member", "moderator"] },
        // no push for this group
        { type: "bool", name: "muted" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_group_members_group_user ON group_members (`group`, user)",
        "CREATE INDEX idx_group_members_user ON group_members (user)",
        "CREATE INDEX idx_group_members_updated ON group_members (updated)",
      ],
    });
    app.save(members);

    // Groups (now that members exist): approved groups I may join; my own groups; what I
    // proposed; the coordinators' groups to approve.
    const groupReaders = `${SIGNED_IN} && ((${IN_NETWORK} && ${R.groupOpenToMe("")}) || ${R.memberOfGroup("")} || createdBy = ${ME} || ${R.coordinatorOfGroup("")})`;
    groups.listRule = groupReaders;
    groups.viewRule = groupReaders;
    // Anyone in the network proposes a group of their school (or an open one across
    // schools); staff start approved open groups; a coordinator any group of their school.
    groups.createRule = [
      `${SIGNED_IN} && ${IN_NETWORK} && @request.body.createdBy = ${ME} && ${notInBody(["autoKey"])}`,
      `(school = @request.auth.school || (school = "" && kind = "open"))`,
      `(status = "proposed" || (${STAFF} && kind = "open") || (${IS_COORDINATOR} && school = @request.auth.school))`,
    ].join(" && ");
    // A coordinator of the school (any coordinator for a group across schools) approves and edits.
    groups.updateRule = `${SIGNED_IN} && ${R.coordinatorOfGroup("")} && ${unchanged(["createdBy", "autoKey", "kind"])} && (@request.body.school:changed = false || @request.body.school = @request.auth.school)`;
    groups.deleteRule = `${SIGNED_IN} && ${R.coordinatorOfGroup("")} && autoKey = ""`;
    app.save(groups);

    // Members of a group see each other; the group's coordinators see who is in it.
    const memberReaders = `${SIGNED_IN} && (user = ${ME} || (${IN_NETWORK} && ${R.memberOfGroup("group")}) || ${R.coordinatorOfGroup("group")})`;
    members.listRule = memberReaders;
    members.viewRule = memberReaders;
    // Joining: as myself, as a member, a group open to me.
    members.createRule = `${SIGNED_IN} && ${IN_NETWORK} && @request.body.user = ${ME} && @request.body.role = "member" && ${R.groupOpenToMe("group")}`;
    // My own row: only `muted`. A group's moderator or coordinator: only the role.
    members.updateRule = [
      `${SIGNED_IN} && ${unchanged(["group", "user"])}`,
      `((user = ${ME} && ${unchanged(["role"])}) || ((${R.moderatorOfGroup("group")} || ${R.coordinatorOfGroup("group")}) && ${unchanged(["muted"])}))`,
    ].join(" && ");
    // Leaving is my own; a coordinator may take someone out.
    members.deleteRule = `${SIGNED_IN} && (user = ${ME} || ${R.coordinatorOfGroup("group")})`;
    app.save(members);

    // ------------------------------------------------------------------ blocks
    const blocks = new Collection({
      type: "base",
      name: "blocks",
      fields: [
        { type: "relation", name: "blocker", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "blocked", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_blocks_blocker_blocked ON blocks (blocker, blocked)",
        "CREATE INDEX idx_blocks_blocked ON blocks (blocked)",
        "CREATE INDEX idx_blocks_updated ON blocks (updated)",
      ],
      // Only the blocker knows: the blocked person is never told.
      listRule: `${SIGNED_IN} && blocker = ${ME}`,
      viewRule: `${SIGNED_IN} && blocker = ${ME}`,
      createRule: `${SIGNED_IN} && ${IN_NETWORK} && @request.body.blocker = ${ME} && @request.body.blocked != ${ME}`,
      updateRule: null,
      deleteRule: `${SIGNED_IN} && blocker = ${ME}`,
    });
    app.save(blocks);

    // ------------------------------------------------------------------ posts
    const posts = new Collection({
      type: "base",
      name: "posts",
      fields: [
        { type: "relation", name: "group", required: true, maxSelect: 1, collectionId: groups.id, cascadeDelete: true },
        // not required: a deleted account's posts stay in the thread
        { type: "relation", name: "author", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "text", max: 4000 },
        { type: "file", name: "photo", maxSelect: 1, maxSize: 10 * MB, mimeTypes: IMAGE_TYPES, thumbs: ["480x0"], protected: true },
        { type: "file", name: "voice", maxSelect: 1, maxSize: 5 * MB, mimeTypes: VOICE_TYPES, protected: true },
        { type: "number", name: "voiceSeconds", min: 0, max: 120 },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["visible", "hidden", "removed"] },
        { type: "date", name: "editedAt" },
        { type: "text", name: "hiddenReason", max: 500 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_posts_group_created ON posts (`group`, created)",
        "CREATE INDEX idx_posts_author ON posts (author)",
        "CREATE INDEX idx_posts_updated ON posts (updated)",
      ],
    });
    app.save(posts);
    // a reply's post (one level deep: the hook refuses a reply to a reply)
    posts.fields.add(new RelationField({ name: "parent", maxSelect: 1, collectionId: posts.id, cascadeDelete: true }));
    posts.indexes = [...posts.indexes, "CREATE INDEX idx_posts_parent ON posts (parent)"];

    // Who reads a post:
    // - members of the group: visible posts, not of someone they blocked. A rule can say
    //   "no block of mine names the author" cheaply: the multi-valued `!=` holds when no
    //   row of the author's blocks_via_blocked has me as blocker (also when there are none);
    // - the author: their own, whatever the status;
    // - the group's moderators: all of them (hidden and removed too);
    // - the coordinators of the group's school (any coordinator across schools): hidden too, not removed.
    const postReaders = `${SIGNED_IN} && (author = ${ME} || ${R.moderatorOfGroup("group")} || (${IN_NETWORK} && ${R.memberOfGroup("group")} && status = "visible" && author.blocks_via_blocked.blocker != ${ME}) || (${R.coordinatorOfGroup("group")} && status != "removed"))`;
    posts.listRule = postReaders;
    posts.viewRule = postReaders;
    // The author, as themselves, in an approved group they are a member of (a pause is
    // checked by the hook, which can say until when); a reply stays in its post's group.
    posts.createRule = [
      `${SIGNED_IN} && ${IN_NETWORK} && @request.body.author = ${ME} && ${R.memberOfGroup("group")} && group.status = "approved"`,
      `@request.body.status = "visible" && ${notInBody(["editedAt", "hiddenReason"])}`,
      `(@request.body.parent:isset = false || @request.body.parent = "" || parent.group = group)`,
    ].join(" && ");
    // The author's words for the edit window; only the moderators (and the group's
    // coordinators) change the status, and nothing else.
    const fixed = ["group", "author", "parent", "voiceSeconds", "editedAt"];
    posts.updateRule = [
      `${SIGNED_IN} && ${unchanged(fixed)} && @request.body.photo:isset = false && @request.body.voice:isset = false`,
      `((author = ${ME} && ${WITHIN_EDIT_WINDOW} && ${unchanged(["status", "hiddenReason"])}) || ((${R.moderatorOfGroup("group")} || ${R.coordinatorOfGroup("group")}) && ${unchanged(["text"])}))`,
    ].join(" && ");
    posts.deleteRule = `${SIGNED_IN} && author = ${ME} && ${WITHIN_EDIT_WINDOW}`;
    app.save(posts);

    // ------------------------------------------------------------------ post_reactions
    const reactions = new Collection({
      type: "base",
      name: "post_reactions",
      fields: [
        { type: "relation", name: "post", required: true, maxSelect: 1, collectionId: posts.id, cascadeDelete: true },
        { type: "relation", name: "user", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "select", name: "kind", required: true, maxSelect: 1, values: ["tak", "godt", "staerk", "kram"] },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_post_reactions_post_user_kind ON post_reactions (post, user, kind)",
        "CREATE INDEX idx_post_reactions_user ON post_reactions (user)",
        "CREATE INDEX idx_post_reactions_updated ON post_reactions (updated)",
      ],
      listRule: `${SIGNED_IN} && ${IN_NETWORK} && ${R.memberOfGroup("post.group")}`,
      viewRule: `${SIGNED_IN} && ${IN_NETWORK} && ${R.memberOfGroup("post.group")}`,
      createRule: `${SIGNED_IN} && ${IN_NETWORK} && @request.body.user = ${ME} && ${R.memberOfGroup("post.group")} && post.status = "visible"`,
      updateRule: null,
      deleteRule: `${SIGNED_IN} && user = ${ME}`,
    });
    app.save(reactions);

    // ------------------------------------------------------------------ reports
    const reports = new Collection({
      type: "base",
      name: "reports",
      fields: [
        { type: "select", name: "target", required: true, maxSelect: 1, values: ["posts", "network_profiles"] },
        { type: "relation", name: "post", maxSelect: 1, collectionId: posts.id, cascadeDelete: true },
        { type: "relation", name: "profile", maxSelect: 1, collectionId: profiles.id, cascadeDelete: true },
        { type: "select", name: "reason", required: true, maxSelect: 1, values: ["uvenligt", "spam", "private_oplysninger", "andet"] },
        { type: "text", name: "text", max: 500 },
        { type: "relation", name: "reporter", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["open", "kept", "hidden", "removed"] },
        // the moderator's decision (the hook sets status, decidedBy, decidedAt and acts on it)
        { type: "select", name: "decision", maxSelect: 1, values: ["keep", "hide", "remove", "warn", "pause"] },
        { type: "number", name: "pauseDays", onlyInt: true, min: 0, max: 90 },
        { type: "text", name: "decisionNote", max: 500 },
        { type: "relation", name: "decidedBy", maxSelect: 1, collectionId: users.id },
        { type: "date", name: "decidedAt" },
        // the hook's, from the target: the post's group, and whose school decides
        { type: "relation", name: "group", maxSelect: 1, collectionId: groups.id, cascadeDelete: true },
        { type: "relation", name: "school", maxSelect: 1, collectionId: schools.id },
        // whom it is about (the post's author, the profile's person): set by the hook
        { type: "relation", name: "subject", maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        // once per target and reporter
        "CREATE UNIQUE INDEX idx_reports_post_reporter ON reports (post, reporter) WHERE post != ''",
        "CREATE UNIQUE INDEX idx_reports_profile_reporter ON reports (profile, reporter) WHERE profile != ''",
        "CREATE INDEX idx_reports_reporter ON reports (reporter)",
        "CREATE INDEX idx_reports_group_status ON reports (`group`, status)",
        "CREATE INDEX idx_reports_school_status ON reports (school, status)",
        "CREATE INDEX idx_reports_updated ON reports (updated)",
      ],
      // The reporter their own; the queue: the group's moderators and the school's coordinators.
      listRule: `${SIGNED_IN} && (reporter = ${ME} || ${R.moderatorOfGroup("group")} || ${R.coordinatorOf("school")})`,
      viewRule: `${SIGNED_IN} && (reporter = ${ME} || ${R.moderatorOfGroup("group")} || ${R.coordinatorOf("school")})`,
      // As myself, something I can see: a post of a group I am in, or a profile in the network.
      createRule: [
        `${SIGNED_IN} && ${IN_NETWORK} && @request.body.reporter = ${ME} && @request.body.status = "open"`,
        notInBody(["decision", "pauseDays", "decisionNote", "decidedBy", "decidedAt", "group", "school", "subject"]),
        `((target = "posts" && post != "" && profile = "" && ${R.memberOfGroup("post.group")}) || (target = "network_profiles" && profile != "" && post = ""))`,
      ].join(" && "),
      // Deciding an open report: only the decision, its note and a pause's days.
      updateRule: [
        `${SIGNED_IN} && status = "open" && (${R.moderatorOfGroup("group")} || ${R.coordinatorOf("school")})`,
        `@request.body.decision:isset = true && @request.body.decision != ""`,
        unchanged(["target", "post", "profile", "reason", "text", "reporter", "status", "decidedBy", "decidedAt", "group", "school", "subject"]),
      ].join(" && "),
      deleteRule: null,
    });
    app.save(reports);

    // ------------------------------------------------------------------ moderation_log
    const log = new Collection({
      type: "base",
      name: "moderation_log",
      fields: [
        { type: "select", name: "decision", required: true, maxSelect: 1, values: ["keep", "hide", "remove", "warn", "pause", "auto_hide", "restore"] },
        { type: "relation", name: "group", maxSelect: 1, collectionId: groups.id, cascadeDelete: true },
        { type: "relation", name: "post", maxSelect: 1, collectionId: posts.id },
        { type: "relation", name: "report", maxSelect: 1, collectionId: reports.id },
        // whom it was about, and their school (the coordinators read their school's log)
        { type: "relation", name: "subject", maxSelect: 1, collectionId: users.id },
        { type: "relation", name: "school", maxSelect: 1, collectionId: schools.id },
        // empty: the rule of three reports
        { type: "relation", name: "actor", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "note", max: 500 },
        { type: "date", name: "pausedUntil" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_moderation_log_group ON moderation_log (`group`)",
        "CREATE INDEX idx_moderation_log_school ON moderation_log (school)",
        "CREATE INDEX idx_moderation_log_subject ON moderation_log (subject)",
        "CREATE INDEX idx_moderation_log_updated ON moderation_log (updated)",
      ],
      listRule: `${SIGNED_IN} && (${R.coordinatorOf("school")} || ${R.moderatorOfGroup("group")})`,
      viewRule: `${SIGNED_IN} && (${R.coordinatorOf("school")} || ${R.moderatorOfGroup("group")})`,
      createRule: null,
      updateRule: null,
      deleteRule: null,
    });
    app.save(log);
  },
  (app) => {
    for (const name of ["moderation_log", "reports", "post_reactions", "posts", "blocks", "group_members", "groups", "network_profiles"]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
  },
);
