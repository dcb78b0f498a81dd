/// <reference path="../pb_data/types.d.ts" />
// A handover (overdragelse): the coordinator may read the learner's notes for an hour while it
// is open; marking it done ends the current mentorship and starts the next, in one transaction.

// ------------------------------------------------------------------ handovers
onRecordCreateRequest((e) => {
  const people = require(`${__hooks}/lib/people.js`);
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const audit = require(`${__hooks}/lib/audit.js`);
  const now = new Date();
  // The coordinator may read the learner's notes for an hour, while the handover is open.
  e.record.set("expiresAt", kernel.pbDate(new Date(now.getTime() + 60 * 60 * 1000)));
  e.record.set("fromMentor", people.currentMentorIds(e.app, e.record.getString("learner"), now)[0] || "");
  e.next();
  if (!e.auth || e.auth.isSuperuser()) return;
  audit.writeAudit(e.app, [
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
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const people = require(`${__hooks}/lib/people.js`);
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const handovers = require(`${__hooks}/lib/handovers.js`);
  const before = e.record.original();
  if (e.record.getString("status") !== "done" || before.getString("status") === "done") return e.next();

  const learner = e.record.getString("learner");
  const toMentor = e.record.getString("toMentor");
  const now = new Date();
  const current = people.currentMentorships(e.app, learner, now);
  if (!toMentor) {
    throw new BadRequestError("Vælg den nye mentor.", {
      toMentor: new ValidationError("validation_required", "Vælg den nye mentor."),
    });
  }
  if (current.some((m) => m.getString("mentor") === toMentor)) {
    throw new BadRequestError("Det er allerede elevens mentor.", {
      toMentor: new ValidationError("validation_invalid_value", "Det er allerede elevens mentor."),
    });
  }

  e.app.runInTransaction((txApp) => {
    const stamp = kernel.pbDate(now);
    const fromNames = [];
    for (const m of current) {
      m.set("end", stamp);
      txApp.save(m);
      fromNames.push(people.nameOf(txApp, m.getString("mentor")));
    }
    const next = new Record(txApp.findCollectionByNameOrId("mentorships"));
    next.set("learner", learner);
    next.set("mentor", toMentor);
    next.set("school", e.record.getString("school"));
    next.set("start", stamp);
    txApp.save(next);

    const toName = people.nameOf(txApp, toMentor);
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

    handovers.touchLearnerData(txApp, learner, now);
    notify(txApp, toMentor, {
      title: `Du har fået en ny elev: ${people.nameOf(txApp, learner)}`,
      body: "Plan, samtaler, markeringer og noter følger med.",
      url: `/elever/${learner}`,
      importance: "normal",
      tag: `handover-${learner}`,
    });
  });
}, "handovers");

