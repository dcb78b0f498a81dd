// The audit log: who read a learner's flags, comments or notes. Load with
// require(`${__hooks}/lib/audit.js`).

const { pbDate } = require(`${__hooks}/lib/kernel.gen.js`);

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

/**
 * The collections whose every staff read is audited. A request reads them only directly
 * (list, view, realtime on their own topic: audited); nobody reaches them through another
 * collection — an expand, or a filter or sort through a relation — see refuseIndirectReads.
 */
// (fanout.go writes the network's posts, post_reactions and group_members to a person's
// topic without this file's realtime hook: they must never be audited here.)
const AUDITED = ["flags", "notes", "flag_comments", "flag_staff_notes", "checkins", "checkin_words"];

/**
 * Text of the audited collections that no filter or sort may name (for non-superusers):
 * an empty answer to `body ~ "…"` would say "no note says …" without any record (and so
 * without any audit row); `hiddenReason` some readers of a flag may not see at all.
 * Filters on the rest (ids, relations, status, dates) stay: what they return is audited.
 */
const UNSEARCHABLE = {
  flags: ["learnerText", "outcomeNote", "hiddenReason"],
  notes: ["body"],
  flag_comments: ["body"],
  flag_staff_notes: ["body"],
  // a check-in's mood is what the mentor reads anyway (audited); its words only when shared
  checkin_words: ["text"],
};

/** Whether `info` (a request's or a subscription's) is the sync engine's id sweep: ids only, no filter, no sort. */
function isIdSweep(query) {
  return query["fields"] === "id" && !query["filter"] && !query["sort"] && !query["expand"];
}

/** Staff (not learners, not superusers) reading records: one audit row per learner. */
function auditRead(e, records, learnerField) {
  const auth = e.auth;
  if (!auth || auth.isSuperuser() || auth.getString("role") === "learner") return;
  if (!records || records.length === 0) return;
  // The sync engine's hourly id sweep asks only for ids and chooses nothing: nothing is
  // read. Ids chosen by a filter or sort would say something about the content: audited.
  if (isIdSweep(e.requestInfo().query)) return;
  const counts = {};
  for (const r of records) {
    if (!r) continue;
    const learner = r.getString(learnerField);
    if (learner) counts[learner] = (counts[learner] || 0) + 1;
  }
  writeAudit(e.app, Object.keys(counts).map((learner) => readRow(auth, learner, e.collection.name, counts[learner])));
}

/** The audit row for `auth` (staff) having read `count` records of `collection` about `learner`. */
function readRow(auth, learner, collection, count) {
  return {
    learner,
    school: auth.getString("school"),
    actor: auth.id,
    actorName: auth.getString("name"),
    actorRole: auth.getString("role"),
    kind: "read",
    collection,
    count,
  };
}

/**
 * The field paths (identifiers) in a filter or sort, read the way PocketBase's filter
 * scanner (fexpr) reads them: quoted text (with backslash escapes) and `//` comments
 * are skipped. Text that does not end is refused (PocketBase refuses it too).
 */
function identifiersOf(expression) {
  const text = String(expression || "");
  const found = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === "\\" ? 2 : 1;
      if (j >= text.length) throw new BadRequestError("Filteret er ikke gyldigt.");
      i = j + 1;
    } else if (ch === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (/[A-Za-z_@#]/.test(ch)) {
      let j = i;
      while (j < text.length && /[A-Za-z0-9_@#.:]/.test(text[j])) j++;
      found.push(text.slice(i, j));
      i = j;
    } else {
      i++;
    }
  }
  return found;
}

function collectionOrNull(app, nameOrId) {
  try {
    return app.findCachedCollectionByNameOrId(nameOrId);
  } catch (_) {
    return null;
  }
}

/**
 * The audited collection a field path starting at `collection` reaches through a
 * relation or back-relation ("" when none). A relation field itself (its id) is not a
 * read; going further into the related record, or expanding it (`whole`), is.
 */
function auditedOnPath(app, collection, path, whole) {
  let current = collection;
  const parts = path.split(".");
  for (let k = 0; k < parts.length && current; k++) {
    const name = parts[k].split(":")[0];
    const last = k === parts.length - 1;
    const back = /^(.+)_via_(.+)$/.exec(name);
    let next = null;
    if (back) {
      next = collectionOrNull(app, back[1]);
    } else {
      const field = current.fields.getByName(name);
      if (!field || field.type() !== "relation") return "";
      next = collectionOrNull(app, field.collectionId);
    }
    if (next && AUDITED.indexOf(next.name) >= 0 && (back || whole || !last)) return next.name;
    current = next;
  }
  return "";
}

/**
 * Refuses (400) a request or subscription that would read an audited collection
 * indirectly, where no audit row could be written per record: an expand into it from
 * any collection (also from itself), or a filter or sort through a relation into it.
 * Filters on an audited collection's own fields are fine: that list is audited (except
 * its text, UNSEARCHABLE).
 */
function refuseIndirectReads(app, collectionName, query) {
  const collection = collectionOrNull(app, collectionName);
  if (!collection) return;
  const paths = [];
  for (const param of ["filter", "sort"]) {
    for (const id of identifiersOf(query[param])) if (id[0] !== "@") paths.push([id, false]);
  }
  for (const id of String(query["expand"] || "").split(",")) if (id.trim()) paths.push([id.trim(), true]);
  for (const [path, whole] of paths) {
    const field = path.split(".")[0].split(":")[0];
    if (!whole && (UNSEARCHABLE[collection.name] || []).indexOf(field) >= 0) {
      throw new BadRequestError("Der kan ikke søges eller sorteres i teksten.", {
        filter: new ValidationError("validation_unsearchable_field", `Der kan ikke søges i ${field}.`),
      });
    }
    const reached = auditedOnPath(app, collection, path, whole);
    if (reached) {
      throw new BadRequestError("Markeringer og noter kan kun hentes direkte, så det bliver skrevet i elevens log.", {
        [whole ? "expand" : "filter"]: new ValidationError("validation_audited_path", `${path} når ${reached}.`),
      });
    }
  }
}

/** The same for a record request (list, view, create, update, sign-in): its own query. */
function refuseIndirectRequest(e) {
  if (e.hasSuperuserAuth()) return;
  const query = e.requestInfo().query;
  refuseIndirectReads(e.app, e.collection.name, { filter: query.filter, sort: query.sort, expand: query.expand });
}

/**
 * A realtime topic as PocketBase reads it (tools/subscriptions/client.go): "name/id" or
 * "name/*", then "?options=<json>" as a URL query (split on &, + is a space), JSON keys
 * matched without regard to case as Go's json does. Returns { collection, query }.
 */
function parseTopic(topic) {
  const at = topic.indexOf("?");
  const path = at < 0 ? topic : topic.slice(0, at);
  const query = {};
  if (at >= 0) {
    let raw = null;
    for (const pair of topic.slice(at + 1).split("#")[0].split("&")) {
      const eq = pair.indexOf("=");
      const key = decodeQuery(eq < 0 ? pair : pair.slice(0, eq));
      if (key === "options" && raw === null) raw = decodeQuery(eq < 0 ? "" : pair.slice(eq + 1));
    }
    if (raw) {
      let options = {};
      try {
        options = JSON.parse(raw) || {};
      } catch (_) {
        options = {};
      }
      let q = {};
      for (const key of Object.keys(options)) if (key.toLowerCase() === "query" && options[key]) q = options[key];
      for (const key of Object.keys(q)) query[key] = typeof q[key] === "string" ? q[key] : JSON.stringify(q[key]);
    }
  }
  return { collection: path.split("/")[0], query };
}

function decodeQuery(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch (_) {
    // PocketBase drops a pair it cannot decode; we refuse it instead
    throw new BadRequestError("Abonnementet er ikke gyldigt.");
  }
}

module.exports = { AUDITED, writeAudit, readRow, auditRead, isIdSweep, refuseIndirectReads, refuseIndirectRequest, parseTopic, collectionOrNull };
