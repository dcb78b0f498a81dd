/// <reference path="../pb_data/types.d.ts" />
// Where each learner is (issue 16): a new status row says who set it (`setBy`: the signed-in
// person; a superuser, i.e. the seed, may name someone) and belongs to the learner's school;
// completed needs the certificate's day, stopped a reason (kernel.statusProblems). The rows
// are append-only (no update or delete rule).
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/learner-status.js`).prepare(e);
  e.next();
}, "learner_status");
