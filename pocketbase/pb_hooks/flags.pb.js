/// <reference path="../pb_data/types.d.ts" />
// Caseload and flags: what the access rules in 1763810000_flags.js cannot say.
// - a second open flag for the same learner and category joins the first (no new alert);
// - a flag moves forward only (new → acknowledged → in progress → closed with an outcome),
//   the server stamps who and when, and the teacher hears when the loop is closed;
// - keeping a flag from the learner needs a written reason, and is audited;
// - every time staff read flags, their comments or notes, an audit row is written;
// - a flag nobody acknowledged in time escalates to the coordinator (cron + a test route);
// - a handover ends the current mentorship and starts the next, in one transaction.

// ------------------------------------------------------------------ flags: raising one
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/flags.js`);
  const learner = e.record.getString("learner");
  const category = e.record.getString("category");
  let primary = null;
  try {
    primary = e.app.findFirstRecordByFilter(
      "flags",
      "learner = {:learner} && category = {:category} && status != 'closed' && joinedTo = '' && id != {:id}",
      { learner, category, id: e.record.id },
    );
  } catch (_) {
    // no open flag of this kind yet
  }
  if (primary) {
    // Joined: it follows the first one's status, and nobody is alerted again.
    e.record.set("joinedTo", primary.id);
    e.record.set("status", primary.getString("status"));
    for (const f of ["acknowledgedAt", "acknowledgedBy"]) e.record.set(f, primary.get(f));
  }
  e.next();

  if (primary || e.hasSuperuserAuth()) return;
  const learnerName = lib.nameOf(e.app, learner);
  const urgent = e.record.getString("urgency") === "urgent";
  for (const mentor of lib.currentMentorIds(e.app, learner)) {
    lib.notify(e.app, mentor, {
      title: urgent ? `Haster: ${learnerName}` : `Ny markering: ${learnerName}`,
      body: `${lib.CATEGORY[category] || ""}. En underviser har bedt dig om at høre, hvordan det går.`,
      url: `/elever/${learner}`,
      importance: "important",
      tag: `flag-${learner}-${category}`,
    });
  }
}, "flags");

// ------------------------------------------------------------------ flags: moving one on
onRecordUpdateRequest((e) => {
  const lib = require(`${__hooks}/lib/flags.js`);
  const before = e.record.original();
  const from = before.getString("status");
  const to = e.record.getString("status");
  const now = lib.pbDate(new Date());
  const actor = e.auth && !e.auth.isSuperuser() ? e.auth.id : "";

  if (lib.STATUS_ORDER[to] < lib.STATUS_ORDER[from]) {
    throw new BadRequestError("A flag cannot move back.", {
      status: new ValidationError("validation_invalid_value", "En markering kan ikke gå tilbage."),
    });
  }
  // The server stamps who and when (the operator's own changes, e.g. demo data, may name them).
  if (from === "new" && to !== "new") {
    e.record.set("acknowledgedAt", now);
    if (actor) e.record.set("acknowledgedBy", actor);
  }
  if (to === "closed") {
    if (!e.record.getString("outcome")) {
      throw new BadRequestError("Closing needs an outcome.", {
        outcome: new ValidationError("validation_required", "Vælg, hvordan det endte."),
      });
    }
    if (from !== "closed") {
      e.record.set("closedAt", now);
      if (actor) e.record.set("closedBy", actor);
    }
  } else if (e.record.getString("outcome") || e.record.getString("outcomeNote")) {
    throw new BadRequestError("Only a closed flag has an outcome.", {
      outcome: new ValidationError("validation_invalid_value", "Kun en lukket markering har et udfald."),
    });
  }
  const hidden = e.record.getBool("hiddenFromLearner");
  const reason = e.record.getString("hiddenReason").trim();
  if (hidden && !reason) {
    throw new BadRequestError("Keeping a flag from the learner needs a reason.", {
      hiddenReason: new ValidationError("validation_required", "Skriv, hvorfor eleven ikke skal se den."),
    });
  }
  if (!hidden && reason) e.record.set("hiddenReason", "");
  e.next();

  const flag = e.record;
  const learner = flag.getString("learner");
  const category = lib.CATEGORY[flag.getString("category")] || "";
  const learnerName = lib.nameOf(e.app, learner);

  if (hidden && (!before.getBool("hiddenFromLearner") || reason !== before.getString("hiddenReason").trim())) {
    lib.writeAudit(e.app, [
      {
        learner,
        school: flag.getString("school"),
        actor,
        actorName: e.auth ? e.auth.getString("name") : "",
        actorRole: e.auth ? e.auth.getString("role") : "",
        kind: "hide_flag",
        collection: "flags",
        count: 1,
        detail: `${category}: ${reason}`,
      },
    ]);
  }

  // Flags joined to this one follow it, and their teachers hear the same.
  const joined = e.app.findRecordsByFilter("flags", "joinedTo = {:id}", "", 100, 0, { id: flag.id });
  for (const j of joined) {
    for (const f of ["status", "outcome", "outcomeNote", "acknowledgedAt", "acknowledgedBy", "closedAt", "closedBy"]) {
      j.set(f, flag.get(f));
    }
    e.app.save(j);
  }

  if (from === to || e.hasSuperuserAuth()) return;
  const outcome = lib.OUTCOME[flag.getString("outcome")] || "";
  const teachers = [flag.getString("raisedBy"), ...joined.map((j) => j.getString("raisedBy"))];
  for (const teacher of teachers.filter((t, i) => t && teachers.indexOf(t) === i)) {
    if (to === "closed") {
      // The loop closed: the teacher learns how it ended (not urgent: digest-like, one per learner).
      lib.notify(e.app, teacher, {
        title: `Lukket – ${outcome}`,
        body: `${learnerName}: ${category}. Mentoren har lukket markeringen.`,
        url: "/hold",
        importance: "normal",
        tag: `flag-closed-${learner}`,
      });
    }
  }
  if (from === "new" && !flag.getBool("hiddenFromLearner")) {
    lib.notify(e.app, learner, {
      title: "Din mentor vil gerne høre fra dig",
      body: `Din underviser har bedt mig om at høre, hvordan det går med ${lib.ABOUT_FOR_LEARNER[flag.getString("category")] || "skolen"}.`,
      url: "/hjem",
      importance: "normal",
      tag: `flag-${flag.id}`,
    });
  }
}, "flags");

// A teacher took back a flag others had joined: the oldest of those becomes the first
// one (and the mentor now hears about it), the rest join it.
onRecordDeleteRequest((e) => {
  const lib = require(`${__hooks}/lib/flags.js`);
  const joined = e.app.findRecordsByFilter("flags", "joinedTo = {:id}", "created", 100, 0, { id: e.record.id });
  e.next();
  if (joined.length === 0) return;
  const fresh = joined.map((j) => e.app.findRecordById("flags", j.id));
  const first = fresh[0];
  first.set("joinedTo", "");
  e.app.save(first);
  for (const other of fresh.slice(1)) {
    other.set("joinedTo", first.id);
    e.app.save(other);
  }
  const learner = first.getString("learner");
  const learnerName = lib.nameOf(e.app, learner);
  const urgent = fresh.some((f) => f.getString("urgency") === "urgent");
  for (const mentor of lib.currentMentorIds(e.app, learner)) {
    lib.notify(e.app, mentor, {
      title: urgent ? `Haster: ${learnerName}` : `Ny markering: ${learnerName}`,
      body: `${lib.CATEGORY[first.getString("category")] || ""}. En underviser har bedt dig om at høre, hvordan det går.`,
      url: `/elever/${learner}`,
      importance: "important",
      tag: `flag-${learner}-${first.getString("category")}`,
    });
  }
}, "flags");

// ------------------------------------------------------------------ flag comments
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/flags.js`);
  e.next();
  if (e.hasSuperuserAuth()) return;
  const flag = e.app.findRecordById("flags", e.record.getString("flag"));
  const learner = flag.getString("learner");
  const author = e.auth.id;
  const authorName = e.auth.getString("name");
  const thread = e.record.getString("thread");
  const excerpt = e.record.getString("body").slice(0, 140);
  const toMentors = () =>
    lib.currentMentorIds(e.app, learner).forEach((mentor) =>
      lib.notify(e.app, mentor, {
        title: `${authorName} har skrevet`,
        body: excerpt,
        url: `/elever/${learner}`,
        importance: "normal",
        tag: `flag-comment-${flag.id}`,
      }),
    );
  if (author === learner) return toMentors();
  if (thread === "staff" && author === flag.getString("raisedBy")) return toMentors();
  if (thread === "staff") {
    lib.notify(e.app, flag.getString("raisedBy"), {
      title: `${authorName} har svaret`,
      body: excerpt,
      url: "/hold",
      importance: "normal",
      tag: `flag-comment-${flag.id}`,
    });
  } else {
    lib.notify(e.app, learner, {
      title: `${authorName} har skrevet til dig`,
      body: excerpt,
      url: "/hjem",
      importance: "normal",
      tag: `flag-comment-${flag.id}`,
    });
  }
}, "flag_comments");

// ------------------------------------------------------------------ kudos (ros)
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/flags.js`);
  e.next();
  if (e.hasSuperuserAuth()) return;
  lib.notify(e.app, e.record.getString("learner"), {
    title: `Ros fra ${e.auth.getString("name")}`,
    body: e.record.getString("message") || "Godt gået!",
    url: "/hjem",
    importance: "normal",
    tag: `kudos-${e.record.id}`,
  });
}, "kudos");

// ------------------------------------------------------------------ audit: who read what
onRecordsListRequest((e) => {
  require(`${__hooks}/lib/flags.js`).auditRead(e, e.records, "learner");
  e.next();
}, "flags", "notes", "flag_comments");

onRecordViewRequest((e) => {
  require(`${__hooks}/lib/flags.js`).auditRead(e, [e.record], "learner");
  e.next();
}, "flags", "notes", "flag_comments");

// Records sent to a device by realtime are read too.
onRealtimeMessageSend((e) => {
  const topic = e.message ? e.message.name : "";
  const collection = topic.split("/")[0];
  if (["flags", "notes", "flag_comments"].indexOf(collection) < 0) return e.next();
  const auth = e.client.get("auth");
  if (auth && !auth.isSuperuser() && auth.getString("role") !== "learner") {
    try {
      const payload = JSON.parse(toString(e.message.data));
      const learner = payload && payload.record ? payload.record.learner : "";
      if (learner && payload.action !== "delete") {
        require(`${__hooks}/lib/flags.js`).writeAudit(e.app, [
          {
            learner,
            school: auth.getString("school"),
            actor: auth.id,
            actorName: auth.getString("name"),
            actorRole: auth.getString("role"),
            kind: "read",
            collection,
            count: 1,
          },
        ]);
      }
    } catch (err) {
      e.app.logger().warn("audit of a realtime message failed", "error", String(err));
    }
  }
  e.next();
});

// ------------------------------------------------------------------ escalation
cronAdd("sammen-flag-escalation", "*/10 * * * *", () => {
  require(`${__hooks}/lib/flags.js`).escalate($app, new Date());
});

// The same check on demand, with a clock the caller sets (tests move time this way).
routerAdd(
  "POST",
  "/api/sammen/escalate",
  (e) => {
    const body = e.requestInfo().body || {};
    const now = body.now ? new Date(String(body.now).replace(" ", "T")) : new Date();
    if (isNaN(now.getTime())) throw new BadRequestError("now is not a date.");
    const escalated = require(`${__hooks}/lib/flags.js`).escalate(e.app, now);
    return e.json(200, { escalated });
  },
  $apis.requireSuperuserAuth(),
);

// ------------------------------------------------------------------ handovers
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/flags.js`);
  const now = new Date();
  // The coordinator may read the learner's notes for an hour, while the handover is open.
  e.record.set("expiresAt", lib.pbDate(new Date(now.getTime() + 60 * 60 * 1000)));
  e.record.set("fromMentor", lib.currentMentorIds(e.app, e.record.getString("learner"), now)[0] || "");
  e.next();
  if (!e.auth || e.auth.isSuperuser()) return;
  lib.writeAudit(e.app, [
    {
      learner: e.record.getString("learner"),
      school: e.record.getString("school"),
      actor: e.auth.id,
      actorName: e.auth.getString("name"),
      actorRole: e.auth.getString("role"),
      kind: "handover",
      collection: "notes",
      count: 0,
      detail: "Overdragelse til ny mentor startet. Koordinatoren kan læse noterne i en time.",
    },
  ]);
}, "handovers");

onRecordUpdateRequest((e) => {
  const lib = require(`${__hooks}/lib/flags.js`);
  const before = e.record.original();
  if (e.record.getString("status") !== "done" || before.getString("status") === "done") return e.next();

  const learner = e.record.getString("learner");
  const toMentor = e.record.getString("toMentor");
  const now = new Date();
  const current = e.app.findRecordsByFilter(
    "mentorships",
    "learner = {:learner} && (end = '' || end > {:now})",
    "",
    10,
    0,
    { learner, now: lib.pbDate(now) },
  );
  if (!toMentor) {
    throw new BadRequestError("Choose the new mentor.", {
      toMentor: new ValidationError("validation_required", "Vælg den nye mentor."),
    });
  }
  if (current.some((m) => m.getString("mentor") === toMentor)) {
    throw new BadRequestError("That is already the mentor.", {
      toMentor: new ValidationError("validation_invalid_value", "Det er allerede elevens mentor."),
    });
  }

  e.app.runInTransaction((txApp) => {
    const stamp = lib.pbDate(now);
    const fromNames = [];
    for (const m of current) {
      m.set("end", stamp);
      txApp.save(m);
      fromNames.push(lib.nameOf(txApp, m.getString("mentor")));
    }
    const next = new Record(txApp.findCollectionByNameOrId("mentorships"));
    next.set("learner", learner);
    next.set("mentor", toMentor);
    next.set("school", e.record.getString("school"));
    next.set("start", stamp);
    txApp.save(next);

    const toName = lib.nameOf(txApp, toMentor);
    const reason = e.record.getString("reason").trim();
    const entry = new Record(txApp.findCollectionByNameOrId("timeline"));
    entry.set("learner", learner);
    entry.set("kind", "handover");
    entry.set("actor", e.auth ? e.auth.id : "");
    entry.set(
      "text",
      (fromNames.length ? `Overdraget fra ${fromNames.join(", ")} til ${toName}.` : `${toName} er ny mentor.`) +
        (reason ? ` ${reason}` : ""),
    );
    txApp.save(entry);

    e.record.set("doneAt", stamp);
    e.app = txApp;
    e.next();

    lib.touchLearnerData(txApp, learner, now);
    lib.notify(txApp, toMentor, {
      title: `Du har fået en ny elev: ${lib.nameOf(txApp, learner)}`,
      body: "Plan, samtaler, markeringer og noter følger med.",
      url: `/elever/${learner}`,
      importance: "normal",
      tag: `handover-${learner}`,
    });
  });
}, "handovers");

// ------------------------------------------------------------------ benchmark data
// Only when PocketBase runs for `npm run bench:caseload` (SAMMEN_BENCH=1), only for
// superusers: fills the database with a big school straight through SQL.
if ($os.getenv("SAMMEN_BENCH") === "1") {
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
}
