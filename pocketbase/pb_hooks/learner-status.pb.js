/// <reference path="../pb_data/types.d.ts" />
// Where each learner is (issue 16): a new status row says who set it (`setBy`: the signed-in
// person; a superuser, i.e. the seed, may name someone) and belongs to the learner's school;
// completed needs the certificate's day, stopped a reason (kernel.statusProblems). The rows
// are append-only (no update or delete rule).
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/learner-status.js`).prepare(e);
  e.next();
}, "learner_status");

// A learner who completes is invited to tell their story in Fællesskab (once: the plan's
// last milestone may have invited them already).
onRecordAfterCreateSuccess((e) => {
  e.next();
  if (e.record.getString("status") !== "completed") return;
  require(`${__hooks}/lib/stories.js`).inviteToTellStory(e.app, e.record.getString("learner"));
}, "learner_status");
