/// <reference path="../pb_data/types.d.ts" />
// People and places: schools, programmes (uddannelser), classes (hold) with their
// members, mentorships, the users' roles and reading preferences, and the `people`
// view that shows names only. Access rules here are Sammen's security boundary.
//
// Rule vocabulary used below (PocketBase filter syntax):
//   X_via_Y              the records of X whose relation Y points here (a back-relation);
//                        conditions on the same path hold for the same row
//   ?=, ?>               "any row matches", needed on joins
//   :isset               whether the request body names a field at all

// Shared rule fragments (pb_hooks/lib/rules.js): written once for every migration.
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_COORDINATOR, MY_CLASSES } = R;
const SAME_SCHOOL = R.inMySchool();

// `id` is the user being looked at; `me` the signed-in user. These start from my own
// mentorships and classes (@request.auth.X_via_Y joins only my rows, by index), never
// @collection joins: those cross every row with every other row and grow too slow
// to answer once a school has a few hundred people (tests/api/scale.test.ts).
const MY_CURRENT_LEARNER = R.myCurrentLearner("id");
const MY_CURRENT_MENTOR = R.myCurrentMentor("id");
// Someone who shares a class (hold) with me: classmates, my teachers, a teacher's learners.
const SHARES_A_CLASS = R.sharesAClassWith("id");

migrate(
  (app) => {
    // ------------------------------------------------------------------ schools
    const schools = new Collection({
      type: "base",
      name: "schools",
      fields: [
        { type: "text", name: "name", required: true, max: 120 },
        { type: "text", name: "city", max: 80 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: ["CREATE UNIQUE INDEX idx_schools_name ON schools (name)"],
      // Everyone sees their own school. Schools are created by the operator (superuser).
      listRule: `${SIGNED_IN} && id = @request.auth.school`,
      viewRule: `${SIGNED_IN} && id = @request.auth.school`,
      createRule: null,
      updateRule: `${IS_COORDINATOR} && id = @request.auth.school`,
      deleteRule: null,
    });
    app.save(schools);

    // ------------------------------------------------------------------ users
    const users = app.findCollectionByNameOrId("users");
    users.fields.add(
      new SelectField({
        name: "role",
        required: true,
        maxSelect: 1,
        values: ["learner", "mentor", "teacher", "coordinator"],
      }),
    );
    users.fields.add(
      new RelationField({
        name: "school",
        required: true,
        maxSelect: 1,
        collectionId: schools.id,
        cascadeDelete: false,
      }),
    );
    users.fields.add(new SelectField({ name: "language", maxSelect: 1, values: ["da", "en"] }));
    // Reading preferences: applied everywhere in the app, stored here and on the device.
    users.fields.add(new NumberField({ name: "textSize", min: 16, max: 28, onlyInt: true }));
    users.fields.add(
      new SelectField({ name: "font", maxSelect: 1, values: ["system", "atkinson", "opendyslexic"] }),
    );
    users.fields.add(new SelectField({ name: "lineSpacing", maxSelect: 1, values: ["normal", "wide", "wider"] }));
    users.fields.add(new SelectField({ name: "letterSpacing", maxSelect: 1, values: ["normal", "wide", "wider"] }));
    users.fields.add(new SelectField({ name: "tint", maxSelect: 1, values: ["white", "cream", "blue", "dark"] }));
    // What a learner tells about themselves; never a CPR number (only a birth year).
    users.fields.add(new NumberField({ name: "birthYear", min: 1930, max: 2015, onlyInt: true }));
    users.fields.add(new TextField({ name: "about", max: 1000 }));
    const nameField = users.fields.getByName("name");
    nameField.required = true;
    nameField.max = 80;
    users.indexes = [...users.indexes, "CREATE INDEX idx_users_school_role ON users (school, role)"];
    users.otp.enabled = true;
    users.otp.length = 6; // six digits are easier to copy than eight
    users.otp.duration = 600; // ten minutes: time to find the mail and type calmly
    app.save(users);

    // ------------------------------------------------------------------ programmes
    const programmes = new Collection({
      type: "base",
      name: "programmes",
      fields: [
        { type: "text", name: "name", required: true, max: 120 },
        { type: "select", name: "track", required: true, maxSelect: 1, values: ["EUV1", "EUV2", "EUV3"] },
        { type: "text", name: "description", max: 2000 },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_programmes_school ON programmes (school)",
        "CREATE UNIQUE INDEX idx_programmes_school_name_track ON programmes (school, name, track)",
      ],
      listRule: `${SIGNED_IN} && ${SAME_SCHOOL}`,
      viewRule: `${SIGNED_IN} && ${SAME_SCHOOL}`,
      createRule: `${IS_COORDINATOR} && @request.body.school = @request.auth.school`,
      updateRule: `${IS_COORDINATOR} && ${SAME_SCHOOL} && (@request.body.school:isset = false || @request.body.school = @request.auth.school)`,
      deleteRule: `${IS_COORDINATOR} && ${SAME_SCHOOL}`,
    });
    app.save(programmes);

    // ------------------------------------------------------------------ classes (hold)
    const classes = new Collection({
      type: "base",
      name: "classes",
      fields: [
        { type: "text", name: "name", required: true, max: 120 },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "relation", name: "programme", maxSelect: 1, collectionId: programmes.id },
        { type: "date", name: "start" },
        { type: "date", name: "end" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_classes_school ON classes (school)",
        "CREATE INDEX idx_classes_programme ON classes (programme)",
      ],
    });
    app.save(classes);

    // Members of a class: its teachers and learners (the user's role says which).
    const classMembers = new Collection({
      type: "base",
      name: "class_members",
      fields: [
        { type: "relation", name: "class", required: true, maxSelect: 1, collectionId: classes.id, cascadeDelete: true },
        { type: "relation", name: "user", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_class_members_class_user ON class_members (class, user)",
        "CREATE INDEX idx_class_members_user ON class_members (user)",
      ],
    });
    app.save(classMembers);

    // ------------------------------------------------------------------ mentorships
    // A handover ends one mentorship and starts another, so history is kept.
    const mentorships = new Collection({
      type: "base",
      name: "mentorships",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id },
        { type: "relation", name: "mentor", required: true, maxSelect: 1, collectionId: users.id },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "date", name: "start", required: true },
        { type: "date", name: "end" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_mentorships_learner ON mentorships (learner)",
        "CREATE INDEX idx_mentorships_mentor ON mentorships (mentor)",
        "CREATE INDEX idx_mentorships_school ON mentorships (school)",
      ],
    });
    app.save(mentorships);

    // ------------------------------------------------------------------ rules that need the joins above
    const IN_MY_CLASS = `${MY_CLASSES} ?= class`;
    const CLASS_OF_MY_SCHOOL = `class.school = @request.auth.school`;

    classes.listRule = classes.viewRule = `${SIGNED_IN} && (
      (${IS_COORDINATOR} && ${SAME_SCHOOL}) ||
      (@request.auth.role != "learner" && ${SAME_SCHOOL}) ||
      (${MY_CLASSES} ?= id)
    )`;
    classes.createRule = `${IS_COORDINATOR} && @request.body.school = @request.auth.school && (@request.body.programme:isset = false || @request.body.programme = "" || @request.body.programme.school = @request.auth.school)`;
    classes.updateRule = `${IS_COORDINATOR} && ${SAME_SCHOOL} && (@request.body.school:isset = false || @request.body.school = @request.auth.school) && (@request.body.programme:isset = false || @request.body.programme = "" || @request.body.programme.school = @request.auth.school)`;
    classes.deleteRule = `${IS_COORDINATOR} && ${SAME_SCHOOL}`;
    app.save(classes);

    // Members of a class see who else is in it; the coordinator of the school manages it.
    classMembers.listRule = classMembers.viewRule = `${SIGNED_IN} && (
      (${IS_COORDINATOR} && ${CLASS_OF_MY_SCHOOL}) ||
      user = ${ME} ||
      (${IN_MY_CLASS})
    )`;
    const MEMBER_BODY_IN_MY_SCHOOL = `@request.body.class.school = @request.auth.school && @request.body.user.school = @request.auth.school`;
    classMembers.createRule = `${IS_COORDINATOR} && ${MEMBER_BODY_IN_MY_SCHOOL}`;
    classMembers.updateRule = `${IS_COORDINATOR} && ${CLASS_OF_MY_SCHOOL} && (@request.body.class:isset = false || @request.body.class.school = @request.auth.school) && (@request.body.user:isset = false || @request.body.user.school = @request.auth.school)`;
    classMembers.deleteRule = `${IS_COORDINATOR} && ${CLASS_OF_MY_SCHOOL}`;
    app.save(classMembers);

    // The learner and mentor see their own mentorships (history included); the
    // coordinator manages those of the school. Nobody edits their own mentorship.
    mentorships.listRule = mentorships.viewRule = `${SIGNED_IN} && (
      learner = ${ME} || mentor = ${ME} || (${IS_COORDINATOR} && ${SAME_SCHOOL})
    )`;
    const MENTORSHIP_BODY_OK = (prefix) =>
      [
        `(${prefix}school:isset = false || @request.body.school = @request.auth.school)`,
        `(${prefix}learner:isset = false || (@request.body.learner.school = @request.auth.school && @request.body.learner.role = "learner"))`,
        `(${prefix}mentor:isset = false || (@request.body.mentor.school = @request.auth.school && @request.body.mentor.role = "mentor"))`,
      ].join(" && ");
    mentorships.createRule = `${IS_COORDINATOR} && @request.body.school = @request.auth.school && @request.body.learner.school = @request.auth.school && @request.body.learner.role = "learner" && @request.body.mentor.school = @request.auth.school && @request.body.mentor.role = "mentor"`;
    mentorships.updateRule = `${IS_COORDINATOR} && ${SAME_SCHOOL} && ${MENTORSHIP_BODY_OK("@request.body.")}`;
    mentorships.deleteRule = `${IS_COORDINATOR} && ${SAME_SCHOOL}`;
    app.save(mentorships);

    // Full user records: yourself; a coordinator their school; a mentor their current
    // learners; a teacher the learners of their classes. Others' names come from `people`.
    users.listRule = users.viewRule = `${SIGNED_IN} && (
      id = ${ME} ||
      (${IS_COORDINATOR} && ${SAME_SCHOOL}) ||
      (@request.auth.role = "mentor" && ${MY_CURRENT_LEARNER}) ||
      (@request.auth.role = "teacher" && role = "learner" && ${SHARES_A_CLASS})
    )`;
    // Only a coordinator creates accounts, and only in their own school (no public sign-up).
    users.createRule = `${IS_COORDINATOR} && @request.body.school = @request.auth.school`;
    // You edit your own profile but never your own role or school; a coordinator edits
    // the other users of their school and cannot move them to another school.
    users.updateRule = `${SIGNED_IN} && (
      (id = ${ME} && @request.body.role:isset = false && @request.body.school:isset = false) ||
      (${IS_COORDINATOR} && id != ${ME} && ${SAME_SCHOOL} && (@request.body.school:isset = false || @request.body.school = @request.auth.school))
    )`;
    users.deleteRule = `${IS_COORDINATOR} && id != ${ME} && ${SAME_SCHOOL}`;
    // Managing (setting e-mail or password without the old one, seeing e-mails).
    users.manageRule = `${IS_COORDINATOR} && id != ${ME} && ${SAME_SCHOOL}`;
    app.save(users);

    // ------------------------------------------------------------------ people (names only)
    // Learners see the names of their mentor, teachers and classmates, never more.
    const people = new Collection({
      type: "view",
      name: "people",
      viewQuery: "SELECT id, name, role, school, updated FROM users",
    });
    app.save(people);
    people.listRule = people.viewRule = `${SIGNED_IN} && (
      id = ${ME} ||
      (@request.auth.role != "learner" && role != "learner" && ${SAME_SCHOOL}) ||
      (${IS_COORDINATOR} && ${SAME_SCHOOL}) ||
      (${MY_CURRENT_MENTOR}) ||
      (${MY_CURRENT_LEARNER}) ||
      (${SHARES_A_CLASS})
    )`;
    app.save(people);

    // ------------------------------------------------------------------ settings
    const settings = app.settings();
    settings.meta.appName = "Sammen";
    // PocketBase is reached only through Sammen's Node server on the same machine,
    // which sets X-Forwarded-For; rate limits then count real clients, not the proxy.
    settings.trustedProxy.headers = ["X-Forwarded-For"];
    settings.trustedProxy.useLeftmostIP = false;
    settings.rateLimits.enabled = true;
    settings.rateLimits.rules = [
      // Guessing passwords or one-time codes: 10 tries a minute per client.
      { label: "*:auth", maxRequests: 10, duration: 60, audience: "" },
      { label: "*:requestOTP", maxRequests: 5, duration: 60, audience: "" },
      { label: "*:requestPasswordReset", maxRequests: 5, duration: 60, audience: "" },
      // Per client address, and a school's learners may share one address (NAT):
      // room for offline outboxes draining hundreds of changes at once.
      { label: "*:create", maxRequests: 1000, duration: 10, audience: "" },
      { label: "/api/batch", maxRequests: 20, duration: 1, audience: "" },
      { label: "/api/", maxRequests: 3000, duration: 10, audience: "" },
    ];
    app.save(settings);
  },
  (app) => {
    for (const name of ["people", "mentorships", "class_members", "classes", "programmes"]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
    const users = app.findCollectionByNameOrId("users");
    for (const name of ["role", "school", "language", "textSize", "font", "lineSpacing", "letterSpacing", "tint", "birthYear", "about"]) {
      users.fields.removeByName(name);
    }
    users.indexes = users.indexes.filter((i) => !i.includes("idx_users_school_role"));
    users.listRule = users.viewRule = "id = @request.auth.id";
    users.createRule = "";
    users.updateRule = users.deleteRule = "id = @request.auth.id";
    users.manageRule = null;
    app.save(users);
    app.delete(app.findCollectionByNameOrId("schools"));
  },
);
