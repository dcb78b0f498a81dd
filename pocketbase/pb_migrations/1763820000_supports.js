/// <reference path="../pb_data/types.d.ts" />
// Hjælp (issue 7): the help library (help_articles), "Jeg har brug for hjælp"
// (help_requests), the IT helper role and the reading ruler preference.
//
// - Published articles are public (readable before login, for the login help);
//   drafts only by the coordinators of the article's school, who alone write them.
// - A help request is seen by the learner, their current mentor and, for IT
//   questions, the school's IT helpers. Nobody else, not even the coordinator.

// Shared rule fragments (pb_hooks/lib/rules.js): written once for every migration.
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_COORDINATOR, IS_MENTOR } = R;
const SAME_SCHOOL = R.inMySchool();

// The signed-in mentor's current mentorship of the request's learner (same row).
const MENTOR_OF_LEARNER = `${IS_MENTOR} && ${R.myCurrentLearner("learner")}`;
const IT_HELPER_OF_REQUEST = `@request.auth.role = "it_helper" && area = "it" && ${SAME_SCHOOL}`;
// Fields only the server (hooks) writes on a help request.
const SERVER_FIELDS_UNTOUCHED = R.notInBody(["learnerName", "helper", "helperName"]);

const MB = 1024 * 1024;

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const schools = app.findCollectionByNameOrId("schools");

    // ------------------------------------------------------------------ users
    // A school may have an IT helper, who also gets the IT help requests.
    const role = users.fields.getByName("role");
    if (!role.values.includes("it_helper")) role.values = [...role.values, "it_helper"];
    // Reading ruler: a band of 1, 3 or 5 lines that follows the pointer and focus.
    users.fields.add(new SelectField({ name: "readingRuler", maxSelect: 1, values: ["off", "1", "3", "5"] }));
    app.save(users);

    // ------------------------------------------------------------------ help_articles
    const articles = new Collection({
      type: "base",
      name: "help_articles",
      fields: [
        { type: "text", name: "slug", required: true, max: 80, pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
        { type: "text", name: "title", required: true, max: 120 },
        { type: "text", name: "summary", max: 300 },
        {
          type: "select",
          name: "group",
          required: true,
          maxSelect: 1,
          values: ["ordblind", "tal", "it", "okonomi", "livet"],
        },
        // Markdown. Cleaned by a hook on save, rendered and sanitized (DOMPurify) on the device.
        { type: "text", name: "body", required: true, max: 30000 },
        // Public files (published articles are public); 5 MB, pictures only (no SVG: it can hold script).
        {
          type: "file",
          name: "images",
          maxSelect: 12,
          maxSize: 5 * MB,
          mimeTypes: ["image/jpeg", "image/png", "image/webp", "image/gif"],
          protected: false,
        },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["draft", "published"] },
        { type: "number", name: "order", onlyInt: true, min: 0, max: 999 },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "relation", name: "author", maxSelect: 1, collectionId: users.id },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_help_articles_slug ON help_articles (slug)",
        "CREATE INDEX idx_help_articles_school ON help_articles (school)",
        "CREATE INDEX idx_help_articles_status ON help_articles (status)",
      ],
      // Published: everyone, also before login. Drafts: the coordinators of the school.
      listRule: `status = "published" || (${IS_COORDINATOR} && ${SAME_SCHOOL})`,
      viewRule: `status = "published" || (${IS_COORDINATOR} && ${SAME_SCHOOL})`,
      createRule: `${IS_COORDINATOR} && @request.body.school = @request.auth.school && (@request.body.author:isset = false || @request.body.author = "" || @request.body.author = ${ME})`,
      updateRule: `${IS_COORDINATOR} && ${SAME_SCHOOL} && (@request.body.school:isset = false || @request.body.school = @request.auth.school) && (@request.body.author:isset = false || @request.body.author = "" || @request.body.author = ${ME})`,
      deleteRule: `${IS_COORDINATOR} && ${SAME_SCHOOL}`,
    });
    app.save(articles);

    // ------------------------------------------------------------------ help_requests
    const requests = new Collection({
      type: "base",
      name: "help_requests",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "select", name: "area", required: true, maxSelect: 1, values: ["laesning", "tal", "it", "andet"] },
        { type: "text", name: "text", max: 2000 },
        // A spoken message instead of (or with) text. Protected: needs a file token.
        // Browsers record WebM (Chrome, Firefox) or MP4 (Safari); PocketBase reads the
        // type from the content, and an MP4 with sound alone may still look like video/mp4.
        {
          type: "file",
          name: "recording",
          maxSelect: 1,
          maxSize: 10 * MB,
          mimeTypes: ["audio/webm", "audio/ogg", "audio/mp4", "audio/x-m4a", "video/mp4", "audio/mpeg", "audio/wav", "audio/aac"],
          protected: true,
        },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["open", "in_progress", "solved"] },
        // The helper's answer to the learner.
        { type: "text", name: "reply", max: 1000 },
        // Set by hooks: the learner's name (the IT helper cannot read learners'
        // records) and who took the request.
        { type: "text", name: "learnerName", max: 80 },
        { type: "relation", name: "helper", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "helperName", max: 80 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_help_requests_learner ON help_requests (learner)",
        "CREATE INDEX idx_help_requests_school_area ON help_requests (school, area)",
        "CREATE INDEX idx_help_requests_status ON help_requests (status)",
      ],
      listRule: `${SIGNED_IN} && (learner = ${ME} || (${MENTOR_OF_LEARNER}) || (${IT_HELPER_OF_REQUEST}))`,
      viewRule: `${SIGNED_IN} && (learner = ${ME} || (${MENTOR_OF_LEARNER}) || (${IT_HELPER_OF_REQUEST}))`,
      // A learner asks for themselves; it starts open and unanswered.
      createRule: `@request.auth.role = "learner" && @request.body.learner = ${ME} && @request.body.school = @request.auth.school && @request.body.status = "open" && (@request.body.reply:isset = false || @request.body.reply = "") && ${SERVER_FIELDS_UNTOUCHED}`,
      // The learner edits what they asked and may say it is solved; the mentor and
      // (IT) the IT helper move the status and answer, but never change the question.
      updateRule: `${SIGNED_IN} && @request.body.learner:isset = false && @request.body.school:isset = false && ${SERVER_FIELDS_UNTOUCHED} && (
        (learner = ${ME} && @request.body.reply:isset = false && (@request.body.status:isset = false || @request.body.status = "solved")) ||
        ((${MENTOR_OF_LEARNER} || ${IT_HELPER_OF_REQUEST}) && @request.body.text:isset = false && @request.body.area:isset = false && @request.body.recording:isset = false)
      )`,
      // A learner may take back a request nobody has started on.
      deleteRule: `learner = ${ME} && status = "open"`,
    });
    app.save(requests);
  },
  (app) => {
    for (const name of ["help_requests", "help_articles"]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
    const users = app.findCollectionByNameOrId("users");
    users.fields.removeByName("readingRuler");
    const role = users.fields.getByName("role");
    role.values = role.values.filter((v) => v !== "it_helper");
    app.save(users);
  },
);
