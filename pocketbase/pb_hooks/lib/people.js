// People for the hooks: the learner's current mentors, names.
// Load with require(`${__hooks}/lib/people.js`).

const { pbDate } = require(`${__hooks}/lib/time.js`);

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

/** A user's name, or "" when there is none. */
function nameOf(app, userId) {
  if (!userId) return "";
  try {
    return app.findRecordById("users", userId).getString("name");
  } catch (_) {
    return "";
  }
}

module.exports = { currentMentorIds, nameOf };
