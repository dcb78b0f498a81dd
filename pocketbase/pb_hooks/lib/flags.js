// Shared code of pb_hooks/flags.pb.js. Hook handlers run in isolated contexts, so each
// one loads this file with require(`${__hooks}/lib/flags.js`).

const { DAY_MS, pbDate, parsePbDate, addWorkingDays, flagResponseDays } = require(`${__hooks}/lib/kernel.gen.js`);
const { nameOf, currentMentorIds } = require(`${__hooks}/lib/people.js`);
const { notify } = require(`${__hooks}/lib/notify.js`);

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

/**
 * Flags that nobody acknowledged within the school's response target (working days:
 * Monday to Friday, not Danish public holidays, in Copenhagen; the kernel's addWorkingDays)
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
        targets[school] = flagResponseDays(days);
      }
      const created = parsePbDate(flag.getString("created"));
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
 * Whether `auth` may read why `flag` is kept from the learner: the learner's current
 * mentor; the coordinator of the flag's school once it is escalated (as they read the
 * flag itself). Not the teacher who raised it, not the learner (docs/ARCHITECTURE.md).
 */
function mayReadHiddenReason(app, auth, flag) {
  const role = auth.getString("role");
  if (role === "mentor") return currentMentorIds(app, flag.getString("learner")).indexOf(auth.id) >= 0;
  if (role === "coordinator") return auth.getString("school") === flag.getString("school") && flag.getString("escalatedAt") !== "";
  return false;
}

module.exports = { CATEGORY, OUTCOME, STATUS_ORDER, ABOUT_FOR_LEARNER, escalate, mayReadHiddenReason };
