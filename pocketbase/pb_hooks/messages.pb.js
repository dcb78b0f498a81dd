/// <reference path="../pb_data/types.d.ts" />
// Beskeder: what the access rules in 1763800000_messages.js cannot say.
// - A message has words, a file or a voice note; a voice note has its length (≤ 2 min).
// - readAt and editedAt carry the server's time; a read receipt is never moved.
// - The conversation knows its last message (for the mentor's inbox and "I dag").
// - The recipient gets one push notification per conversation, updated in place:
//   a newer one replaces a queued one, and the tag makes the device replace the shown one.
// - Starting a conversation twice gives the one that exists (idempotent).
// - Conversations and messages carry the learner's current mentor (mentor, mentorUntil),
//   kept true when mentorships change (lib/messages.js); the read rules use them.
// (Handlers cannot see each other's variables, so each keeps what it needs.)

// Starting a conversation is idempotent: two devices (or the learner and the mentor)
// that both start it offline get the one that exists, not an error.
onRecordCreateRequest((e) => {
  const find = () => {
    try {
      return e.app.findFirstRecordByData("conversations", "learner", e.record.getString("learner"));
    } catch (_) {
      return null;
    }
  };
  const existing = find();
  if (existing) return e.json(200, existing);
  const lib = require(`${__hooks}/lib/messages.js`);
  const now = lib.participantsOf(e.app, e.record.getString("learner"));
  e.record.set("mentor", now.mentor);
  e.record.set("mentorUntil", now.until);
  try {
    e.next();
  } catch (err) {
    // both at the same moment: the unique index let one in
    const winner = find();
    if (winner) return e.json(200, winner);
    throw err;
  }
}, "conversations");

onRecordCreateRequest((e) => {
  const r = e.record;
  const has = (name) => r.getUnsavedFiles(name).length > 0 || r.getString(name) !== "";
  const hasVoice = has("voice");
  const hasAttachment = has("attachment");
  if (r.getString("text").trim() === "" && !hasVoice && !hasAttachment) {
    throw new BadRequestError("Skriv en besked, eller vedhæft et billede, en fil eller en talebesked.", {
      text: new ValidationError("validation_required", "Skriv en besked."),
    });
  }
  const seconds = r.getFloat("voiceSeconds");
  // the schema's own limit (voiceSeconds max, also in the app's limits.gen.ts); the hook adds "more than 0"
  const maxSeconds = require(`${__hooks}/lib/kernel.gen.js`).limits.messages.voiceSeconds.max;
  if (hasVoice && (seconds <= 0 || seconds > maxSeconds)) {
    throw new BadRequestError("En talebesked må højst vare 2 minutter.", {
      voiceSeconds: new ValidationError("validation_voice_length", "En talebesked må højst vare 2 minutter."),
    });
  }
  if (!hasVoice && seconds !== 0) r.set("voiceSeconds", 0);
  if (!hasVoice && r.getString("transcript") !== "") {
    throw new BadRequestError("Kun en talebesked kan have en udskrift.", {
      transcript: new ValidationError("validation_no_voice", "Kun en talebesked kan have en udskrift."),
    });
  }
  r.set("readAt", "");
  r.set("editedAt", "");
  // who may read it besides the learner: the conversation's current mentor
  const lib = require(`${__hooks}/lib/messages.js`);
  const conversation = e.app.findRecordById("conversations", r.getString("conversation"));
  lib.refreshParticipants(e.app, conversation.getString("learner"));
  const now = lib.participantsOf(e.app, conversation.getString("learner"));
  r.set("mentor", now.mentor);
  r.set("mentorUntil", now.until);
  e.next();
}, "messages");

onRecordUpdateRequest((e) => {
  const r = e.record;
  const old = r.original();
  // A read receipt is set once, with the server's time; a second device's receipt changes nothing.
  if (old.getString("readAt") !== "") r.set("readAt", old.get("readAt"));
  else if (r.getString("readAt") !== "") r.set("readAt", new DateTime());
  // An edit of the words is marked with the server's time.
  if (r.getString("text") !== old.getString("text")) {
    const hasFile = r.getString("voice") !== "" || r.getString("attachment") !== "";
    if (r.getString("text").trim() === "" && !hasFile) {
      throw new BadRequestError("En besked kan ikke være tom. Træk den tilbage i stedet.", {
        text: new ValidationError("validation_required", "Skriv en besked."),
      });
    }
    r.set("editedAt", new DateTime());
  } else {
    r.set("editedAt", old.get("editedAt"));
  }
  if (r.getString("transcript") !== "" && r.getString("voice") === "") {
    throw new BadRequestError("Kun en talebesked kan have en udskrift.", {
      transcript: new ValidationError("validation_no_voice", "Kun en talebesked kan have en udskrift."),
    });
  }
  r.set("voiceSeconds", old.get("voiceSeconds"));
  e.next();
}, "messages");

// The conversation's last message, and a push notification for the recipient.
onRecordAfterCreateSuccess((e) => {
  // First let realtime deliver the message (it runs further down this chain); the
  // bookkeeping below must not keep the recipient waiting.
  e.next();
  const app = e.app;
  const people = require(`${__hooks}/lib/people.js`);
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const { pbDate } = require(`${__hooks}/lib/kernel.gen.js`);
  const message = e.record;
  const conversationId = message.getString("conversation");
  const senderId = message.getString("sender");
  try {
    const conversation = app.findRecordById("conversations", conversationId);
    conversation.set("lastMessageAt", message.get("created"));
    conversation.set("lastSender", senderId);
    app.save(conversation);

    const learnerId = conversation.getString("learner");
    let recipientId = learnerId;
    if (senderId === learnerId) {
      recipientId = people.currentMentorIds(app, learnerId)[0] || "";
    }
    if (!recipientId || recipientId === senderId) return;

    const recipient = app.findRecordById("users", recipientId);
    const senderName = people.firstNameOf(app, senderId);
    const unread = app.countRecords(
      "messages",
      $dbx.exp("conversation = {:c} AND readAt = '' AND sender != {:r}", { c: conversationId, r: recipientId }),
    );
    const english = recipient.getString("language") === "en";
    const title = english
      ? unread > 1
        ? `${unread} new messages from ${senderName}`
        : `New message from ${senderName}`
      : unread > 1
        ? `${unread} nye beskeder fra ${senderName}`
        : `Ny besked fra ${senderName}`;
    // The words stay in the app: a lock screen shows only who wrote.
    const body = english ? "Open Sammen to read it." : "Åbn Sammen for at læse den.";
    const tag = `samtale-${conversationId}`;

    // One notification per conversation: a newer one replaces one still waiting
    // (e.g. in quiet hours), and the same tag replaces the one shown on the device.
    // (Plain SQL: bookkeeping that no device needs live, so no realtime round for it.)
    app
      .db()
      .newQuery(
        "UPDATE notifications SET status = 'skipped', error = 'replaced by a newer message', updated = {:stamp} WHERE user = {:user} AND tag = {:tag} AND status = 'queued'",
      )
      .bind({ user: recipientId, tag, stamp: pbDate() })
      .execute();
    notify(app, recipientId, {
      title,
      body,
      url: senderId === learnerId ? `/beskeder/${learnerId}` : "/beskeder",
      importance: "normal",
      tag,
    });
  } catch (err) {
    // The message is stored; a missing notification must not turn that into an error.
    app.logger().error("messages: after create", "message", message.id, "error", String(err));
  }
}, "messages");

// Read in the app before the push went out (e.g. during quiet hours): no push.
onRecordAfterUpdateSuccess((e) => {
  const app = e.app;
  if (e.record.getString("readAt") === "") return e.next();
  try {
    const conversationId = e.record.getString("conversation");
    const waiting = app.findRecordsByFilter(
      "notifications",
      'status = "queued" && tag = {:tag}',
      "",
      0,
      0,
      { tag: `samtale-${conversationId}` },
    );
    for (const n of waiting) {
      if (!n) continue;
      const unread = app.countRecords(
        "messages",
        $dbx.exp("conversation = {:c} AND readAt = '' AND sender != {:u}", { c: conversationId, u: n.getString("user") }),
      );
      if (unread > 0) continue;
      n.set("status", "skipped");
      n.set("error", "read in the app");
      app.save(n);
    }
  } catch (err) {
    app.logger().error("messages: after read", "message", e.record.id, "error", String(err));
  }
  e.next();
}, "messages");

// A withdrawn message: the conversation's last message is the one before it.
onRecordAfterDeleteSuccess((e) => {
  const app = e.app;
  try {
    const conversation = app.findRecordById("conversations", e.record.getString("conversation"));
    const latest = app.findRecordsByFilter("messages", "conversation = {:c}", "-created", 1, 0, {
      c: conversation.id,
    });
    const last = latest.length > 0 ? latest[0] : null;
    conversation.set("lastMessageAt", last ? last.get("created") : "");
    conversation.set("lastSender", last ? last.getString("sender") : "");
    app.save(conversation);
  } catch (_) {
    // the conversation itself is gone (the learner was deleted)
  }
  e.next();
}, "messages");

// A mentorship starts, ends or changes: the learner's conversation and messages follow.
onRecordAfterCreateSuccess((e) => {
  e.next();
  require(`${__hooks}/lib/messages.js`).refreshParticipants(e.app, e.record.getString("learner"));
}, "mentorships");

onRecordAfterUpdateSuccess((e) => {
  e.next();
  const lib = require(`${__hooks}/lib/messages.js`);
  lib.refreshParticipants(e.app, e.record.getString("learner"));
  const before = e.record.original();
  if (before && before.getString("learner") !== e.record.getString("learner")) {
    lib.refreshParticipants(e.app, before.getString("learner"));
  }
}, "mentorships");

onRecordAfterDeleteSuccess((e) => {
  e.next();
  require(`${__hooks}/lib/messages.js`).refreshParticipants(e.app, e.record.getString("learner"));
}, "mentorships");

// A mentorship whose start or end is a date in the future takes effect by itself; and
// rows written with plain SQL are brought in line.
cronAdd("sammen-messages-participants", "*/10 * * * *", () => {
  require(`${__hooks}/lib/messages.js`).refreshAllParticipants($app);
});

