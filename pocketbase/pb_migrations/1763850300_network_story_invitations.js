/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14): a learner who finishes is invited to tell their story, and the
// school's coordinator says yes (published) or no with a plain reason (declined).
//
//   stories            + status "declined", + declineReason (the coordinator's words to the author)
//   story_invitations  one per learner, written only by hooks (lib/stories.js
//                      inviteToTellStory); the learner reads their own and sees the card
//                      "Fortæl din historie" on the stories page.

const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IS_COORDINATOR, unchanged } = R;

const MY_SCHOOL_COORDINATOR = `(${IS_COORDINATOR} && school = @request.auth.school)`;

migrate(
  (app) => {
    const stories = app.findCollectionByNameOrId("stories");
    stories.fields.getByName("status").values = ["draft", "pending", "published", "declined"];
    stories.fields.add(new TextField({ name: "declineReason", max: 500 }));
    // As before, and the author never writes the coordinator's reason; after a no the
    // author may change the story and send it again (declined → pending).
    stories.updateRule = [
      `${SIGNED_IN} && ${unchanged(["author", "school"])}`,
      `((author = ${ME} && status != "published" && ${unchanged(["declineReason"])} && (@request.body.status:isset = false || @request.body.status = "draft" || @request.body.status = "pending")) || ${MY_SCHOOL_COORDINATOR})`,
    ].join(" && ");
    app.save(stories);

    const users = app.findCollectionByNameOrId("users");
    const invitations = new Collection({
      type: "base",
      name: "story_invitations",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        // once per learner: the hook's "invite once" is also the database's
        "CREATE UNIQUE INDEX idx_story_invitations_learner ON story_invitations (learner)",
        "CREATE INDEX idx_story_invitations_updated ON story_invitations (updated)",
      ],
      listRule: `${SIGNED_IN} && learner = ${ME}`,
      viewRule: `${SIGNED_IN} && learner = ${ME}`,
      // only hooks write them
      createRule: null,
      updateRule: null,
      deleteRule: null,
    });
    app.save(invitations);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("story_invitations"));
    const stories = app.findCollectionByNameOrId("stories");
    stories.fields.removeByName("declineReason");
    stories.fields.getByName("status").values = ["draft", "pending", "published"];
    app.save(stories);
  },
);
