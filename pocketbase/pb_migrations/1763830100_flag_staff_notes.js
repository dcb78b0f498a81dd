/// <reference path="../pb_data/types.d.ts" />
// Flags say who reads what (issue 11). A teacher raising a flag writes two things:
// - `flags.learnerText` ("Eleven kan læse dette", optional): part of the flag, so the
//   learner reads it once the mentor has acknowledged it and not kept it from them;
// - a `flag_staff_notes` record ("Kun til mentoren"): its own collection, which the
//   learner has no rule to read. Access rules apply to every read path by construction
//   (list, view, expand, realtime, filters through relations), so mentor-only words
//   cannot reach a learner by a path a hook forgot (docs/ARCHITECTURE.md).
// Today's `flags.comment` was written "til mentoren", so it moves to flag_staff_notes.

// Shared rule fragments (pb_hooks/lib/rules.js): written once for every migration.
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN } = R;
// The same rule parts as 1763810000_flags.js, from the one place (their text never changes).
const MENTOR_OF_RECORDS_LEARNER = R.mentorOfRecordLearner("learner");
const IN_MY_CLASS = R.teacherOf;

/** Replaces one exact part of a rule, and fails loudly when the rule is not as expected. */
function replaceInRule(rule, from, to) {
  if (rule.indexOf(from) < 0) throw new Error(`rule part not found: ${from}`);
  return rule.split(from).join(to);
}

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const flags = app.findCollectionByNameOrId("flags");

    // ------------------------------------------------------------------ flag_staff_notes
    const notes = new Collection({
      type: "base",
      name: "flag_staff_notes",
      fields: [
        { type: "relation", name: "flag", required: true, maxSelect: 1, collectionId: flags.id, cascadeDelete: true },
        // The flag's learner, copied so rules, the handover touch and "I dag" need no join.
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        // The teacher who raised the flag (emptied if that account is deleted).
        { type: "relation", name: "author", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "body", required: true, max: 1000 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        // One per flag: the words that came with it.
        "CREATE UNIQUE INDEX idx_flag_staff_notes_flag ON flag_staff_notes (flag)",
        "CREATE INDEX idx_flag_staff_notes_learner ON flag_staff_notes (learner)",
        "CREATE INDEX idx_flag_staff_notes_updated ON flag_staff_notes (updated)",
      ],
    });
    // The learner's current mentor, and the teacher who raised the flag while the learner
    // is in their class. Never the learner; not the coordinator (also not on escalation).
    notes.listRule = notes.viewRule = `${SIGNED_IN} && (
      ${MENTOR_OF_RECORDS_LEARNER} ||
      (flag.raisedBy = ${ME} && ${IN_MY_CLASS("learner")})
    )`;
    // Written by the teacher with their flag (the outbox sends the flag first); a joined
    // flag may already be acknowledged, so the flag's status is not checked.
    notes.createRule = `${IN_MY_CLASS("@request.body.learner")} &&
      @request.body.author = ${ME} &&
      @request.body.flag.raisedBy = ${ME} &&
      @request.body.learner = @request.body.flag.learner`;
    // What was raised never changes; it goes when the teacher takes the flag back.
    notes.updateRule = null;
    notes.deleteRule = null;
    app.save(notes);

    // ------------------------------------------------------------------ today's comments move
    // ids: 15 lowercase hex characters, within PocketBase's id alphabet.
    app
      .db()
      .newQuery(
        `INSERT INTO flag_staff_notes (id, flag, learner, author, body, created, updated)
         SELECT substr(lower(hex(randomblob(8))), 1, 15), id, learner, raisedBy, substr(comment, 1, 1000), created, updated
         FROM flags WHERE trim(comment) != ''`,
      )
      .execute();

    // ------------------------------------------------------------------ flags: the learner's words
    flags.fields.removeByName("comment");
    flags.fields.add(new TextField({ name: "learnerText", max: 1000 }));
    // What was raised never changes: the learner's words now, instead of the comment.
    flags.updateRule = replaceInRule(flags.updateRule, "@request.body.comment:isset = false", "@request.body.learnerText:isset = false");
    app.save(flags);
  },
  (app) => {
    const flags = app.findCollectionByNameOrId("flags");
    flags.fields.add(new TextField({ name: "comment", max: 1000 }));
    flags.updateRule = replaceInRule(flags.updateRule, "@request.body.learnerText:isset = false", "@request.body.comment:isset = false");
    app.save(flags);
    app
      .db()
      .newQuery("UPDATE flags SET comment = COALESCE((SELECT body FROM flag_staff_notes WHERE flag = flags.id), '')")
      .execute();
    flags.fields.removeByName("learnerText");
    app.save(flags);
    app.delete(app.findCollectionByNameOrId("flag_staff_notes"));
  },
);
