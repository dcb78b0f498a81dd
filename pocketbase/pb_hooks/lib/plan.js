// Shared code of pocketbase/pb_hooks/plan.pb.js (hooks run in isolated contexts, so
// each handler `require`s this file). Plain ES5-ish JavaScript for PocketBase's goja.

const kernel = require(`${__hooks}/lib/kernel.gen.js`);
const people = require(`${__hooks}/lib/people.js`);
const { notify } = require(`${__hooks}/lib/notify.js`);

/** The signed-in user's id when it is a Sammen user (not a superuser), else "". */
function actorOf(e) {
  const auth = e.auth;
  if (!auth) return "";
  return auth.collection().name === "users" ? auth.id : "";
}

/** A 400 with the problem on one field, in the shape PocketBase uses for validation. */
function invalid(field, message) {
  const data = {};
  data[field] = { code: "validation_invalid_value", message: message };
  return new BadRequestError(message, data);
}

/** Checks a template's phases (JSON) with the kernel's templateProblems; throws a 400 naming the first problem. */
function validatePhases(raw) {
  const problems = kernel.templateProblems(raw);
  if (problems.length > 0) throw invalid("phases", problems[0].message);
}

const STAMPS = ["doneAt", "doneBy", "confirmedAt", "confirmedBy"];

/**
 * Who ticked a milestone (doneAt/doneBy) and who confirmed it (confirmedAt/confirmedBy)
 * follow its status change and the person making it; whatever a client sent for these
 * fields is replaced. `before` is the stored record (null on create, status "").
 */
function stampStatus(r, before, from, actor) {
  for (const f of STAMPS) r.set(f, before ? before.get(f) : "");
  const to = r.getString("status");
  if (from === to) return;
  const now = new DateTime();
  if (to === "todo" || to === "merit") {
    for (const f of STAMPS) r.set(f, "");
    return;
  }
  if (to === "waiting") {
    r.set("doneAt", now);
    r.set("doneBy", actor);
    r.set("confirmedAt", "");
    r.set("confirmedBy", "");
    return;
  }
  // done: ticked now, unless the learner ticked it and it waited for the mentor
  if (from !== "waiting") {
    r.set("doneAt", now);
    r.set("doneBy", actor);
  }
  if (r.getBool("confirm") && actor !== r.getString("learner")) {
    r.set("confirmedAt", now);
    r.set("confirmedBy", actor);
  }
}

/** Appends one entry to a plan's history. */
function record(app, fields) {
  const row = new Record(app.findCollectionByNameOrId("plan_changes"));
  row.set("plan", fields.plan);
  row.set("learner", fields.learner);
  row.set("actor", fields.actor || "");
  row.set("action", fields.action);
  row.set("target", fields.target || "");
  row.set("subject", (fields.subject || "").slice(0, 200));
  row.set("details", fields.details || []);
  app.save(row);
}

/** The fields whose values differ between the stored record and the one about to be saved. */
function diff(before, after, names) {
  const out = [];
  for (const name of names) {
    const from = before.get(name);
    const to = after.get(name);
    const a = from === undefined || from === null ? "" : String(from);
    const b = to === undefined || to === null ? "" : String(to);
    if (a !== b) out.push({ field: name, from: a, to: b });
  }
  return out;
}

/**
 * Creates made by the plan's creator within ten minutes of the plan itself are part of
 * "the plan was made from the template" (one history line, not one per step). An
 * offline outbox sends the plan first and its steps right after, so this holds then too.
 */
function partOfCreation(app, planId, actor) {
  try {
    const plan = app.findRecordById("plans", planId);
    const created = new Date(plan.getString("created").replace(" ", "T")).getTime();
    return plan.getString("createdBy") === actor && Date.now() - created < 10 * 60 * 1000;
  } catch (_) {
    return false;
  }
}

function whenWords(days) {
  if (days === 0) return "i dag";
  if (days === 1) return "i morgen";
  return "om " + days + " dage";
}

/**
 * Reminders (run daily by cron, and by POST /api/sammen/plan-reminders in tests):
 * - the learner gets one important notification when one of their own steps is due
 *   within three days, and one when it is overdue (each once per step);
 * - each mentor gets one daily digest of their current learners' overdue steps and
 *   steps waiting for their confirmation (not one push per step).
 * Returns how many notifications were queued.
 */
function runReminders(app, nowMs) {
  const now = nowMs || Date.now();
  const today = kernel.copenhagenDay(now);
  const todayNo = kernel.dayNumber(today);
  const limit = kernel.pbDate((todayNo + 4) * kernel.DAY_MS);
  const result = { learner: 0, mentor: 0 };
  const sentTag = (user, tag) =>
    app.findRecordsByFilter("notifications", "user = {:u} && tag = {:t}", "", 1, 0, { u: user, t: tag }).length > 0;

  // ---- learners: their own steps, due soon or overdue
  const due = app.findRecordsByFilter("milestones", "status = 'todo' && due != '' && due < {:limit}", "due", 0, 0, {
    limit: limit,
  });
  const lateByLearner = {};
  for (const m of due) {
    const learner = m.getString("learner");
    const days = kernel.dayNumber(m.getString("due")) - todayNo;
    if (days < 0) lateByLearner[learner] = (lateByLearner[learner] || 0) + 1;
    if (m.getString("owner") !== "learner") continue;
    const title = m.getString("title");
    const late = days < 0;
    const tag = (late ? "plan-late-" : "plan-soon-") + m.id;
    if (sentTag(learner, tag)) continue;
    notify(app, learner, {
      title: late ? "Et skridt venter stadig: " + title : "Snart: " + title,
      body: late
        ? "Det skulle have været klaret. Det er helt i orden. Skriv til din mentor, hvis du har brug for hjælp."
        : "Det skal være klaret " + whenWords(days) + ". Du kan se, hvad du skal gøre, i Sammen.",
      url: "/hjem/milepael/" + m.id,
      importance: "important",
      tag: tag,
    });
    result.learner++;
  }

  // ---- mentors: one digest a day
  const waiting = app.findRecordsByFilter("milestones", "status = 'waiting'", "", 0, 0);
  const waitingByLearner = {};
  for (const m of waiting) {
    const learner = m.getString("learner");
    waitingByLearner[learner] = (waitingByLearner[learner] || 0) + 1;
  }
  const learners = {};
  for (const id of Object.keys(lateByLearner)) learners[id] = true;
  for (const id of Object.keys(waitingByLearner)) learners[id] = true;
  const byMentor = {};
  for (const learner of Object.keys(learners)) {
    for (const mentor of people.currentMentorIds(app, learner)) {
      (byMentor[mentor] = byMentor[mentor] || []).push(learner);
    }
  }
  const startOfToday = kernel.pbDate(kernel.copenhagenDayStart(today));
  for (const mentor of Object.keys(byMentor)) {
    const already = app.findRecordsByFilter(
      "notifications",
      "user = {:u} && tag = 'plan-digest' && created >= {:since}",
      "",
      1,
      0,
      { u: mentor, since: startOfToday },
    );
    if (already.length > 0) continue;
    let late = 0;
    let toConfirm = 0;
    const lines = [];
    for (const learner of byMentor[mentor]) {
      const l = lateByLearner[learner] || 0;
      const w = waitingByLearner[learner] || 0;
      late += l;
      toConfirm += w;
      const parts = [];
      if (l) parts.push(l + " forsinket");
      if (w) parts.push(w + " venter på dig");
      lines.push(people.firstNameOf(app, learner) + ": " + parts.join(", "));
    }
    const title = [
      late ? (late === 1 ? "1 skridt er forsinket" : late + " skridt er forsinket") : "",
      toConfirm ? (toConfirm === 1 ? "1 skridt venter på din godkendelse" : toConfirm + " skridt venter på din godkendelse") : "",
    ]
      .filter((s) => s)
      .join(", ");
    notify(app, mentor, {
      title: "Elevplaner: " + title,
      body: lines.join(". ") + ".",
      url: "/planer",
      importance: "normal",
      tag: "plan-digest",
    });
    result.mentor++;
  }
  return result;
}

module.exports = {
  actorOf,
  validatePhases,
  record,
  diff,
  stampStatus,
  partOfCreation,
  runReminders,
};
