/// <reference path="../pb_data/types.d.ts" />
// Aftaler (issue 15): the mentor's free times and the learner's bookings.
//
//   appointment_slots  a concrete time the mentor offers (a weekly series is made on the
//                      device as concrete slots, sharing `series`), optionally proposed to
//                      one learner (`forLearner`); `bookedBy` is kept by the hook.
//   appointments       a booking of one slot: one per slot (the UNIQUE index over the
//                      bookings that count: that is the no-double-booking rule, and the
//                      hook answers a second one in plain Danish with the nearest free
//                      times). The slot's time and place are copied on by the hook, so an
//                      appointment stands alone (reminders, "Føj til kalender").
//
// Who: the mentor writes their own slots; their current learners see the free,
// uncancelled ones (and those proposed to them); a learner books their current mentor's
// slot for themselves and may cancel their own; the learner's current mentor reads and
// updates the learner's appointments (agreed note, done, cancel). Not teachers, not
// coordinators, not other learners.

const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_MENTOR, notInBody, unchanged } = R;

// Fields of an appointment the hook copies from its slot: nobody writes them.
const COPIED = ["startsAt", "endsAt", "place", "placeText"];
const PLACES = ["skole", "telefon", "video"];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");

    const slots = new Collection({
      type: "base",
      name: "appointment_slots",
      fields: [
        { type: "relation", name: "mentor", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "date", name: "startsAt", required: true },
        { type: "date", name: "endsAt", required: true },
        { type: "select", name: "place", required: true, maxSelect: 1, values: PLACES },
        // a room, a phone number or a video link
        { type: "text", name: "placeText", max: 200 },
        // a time offered to one learner only
        { type: "relation", name: "forLearner", maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        // the slots of one weekly series share this (made on the device), so the rest can go at once
        { type: "text", name: "series", max: 30 },
        { type: "bool", name: "cancelled" },
        // who booked it (the hook keeps it): a booked slot is no longer offered to others
        { type: "relation", name: "bookedBy", maxSelect: 1, collectionId: users.id },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_appointment_slots_mentor ON appointment_slots (mentor, startsAt)",
        "CREATE INDEX idx_appointment_slots_for ON appointment_slots (forLearner)",
        "CREATE INDEX idx_appointment_slots_booked ON appointment_slots (bookedBy)",
        "CREATE INDEX idx_appointment_slots_updated ON appointment_slots (updated)",
      ],
    });
    // A proposal goes only to one of my current learners.
    const FOR_MY_LEARNER = `(@request.body.forLearner:isset = false || @request.body.forLearner = "" || ${R.mentorOfLearner("@request.body.forLearner")})`;
    slots.listRule = slots.viewRule = `${SIGNED_IN} && (
      mentor = ${ME} ||
      (${R.myCurrentMentor("mentor")} && cancelled = false && (bookedBy = "" || bookedBy = ${ME}) && (forLearner = "" || forLearner = ${ME}))
    )`;
    slots.createRule = `${IS_MENTOR} && @request.body.mentor = ${ME} &&
      (@request.body.cancelled:isset = false || @request.body.cancelled = false) &&
      ${notInBody(["bookedBy"])} && ${FOR_MY_LEARNER}`;
    // A booked time keeps its time and learner (cancel it instead: the learner hears).
    slots.updateRule = `${IS_MENTOR} && mentor = ${ME} && ${notInBody(["mentor", "bookedBy"])} && ${FOR_MY_LEARNER} &&
      (bookedBy = "" || (${unchanged(["startsAt", "endsAt", "forLearner"])}))`;
    slots.deleteRule = `${IS_MENTOR} && mentor = ${ME} && bookedBy = ""`;
    app.save(slots);

    const appointments = new Collection({
      type: "base",
      name: "appointments",
      fields: [
        { type: "relation", name: "slot", required: true, maxSelect: 1, collectionId: slots.id, cascadeDelete: true },
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "mentor", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["booked", "cancelled", "done"] },
        // written by the mentor, read by the learner: what we agreed
        { type: "text", name: "agreedNote", max: 2000 },
        // copied from the slot by the hook
        { type: "date", name: "startsAt" },
        { type: "date", name: "endsAt" },
        { type: "select", name: "place", maxSelect: 1, values: PLACES },
        { type: "text", name: "placeText", max: 200 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        // One booking per slot: a cancelled one frees it again.
        "CREATE UNIQUE INDEX idx_appointments_one_per_slot ON appointments (slot) WHERE status != 'cancelled'",
        "CREATE INDEX idx_appointments_learner ON appointments (learner, startsAt)",
        "CREATE INDEX idx_appointments_mentor ON appointments (mentor, startsAt)",
        "CREATE INDEX idx_appointments_reminders ON appointments (status, startsAt)",
        "CREATE INDEX idx_appointments_updated ON appointments (updated)",
      ],
    });
    appointments.listRule = appointments.viewRule = `${SIGNED_IN} && (
      learner = ${ME} || ${R.mentorOfRecordLearner("learner")}
    )`;
    // The learner books a free time of their current mentor for themselves.
    appointments.createRule = `${SIGNED_IN} && @request.body.learner = ${ME} && @request.body.status = "booked" &&
      @request.body.mentor = @request.body.slot.mentor && ${R.myCurrentMentor("@request.body.slot.mentor")} &&
      @request.body.slot.cancelled = false &&
      (@request.body.slot.forLearner = "" || @request.body.slot.forLearner = ${ME}) &&
      (@request.body.agreedNote:isset = false || @request.body.agreedNote = "")`;
    // The learner only cancels their own booking (moving = cancel + book another); the
    // current mentor writes the agreed note, marks it done or cancels.
    appointments.updateRule = `${SIGNED_IN} && (
      (learner = ${ME} && status = "booked" && @request.body.status = "cancelled" &&
        ${notInBody(["slot", "learner", "mentor", "agreedNote", ...COPIED])}) ||
      (mentor = ${ME} && ${R.mentorOfRecordLearner("learner")} && ${notInBody(["slot", "learner", "mentor", ...COPIED])})
    )`;
    appointments.deleteRule = null;
    app.save(appointments);
  },
  (app) => {
    for (const name of ["appointments", "appointment_slots"]) app.delete(app.findCollectionByNameOrId(name));
  },
);
