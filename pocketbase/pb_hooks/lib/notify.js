// The one way hooks queue a push notification. Load with require(`${__hooks}/lib/notify.js`).

const { limits } = require(`${__hooks}/lib/kernel.gen.js`);
const max = limits.notifications;

/**
 * Queues a push notification; the Node push worker sends it (realtime, quiet hours, retries).
 * n: { title, body, url, importance: "normal" | "important", tag } (a tag replaces the shown one).
 */
function notify(app, userId, n) {
  if (!userId) return;
  const record = new Record(app.findCollectionByNameOrId("notifications"));
  record.set("user", userId);
  record.set("title", String(n.title).slice(0, max.title.max));
  record.set("body", String(n.body || "").slice(0, max.body.max));
  record.set("url", String(n.url || "/").slice(0, max.url.max));
  record.set("importance", n.importance || "normal");
  record.set("tag", String(n.tag || "").slice(0, max.tag.max));
  record.set("status", "queued");
  record.set("attempts", 0);
  app.save(record);
}

module.exports = { notify };
