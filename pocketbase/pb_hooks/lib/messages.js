// Shared code of pb_hooks/messages.pb.js. Hook handlers run in isolated contexts, so
// each one loads this file with require(`${__hooks}/lib/messages.js`).
//
// Every conversation and message carries the learner's CURRENT mentor (`mentor`) and
// the end of that mentorship (`mentorUntil`, empty = open), so the read rules say
// "the learner, or the mentor until mentorUntil" without a join (see the migration
// 1763800000_messages.js). These functions keep them true when mentorships change.
// Code that writes conversations or messages with plain SQL (e.g. a benchmark seed)
// should call refreshAllParticipants(app) afterwards; a cron does it every 10 minutes.

const { pbDate } = require(`${__hooks}/lib/kernel.gen.js`);
const people = require(`${__hooks}/lib/people.js`);

/** The learner's current mentorship (the latest started), or null. */
function currentMentorship(app, learnerId) {
  return people.currentMentorships(app, learnerId)[0] || null;
}

/** { mentor, until } for the learner now. */
function participantsOf(app, learnerId) {
  const current = currentMentorship(app, learnerId);
  return { mentor: current ? current.getString("mentor") : "", until: current ? current.getString("end") : "" };
}

/**
 * Puts the learner's current mentor on their conversation and all its messages, when it
 * changed. The messages get a new `updated`, so every device pulls them again: the new
 * mentor's device fetches the whole history, the former mentor's gets nothing more.
 * Returns true when something changed.
 */
function refreshParticipants(app, learnerId) {
  let conversation = null;
  try {
    conversation = app.findFirstRecordByData("conversations", "learner", learnerId);
  } catch (_) {
    return false; // no conversation yet: it gets them when it starts
  }
  const now = participantsOf(app, learnerId);
  if (conversation.getString("mentor") === now.mentor && conversation.getString("mentorUntil") === now.until) {
    return false;
  }
  conversation.set("mentor", now.mentor);
  conversation.set("mentorUntil", now.until);
  app.save(conversation); // through the model: realtime tells the participants' devices
  app
    .db()
    .newQuery(
      "UPDATE [[messages]] SET [[mentor]] = {:mentor}, [[mentorUntil]] = {:until}, [[updated]] = {:stamp} WHERE [[conversation]] = {:conversation}",
    )
    .bind({ mentor: now.mentor, until: now.until, stamp: pbDate(new Date()), conversation: conversation.id })
    .execute();
  return true;
}

/**
 * Every conversation, and messages that are out of step with their conversation
 * (written with plain SQL). Returns how many conversations changed.
 */
function refreshAllParticipants(app) {
  let changed = 0;
  const conversations = app.findRecordsByFilter("conversations", "", "", 0, 0);
  for (const conversation of conversations) {
    if (conversation && refreshParticipants(app, conversation.getString("learner"))) changed++;
  }
  app
    .db()
    .newQuery(
      `UPDATE [[messages]] SET
         [[mentor]] = (SELECT c.[[mentor]] FROM [[conversations]] c WHERE c.[[id]] = [[messages]].[[conversation]]),
         [[mentorUntil]] = (SELECT c.[[mentorUntil]] FROM [[conversations]] c WHERE c.[[id]] = [[messages]].[[conversation]]),
         [[updated]] = {:stamp}
       WHERE EXISTS (SELECT 1 FROM [[conversations]] c WHERE c.[[id]] = [[messages]].[[conversation]]
                     AND (c.[[mentor]] != [[messages]].[[mentor]] OR c.[[mentorUntil]] != [[messages]].[[mentorUntil]]))`,
    )
    .bind({ stamp: pbDate(new Date()) })
    .execute();
  return changed;
}

module.exports = { currentMentorship, participantsOf, refreshParticipants, refreshAllParticipants };
