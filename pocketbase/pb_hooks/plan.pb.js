/// <reference path="../pb_data/types.d.ts" />
// Mit forløb: what the access rules cannot say.
// - templates: the phases JSON is checked;
// - milestones: who ticked and who confirmed is set here, never by the client;
// - history: every change of a plan, its phases and steps is appended to
//   plan_changes (who, when, what), which nobody else may write;
// - notifications: a confirmed step (to the learner), and daily reminders (cron, and POST /api/sammen/plan-reminders for superusers).
// The shared code is in ./lib/plan.js (handlers cannot see this file's variables).

// ------------------------------------------------------------------ templates
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/plan.js`).validatePhases(e.record.getString("phases"));
  e.next();
}, "plan_templates");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/plan.js`).validatePhases(e.record.getString("phases"));
  e.next();
}, "plan_templates");

// ------------------------------------------------------------------ plans
onRecordCreateRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  const actor = plan.actorOf(e);
  e.record.set("createdBy", actor);
  e.next();
  let subject = e.record.getString("title");
  const template = e.record.getString("template");
  if (template) {
    try {
      subject = e.app.findRecordById("plan_templates", template).getString("name");
    } catch (_) {
      // the template is gone; the plan's title says enough
    }
  }
  plan.record(e.app, {
    plan: e.record.id,
    learner: e.record.getString("learner"),
    actor: actor,
    action: "created",
    target: e.record.id,
    subject: subject,
  });
}, "plans");

onRecordUpdateRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  e.record.set("createdBy", e.record.original().getString("createdBy"));
  const details = plan.diff(e.record.original(), e.record, ["title", "start", "programme", "template"]);
  e.next();
  if (details.length === 0) return;
  plan.record(e.app, {
    plan: e.record.id,
    learner: e.record.getString("learner"),
    actor: plan.actorOf(e),
    action: "edited",
    target: e.record.id,
    subject: e.record.getString("title"),
    details: details,
  });
}, "plans");

// ------------------------------------------------------------------ phases
onRecordCreateRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  const actor = plan.actorOf(e);
  e.next();
  if (plan.partOfCreation(e.app, e.record.getString("plan"), actor)) return;
  plan.record(e.app, {
    plan: e.record.getString("plan"),
    learner: e.record.getString("learner"),
    actor: actor,
    action: "phaseAdded",
    target: e.record.id,
    subject: e.record.getString("title"),
  });
}, "plan_phases");

onRecordUpdateRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  const economy = [
    "incomeKind",
    "incomeAmount",
    "incomeNote",
    "schoolAddress",
    "schoolTravelMinutes",
    "workplace",
    "workplaceAddress",
    "workTravelMinutes",
  ];
  const before = e.record.original();
  const changedEconomy = plan.diff(before, e.record, economy);
  const changedPhase = plan.diff(before, e.record, ["title", "kind", "explanation", "order"]);
  e.next();
  const base = {
    plan: e.record.getString("plan"),
    learner: e.record.getString("learner"),
    actor: plan.actorOf(e),
    target: e.record.id,
    subject: e.record.getString("title"),
  };
  if (changedEconomy.length) plan.record(e.app, Object.assign({}, base, { action: "economy", details: changedEconomy }));
  if (changedPhase.length) plan.record(e.app, Object.assign({}, base, { action: "phaseEdited", details: changedPhase }));
}, "plan_phases");

onRecordDeleteRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  const fields = {
    plan: e.record.getString("plan"),
    learner: e.record.getString("learner"),
    actor: plan.actorOf(e),
    action: "phaseRemoved",
    target: e.record.id,
    subject: e.record.getString("title"),
  };
  e.next();
  plan.record(e.app, fields);
}, "plan_phases");

// ------------------------------------------------------------------ milestones
// Who ticked (doneAt/doneBy) and who confirmed (confirmedAt/confirmedBy) follow the
// status change and the person making it; whatever a client sends for them is ignored.
onRecordCreateRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  const actor = plan.actorOf(e);
  const r = e.record;
  // the operator (superuser, e.g. the demo data) may set the stamps as they were
  if (!e.hasSuperuserAuth()) plan.stampStatus(r, null, "", actor);
  e.next();
  if (plan.partOfCreation(e.app, r.getString("plan"), actor)) return;
  plan.record(e.app, {
    plan: r.getString("plan"),
    learner: r.getString("learner"),
    actor: actor,
    action: "added",
    target: r.id,
    subject: r.getString("title"),
  });
}, "milestones");

onRecordUpdateRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  const actor = plan.actorOf(e);
  const r = e.record;
  const before = r.original();
  const from = before.getString("status");
  const to = r.getString("status");
  if (!e.hasSuperuserAuth()) plan.stampStatus(r, before, from, actor);

  const details = plan.diff(before, r, [
    "status",
    "meritNote",
    "start",
    "due",
    "phase",
    "order",
    "title",
    "explanation",
    "why",
    "helper",
    "owner",
    "confirm",
  ]);
  e.next();
  if (details.length === 0) return;

  const has = (...names) => details.some((d) => names.indexOf(d.field) >= 0);
  let action = "edited";
  if (from !== to) {
    if (to === "merit" || from === "merit") action = "merit";
    else if (to === "waiting") action = "waiting";
    else if (to === "done") action = from === "waiting" && actor !== r.getString("learner") ? "confirmed" : "ticked";
    else action = "reopened";
  } else if (has("meritNote")) action = "merit";
  else if (has("start", "due")) action = "dates";
  else if (has("phase", "order")) action = "moved";

  plan.record(e.app, {
    plan: r.getString("plan"),
    learner: r.getString("learner"),
    actor: actor,
    action: action,
    target: r.id,
    subject: r.getString("title"),
    details: details,
  });

  // A step the mentor confirmed: a calm word to the learner.
  if (action === "confirmed") {
    require(`${__hooks}/lib/notify.js`).notify(e.app, r.getString("learner"), {
      title: "Godt gået! " + r.getString("title"),
      body: require(`${__hooks}/lib/people.js`).firstNameOf(e.app, actor) + " har godkendt dit skridt. Du er kommet et stykke tættere på dit svendebrev.",
      url: "/hjem/milepael/" + r.id,
      importance: "normal",
      tag: "plan-" + r.id,
    });
  }
}, "milestones");

onRecordDeleteRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  const fields = {
    plan: e.record.getString("plan"),
    learner: e.record.getString("learner"),
    actor: plan.actorOf(e),
    action: "removed",
    target: e.record.id,
    subject: e.record.getString("title"),
  };
  e.next();
  plan.record(e.app, fields);
}, "milestones");

// ------------------------------------------------------------------ evidence
onRecordCreateRequest((e) => {
  const plan = require(`${__hooks}/lib/plan.js`);
  e.next();
  let milestone;
  try {
    milestone = e.app.findRecordById("milestones", e.record.getString("milestone"));
  } catch (_) {
    return;
  }
  plan.record(e.app, {
    plan: milestone.getString("plan"),
    learner: e.record.getString("learner"),
    actor: plan.actorOf(e),
    action: "evidence",
    target: milestone.id,
    subject: milestone.getString("title"),
  });
}, "milestone_evidence");

// ------------------------------------------------------------------ reminders
// Every morning at 6 UTC (7 or 8 Danish time); the push worker keeps quiet hours.
cronAdd("sammen-plan-reminders", "0 6 * * *", () => {
  require(`${__hooks}/lib/plan.js`).runReminders($app);
});

// The same run on demand, for tests and operators.
routerAdd(
  "POST",
  "/api/sammen/plan-reminders",
  (e) => {
    const body = e.requestInfo().body || {};
    const now = body.now ? Date.parse(String(body.now)) : Date.now();
    return e.json(200, require(`${__hooks}/lib/plan.js`).runReminders(e.app, now));
  },
  $apis.requireSuperuserAuth(),
);
