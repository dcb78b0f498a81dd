/// <reference path="../pb_data/types.d.ts" />
// Where each learner is (issue 16): a status over time, and how long a programme takes.
//
//   learner_status  learner, school (hook: the learner's), status active · leave · completed
//                   · stopped, `from` (the day it began), `certificateDate` (completed: the day
//                   of the svendebrev / uddannelsesbevis), `stopReason` (stopped: a short list),
//                   `note`, `setBy` (hook: who said so). Append-only: a mistake is put right
//                   by a new row, so the history shows what was believed when. The current
//                   status is the row with the latest `from` (then the latest made).
//   programmes.expectedMonths  how many months the programme is expected to take.
//
// Who: the learner's current mentor or the school's coordinator writes; the learner reads
// their own history (it is about them, and they have the right to see it: a status and a
// stop reason are facts of their course that the mentor talks through with them, not the
// mentor's private notes, which live in `notes`); the current mentor and the school's
// coordinator read; teachers never (they see their hold, not a learner's course decisions);
// another school never. Nobody edits or deletes a row (the hook also stamps setBy/school).
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_COORDINATOR } = R;

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const schools = app.findCollectionByNameOrId("schools");
    const status = new Collection({
      type: "base",
      name: "learner_status",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", maxSelect: 1, collectionId: schools.id },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["active", "leave", "completed", "stopped"] },
        { type: "date", name: "from", required: true },
        { type: "date", name: "certificateDate" },
        {
          type: "select",
          name: "stopReason",
          maxSelect: 1,
          values: ["job", "health", "family", "moved", "other_education", "other"],
        },
        { type: "text", name: "note", max: 500 },
        { type: "relation", name: "setBy", maxSelect: 1, collectionId: users.id },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_learner_status_learner ON learner_status (learner, `from`)",
        "CREATE INDEX idx_learner_status_school ON learner_status (school, `from`)",
        "CREATE INDEX idx_learner_status_updated ON learner_status (updated)",
      ],
    });
    status.listRule = status.viewRule = `${SIGNED_IN} && (
      learner = ${ME} || ${R.mentorOfRecordLearner("learner")} || ${R.coordinatorOf("school")}
    )`;
    status.createRule = `${SIGNED_IN} && @request.body.learner.role = "learner" && (
      ${R.mentorOfLearner("@request.body.learner")} ||
      (${IS_COORDINATOR} && @request.body.learner.school = @request.auth.school)
    )`;
    status.updateRule = null;
    status.deleteRule = null;
    app.save(status);

    const programmes = app.findCollectionByNameOrId("programmes");
    programmes.fields.add(new NumberField({ name: "expectedMonths", min: 1, max: 120, onlyInt: true }));
    app.save(programmes);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("learner_status"));
    const programmes = app.findCollectionByNameOrId("programmes");
    programmes.fields.removeByName("expectedMonths");
    app.save(programmes);
  },
);
