/// <reference path="../pb_data/types.d.ts" />
// Benchmark data, never in production: this dir is not pocketbase/pb_hooks. Only
// `npm run bench:caseload` loads it, through startThrowawayPocketBase({ extraHooksDir })
// (scripts/lib/pocketbase.mjs), which runs PocketBase on a temp copy of pb_hooks with
// this dir laid over it. Only for superusers: fills the database with a big school
// straight through SQL.
routerAdd(
  "POST",
  "/api/sammen/bench-seed",
  (e) => {
    const body = e.requestInfo().body || {};
    const counts = require(`${__hooks}/lib/bench-seed.js`).seed(e.app, {
      school: String(body.school),
      mentor: String(body.mentor),
      now: new Date().toISOString().replace("T", " "),
      learners: Number(body.learners) || 5000,
      perMentor: Number(body.perMentor) || 60,
      classes: Number(body.classes) || 100,
      messagesPerLearner: Number(body.messagesPerLearner) || 100,
      flagsPerLearner: Number(body.flagsPerLearner) || 10,
      milestonesPerLearner: Number(body.milestonesPerLearner) || 20,
    });
    return e.json(200, counts);
  },
  $apis.requireSuperuserAuth(),
);
