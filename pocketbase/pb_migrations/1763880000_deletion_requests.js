/// <reference path="../pb_data/types.d.ts" />
// GDPR (issue 16): a learner asks to have their data deleted; the school's coordinator
// confirms; pb_hooks/privacy.pb.js then deletes or anonymises the person's data and marks
// the request done. The request itself stays as the school's record that it was done
// (with no note and no name: the learner is then "Tidligere elev").
//
//   learner      who asks (themselves)
//   school       the learner's school (the coordinators who see it)
//   removePosts  also remove their posts in Fællesskab (else they stay, as "Tidligere elev")
//   note         the learner's own words (≤ 500), cleared when done
//   status       requested → cancelled (the learner) or confirmed (a coordinator) → done (hook)
//   decidedBy, decidedAt, doneAt: set by the hook only
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, notInBody } = R;
const HOOK_FIELDS = ["decidedBy", "decidedAt", "doneAt"];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const schools = app.findCollectionByNameOrId("schools");
    const requests = new Collection({
      type: "base",
      name: "deletion_requests",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "bool", name: "removePosts" },
        { type: "text", name: "note", max: 500 },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["requested", "cancelled", "confirmed", "done"] },
        { type: "relation", name: "decidedBy", maxSelect: 1, collectionId: users.id },
        { type: "date", name: "decidedAt" },
        { type: "date", name: "doneAt" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        // one open request per learner
        "CREATE UNIQUE INDEX idx_deletion_requests_open ON deletion_requests (learner) WHERE status = 'requested'",
        "CREATE INDEX idx_deletion_requests_school ON deletion_requests (school, status)",
        "CREATE INDEX idx_deletion_requests_updated ON deletion_requests (updated)",
      ],
    });
    requests.listRule = requests.viewRule = `${SIGNED_IN} && (learner = ${ME} || ${R.coordinatorOf("school")})`;
    requests.createRule = `@request.auth.role = "learner" && @request.body.learner = ${ME} &&
      @request.body.school = @request.auth.school && @request.body.status = "requested" && ${notInBody(HOOK_FIELDS)}`;
    requests.updateRule = `${SIGNED_IN} && status = "requested" && ${notInBody(["learner", "school", ...HOOK_FIELDS])} && (
      (learner = ${ME} && (@request.body.status:isset = false || @request.body.status = "cancelled")) ||
      (${R.coordinatorOf("school")} && @request.body.status = "confirmed" && ${notInBody(["removePosts", "note"])})
    )`;
    requests.deleteRule = null;
    app.save(requests);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("deletion_requests"));
  },
);
