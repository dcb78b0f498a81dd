/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14), second slice: historier (stories) of people who made it.
//
//   stories  title, plain-text body, a photo and a read-in voice (both protected), tags
//            for "nogen som mig" (trade, age band, life situations), status
//            draft · pending · published, author, school (the author's, set here)
//
// Published stories are read by everyone in the network, across schools. A learner
// writes their own as a draft or sends it as pending; a coordinator of the school says
// yes (publishes), edits and removes. The kernel ranks them (src/lib/domain/stories.ts).

const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_COORDINATOR, IN_NETWORK, unchanged } = R;

const MB = 1024 * 1024;
const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"];
// as messages and posts: what MediaRecorder and phones make
const VOICE_TYPES = ["audio/webm", "audio/ogg", "audio/mp4", "audio/x-m4a", "video/mp4", "audio/mpeg", "audio/aac", "audio/wav"];
/** The life situations a story (and a network profile) can name: the brief's groups of adults. */
const SITUATIONS = ["ledig", "karriereskift", "barsel", "ordblind", "voksenlaerling", "uddannelsesloeft"];

const MY_SCHOOL_COORDINATOR = `(${IS_COORDINATOR} && school = @request.auth.school)`;

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const schools = app.findCollectionByNameOrId("schools");

    const stories = new Collection({
      type: "base",
      name: "stories",
      fields: [
        { type: "text", name: "title", required: true, max: 120 },
        { type: "text", name: "body", required: true, max: 6000 },
        { type: "file", name: "photo", maxSelect: 1, maxSize: 10 * MB, mimeTypes: IMAGE_TYPES, thumbs: ["480x0"], protected: true },
        { type: "file", name: "audio", maxSelect: 1, maxSize: 10 * MB, mimeTypes: VOICE_TYPES, protected: true },
        { type: "text", name: "trade", max: 80 },
        { type: "select", name: "ageBand", maxSelect: 1, values: ["25-34", "35-44", "45-54", "55+"] },
        { type: "select", name: "situations", maxSelect: SITUATIONS.length, values: SITUATIONS },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["draft", "pending", "published"] },
        // not required: a story stays when its author's account goes
        { type: "relation", name: "author", maxSelect: 1, collectionId: users.id },
        // the author's school (its coordinators say yes)
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_stories_status ON stories (status)",
        "CREATE INDEX idx_stories_author ON stories (author)",
        "CREATE INDEX idx_stories_school ON stories (school)",
        "CREATE INDEX idx_stories_updated ON stories (updated)",
      ],
      listRule: `${SIGNED_IN} && ((status = "published" && ${IN_NETWORK}) || author = ${ME} || ${MY_SCHOOL_COORDINATOR})`,
      viewRule: `${SIGNED_IN} && ((status = "published" && ${IN_NETWORK}) || author = ${ME} || ${MY_SCHOOL_COORDINATOR})`,
      // My own story, of my school: a learner as draft or pending, a coordinator also published.
      createRule: [
        `${SIGNED_IN} && ${IN_NETWORK} && @request.body.author = ${ME} && @request.body.school = @request.auth.school`,
        `(@request.body.status = "draft" || @request.body.status = "pending" || ${IS_COORDINATOR})`,
      ].join(" && "),
      // The author, while not published, never publishing; the school's coordinator decides.
      updateRule: [
        `${SIGNED_IN} && ${unchanged(["author", "school"])}`,
        `((author = ${ME} && status != "published" && (@request.body.status:isset = false || @request.body.status = "draft" || @request.body.status = "pending")) || ${MY_SCHOOL_COORDINATOR})`,
      ].join(" && "),
      deleteRule: `${SIGNED_IN} && ((author = ${ME} && status != "published") || ${MY_SCHOOL_COORDINATOR})`,
    });
    app.save(stories);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("stories"));
  },
);
