/// <reference path="../pb_data/types.d.ts" />
// Every time staff read flags, their comments or notes, an audit row is written
// (lib/audit.js); the learner sees them on /hjem.

// ------------------------------------------------------------------ audit: who read what
onRecordsListRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditRead(e, e.records, "learner");
  e.next();
}, "flags", "notes", "flag_comments");

onRecordViewRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditRead(e, [e.record], "learner");
  e.next();
}, "flags", "notes", "flag_comments");

// Records sent to a device by realtime are read too.
onRealtimeMessageSend((e) => {
  const topic = e.message ? e.message.name : "";
  const collection = topic.split("/")[0];
  if (["flags", "notes", "flag_comments"].indexOf(collection) < 0) return e.next();
  const auth = e.client.get("auth");
  if (auth && !auth.isSuperuser() && auth.getString("role") !== "learner") {
    try {
      const payload = JSON.parse(toString(e.message.data));
      const learner = payload && payload.record ? payload.record.learner : "";
      if (learner && payload.action !== "delete") {
        require(`${__hooks}/lib/audit.js`).writeAudit(e.app, [
          {
            learner,
            school: auth.getString("school"),
            actor: auth.id,
            actorName: auth.getString("name"),
            actorRole: auth.getString("role"),
            kind: "read",
            collection,
            count: 1,
          },
        ]);
      }
    } catch (err) {
      e.app.logger().warn("audit of a realtime message failed", "error", String(err));
    }
  }
  e.next();
});

