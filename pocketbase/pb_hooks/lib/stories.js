// Fællesskab, historier: inviting a learner who finishes to tell their story.
// Load with require(`${__hooks}/lib/stories.js`).
//
// inviteToTellStory is the one way in: the plan hook (network-stories.pb.js) calls it when
// the learner's last milestone is done, and the learner status (completed) may call it
// too. It invites once: a second call finds the invitation and does nothing.

const { notify } = require(`${__hooks}/lib/notify.js`);

/**
 * Invites the learner (a push, and the card "Fortæl din historie" that the
 * story_invitations row shows on their stories page). Returns true when this call
 * invited, false when they were invited before or are not a learner.
 */
function inviteToTellStory(app, learnerId) {
  if (!learnerId) return false;
  let learner;
  try {
    learner = app.findRecordById("users", learnerId);
  } catch (_) {
    return false;
  }
  if (learner.getString("role") !== "learner") return false;
  try {
    app.findFirstRecordByFilter("story_invitations", "learner = {:l}", { l: learnerId });
    return false;
  } catch (_) {
    // not invited yet
  }
  const invitation = new Record(app.findCollectionByNameOrId("story_invitations"));
  invitation.set("learner", learnerId);
  try {
    app.save(invitation);
  } catch (_) {
    // the unique index: another call invited at the same moment
    return false;
  }
  notify(app, learnerId, {
    title: "Fortæl din historie",
    body: "Du er kommet i mål. Vil du fortælle andre voksne, hvordan du gjorde?",
    url: "/faellesskab/historier",
    importance: "normal",
    tag: "historie-invitation",
  });
  return true;
}

/** Every counted milestone (not merit) of the plan is done, and there is at least one. */
function planIsDone(app, planId) {
  const milestones = app.findRecordsByFilter("milestones", "plan = {:p}", "", 0, 0, { p: planId });
  const counted = milestones.filter((m) => m.getString("status") !== "merit");
  return counted.length > 0 && counted.every((m) => m.getString("status") === "done");
}

module.exports = { inviteToTellStory, planIsDone };
