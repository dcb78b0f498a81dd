/// <reference path="../pb_data/types.d.ts" />
// Hvordan går det? (issue 15): a weekly check-in.
//
//   checkins       learner, mood 1–5, week (YYYY-Www in Copenhagen time, one per learner
//                  and week), shareWords: the learner lets their mentor read the words.
//   checkin_words  the learner's own words of a check-in: text and/or a voice note.
//   users.checkinDay  the day of the week the learner is asked (1 = Monday … 7 = Sunday;
//                  empty: not asked).
//
// Why the words are a separate collection and not fields hidden by an enrich hook: the
// mentor always reads the mood, the words only when the learner shares them. PocketBase
// applies a collection's rules on every read path (list, view, expand, filters through
// relations, realtime) — and to the protected voice file, which a file token fetches by
// the record's VIEW rule, where no enrich hook runs. A hook hiding `voice` would still
// leave the recording downloadable by name. So the rule itself says "shareWords".
// Never teachers, never coordinators. Both collections are audited (pb_hooks/lib/audit.js).

const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, notInBody } = R;

const VOICE_TYPES = ["audio/webm", "audio/ogg", "audio/mp4", "audio/x-m4a", "video/mp4", "audio/mpeg", "audio/aac", "audio/wav"];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    users.fields.add(new NumberField({ name: "checkinDay", min: 1, max: 7, onlyInt: true }));
    app.save(users);

    const checkins = new Collection({
      type: "base",
      name: "checkins",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "number", name: "mood", required: true, min: 1, max: 5, onlyInt: true },
        { type: "text", name: "week", required: true, min: 8, max: 8, pattern: "^[0-9]{4}-W[0-9]{2}$" },
        { type: "bool", name: "shareWords" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_checkins_learner_week ON checkins (learner, week)",
        "CREATE INDEX idx_checkins_updated ON checkins (updated)",
      ],
    });
    checkins.listRule = checkins.viewRule = `${SIGNED_IN} && (learner = ${ME} || ${R.mentorOfRecordLearner("learner")})`;
    checkins.createRule = `@request.auth.role = "learner" && @request.body.learner = ${ME}`;
    checkins.updateRule = `learner = ${ME} && ${notInBody(["learner", "week"])}`;
    checkins.deleteRule = `learner = ${ME}`;
    app.save(checkins);

    const words = new Collection({
      type: "base",
      name: "checkin_words",
      fields: [
        { type: "relation", name: "checkin", required: true, maxSelect: 1, collectionId: checkins.id, cascadeDelete: true },
        // the check-in's learner, copied so rules and lists need no join
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "text", name: "text", max: 1000 },
        { type: "file", name: "voice", maxSelect: 1, maxSize: 5 * 1024 * 1024, mimeTypes: VOICE_TYPES, protected: true },
        { type: "number", name: "voiceSeconds", min: 0, max: 120 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_checkin_words_checkin ON checkin_words (checkin)",
        "CREATE INDEX idx_checkin_words_learner ON checkin_words (learner)",
        "CREATE INDEX idx_checkin_words_updated ON checkin_words (updated)",
      ],
    });
    words.listRule = words.viewRule = `${SIGNED_IN} && (
      learner = ${ME} || (checkin.shareWords = true && ${R.mentorOfRecordLearner("learner")})
    )`;
    words.createRule = `@request.body.learner = ${ME} && @request.body.checkin.learner = ${ME}`;
    words.updateRule = `learner = ${ME} && ${notInBody(["learner", "checkin"])}`;
    words.deleteRule = `learner = ${ME}`;
    app.save(words);
  },
  (app) => {
    for (const name of ["checkin_words", "checkins"]) app.delete(app.findCollectionByNameOrId(name));
    const users = app.findCollectionByNameOrId("users");
    users.fields.removeByName("checkinDay");
    app.save(users);
  },
);
