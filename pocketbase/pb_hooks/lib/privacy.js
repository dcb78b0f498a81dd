// GDPR (issue 16): what Sammen stores about a person, for "Mine data" (the export), for a
// confirmed deletion request and for the retention rule. Read as superuser (hooks), so the
// export is complete, not only what the collection rules show the person.
//
// A record "is about" a person when one of its relations to users names them. Which
// relations mean what is decided here, once:
//   - held back from the export (others' words about them, kept from them on purpose — the
//     mentor's private notes, hidden flags, the teachers' notes for the mentor — or who
//     reported or blocked them): HELD_BACK below, and said in the archive's README;
//   - deleted on deletion: the records where they are the subject (SUBJECT_FIELDS);
//     what they wrote in Fællesskab only when they asked (else it stays, as "Tidligere elev");
//     records that merely name them as the one who did something (createdBy, actor …) stay
//     and point to the anonymous stub;
//   - kept for the school's figures: the stub's role, school, programme, start date, funding
//     and referral, and learner_status rows (issue 16, quarterly report): no name, e-mail,
//     birth year, words or files.

const FORMER_LEARNER = "Tidligere elev";
const ANON_DOMAIN = "slettet.sammen.invalid";

/** Relations where the person is the one the record is about (or theirs): deleted with them. */
const SUBJECT_FIELDS = ["learner", "user", "blocker", "blocked", "reporter", "subject", "forLearner", "recipient", "from", "to"];
/** What they made in Fællesskab: removed only when they asked for it. */
const AUTHORED = { posts: "author", stories: "author" };
/** Kept when a person is deleted: the school's record that it happened, and the figures. */
const KEPT_ON_DELETE = ["deletion_requests", "learner_status"];
/** users fields the anonymous stub keeps (for the quarterly figures). */
const STUB_KEEPS = ["id", "role", "school", "programme", "startDate", "funding", "referral", "created", "updated", "password", "tokenKey", "email", "emailVisibility", "verified"];

/** Records that belong to one of theirs without naming them: the mentor's side of their conversation, a buddy's side of their talk. */
const THROUGH = [
  { collection: "messages", field: "conversation", parent: "conversations" },
  { collection: "buddy_messages", field: "pair", parent: "buddies" },
];

/** Not in the export: why is in README (archive) and on /privatliv. */
function heldBack(collection, field, record) {
  // The mentor's private working notes: a learner sees only what its writer chose to show
  // them, and the writer is told. So the school shows them on request (art. 15, reviewed
  // by the coordinator, who tells the mentor), never through self-service.
  if (collection === "notes") return true;
  if (collection === "flag_staff_notes") return true; // the teacher's words only for the mentor
  if (collection === "flag_comments" && record.getString("thread") === "staff") return true;
  if (collection === "flags" && record.getBool("hiddenFromLearner")) return true;
  if (collection === "reports" && field === "subject") return true; // who reported them is someone else's data
  if (collection === "blocks" && field === "blocked") return true; // who hid them
  return false;
}

/** Every relation field to users, by collection (base collections only; no views, no system). */
function userRelations(app) {
  const users = app.findCollectionByNameOrId("users");
  const out = [];
  for (const c of app.findAllCollections("base")) {
    if (c.system) continue;
    const fields = [];
    const multi = {};
    for (const f of c.fields) {
      if (f.type() === "relation" && f.collectionId === users.id) {
        fields.push(f.name);
        multi[f.name] = f.maxSelect > 1;
      }
    }
    if (fields.length) out.push({ collection: c, fields, multi });
  }
  return out;
}

function recordsNaming(app, collectionName, field, userId, multi) {
  if (!multi) return app.findRecordsByFilter(collectionName, `${field} = {:id}`, "", 0, 0, { id: userId });
  return app.findRecordsByFilter(collectionName, `${field} ~ {:id}`, "", 0, 0, { id: userId }).filter((r) => r.getStringSlice(field).indexOf(userId) >= 0);
}

function fileFields(collection) {
  const out = [];
  for (const f of collection.fields) if (f.type() === "file") out.push(f.name);
  return out;
}

function plain(record) {
  return JSON.parse(JSON.stringify(record.publicExport()));
}

/** Everything about the person: { person, collections: {name: [records]}, files: [...], heldBack: [names] }. */
function exportFor(app, userId) {
  const user = app.findRecordById("users", userId);
  const collections = {};
  const files = [];
  const held = {};
  const addFiles = (collection, record) => {
    for (const field of fileFields(collection)) {
      for (const name of record.getStringSlice(field)) {
        files.push({ collection: collection.name, record: record.id, field, name, path: `filer/${collection.name}/${record.id}/${name}` });
      }
    }
  };
  addFiles(user.collection(), user);
  for (const { collection, fields, multi } of userRelations(app)) {
    const seen = {};
    for (const field of fields) {
      for (const record of recordsNaming(app, collection.name, field, userId, multi[field])) {
        if (seen[record.id]) continue;
        if (heldBack(collection.name, field, record)) {
          held[collection.name] = (held[collection.name] || 0) + 1;
          continue;
        }
        seen[record.id] = true;
        const row = plain(record);
        if (collection.name === "flags") delete row.hiddenReason;
        (collections[collection.name] = collections[collection.name] || []).push(row);
        addFiles(collection, record);
      }
    }
  }
  for (const t of THROUGH) {
    const parents = collections[t.parent] || [];
    const rows = collections[t.collection] || [];
    const have = {};
    for (const r of rows) have[r.id] = true;
    let child;
    try {
      child = app.findCollectionByNameOrId(t.collection);
    } catch (_) {
      continue;
    }
    for (const parent of parents) {
      for (const record of app.findRecordsByFilter(t.collection, `${t.field} = {:p}`, "created", 0, 0, { p: parent.id })) {
        if (have[record.id]) continue;
        have[record.id] = true;
        rows.push(plain(record));
        addFiles(child, record);
      }
    }
    if (rows.length) collections[t.collection] = rows;
  }
  const person = plain(user);
  person.email = user.email(); // their own address, whatever emailVisibility says
  return { person, collections, files, heldBack: held };
}

/** Whether this file is one of the person's export (the file route serves nothing else). */
function fileInExport(app, userId, collectionName, recordId, name) {
  let record;
  try {
    record = app.findRecordById(collectionName, recordId);
  } catch (_) {
    return null;
  }
  const collection = record.collection();
  const field = fileFields(collection).find((f) => record.getStringSlice(f).indexOf(name) >= 0);
  if (!field) return null;
  return belongs(app, userId, record) ? record : null;
}

/** Whether the record is in the person's export (the same choice as exportFor). */
function belongs(app, userId, record) {
  const name = record.collection().name;
  if (name === "users") return record.id === userId;
  for (const { collection: c, fields } of userRelations(app)) {
    if (c.name !== name) continue;
    for (const f of fields) {
      if (record.getStringSlice(f).indexOf(userId) >= 0 && !heldBack(c.name, f, record)) return true;
    }
  }
  for (const t of THROUGH) {
    if (t.collection !== name) continue;
    try {
      if (belongs(app, userId, app.findRecordById(t.parent, record.getString(t.field)))) return true;
    } catch (_) {
      // no parent: not theirs
    }
  }
  return false;
}

/** Zero value for a users field being emptied on the stub. */
function emptyValue(field) {
  const type = field.type();
  if (type === "bool") return false;
  if (type === "number") return null;
  if (type === "file" || (type === "relation" && field.maxSelect > 1) || (type === "select" && field.maxSelect > 1)) return [];
  if (type === "json") return null;
  return "";
}

function isAnonymised(user) {
  return user.getString("email").endsWith("@" + ANON_DOMAIN);
}

/**
 * Deletes or anonymises a person: their records go (SUBJECT_FIELDS), their posts go only with
 * removePosts, their user record becomes a stub "Tidligere elev" that cannot log in.
 * Returns { deleted, kept, failed } counts (failed > 0: run again later).
 */
function anonymise(app, userId, removePosts) {
  const counts = { deleted: 0, kept: 0, failed: 0 };
  const remove = (record) => {
    try {
      app.delete(record);
      counts.deleted++;
    } catch (err) {
      counts.failed++;
      console.log(`[sammen] sletning: ${record.collection().name}/${record.id} kunne ikke slettes: ${err}`);
    }
  };
  for (const { collection, fields, multi } of userRelations(app)) {
    const name = collection.name;
    if (KEPT_ON_DELETE.indexOf(name) >= 0) continue;
    for (const field of fields) {
      const authored = AUTHORED[name] === field;
      if (!authored && SUBJECT_FIELDS.indexOf(field) < 0) continue;
      for (const record of recordsNaming(app, name, field, userId, multi[field])) {
        if (authored && !removePosts) {
          counts.kept++;
          continue;
        }
        if (name === "network_profiles" && !removePosts) {
          // their posts stay: the profile stays too, with no name but "Tidligere elev"
          record.set("displayName", FORMER_LEARNER);
          record.set("about", "");
          app.save(record);
          counts.kept++;
          continue;
        }
        remove(record);
      }
    }
  }
  // their logins: external accounts, MFA, one-time codes, known devices
  const users = app.findCollectionByNameOrId("users");
  for (const system of ["_externalAuths", "_mfas", "_otps", "_authOrigins"]) {
    for (const r of app.findRecordsByFilter(system, "collectionRef = {:c} && recordRef = {:id}", "", 0, 0, { c: users.id, id: userId })) remove(r);
  }
  const user = app.findRecordById("users", userId);
  for (const field of user.collection().fields) {
    if (STUB_KEEPS.indexOf(field.name) >= 0 || field.system) continue;
    user.set(field.name, emptyValue(field));
  }
  user.set("name", FORMER_LEARNER);
  user.set("email", `slettet-${user.id}@${ANON_DOMAIN}`);
  user.set("emailVisibility", false);
  user.set("verified", false);
  if (user.collection().fields.getByName("deactivated")) user.set("deactivated", true);
  user.setPassword($security.randomString(40));
  user.refreshTokenKey();
  app.save(user);
  return counts;
}

/** Carries out a confirmed request and marks it done (stays confirmed if something failed). */
function carryOut(app, request) {
  const counts = anonymise(app, request.getString("learner"), request.getBool("removePosts"));
  if (counts.failed > 0) return counts;
  request.set("status", "done");
  request.set("note", "");
  request.set("doneAt", new Date().toISOString().replace("T", " "));
  app.save(request);
  return counts;
}

/**
 * When a learner's course ended: the `from` day of their latest learner_status row when it
 * says completed or stopped (null while active or on leave); with no status row, a
 * deactivated learner's last change.
 */
function endedAt(app, user) {
  const latest = app.findRecordsByFilter("learner_status", "learner = {:id}", "-from,-created", 1, 0, { id: user.id })[0];
  if (latest) {
    const status = latest.getString("status");
    if (status !== "completed" && status !== "stopped") return null;
    return Date.parse(latest.getString("from"));
  }
  return user.getBool("deactivated") ? Date.parse(user.getString("updated")) : null;
}

/** The retention rule: anonymises every learner whose course ended more than `months` ago. */
function runRetention(app, now) {
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const months = kernel.retentionMonths($os.getenv("SAMMEN_RETENTION_MONTHS"));
  const result = { months, cutoff: new Date(kernel.retentionCutoff(now, months)).toISOString(), anonymised: [] };
  const learners = app.findRecordsByFilter("users", "role = 'learner' && email !~ {:anon}", "", 0, 0, { anon: "%@" + ANON_DOMAIN });
  for (const user of learners) {
    const ended = endedAt(app, user);
    if (ended === null || isNaN(ended) || !kernel.isPastRetention(ended, now, months)) continue;
    const counts = anonymise(app, user.id, false);
    if (counts.failed === 0) result.anonymised.push(user.id);
  }
  return result;
}

module.exports = { exportFor, fileInExport, anonymise, carryOut, runRetention, isAnonymised, FORMER_LEARNER, ANON_DOMAIN };
