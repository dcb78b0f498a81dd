/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14), historier: what the rules of 1763850300_network_story_invitations.js
// cannot say.
// - A no needs a plain reason; the author hears it (not the story's words); sending the
//   story again clears the old reason.
// - A learner whose plan is all done is invited to tell their story (lib/stories.js, once).

onRecordUpdateRequest((e) => {
  const r = e.record;
  const status = r.getString("status");
  if (status === "declined" && r.getString("declineReason").trim() === "") {
    throw new BadRequestError("Skriv kort, hvorfor historien ikke bliver udgivet.", {
      declineReason: new ValidationError("validation_required", "Skriv kort, hvorfor historien ikke bliver udgivet."),
    });
  }
  if (status !== "declined") r.set("declineReason", "");
  e.next();
}, "stories");

onRecordAfterUpdateSuccess((e) => {
  e.next();
  const r = e.record;
  if (r.getString("status") !== "declined" || r.original().getString("status") === "declined") return;
  require(`${__hooks}/lib/notify.js`).notify(e.app, r.getString("author"), {
    title: "Skolen har svaret på din historie",
    body: "Den bliver ikke udgivet, som den er. Læs hvorfor i Sammen.",
    url: "/faellesskab/historier",
    importance: "normal",
    tag: `historie-${r.id}`,
  });
}, "stories");

onRecordAfterUpdateSuccess((e) => {
  e.next();
  const r = e.record;
  if (r.getString("status") !== "done" || r.original().getString("status") === "done") return;
  const stories = require(`${__hooks}/lib/stories.js`);
  if (stories.planIsDone(e.app, r.getString("plan"))) stories.inviteToTellStory(e.app, r.getString("learner"));
}, "milestones");
