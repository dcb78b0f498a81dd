/// <reference path="../pb_data/types.d.ts" />
// Aftaler (issue 15):
// - a booking carries its slot's time and place (copied here, whatever was sent);
// - one booking per slot: the UNIQUE index decides, and a second booking (also two at
//   the same moment) is answered in plain Danish with the nearest three free times;
// - the slot's `bookedBy` follows its bookings (a booked time is no longer offered);
// - a slot the mentor cancels cancels its booking, and the learner hears;
// - reminders the day before and the hour before (cron; POST /api/sammen/appointment-reminders
//   for tests and operators, with a clock).

onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/appointments.js`);
  // The create rule has passed (PocketBase checks it before this hook), so only someone
  // who may book this slot ever hears that it is taken.
  const slot = e.app.findRecordById("appointment_slots", e.record.getString("slot"));
  lib.copyFromSlot(e.record, slot);
  const learner = e.record.getString("learner");
  if (lib.isTaken(e.app, slot.id, e.record.id)) throw lib.takenError(e.app, slot, learner);
  try {
    e.next();
  } catch (err) {
    // two at once: the index let one in; the other is told the same
    if (lib.isTaken(e.app, slot.id, e.record.id)) throw lib.takenError(e.app, slot, learner);
    throw err;
  }
}, "appointments");

onRecordUpdateRequest((e) => {
  const lib = require(`${__hooks}/lib/appointments.js`);
  const status = e.record.getString("status");
  if (status !== "cancelled" && e.record.original().getString("status") === "cancelled") {
    const slot = e.app.findRecordById("appointment_slots", e.record.getString("slot"));
    if (lib.isTaken(e.app, slot.id, e.record.id)) throw lib.takenError(e.app, slot, e.record.getString("learner"));
  }
  e.next();
}, "appointments");

onRecordAfterCreateSuccess((e) => {
  const lib = require(`${__hooks}/lib/appointments.js`);
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  lib.refreshBookedBy(e.app, e.record.getString("slot"));
  require(`${__hooks}/lib/notify.js`).notify(e.app, e.record.getString("mentor"), {
    title: "Ny aftale",
    body: require(`${__hooks}/lib/people.js`).firstNameOf(e.app, e.record.getString("learner")) + " har booket " + kernel.danishWhen(kernel.timeOf(e.record.getString("startsAt"))) + ".",
    url: "/mine-tider",
    importance: "normal",
    tag: "aftale-" + e.record.id,
  });
  e.next();
}, "appointments");

onRecordAfterUpdateSuccess((e) => {
  const lib = require(`${__hooks}/lib/appointments.js`);
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const before = e.record.original().getString("status");
  const now = e.record.getString("status");
  if (before !== now) lib.refreshBookedBy(e.app, e.record.getString("slot"));
  if (before === "booked" && now === "cancelled") {
    // the other side hears (the one who cancelled is the request's auth; hooks have none here)
    const when = kernel.danishWhen(kernel.timeOf(e.record.getString("startsAt")));
    const tag = "aftale-" + e.record.id;
    const { notify } = require(`${__hooks}/lib/notify.js`);
    notify(e.app, e.record.getString("learner"), {
      title: "En aftale er aflyst",
      body: "Aftalen " + when + " er aflyst. Du kan booke en ny tid i Sammen.",
      url: "/aftaler",
      importance: "important",
      tag: tag,
    });
    notify(e.app, e.record.getString("mentor"), {
      title: "En aftale er aflyst",
      body: "Aftalen med " + require(`${__hooks}/lib/people.js`).firstNameOf(e.app, e.record.getString("learner")) + " " + when + " er aflyst.",
      url: "/mine-tider",
      importance: "normal",
      tag: tag,
    });
  }
  e.next();
}, "appointments");

// Only superusers delete bookings (operators, tests): the slot is free again.
onRecordAfterDeleteSuccess((e) => {
  require(`${__hooks}/lib/appointments.js`).refreshBookedBy(e.app, e.record.getString("slot"));
  e.next();
}, "appointments");

// A time the mentor cancels cancels its booking too (the learner hears through the hook above).
onRecordAfterUpdateSuccess((e) => {
  if (e.record.getBool("cancelled") && !e.record.original().getBool("cancelled")) {
    const booked = e.app.findRecordsByFilter("appointments", "slot = {:slot} && status = 'booked'", "", 0, 0, { slot: e.record.id });
    for (const a of booked) {
      a.set("status", "cancelled");
      e.app.save(a);
    }
  }
  e.next();
}, "appointment_slots");

cronAdd("sammen-appointment-reminders", "*/10 * * * *", () => {
  require(`${__hooks}/lib/appointments.js`).runReminders($app);
});

routerAdd(
  "POST",
  "/api/sammen/appointment-reminders",
  (e) => {
    const body = e.requestInfo().body || {};
    const now = body.now ? Date.parse(String(body.now)) : Date.now();
    return e.json(200, require(`${__hooks}/lib/appointments.js`).runReminders(e.app, now));
  },
  $apis.requireSuperuserAuth(),
);
