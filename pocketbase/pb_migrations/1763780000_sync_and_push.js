/// <reference path="../pb_data/types.d.ts" />
// The platform for offline sync and web push:
// - tombstones: which records were deleted, so every device can drop them;
// - push_subscriptions: one per device, only its owner sees or removes it;
// - notifications: an outbox that hooks write to and the Node push worker sends;
// - users: how much to be notified, and quiet hours.

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");

    const tombstones = new Collection({
      type: "base",
      name: "tombstones",
      fields: [
        { type: "text", name: "collection", required: true, max: 100 },
        { type: "text", name: "record", required: true, max: 30 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: ["CREATE INDEX idx_tombstones_updated ON tombstones (updated)"],
      // Only ids and a collection name: nothing personal. Written by hooks only.
      listRule: '@request.auth.id != ""',
      viewRule: '@request.auth.id != ""',
      createRule: null,
      updateRule: null,
      deleteRule: null,
    });
    app.save(tombstones);

    const subscriptions = new Collection({
      type: "base",
      name: "push_subscriptions",
      fields: [
        { type: "relation", name: "user", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "url", name: "endpoint", required: true },
        { type: "text", name: "p256dh", required: true, max: 200 },
        { type: "text", name: "auth", required: true, max: 100 },
        { type: "text", name: "userAgent", max: 300 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_push_subscriptions_endpoint ON push_subscriptions (endpoint)",
        "CREATE INDEX idx_push_subscriptions_user ON push_subscriptions (user)",
      ],
      listRule: "user = @request.auth.id",
      viewRule: "user = @request.auth.id",
      createRule: '@request.auth.id != "" && @request.body.user = @request.auth.id',
      updateRule: "user = @request.auth.id && (@request.body.user:isset = false || @request.body.user = @request.auth.id)",
      deleteRule: "user = @request.auth.id",
    });
    app.save(subscriptions);

    const notifications = new Collection({
      type: "base",
      name: "notifications",
      fields: [
        { type: "relation", name: "user", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "text", name: "title", required: true, max: 200 },
        { type: "text", name: "body", max: 1000 },
        // An app path such as /hjem; the service worker opens it on click.
        { type: "text", name: "url", max: 500, pattern: "^/.*" },
        { type: "select", name: "importance", required: true, maxSelect: 1, values: ["normal", "important"] },
        // Notifications with the same tag replace each other on the device.
        { type: "text", name: "tag", max: 100 },
        { type: "select", name: "status", required: true, maxSelect: 1, values: ["queued", "sent", "failed", "skipped"] },
        { type: "number", name: "attempts", onlyInt: true, min: 0 },
        { type: "date", name: "nextAttemptAt" },
        { type: "date", name: "sentAt" },
        { type: "text", name: "error", max: 500 },
        { type: "autodate", name: "created", onCreate: true },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_notifications_status_next ON notifications (status, nextAttemptAt)",
        "CREATE INDEX idx_notifications_user ON notifications (user)",
      ],
      // People see their own notifications; only hooks and the push worker write them.
      listRule: "user = @request.auth.id",
      viewRule: "user = @request.auth.id",
      createRule: null,
      updateRule: null,
      deleteRule: null,
    });
    app.save(notifications);

    users.fields.add(new SelectField({ name: "notifyLevel", maxSelect: 1, values: ["all", "important", "none"] }));
    // Quiet hours in Danish time, e.g. 21 → 7. Empty means the defaults (21 and 7).
    users.fields.add(new NumberField({ name: "quietFrom", min: 0, max: 23, onlyInt: true }));
    users.fields.add(new NumberField({ name: "quietTo", min: 0, max: 23, onlyInt: true }));
    app.save(users);
  },
  (app) => {
    for (const name of ["notifications", "push_subscriptions", "tombstones"]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
    const users = app.findCollectionByNameOrId("users");
    for (const name of ["notifyLevel", "quietFrom", "quietTo"]) users.fields.removeByName(name);
    app.save(users);
  },
);
