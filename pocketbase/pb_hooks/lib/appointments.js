// Aftaler: a booking's refusal when its time was just taken, the slot's bookedBy, and
// reminders. Load with require(`${__hooks}/lib/appointments.js`).

const kernel = require(`${__hooks}/lib/kernel.gen.js`);
const { notify } = require(`${__hooks}/lib/notify.js`);

/** Whether another booking (not cancelled) holds the slot. */
function isTaken(app, slotId, exceptId) {
  return (
    app.findRecordsByFilter("appointments", "slot = {:slot} && status != 'cancelled' && id != {:id}", "", 1, 0, {
      slot: slotId,
      id: exceptId || "",
    }).length > 0
  );
}

/** The mentor's free times the learner may book, nearest first to the one that was taken (at most 3). */
function nearestFreeFor(app, slot, learner, nowMs) {
  const free = app.findRecordsByFilter(
    "appointment_slots",
    "mentor = {:mentor} && cancelled = false && bookedBy = '' && id != {:id} && startsAt > {:now} && (forLearner = '' || forLearner = {:learner})",
    "startsAt",
    200,
    0,
    { mentor: slot.getString("mentor"), id: slot.id, now: kernel.pbDate(nowMs), learner: learner },
  );
  const plain = free.map((s) => ({
    id: s.id,
    startsAt: s.getString("startsAt"),
    endsAt: s.getString("endsAt"),
    place: s.getString("place"),
    placeText: s.getString("placeText"),
  }));
  return kernel.nearestFree(plain, kernel.timeOf(slot.getString("startsAt")), nowMs, 3);
}

/**
 * The answer to a second booking of a slot: 400, in plain Danish, with the nearest three
 * free times of the same mentor (`data.slot.params.nearest`), so the device can offer them.
 */
function takenError(app, slot, learner) {
  const nearest = nearestFreeFor(app, slot, learner, Date.now());
  const problem = new ValidationError("sammen_slot_taken", "Tiden er lige blevet taget.").setParams({ nearest: nearest });
  return new BadRequestError("Tiden er lige blevet taget.", { slot: problem });
}

/** The slot's time and place, copied onto its appointment (what a client sent is replaced). */
function copyFromSlot(appointment, slot) {
  for (const name of ["startsAt", "endsAt", "place", "placeText"]) appointment.set(name, slot.get(name));
}

/** Keeps `bookedBy` on the slot in step with its bookings. */
function refreshBookedBy(app, slotId) {
  let slot;
  try {
    slot = app.findRecordById("appointment_slots", slotId);
  } catch (_) {
    return;
  }
  const holding = app.findRecordsByFilter("appointments", "slot = {:slot} && status != 'cancelled'", "", 1, 0, { slot: slotId });
  const who = holding.length ? holding[0].getString("learner") : "";
  if (slot.getString("bookedBy") !== who) {
    slot.set("bookedBy", who);
    app.save(slot);
  }
}

/**
 * Reminders for booked appointments at `nowMs`: the day before (learner) and the hour
 * before (learner and mentor), each once (found by its tag). The push worker keeps the
 * person's level and quiet hours.
 */
function runReminders(app, nowMs) {
  const now = nowMs || Date.now();
  const result = { dayBefore: 0, hourBefore: 0 };
  const sent = (user, tag) =>
    app.findRecordsByFilter("notifications", "user = {:u} && tag = {:t}", "", 1, 0, { u: user, t: tag }).length > 0;
  const soon = app.findRecordsByFilter("appointments", "status = 'booked' && startsAt > {:now} && startsAt < {:until}", "startsAt", 0, 0, {
    now: kernel.pbDate(now),
    until: kernel.pbDate(now + 2 * kernel.DAY_MS),
  });
  for (const a of soon) {
    const start = kernel.timeOf(a.getString("startsAt"));
    const due = kernel.appointmentReminderDue(start, now);
    if (!due) continue;
    const when = kernel.danishWhen(start);
    const place = placeWords(a);
    if (due === "day-before") {
      const tag = "aftale-dagen-foer-" + a.id;
      if (sent(a.getString("learner"), tag)) continue;
      notify(app, a.getString("learner"), {
        title: "I morgen: en snak med din mentor",
        body: "Husk jeres aftale " + when + ". " + place,
        url: "/aftaler",
        importance: "normal",
        tag: tag,
      });
      result.dayBefore++;
    } else {
      const tag = "aftale-om-en-time-" + a.id;
      for (const [user, url] of [[a.getString("learner"), "/aftaler"], [a.getString("mentor"), "/mine-tider"]]) {
        if (!user || sent(user, tag)) continue;
        notify(app, user, {
          title: "Om lidt: jeres aftale kl. " + kernel.copenhagenClockText(start),
          body: place,
          url: url,
          importance: "important",
          tag: tag,
        });
        result.hourBefore++;
      }
    }
  }
  return result;
}

function placeWords(a) {
  const text = a.getString("placeText");
  const kind = a.getString("place");
  const base = kind === "telefon" ? "I taler i telefon." : kind === "video" ? "I ses på video." : "I ses på skolen.";
  return text ? base + " " + text : base;
}

module.exports = { isTaken, takenError, copyFromSlot, refreshBookedBy, runReminders, nearestFreeFor };
