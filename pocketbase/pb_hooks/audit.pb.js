/// <reference path="../pb_data/types.d.ts" />
// Every time staff read a learner's flags, flag comments, notes or the teacher's notes for
// the mentor (lib/audit.js AUDITED), an audit row is written, or the request is refused;
// the learner sees the rows on /hjem ("Hvem har set mine oplysninger?"). The ways in:
// - a list or view of the collection itself: audited here (an id-only sweep that chooses
//   nothing is not a read; ids chosen by a filter or sort are);
// - a realtime event on its topic (by name or id): audited when sent;
// - from any other collection, or from itself: an expand into it, or a filter or sort
//   through a relation into it, is refused (400) for everyone but superusers: for REST
//   requests and realtime subscriptions alike. Behind that, an expanded audited record
//   is dropped by onRecordEnrich, which PocketBase runs for every expanded record.
// Why refuse instead of audit: an expand or filter oracle has no list or view hook of
// its own, and the app never needs one (docs/ARCHITECTURE.md).

// ------------------------------------------------------------------ indirect reads: refused
// On each record request that can filter, sort or expand, before anything else reads or
// audits (registered first). Not a router middleware: a JS middleware keeps one of the
// hook engine's VMs until its request ends, a realtime stream never ends, and with every
// VM held by a device online each other hook call had to build a new VM (issue 12).
// (The batch API, switched off here, would run them for each of its requests too.)
onRecordsListRequest((e) => {
  require(`${__hooks}/lib/audit.js`).refuseIndirectRequest(e);
  e.next();
});
onRecordViewRequest((e) => {
  require(`${__hooks}/lib/audit.js`).refuseIndirectRequest(e);
  e.next();
});
onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/audit.js`).refuseIndirectRequest(e);
  e.next();
});
onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/audit.js`).refuseIndirectRequest(e);
  e.next();
});
onRecordAuthRequest((e) => {
  require(`${__hooks}/lib/audit.js`).refuseIndirectRequest(e);
  e.next();
});

// ------------------------------------------------------------------ direct reads
onRecordsListRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditRead(e, e.records, "learner");
  // A total counts records that were not sent (a page past the end, perPage=1), so it
  // would say how many notes or flags match with no audit row: left out, as with skipTotal.
  if (!e.hasSuperuserAuth()) {
    e.result.totalItems = -1;
    e.result.totalPages = -1;
  }
  e.next();
}, "flags", "notes", "flag_comments", "flag_staff_notes", "checkins", "checkin_words");

onRecordViewRequest((e) => {
  require(`${__hooks}/lib/audit.js`).auditRead(e, [e.record], "learner");
  e.next();
}, "flags", "notes", "flag_comments", "flag_staff_notes", "checkins", "checkin_words");

onRealtimeSubscribeRequest((e) => {
  if (!e.hasSuperuserAuth()) {
    const lib = require(`${__hooks}/lib/audit.js`);
    for (const topic of e.subscriptions) {
      const { collection, query } = lib.parseTopic(topic);
      lib.refuseIndirectReads(e.app, collection, query);
    }
  }
  e.next();
});

// The backstop: whatever path expands an audited record (a response, an auth response, a
// realtime event), PocketBase enriches it in the "expand" context first; failing here
// drops that expand from the answer.
onRecordEnrich((e) => {
  const auth = e.requestInfo.auth;
  if (e.requestInfo.context === "expand" && !(auth && auth.isSuperuser())) {
    throw new BadRequestError("Markeringer og noter kan kun hentes direkte.");
  }
  e.next();
}, "flags", "notes", "flag_comments", "flag_staff_notes", "checkins", "checkin_words");

// ------------------------------------------------------------------ realtime: records sent are read
// Every message goes through here on its way to a device, whatever sent it: PocketBase's
// own topics ("notes/*", by collection name or id) and topics of our own (e.g. a topic
// per person, sammen/user/<id>, whose payload names the collection: `collection`, or
// the record's `collectionName` / `collectionId`). A record of an audited collection
// sent to staff writes its row; one that cannot be placed is not sent.
onRealtimeMessageSend((e) => {
  const lib = require(`${__hooks}/lib/audit.js`);
  const topic = e.message ? e.message.name : "";
  const byTopic = lib.collectionOrNull(e.app, lib.parseTopic(topic).collection);
  // PocketBase's topic of a collection that is not audited carries only that collection
  if (byTopic && lib.AUDITED.indexOf(byTopic.name) < 0) return e.next();
  const auth = e.client.get("auth");
  if (!auth || auth.isSuperuser() || auth.getString("role") === "learner") return e.next();
  let payload = null;
  try {
    payload = JSON.parse(toString(e.message.data));
  } catch (_) {
    payload = null;
  }
  const record = payload && payload.record && typeof payload.record === "object" ? payload.record : {};
  const named = payload && typeof payload.collection === "string" ? payload.collection : record.collectionName || record.collectionId || "";
  const collection = byTopic || (named ? lib.collectionOrNull(e.app, String(named)) : null);
  if (!collection || lib.AUDITED.indexOf(collection.name) < 0) return e.next();
  let learner = "";
  try {
    learner = record.learner || "";
    // a subscription may pick only some fields (?options fields=id): look the record up
    if (!learner && record.id) learner = e.app.findRecordById(collection.id, record.id).getString("learner");
    if (learner) lib.writeAudit(e.app, [lib.readRow(auth, learner, collection.name, 1)]);
  } catch (err) {
    learner = "";
    e.app.logger().warn("audit of a realtime message failed", "error", String(err));
  }
  // No audit row, no message (e.g. an id-only delete event we cannot place).
  if (!learner) return;
  e.next();
});
