/// <reference path="../pb_data/types.d.ts" />
// Web push: subscriptions per device, and a test trigger.

// Only a push service on the public internet: https to a public host name (the
// rule is src/lib/domain/push-endpoint.ts, bundled into lib/kernel.gen.js);
// the push worker checks again, with the resolved addresses, before it connects.
// SAMMEN_TEST_PUSH_ORIGIN (test harness only) allows one loopback origin.
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/push.js`).refuseBadEndpoint(e.record);
  e.next();
}, "push_subscriptions");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/push.js`).refuseBadEndpoint(e.record);
  e.next();
}, "push_subscriptions");

// A device belongs to whoever is logged in on it now: a new subscription with an
// endpoint that another account had takes it over.
onRecordCreateRequest((e) => {
  const endpoint = e.record.getString("endpoint");
  try {
    const old = e.app.findFirstRecordByData("push_subscriptions", "endpoint", endpoint);
    if (old) e.app.delete(old);
  } catch (_) {
    // no earlier subscription for this endpoint
  }
  e.next();
}, "push_subscriptions");

// "Send a test notification" in the settings: queues one for the caller.
routerAdd(
  "POST",
  "/api/sammen/test-push",
  (e) => {
    const notifications = e.app.findCollectionByNameOrId("notifications");
    const n = new Record(notifications);
    n.set("user", e.auth.id);
    n.set("title", "Sammen virker");
    n.set("body", "Sådan ser en besked fra Sammen ud.");
    n.set("url", "/indstillinger");
    n.set("importance", "important");
    n.set("tag", "test");
    n.set("status", "queued");
    n.set("attempts", 0);
    e.app.save(n);
    return e.json(200, { id: n.id });
  },
  $apis.requireAuth("users"),
);
