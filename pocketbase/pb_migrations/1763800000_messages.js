/// <reference path="../pb_data/types.d.ts" />
// Beskeder (issue 5): one conversation per learner with their mentor, and its messages
// (text, a photo or file, a voice note with an optional transcript, read receipts).
//
//   conversations   one per learner (unique); its id IS the learner's id, so two offline
//                   devices that start it make the same record (the second create meets
//                   its own id: the sync engine counts that as sent). lastMessageAt and
//                   lastSender are kept by pocketbase/pb_hooks/messages.pb.js.
//   messages        written by the sender; read receipts (readAt) by the recipient.
//
// Who may do what:
// - only the two participants read a conversation and its messages: the learner and
//   their CURRENT mentor (a former mentor loses access, a new mentor sees the whole
//   history; coordinators and teachers never read messages). The current mentor and
//   the end of that mentorship are kept on every conversation and message (`mentor`,
//   `mentorUntil`, written only by the hook when mentorships change), so the read
//   rules need no join: realtime checks them once per connected client for every new
//   message, and a join there costs a thousand queries per message
//   (npm run bench:messages). Writing still checks the mentorships themselves.
// - the sender is always the signed-in user; the sender may edit the text or withdraw
//   (delete) a message for 15 minutes, then it is fixed;
// - the recipient sets only `readAt`; the sender or the mentor may add a transcript to
//   a voice note at any time;
// - files are protected: fetched only with a short-lived file token.
// The hook adds what no rule can say: a message is never empty, a voice note has its
// length, readAt and editedAt carry the server's time, and the push notification.

// Shared rule fragments (pb_hooks/lib/rules.js): written once for every migration.
const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, unchanged } = R;

/** The signed-in user is the learner in `field`, or that learner's current mentor (same-row join). */
const participantOf = (field) => `(${field} = ${ME} || ${R.mentorOfLearner(field)})`;

/** The same, from the fields the hook keeps on the record (no join): `learnerField` holds the learner's id. */
const participantByFields = (learnerField) =>
  `(${learnerField} = ${ME} || (mentor = ${ME} && (mentorUntil = "" || mentorUntil > @now)))`;

/** Still inside the sender's 15 minutes (PocketBase stores dates as "2026-11-22 01:45:03.123Z"). */
const WITHIN_15_MINUTES = `created > strftime("%Y-%m-%d %H:%M:%fZ", "now", "-15 minutes")`;


// Types checked by PocketBase from the file's content (not its name).
const ATTACHMENT_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
];
// MediaRecorder makes webm/opus (Chromium, Firefox: ogg) or mp4/aac (Safari, whose
// mp4 is recognised as video/mp4); audio/webm is an alias of video/webm.
const VOICE_TYPES = ["audio/webm", "audio/ogg", "audio/mp4", "audio/x-m4a", "video/mp4", "audio/mpeg", "audio/aac", "audio/wav"];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");

    // ------------------------------------------------------------------ conversations
    const conversations = new Collection({
      type: "base",
      name: "conversations",
      fields: [
        { type: "relation", name: "learner", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        // set by the hook on every new (or withdrawn) message
        { type: "date", name: "lastMessageAt" },
        { type: "relation", name: "lastSender", maxSelect: 1, collectionId: users.id },
        // the current mentor and the end of that mentorship; set by the hook
        { type: "relation", name: "mentor", maxSelect: 1, collectionId: users.id },
        { type: "date", name: "mentorUntil" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_conversations_learner ON conversations (learner)",
        "CREATE INDEX idx_conversations_updated ON conversations (updated)",
        "CREATE INDEX idx_conversations_mentor ON conversations (mentor)",
      ],
      listRule: `${SIGNED_IN} && ${participantByFields("learner")}`,
      viewRule: `${SIGNED_IN} && ${participantByFields("learner")}`,
      // The learner or their mentor starts it, with the learner's id as its own id.
      createRule: `${SIGNED_IN} && ${participantOf("@request.body.learner")} && @request.body.id = @request.body.learner && @request.body.learner.role = "learner" && @request.body.lastMessageAt:isset = false && @request.body.lastSender:isset = false && @request.body.mentor:isset = false && @request.body.mentorUntil:isset = false`,
      updateRule: null,
      deleteRule: null,
    });
    app.save(conversations);

    // ------------------------------------------------------------------ messages
    const messages = new Collection({
      type: "base",
      name: "messages",
      fields: [
        { type: "relation", name: "conversation", required: true, maxSelect: 1, collectionId: conversations.id, cascadeDelete: true },
        // Not required, so a deleted account leaves its messages in the learner's history.
        { type: "relation", name: "sender", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "text", max: 4000 },
        {
          type: "file",
          name: "attachment",
          maxSelect: 1,
          maxSize: 10 * 1024 * 1024,
          mimeTypes: ATTACHMENT_TYPES,
          thumbs: ["480x0"],
          protected: true,
        },
        { type: "file", name: "voice", maxSelect: 1, maxSize: 5 * 1024 * 1024, mimeTypes: VOICE_TYPES, protected: true },
        { type: "number", name: "voiceSeconds", min: 0, max: 120 },
        { type: "text", name: "transcript", max: 4000 },
        // empty: not read yet
        { type: "date", name: "readAt" },
        { type: "date", name: "editedAt" },
        // as on the conversation (set by the hook): who may read it besides the learner
        { type: "relation", name: "mentor", maxSelect: 1, collectionId: users.id },
        { type: "date", name: "mentorUntil" },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        // the latest page of a conversation, and history paged backwards
        "CREATE INDEX idx_messages_conversation_created ON messages (conversation, created)",
        "CREATE INDEX idx_messages_sender ON messages (sender)",
        // delta pulls of the sync engine
        "CREATE INDEX idx_messages_updated ON messages (updated)",
        "CREATE INDEX idx_messages_mentor ON messages (mentor)",
      ],
    });
    app.save(messages);

    // A message can point at a plan step ("Spørg min mentor om dette skridt") when the
    // plan's milestones exist (migration 1763790000_plan.js); the step must be the learner's.
    let milestoneRule = "";
    let milestones = null;
    try {
      milestones = app.findCollectionByNameOrId("milestones");
    } catch (_) {
      milestones = null;
    }
    if (milestones) {
      messages.fields.add(
        new RelationField({ name: "milestone", maxSelect: 1, collectionId: milestones.id, cascadeDelete: false }),
      );
      messages.indexes = [...messages.indexes, "CREATE INDEX idx_messages_milestone ON messages (milestone)"];
      milestoneRule = ` && (@request.body.milestone:isset = false || @request.body.milestone = "" || @request.body.milestone.learner = @request.body.conversation.learner)`;
    }
    // editedAt is the server's (the hook), voiceSeconds belongs to the recorded file,
    // mentor and mentorUntil are the hook's
    const fixed = ["conversation", "sender", "voiceSeconds", "editedAt", "mentor", "mentorUntil", ...(milestones ? ["milestone"] : [])];

    // A conversation's id is its learner's id, so `conversation` holds the learner.
    messages.listRule = `${SIGNED_IN} && ${participantByFields("conversation")}`;
    messages.viewRule = `${SIGNED_IN} && ${participantByFields("conversation")}`;
    messages.createRule =
      `${SIGNED_IN} && @request.body.sender = ${ME} && ${participantOf("@request.body.conversation.learner")}` +
      ` && (@request.body.readAt:isset = false || @request.body.readAt = "")` +
      ` && (@request.body.editedAt:isset = false || @request.body.editedAt = "")` +
      ` && @request.body.mentor:isset = false && @request.body.mentorUntil:isset = false` +
      milestoneRule;
    messages.updateRule = [
      `${SIGNED_IN} && ${participantByFields("conversation")} && ${unchanged(fixed)}`,
      // files are fixed once sent (withdraw the message to take one back)
      `@request.body.attachment:isset = false && @request.body.voice:isset = false`,
      // the sender's own words: for 15 minutes
      `(@request.body.text:changed = false || (sender = ${ME} && ${WITHIN_15_MINUTES}))`,
      // read receipts: only the recipient, and never back to unread
      `(@request.body.readAt:changed = false || (sender != ${ME} && @request.body.readAt != ""))`,
      // a transcript of a voice note: the sender, or the mentor (the participant who is not the learner)
      `(@request.body.transcript:changed = false || sender = ${ME} || conversation != ${ME})`,
    ].join(" && ");
    messages.deleteRule = `${SIGNED_IN} && sender = ${ME} && ${WITHIN_15_MINUTES} && ${participantByFields("conversation")}`;
    app.save(messages);
  },
  (app) => {
    for (const name of ["messages", "conversations"]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
  },
);
