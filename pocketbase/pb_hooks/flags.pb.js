/// <reference path="../pb_data/types.d.ts" />
// Flags (markeringer): what the access rules in 1763810000_flags.js cannot say.
// - a second open flag for the same learner and category joins the first (no new alert);
// - a flag moves forward only (new → acknowledged → in progress → closed with an outcome),
//   the server stamps who and when, and the teacher hears when the loop is closed;
// - keeping a flag from the learner needs a written reason, and is audited; the reason is
//   only the current mentor and (escalated) the coordinator read the reason;
// - a flag nobody acknowledged in time escalates to the coordinator (cron + a test route).
// Who read flags, comments and notes: audit.pb.js. Handovers: handovers.pb.js. Ros: kudos.pb.js.

// ------------------------------------------------------------------ flags: why one is hidden
// Who reads `hiddenReason`: the learner's current mentor and, once the flag is escalated,
// the school's coordinator; not the teacher who raised it (the learner never reads a
// hidden flag at all). PocketBase runs this for every record it sends: list, view, the
// answer to a create or update, realtime (and expand, which audit.pb.js refuses for
// flags). Filters and sorts on the field are refused in audit.pb.js, so it is no oracle.
// (A hidden schema field would do the hiding by itself, but then nobody but superusers
// could write it: PocketBase drops hidden fields from their request bodies.)
onRecordEnrich((e) => {
  const auth = e.requestInfo.auth;
  if (e.record.getString("hiddenReason") && !(auth && auth.isSuperuser()) &&
      !(auth && require(`${__hooks}/lib/flags.js`).mayReadHiddenReason(e.app, auth, e.record))) {
    e.record.hide("hiddenReason");
  }
  e.next();
}, "flags");

// ------------------------------------------------------------------ flags: raising one
onRecordCreateRequest((e) => {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const people = require(`${__hooks}/lib/people.js`);
  const flags = require(`${__hooks}/lib/flags.js`);
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
  const learnerName = people.nameOf(e.app, learner);
  const urgent = e.record.getString("urgency") === "urgent";
  for (const mentor of people.currentMentorIds(e.app, learner)) {
    notify(e.app, mentor, {
      title: urgent ? `Haster: ${learnerName}` : `Ny markering: ${learnerName}`,
      body: `${flags.CATEGORY[category] || ""}. En underviser har bedt dig om at høre, hvordan det går.`,
      url: `/elever/${learner}`,
      importance: "important",
      tag: `flag-${learner}-${category}`,
    });
  }
}, "flags");

// ------------------------------------------------------------------ flags: moving one on
onRecordUpdateRequest((e) => {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const people = require(`${__hooks}/lib/people.js`);
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const audit = require(`${__hooks}/lib/audit.js`);
  const flags = require(`${__hooks}/lib/flags.js`);
  const before = e.record.original();
  const from = before.getString("status");
  const to = e.record.getString("status");
  const now = kernel.pbDate(new Date());
  const actor = e.auth && !e.auth.isSuperuser() ? e.auth.id : "";

  if (flags.STATUS_ORDER[to] < flags.STATUS_ORDER[from]) {
    throw new BadRequestError("En markering kan ikke gå tilbage.", {
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
      throw new BadRequestError("Vælg, hvordan det endte, før du lukker markeringen.", {
        outcome: new ValidationError("validation_required", "Vælg, hvordan det endte."),
      });
    }
    if (from !== "closed") {
      e.record.set("closedAt", now);
      if (actor) e.record.set("closedBy", actor);
    }
  } else if (e.record.getString("outcome") || e.record.getString("outcomeNote")) {
    throw new BadRequestError("Kun en lukket markering har et udfald.", {
      outcome: new ValidationError("validation_invalid_value", "Kun en lukket markering har et udfald."),
    });
  }
  const hidden = e.record.getBool("hiddenFromLearner");
  const reason = e.record.getString("hiddenReason").trim();
  if (hidden && !reason) {
    throw new BadRequestError("Skriv, hvorfor eleven ikke skal se markeringen.", {
      hiddenReason: new ValidationError("validation_required", "Skriv, hvorfor eleven ikke skal se den."),
    });
  }
  if (!hidden && reason) e.record.set("hiddenReason", "");
  e.next();

  const flag = e.record;
  const learner = flag.getString("learner");
  const category = flags.CATEGORY[flag.getString("category")] || "";
  const learnerName = people.nameOf(e.app, learner);

  if (hidden && (!before.getBool("hiddenFromLearner") || reason !== before.getString("hiddenReason").trim())) {
    audit.writeAudit(e.app, [
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
  const outcome = flags.OUTCOME[flag.getString("outcome")] || "";
  const teachers = [flag.getString("raisedBy"), ...joined.map((j) => j.getString("raisedBy"))];
  for (const teacher of teachers.filter((t, i) => t && teachers.indexOf(t) === i)) {
    if (to === "closed") {
      // The loop closed: the teacher learns how it ended (not urgent: digest-like, one per learner).
      notify(e.app, teacher, {
        title: `Lukket – ${outcome}`,
        body: `${learnerName}: ${category}. Mentoren har lukket markeringen.`,
        url: "/hold",
        importance: "normal",
        tag: `flag-closed-${learner}`,
      });
    }
  }
  if (from === "new" && !flag.getBool("hiddenFromLearner")) {
    notify(e.app, learner, {
      title: "Din mentor vil gerne høre fra dig",
      body: `Din underviser har bedt mig om at høre, hvordan det går med ${flags.ABOUT_FOR_LEARNER[flag.getString("category")] || "skolen"}.`,
      url: "/hjem",
      importance: "normal",
      tag: `flag-${flag.id}`,
    });
  }
}, "flags");

// A teacher took back a flag others had joined: the oldest of those becomes the first
// one (and the mentor now hears about it), the rest join it.
onRecordDeleteRequest((e) => {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const people = require(`${__hooks}/lib/people.js`);
  const flags = require(`${__hooks}/lib/flags.js`);
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
  const learnerName = people.nameOf(e.app, learner);
  const urgent = fresh.some((f) => f.getString("urgency") === "urgent");
  for (const mentor of people.currentMentorIds(e.app, learner)) {
    notify(e.app, mentor, {
      title: urgent ? `Haster: ${learnerName}` : `Ny markering: ${learnerName}`,
      body: `${flags.CATEGORY[first.getString("category")] || ""}. En underviser har bedt dig om at høre, hvordan det går.`,
      url: `/elever/${learner}`,
      importance: "important",
      tag: `flag-${learner}-${first.getString("category")}`,
    });
  }
}, "flags");

// ------------------------------------------------------------------ flag comments
onRecordCreateRequest((e) => {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const people = require(`${__hooks}/lib/people.js`);
  e.next();
  if (e.hasSuperuserAuth()) return;
  const flag = e.app.findRecordById("flags", e.record.getString("flag"));
  const learner = flag.getString("learner");
  const author = e.auth.id;
  const authorName = e.auth.getString("name");
  const thread = e.record.getString("thread");
  const excerpt = e.record.getString("body").slice(0, 140);
  const toMentors = () =>
    people.currentMentorIds(e.app, learner).forEach((mentor) =>
      notify(e.app, mentor, {
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
    notify(e.app, flag.getString("raisedBy"), {
      title: `${authorName} har svaret`,
      body: excerpt,
      url: "/hold",
      importance: "normal",
      tag: `flag-comment-${flag.id}`,
    });
  } else {
    notify(e.app, learner, {
      title: `${authorName} har skrevet til dig`,
      body: excerpt,
      url: "/hjem",
      importance: "normal",
      tag: `flag-comment-${flag.id}`,
    });
  }
}, "flag_comments");

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
    if (isNaN(now.getTime())) throw new BadRequestError("now er ikke en dato.");
    const escalated = require(`${__hooks}/lib/flags.js`).escalate(e.app, now);
    return e.json(200, { escalated });
  },
  $apis.requireSuperuserAuth(),
);

