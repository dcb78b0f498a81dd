// The one way hooks queue a push notification. Load with require(`${__hooks}/lib/notify.js`).

/** Queues a push notification; the Node push worker sends it. */
function notify(app, userId, n) {
  if (!userId) return;
  const record = new Record(app.findCollectionByNameOrId("notifications"));
  record.set("user", userId);
  record.set("title", String(n.title).slice(0, 200));
  record.set("body", String(n.body || "").slice(0, 1000));
  record.set("url", n.url || "/");
  record.set("importance", n.importance || "normal");
  record.set("tag", n.tag || "");
  record.set("status", "queued");
  record.set("attempts", 0);
  app.save(record);
}

module.exports = { notify };
