// Shared code of pb_hooks/flags.pb.js. Hook handlers run in isolated contexts, so each
// one loads this file with require(`${__hooks}/lib/flags.js`).

const CATEGORY = {
  reading: "Læsning/ordblindhed",
  numbers: "Tal",
  it: "IT",
  absence: "Fravær",
  wellbeing: "Trivsel/motivation",
  economy: "Økonomi",
  apprenticeship: "Læreplads/praktik",
  personal: "Personligt",
  other: "Andet",
};

const OUTCOME = {
  sps_applied: "SPS søgt",
  talk_held: "Samtale holdt",
  referred_it: "Henvist til IT-hjælp",
  referred_other: "Henvist til anden hjælp",
  not_relevant: "Ikke aktuelt",
};

/** The order a flag moves in; it never moves back. */
const STATUS_ORDER = { new: 0, acknowledged: 1, in_progress: 2, closed: 3 };

/** What a flag says to the learner, in plain kind words (after "… med"). */
const ABOUT_FOR_LEARNER = {
  reading: "læsningen",
  numbers: "tal og regning",
  it: "computeren og IT",
  absence: "dit fremmøde",
  wellbeing: "hvordan du har det",
  economy: "økonomien",
  apprenticeship: "læreplads og praktik",
  personal: "hvordan du har det",
  other: "skolen",
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** PocketBase's date format: "2026-11-22 01:45:03.123Z". */
function pbDate(date) {
  return date.toISOString().replace("T", " ");
}

/** A PocketBase date string (or empty) as a Date (or null). */
function parseDate(value) {
  if (!value) return null;
  const d = new Date(String(value).replace(" ", "T"));
  return isNaN(d.getTime()) ? null : d;
}

/** The date of the last Sunday of a month (UTC), for the EU summer-time rule. */
function lastSunday(year, month) {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Hours Copenhagen is ahead of UTC at `date` (1 in winter, 2 in summer). */
function copenhagenOffset(date) {
  const y = date.getUTCFullYear();
  const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
  const t = date.getTime();
  return t >= start && t < end ? 2 : 1;
}

/** Saturday or Sunday in Copenhagen. */
function isWeekend(date) {
  const local = new Date(date.getTime() + copenhagenOffset(date) * 3600 * 1000);
  const day = local.getUTCDay();
  return day === 0 || day === 6;
}

/**
 * `days` working days after `from`: each step is a calendar day, and only steps that land
 * on Monday to Friday count. A flag raised Friday 10:00 with 2 days is due Tuesday 10:00.
 */
function addWorkingDays(from, days) {
  let t = from.getTime();
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (!isWeekend(new Date(t))) left -= 1;
  }
  return new Date(t);
}

/** The learner's current mentors' ids (normally one). */
function currentMentorIds(app, learnerId, now) {
  const rows = app.findRecordsByFilter(
    "mentorships",
    "learner = {:learner} && (end = '' || end > {:now})",
    "",
    10,
    0,
    { learner: learnerId, now: pbDate(now || new Date()) },
  );
  return rows.map((m) => m.getString("mentor"));
}

/** Queues a push notification; the Node push worker sends it. */
function notify(app, userId, n) {
  if (!userId) return;
  const record = new Record(app.findCollectionByNameOrId("notifications"));
  record.set("user", userId);
  record.set("title", String(n.title).slice(0, 200));
  record.set("body", String(n.body || "").slice(0, 1000));
  record.set("url", n.url || "/");
  record.set("importance", n.importance || "normal");
  record.set("tag", n.tag || "");
  record.set("status", "queued");
  record.set("attempts", 0);
  app.save(record);
}

function nameOf(app, userId) {
  if (!userId) return "";
  try {
    return app.findRecordById("users", userId).getString("name");
  } catch (_) {
    return "";
  }
}

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Appends audit rows in one statement (a list request may concern many learners): the
 * rows travel as one JSON parameter and SQLite unpacks them (json_each), so a list of
 * sixty learners costs one small write.
 * rows: { learner, school, actor, actorName, actorRole, kind, collection, count, detail }
 */
function writeAudit(app, rows) {
  if (!rows.length) return;
  const data = rows.map((row) => ({
    id: $security.randomStringWithAlphabet(15, ID_ALPHABET),
    learner: row.learner,
    school: row.school || "",
    actor: row.actor || "",
    actorName: String(row.actorName || "").slice(0, 120),
    actorRole: String(row.actorRole || "").slice(0, 20),
    kind: row.kind,
    collection: row.collection || "",
    count: row.count || 0,
    detail: String(row.detail || "").slice(0, 1000),
  }));
  app
    .db()
    .newQuery(
      `INSERT INTO audit_log (id, learner, school, actor, actorName, actorRole, kind, collection, count, detail, created, updated)
       SELECT value ->> 'id', value ->> 'learner', value ->> 'school', value ->> 'actor', value ->> 'actorName',
              value ->> 'actorRole', value ->> 'kind', value ->> 'collection', value ->> 'count', value ->> 'detail', {:now}, {:now}
       FROM json_each({:rows})`,
    )
    .bind({ rows: JSON.stringify(data), now: pbDate(new Date()) })
    .execute();
}

/** Staff (not learners, not superusers) reading records: one audit row per learner. */
function auditRead(e, records, learnerField) {
  const auth = e.auth;
  if (!auth || auth.isSuperuser() || auth.getString("role") === "learner") return;
  if (!records || records.length === 0) return;
  // The sync engine's hourly id sweep asks only for ids: nothing is read.
  const info = e.requestInfo();
  if (info.query["fields"] === "id") return;
  const counts = {};
  for (const r of records) {
    if (!r) continue;
    const learner = r.getString(learnerField);
    if (learner) counts[learner] = (counts[learner] || 0) + 1;
  }
  const rows = Object.keys(counts).map((learner) => ({
    learner,
    school: auth.getString("school"),
    actor: auth.id,
    actorName: auth.getString("name"),
    actorRole: auth.getString("role"),
    kind: "read",
    collection: e.collection.name,
    count: counts[learner],
  }));
  writeAudit(e.app, rows);
}

/**
 * Flags that nobody acknowledged within the school's response target (working days)
 * are escalated: marked, a timeline entry for the mentor, an important notification
 * to the school's coordinators. `now` is a Date. Returns how many were escalated.
 */
function escalate(app, now) {
  // N working days are at least N calendar days, so older than a day is a safe first cut.
  const cutoff = pbDate(new Date(now.getTime() - DAY_MS));
  const targets = {};
  const coordinators = {};
  let escalated = 0;
  // Escalated flags leave the filter; those not yet due stay, so the offset skips them.
  let notDue = 0;
  for (;;) {
    const batch = app.findRecordsByFilter(
      "flags",
      "status = 'new' && escalatedAt = '' && joinedTo = '' && created <= {:cutoff}",
      "created",
      200,
      notDue,
      { cutoff },
    );
    for (const flag of batch) {
      const school = flag.getString("school");
      if (targets[school] === undefined) {
        let days = 0;
        try {
          days = app.findRecordById("schools", school).getInt("flagResponseDays");
        } catch (_) {}
        targets[school] = days > 0 ? days : 2;
      }
      const created = parseDate(flag.getString("created"));
      if (!created || addWorkingDays(created, targets[school]).getTime() > now.getTime()) {
        notDue += 1;
        continue;
      }

      flag.set("escalatedAt", pbDate(now));
      app.save(flag);
      escalated += 1;

      const learnerName = nameOf(app, flag.getString("learner"));
      const category = CATEGORY[flag.getString("category")] || "";
      const entry = new Record(app.findCollectionByNameOrId("timeline"));
      entry.set("learner", flag.getString("learner"));
      entry.set("kind", "escalated");
      entry.set("flag", flag.id);
      entry.set("text", `Markeringen (${category}) var ikke set efter ${targets[school]} arbejdsdage og er sendt til koordinatoren.`);
      app.save(entry);

      if (!coordinators[school]) {
        coordinators[school] = app
          .findRecordsByFilter("users", "role = 'coordinator' && school = {:school}", "", 50, 0, { school })
          .map((u) => u.id);
      }
      for (const coordinator of coordinators[school]) {
        notify(app, coordinator, {
          title: "En markering venter på svar",
          body: `${learnerName}: ${category}. Ingen mentor har set den i ${targets[school]} arbejdsdage.`,
          url: "/admin/markeringer",
          importance: "important",
          tag: `escalated-${flag.id}`,
        });
      }
    }
    if (batch.length < 200) break;
  }
  return escalated;
}

/**
 * After a handover the new mentor may see the learner's older records, but their
 * device only pulls what changed since it last looked. Touching `updated` makes every
 * record about the learner count as changed, so it is pulled. Plain SQL: no hooks run
 * and nothing else about the records changes.
 */
function touchLearnerData(app, learnerId, now) {
  const stamp = pbDate(now);
  const skip = ["mentorships", "handovers", "audit_log", "notifications", "push_subscriptions", "tombstones"];
  const collections = app.findAllCollections("base");
  for (const c of collections) {
    if (c.system || skip.indexOf(c.name) >= 0) continue;
    const learner = c.fields.getByName("learner");
    if (learner && learner.type() === "relation" && c.fields.getByName("updated")) {
      app.db().newQuery(`UPDATE [[${c.name}]] SET [[updated]] = {:stamp} WHERE [[learner]] = {:learner}`).bind({ stamp, learner: learnerId }).execute();
    }
  }
  // Messages belong to a conversation, which belongs to the learner.
  try {
    const messages = app.findCollectionByNameOrId("messages");
    const conversations = app.findCollectionByNameOrId("conversations");
    if (messages.fields.getByName("conversation") && conversations.fields.getByName("learner")) {
      app
        .db()
        .newQuery(
          "UPDATE [[messages]] SET [[updated]] = {:stamp} WHERE [[conversation]] IN (SELECT [[id]] FROM [[conversations]] WHERE [[learner]] = {:learner})",
        )
        .bind({ stamp, learner: learnerId })
        .execute();
    }
  } catch (_) {
    // no messages yet
  }
}

module.exports = {
  CATEGORY,
  OUTCOME,
  STATUS_ORDER,
  ABOUT_FOR_LEARNER,
  pbDate,
  parseDate,
  isWeekend,
  addWorkingDays,
  currentMentorIds,
  notify,
  nameOf,
  writeAudit,
  auditRead,
  escalate,
  touchLearnerData,
};
