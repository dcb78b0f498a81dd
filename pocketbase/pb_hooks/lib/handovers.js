// Shared code of pb_hooks/handovers.pb.js. Load with require(`${__hooks}/lib/handovers.js`).

const { pbDate } = require(`${__hooks}/lib/kernel.gen.js`);

/**
 * After a handover the new mentor may see the learner's older records, but their
 * device only pulls what changed since it last looked. Touching `updated` makes every
 * record about the learner count as changed, so it is pulled. Plain SQL: no hooks run
 * and nothing else about the records changes.
 */
function touchLearnerData(app, learnerId, now) {
  const stamp = pbDate(now);
  const skip = ["mentorships", "handovers", "audit_log", "notifications", "push_subscriptions", "tombstones"];
  const collections = app.findAllCollections("base");
  for (const c of collections) {
    if (c.system || skip.indexOf(c.name) >= 0) continue;
    const learner = c.fields.getByName("learner");
    if (learner && learner.type() === "relation" && c.fields.getByName("updated")) {
      app.db().newQuery(`UPDATE [[${c.name}]] SET [[updated]] = {:stamp} WHERE [[learner]] = {:learner}`).bind({ stamp, learner: learnerId }).execute();
    }
  }
  // Messages belong to a conversation, which belongs to the learner.
  try {
    const messages = app.findCollectionByNameOrId("messages");
    const conversations = app.findCollectionByNameOrId("conversations");
    if (messages.fields.getByName("conversation") && conversations.fields.getByName("learner")) {
      app
        .db()
        .newQuery(
          "UPDATE [[messages]] SET [[updated]] = {:stamp} WHERE [[conversation]] IN (SELECT [[id]] FROM [[conversations]] WHERE [[learner]] = {:learner})",
        )
        .bind({ stamp, learner: learnerId })
        .execute();
    }
  } catch (_) {
    // no messages yet
  }
}

module.exports = { touchLearnerData };
