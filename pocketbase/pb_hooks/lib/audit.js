// The audit log: who read a learner's flags, comments or notes. Load with
// require(`${__hooks}/lib/audit.js`).

const { pbDate } = require(`${__hooks}/lib/time.js`);

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Appends audit rows in one statement (a list request may concern many learners): the
 * rows travel as one JSON parameter and SQLite unpacks them (json_each), so a list of
 * sixty learners costs one small write.
 * rows: { learner, school, actor, actorName, actorRole, kind, collection, count, detail }
 */
function writeAudit(app, rows) {
  if (!rows.length) return;
  const data = rows.map((row) => ({
    id: $security.randomStringWithAlphabet(15, ID_ALPHABET),
    learner: row.learner,
    school: row.school || "",
    actor: row.actor || "",
    actorName: String(row.actorName || "").slice(0, 120),
    actorRole: String(row.actorRole || "").slice(0, 20),
    kind: row.kind,
    collection: row.collection || "",
    count: row.count || 0,
    detail: String(row.detail || "").slice(0, 1000),
  }));
  app
    .db()
    .newQuery(
      `INSERT INTO audit_log (id, learner, school, actor, actorName, actorRole, kind, collection, count, detail, created, updated)
       SELECT value ->> 'id', value ->> 'learner', value ->> 'school', value ->> 'actor', value ->> 'actorName',
              value ->> 'actorRole', value ->> 'kind', value ->> 'collection', value ->> 'count', value ->> 'detail', {:now}, {:now}
       FROM json_each({:rows})`,
    )
    .bind({ rows: JSON.stringify(data), now: pbDate(new Date()) })
    .execute();
}

/** Staff (not learners, not superusers) reading records: one audit row per learner. */
function auditRead(e, records, learnerField) {
  const auth = e.auth;
  if (!auth || auth.isSuperuser() || auth.getString("role") === "learner") return;
  if (!records || records.length === 0) return;
  // The sync engine's hourly id sweep asks only for ids: nothing is read.
  const info = e.requestInfo();
  if (info.query["fields"] === "id") return;
  const counts = {};
  for (const r of records) {
    if (!r) continue;
    const learner = r.getString(learnerField);
    if (learner) counts[learner] = (counts[learner] || 0) + 1;
  }
  const rows = Object.keys(counts).map((learner) => ({
    learner,
    school: auth.getString("school"),
    actor: auth.id,
    actorName: auth.getString("name"),
    actorRole: auth.getString("role"),
    kind: "read",
    collection: e.collection.name,
    count: counts[learner],
  }));
  writeAudit(e.app, rows);
}

module.exports = { writeAudit, auditRead };
