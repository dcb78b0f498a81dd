// People for the hooks: the learner's current mentors and names, read from the database
// and decided by the kernel (the same isCurrent/currentMentorIds the app runs).
// Load with require(`${__hooks}/lib/people.js`).

const kernel = require(`${__hooks}/lib/kernel.gen.js`);

/**
 * A learner's mentorship rows as the kernel reads them (with the record). A learner has a
 * handful over the years (one per handover), so all are read and the kernel decides.
 */
function mentorshipRows(app, learnerId) {
  if (!learnerId) return [];
  return app
    .findRecordsByFilter("mentorships", "learner = {:learner}", "-start", 0, 0, { learner: learnerId })
    .map((r) => ({ record: r, mentor: r.getString("mentor"), start: r.getString("start"), end: r.getString("end") }));
}

/** The learner's current mentorship records, the latest started first. */
function currentMentorships(app, learnerId, now) {
  return kernel.currentMentorships(mentorshipRows(app, learnerId), now || new Date()).map((row) => row.record);
}

/** The learner's current mentors' ids (normally one), the latest first. */
function currentMentorIds(app, learnerId, now) {
  return kernel.currentMentorIds(mentorshipRows(app, learnerId), now || new Date());
}

/** A user's name as shown, or "" when there is none. */
function nameOf(app, userId) {
  if (!userId) return "";
  try {
    return kernel.displayName({ name: app.findRecordById("users", userId).getString("name") });
  } catch (_) {
    return "";
  }
}

/** A user's first name, for short lines. */
function firstNameOf(app, userId) {
  return kernel.firstName(nameOf(app, userId));
}

module.exports = { currentMentorships, currentMentorIds, nameOf, firstNameOf };
