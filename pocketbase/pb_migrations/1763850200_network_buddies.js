/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14), second slice: makker (a study buddy), opt-in.
//
//   network_profiles  + wantsBuddy ("Jeg vil gerne have en makker"), municipality, situation
//   buddies           a pair: from asks to, with a short hello; proposed · accepted ·
//                     declined · ended. Both must say yes; either ends it quietly.
//   buddy_messages    the only learner-to-learner direct messages: the two of an accepted
//                     pair; the sender's words for the kernel's edit window
//
// Blocks: someone I blocked, or who blocked me, can never ask me or be asked (the rule);
// a block ends an accepted pair (pb_hooks/network-events.pb.js). Suggestions come from
// the same hold or uddannelse, ranked by the kernel (src/lib/domain/buddies.ts).

const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IN_NETWORK, unchanged, notInBody } = R;
const { EDIT_WINDOW_MINUTES } = require(`${__hooks}/lib/kernel.gen.js`);
if (!EDIT_WINDOW_MINUTES) throw new Error("kernel.gen.js has no EDIT_WINDOW_MINUTES: run npm run typegen");
const WITHIN_EDIT_WINDOW = R.createdWithinMinutes(EDIT_WINDOW_MINUTES);

const SITUATIONS = ["ledig", "karriereskift", "barsel", "ordblind", "voksenlaerling", "uddannelsesloeft"];
/** I said "Jeg vil gerne have en makker". */
const I_WANT_A_BUDDY = `@request.auth.network_profiles_via_user.wantsBuddy ?= true`;
/** I am one of the pair at `path` ("" for the pair itself). */
const inPair = (path) => (path ? `(${path}.from = ${ME} || ${path}.to = ${ME})` : `(from = ${ME} || to = ${ME})`);

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");

    const profiles = app.findCollectionByNameOrId("network_profiles");
    profiles.fields.add(new BoolField({ name: "wantsBuddy" }));
    profiles.fields.add(new TextField({ name: "municipality", max: 60 }));
    profiles.fields.add(new SelectField({ name: "situation", maxSelect: SITUATIONS.length, values: SITUATIONS }));
    app.save(profiles);

    const buddies = new Collection({
      type: "base",
      name: "buddies",
      fields: [
        { type: "relation", name: "from", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "to", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "text", name: "hello", max: 300 },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["proposed", "accepted", "declined", "ended"] },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_buddies_from ON buddies (`from`)",
        "CREATE INDEX idx_buddies_to ON buddies (`to`)",
        "CREATE INDEX idx_buddies_updated ON buddies (updated)",
      ],
      listRule: `${SIGNED_IN} && ${inPair("")}`,
      viewRule: `${SIGNED_IN} && ${inPair("")}`,
      // A learner who wants a buddy asks another who does, of the same school; neither
      // has blocked the other. (One open pair between two people: the hook.)
      createRule: [
        `${SIGNED_IN} && ${IN_NETWORK} && ${I_WANT_A_BUDDY} && @request.auth.role = "learner"`,
        `@request.body.from = ${ME} && @request.body.to != ${ME} && @request.body.status = "proposed"`,
        `to.role = "learner" && to.school = @request.auth.school && to.network_profiles_via_user.wantsBuddy ?= true`,
        `to.blocks_via_blocked.blocker != ${ME} && to.blocks_via_blocker.blocked != ${ME}`,
      ].join(" && "),
      // Asked: yes or no. Asking: take it back (ended). Either of a pair: end it.
      updateRule: [
        `${SIGNED_IN} && ${unchanged(["from", "to", "hello"])}`,
        `((to = ${ME} && status = "proposed" && (@request.body.status = "accepted" || @request.body.status = "declined")) || (from = ${ME} && status = "proposed" && @request.body.status = "ended") || (${inPair("")} && status = "accepted" && @request.body.status = "ended"))`,
      ].join(" && "),
      // kept: a pair's messages hang on it; ending is the way out
      deleteRule: null,
    });
    app.save(buddies);

    const messages = new Collection({
      type: "base",
      name: "buddy_messages",
      fields: [
        { type: "relation", name: "pair", required: true, maxSelect: 1, collectionId: buddies.id, cascadeDelete: true },
        { type: "relation", name: "sender", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        // the other one of the pair (the hook's): realtime and push find them here
        { type: "relation", name: "recipient", maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "text", name: "text", required: true, max: 2000 },
        { type: "date", name: "editedAt" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_buddy_messages_pair_created ON buddy_messages (pair, created)",
        "CREATE INDEX idx_buddy_messages_sender ON buddy_messages (sender)",
        "CREATE INDEX idx_buddy_messages_updated ON buddy_messages (updated)",
      ],
      listRule: `${SIGNED_IN} && ${inPair("pair")} && pair.status = "accepted"`,
      viewRule: `${SIGNED_IN} && ${inPair("pair")} && pair.status = "accepted"`,
      createRule: `${SIGNED_IN} && @request.body.sender = ${ME} && ${inPair("pair")} && pair.status = "accepted" && ${notInBody(["editedAt", "recipient"])}`,
      updateRule: `${SIGNED_IN} && sender = ${ME} && ${WITHIN_EDIT_WINDOW} && pair.status = "accepted" && ${unchanged(["pair", "sender", "recipient", "editedAt"])}`,
      deleteRule: `${SIGNED_IN} && sender = ${ME} && ${WITHIN_EDIT_WINDOW} && pair.status = "accepted"`,
    });
    app.save(messages);
  },
  (app) => {
    for (const name of ["buddy_messages", "buddies"]) app.delete(app.findCollectionByNameOrId(name));
    const profiles = app.findCollectionByNameOrId("network_profiles");
    for (const name of ["wantsBuddy", "municipality", "situation"]) profiles.fields.removeByName(name);
    app.save(profiles);
  },
);
