// Shared code of pocketbase/pb_hooks/plan.pb.js (hooks run in isolated contexts, so
// each handler `require`s this file). Plain ES5-ish JavaScript for PocketBase's goja.

const OWNERS = ["learner", "mentor", "school", "employer"];
const PHASE_KINDS = ["afklaring", "grundforloeb", "hovedforloeb", "skole", "praktik", "svendeproeve", "svendebrev", "andet"];

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

/** Checks a template's phases (JSON); throws a 400 naming the problem. */
function validatePhases(raw) {
  let phases;
  try {
    phases = typeof raw === "string" ? JSON.parse(raw) : raw;
  } catch (_) {
    throw invalid("phases", "Faserne kan ikke læses.");
  }
  if (!Array.isArray(phases) || phases.length < 1 || phases.length > 12) {
    throw invalid("phases", "En skabelon har 1 til 12 faser.");
  }
  // phase keys are unique among phases, step keys among all steps (steps keep theirs in a plan)
  const keys = {};
  const stepKeys = {};
  const text = (value, max, required) =>
    typeof value === "string" && value.length <= max && (!required || value.trim().length > 0);
  const days = (value) => typeof value === "number" && Math.floor(value) === value && value >= 0 && value <= 3650;
  for (let i = 0; i < phases.length; i++) {
    const p = phases[i];
    if (!p || typeof p !== "object") throw invalid("phases", "Fase " + (i + 1) + " kan ikke læses.");
    if (!text(p.key, 40, true) || keys[p.key]) throw invalid("phases", "Fase " + (i + 1) + " skal have sin egen nøgle.");
    keys[p.key] = true;
    if (!text(p.title, 80, true)) throw invalid("phases", "Fase " + (i + 1) + " skal have en titel på højst 80 tegn.");
    if (PHASE_KINDS.indexOf(p.kind) < 0) throw invalid("phases", "Fase " + (i + 1) + " har en ukendt type.");
    if (p.explanation !== undefined && !text(p.explanation, 1000, false)) {
      throw invalid("phases", "Fase " + (i + 1) + ": forklaringen er for lang.");
    }
    if (!Array.isArray(p.milestones) || p.milestones.length > 30) {
      throw invalid("phases", "Fase " + (i + 1) + " har 0 til 30 milepæle.");
    }
    for (let j = 0; j < p.milestones.length; j++) {
      const m = p.milestones[j];
      const where = "Fase " + (i + 1) + ", milepæl " + (j + 1);
      if (!m || typeof m !== "object") throw invalid("phases", where + " kan ikke læses.");
      if (!text(m.key, 40, true) || stepKeys[m.key]) throw invalid("phases", where + " skal have sin egen nøgle.");
      stepKeys[m.key] = true;
      if (!text(m.title, 120, true)) throw invalid("phases", where + " skal have en titel på højst 120 tegn.");
      for (const f of ["explanation", "why"]) {
        if (m[f] !== undefined && !text(m[f], 1000, false)) throw invalid("phases", where + ": " + f + " er for lang.");
      }
      if (m.helper !== undefined && !text(m.helper, 200, false)) throw invalid("phases", where + ": hjælper er for lang.");
      if (OWNERS.indexOf(m.owner) < 0) throw invalid("phases", where + " har en ukendt ejer.");
      if (typeof m.confirm !== "boolean") throw invalid("phases", where + ": confirm skal være true eller false.");
      if (!days(m.offsetDays) || !days(m.durationDays)) {
        throw invalid("phases", where + ": start og varighed er hele dage fra 0 til 3650.");
      }
    }
  }
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

/** Queues a notification for the push worker. */
function notify(app, user, fields) {
  const n = new Record(app.findCollectionByNameOrId("notifications"));
  n.set("user", user);
  n.set("title", fields.title.slice(0, 200));
  n.set("body", (fields.body || "").slice(0, 1000));
  n.set("url", fields.url || "/");
  n.set("importance", fields.importance || "normal");
  n.set("tag", (fields.tag || "").slice(0, 100));
  n.set("status", "queued");
  n.set("attempts", 0);
  app.save(n);
}

/** The current mentors of a learner (a mentorship without end, or ending in the future). */
function currentMentors(app, learner) {
  return app
    .findRecordsByFilter("mentorships", "learner = {:l} && (end = '' || end > @now)", "", 0, 0, { l: learner })
    .map((m) => m.getString("mentor"));
}

function firstName(app, userId) {
  try {
    return app.findRecordById("users", userId).getString("name").split(" ")[0];
  } catch (_) {
    return "";
  }
}

const DAY = 24 * 60 * 60 * 1000;

/** "YYYY-MM-DD" of a time, in Danish time (UTC+1, or +2 from the last Sunday of March to that of October). */
function danishDay(ms) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const lastSunday = (month) => {
    const last = new Date(Date.UTC(y, month + 1, 0, 1));
    return last.getTime() - last.getUTCDay() * DAY;
  };
  const summer = ms >= lastSunday(2) && ms < lastSunday(9);
  return new Date(ms + (summer ? 2 : 1) * 3600 * 1000).toISOString().slice(0, 10);
}

function dayNumber(isoDay) {
  return Math.round(Date.parse(isoDay.slice(0, 10) + "T00:00:00Z") / DAY);
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
  const today = danishDay(now);
  const todayNo = dayNumber(today);
  const limit = new Date((todayNo + 4) * DAY).toISOString().replace("T", " ");
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
    const days = dayNumber(m.getString("due")) - todayNo;
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
    for (const mentor of currentMentors(app, learner)) {
      (byMentor[mentor] = byMentor[mentor] || []).push(learner);
    }
  }
  const startOfToday = new Date(todayNo * DAY - 2 * 3600 * 1000).toISOString().replace("T", " ");
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
      lines.push(firstName(app, learner) + ": " + parts.join(", "));
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
  notify,
  currentMentors,
  firstName,
  runReminders,
  danishDay,
};
