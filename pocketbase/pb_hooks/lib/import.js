// Shared code of pb_hooks/import.pb.js: a class list's rows (already read from the file by the
// app) checked again here with the kernel's rules, planned against what the school has, and
// stored in one transaction per request, recorded in `imports` so the last one can be undone.
// Load with require(`${__hooks}/lib/import.js`).

const kernel = require(`${__hooks}/lib/kernel.gen.js`);

/** A date-only value as stored: midday UTC is the same day in Copenhagen all year. */
const storedDay = (day) => (day ? `${day} 12:00:00.000Z` : "");
const dayOf = (stored) => (stored ? String(stored).slice(0, 10) : "");

/** Ids from a one-column SQL query (`SELECT x AS id …`). */
function idsOf(app, sql, params) {
  const result = arrayOf(new DynamicModel({ id: "" }));
  app.db().newQuery(sql).bind(params).all(result);
  return result.map((r) => r.id);
}

/**
 * What the school has, as the plan for these rows needs it: the school's mentors,
 * programmes and classes, and of its people only those the rows name (by e-mail), with
 * their current mentorships and class memberships. One request of a big import then reads
 * what its 500 rows touch, not the whole school again.
 */
function loadSchool(app, schoolId, rows) {
  const emails = JSON.stringify(
    (Array.isArray(rows) ? rows : []).map((r) => String((r && r.email) || "").trim().toLowerCase()).filter(Boolean),
  );
  const people = new Map();
  const ids = idsOf(
    app,
    "SELECT [[id]] AS id FROM [[users]] WHERE [[school]] = {:s} AND lower([[email]]) IN (SELECT value FROM json_each({:emails}))",
    { s: schoolId, emails },
  );
  for (const u of ids.length ? app.findRecordsByIds("users", ids) : []) people.set(u.email().toLowerCase(), u);
  const mentorEmails = new Set();
  const mentorIds = new Map();
  for (const u of app.findRecordsByFilter("users", "school = {:s} && role = 'mentor' && deactivated = false", "", 0, 0, { s: schoolId })) {
    mentorEmails.add(u.email().toLowerCase());
    mentorIds.set(u.email().toLowerCase(), u.id);
  }
  const programmes = app
    .findRecordsByFilter("programmes", "school = {:s}", "", 0, 0, { s: schoolId })
    .map((p) => ({ id: p.id, name: p.getString("name"), track: p.getString("track") }));
  const classes = new Map();
  for (const c of app.findRecordsByFilter("classes", "school = {:s}", "", 0, 0, { s: schoolId })) {
    classes.set(c.getString("name").trim().toLowerCase(), c);
  }
  const members = new Set();
  const current = new Map(); // learner id → current mentorship records
  if (ids.length) {
    const idList = JSON.stringify(ids);
    const stamp = kernel.pbDate(new Date());
    const mentorshipIds = idsOf(
      app,
      "SELECT [[id]] AS id FROM [[mentorships]] WHERE [[learner]] IN (SELECT value FROM json_each({:ids})) AND ([[end]] = '' OR [[end]] > {:now})",
      { ids: idList, now: stamp },
    );
    for (const m of mentorshipIds.length ? app.findRecordsByIds("mentorships", mentorshipIds) : []) {
      const list = current.get(m.getString("learner")) || [];
      list.push(m);
      current.set(m.getString("learner"), list);
    }
    const result = arrayOf(new DynamicModel({ c: "", u: "" }));
    app
      .db()
      .newQuery("SELECT [[class]] AS c, [[user]] AS u FROM [[class_members]] WHERE [[user]] IN (SELECT value FROM json_each({:ids}))")
      .bind({ ids: idList })
      .all(result);
    for (const r of result) members.add(`${r.c}|${r.u}`);
  }
  return { schoolId, people, mentorEmails, mentorIds, programmes, classes, members, current };
}

/** E-mails the import may not touch: another school's people, this school's staff, closed learners. */
function takenEmails(app, school, rows) {
  const taken = new Map();
  for (const row of rows) {
    if (!row.email || taken.has(row.email)) continue;
    const mine = school.people.get(row.email);
    if (mine) {
      if (mine.getString("role") !== "learner") taken.set(row.email, "not_a_learner");
      // a closed learner stays closed: the import would give them a mentor again
      else if (mine.getBool("deactivated")) taken.set(row.email, "closed");
      continue;
    }
    try {
      app.findAuthRecordByEmail("users", row.email);
      taken.set(row.email, "email_taken");
    } catch (_) {
      // nobody has it: a new learner
    }
  }
  return taken;
}

/** The fields of a learner the row sets; an empty cell leaves the stored value alone. */
function wantedFields(row, school) {
  const wanted = { name: kernel.fullName(row) };
  const programme = kernel.findProgramme(row, school.programmes);
  if (programme) wanted.programme = programme.id;
  if (row.startDate) wanted.startDate = storedDay(row.startDate);
  if (row.funding) wanted.funding = row.funding;
  if (row.referral) wanted.referral = row.referral;
  return wanted;
}

const FIELD_OF = { name: "name", programme: "programme", startDate: "startDate", funding: "funding", referral: "referral" };

/** What the row would change of this learner: field → [before, after]. */
function fieldChanges(person, wanted) {
  const out = {};
  for (const key of Object.keys(wanted)) {
    const before = person.getString(FIELD_OF[key]);
    const same = key === "startDate" ? dayOf(before) === dayOf(wanted[key]) : before === wanted[key];
    if (!same) out[key] = [before, wanted[key]];
  }
  return out;
}

/**
 * Checks every row and says what importing it would do: create, update (which parts),
 * unchanged, or skip (it has problems). Nothing is stored.
 */
function planRows(app, school, rawRows) {
  const rows = (Array.isArray(rawRows) ? rawRows : []).map((r) =>
    kernel.normaliseRow({
      line: Number(r && r.line) || 0,
      firstName: String((r && r.firstName) || ""),
      lastName: String((r && r.lastName) || ""),
      email: String((r && r.email) || ""),
      programme: String((r && r.programme) || ""),
      track: String((r && r.track) || ""),
      hold: String((r && r.hold) || ""),
      startDate: String((r && r.startDate) || ""),
      mentorEmail: String((r && r.mentorEmail) || ""),
      funding: String((r && r.funding) || ""),
      referral: String((r && r.referral) || ""),
    }),
  );
  const problems = kernel.listProblems(rows, {
    mentorEmails: school.mentorEmails,
    programmes: school.programmes,
    taken: takenEmails(app, school, rows),
  });
  return rows.map((row) => {
    const rowProblems = problems.get(row.line) || [];
    if (rowProblems.length) return { row, problems: rowProblems, action: "skip", parts: [] };
    const person = school.people.get(row.email);
    const wanted = wantedFields(row, school);
    const parts = [];
    if (person) for (const key of Object.keys(fieldChanges(person, wanted))) parts.push(key);
    const klass = row.hold ? school.classes.get(row.hold.toLowerCase()) : null;
    if (row.hold && (!person || !klass || !school.members.has(`${klass.id}|${person.id}`))) parts.push("hold");
    if (row.mentorEmail) {
      const mentorId = school.mentorIds.get(row.mentorEmail);
      const current = person ? school.current.get(person.id) || [] : [];
      if (!current.some((m) => m.getString("mentor") === mentorId)) parts.push("mentor");
    }
    const action = !person ? "create" : parts.length ? "update" : "unchanged";
    return { row, problems: [], action, parts };
  });
}

/** Stores the planned rows (not the skipped ones). Returns what it did, for `imports`. */
function applyPlan(app, school, planned) {
  const users = app.findCollectionByNameOrId("users");
  const changes = { users: [], classes: [], classMembers: [], mentorships: [], ended: [], changed: [] };
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const now = kernel.pbDate(new Date());
  for (const p of planned) {
    if (p.action === "skip") continue;
    if (p.action === "unchanged") {
      counts.unchanged++;
      continue;
    }
    const row = p.row;
    const wanted = wantedFields(row, school);
    let person = school.people.get(row.email);
    if (!person) {
      person = new Record(users);
      person.set("email", row.email);
      person.set("role", "learner");
      person.set("school", school.schoolId);
      for (const key of Object.keys(wanted)) person.set(FIELD_OF[key], wanted[key]);
      // The fields were checked above (kernel rules; the unique e-mail by the index). Skipping
      // the per-record checks and the password hash (70 ms each) is what makes 10,000 rows
      // take seconds, not minutes; the password is set once for all below.
      app.saveNoValidate(person);
      school.people.set(row.email, person);
      changes.users.push(person.id);
      counts.created++;
    } else {
      const diff = fieldChanges(person, wanted);
      const keys = Object.keys(diff);
      if (keys.length) {
        const before = {};
        for (const key of keys) {
          before[FIELD_OF[key]] = diff[key][0];
          person.set(FIELD_OF[key], diff[key][1]);
        }
        app.save(person);
        changes.changed.push({ id: person.id, before });
      }
      counts.updated++;
    }
    if (row.hold) {
      const key = row.hold.toLowerCase();
      let klass = school.classes.get(key);
      if (!klass) {
        klass = new Record(app.findCollectionByNameOrId("classes"));
        klass.set("name", row.hold);
        klass.set("school", school.schoolId);
        const programme = kernel.findProgramme(row, school.programmes);
        if (programme) klass.set("programme", programme.id);
        app.save(klass);
        school.classes.set(key, klass);
        changes.classes.push(klass.id);
      }
      if (!school.members.has(`${klass.id}|${person.id}`)) {
        const member = new Record(app.findCollectionByNameOrId("class_members"));
        member.set("class", klass.id);
        member.set("user", person.id);
        app.save(member);
        school.members.add(`${klass.id}|${person.id}`);
        changes.classMembers.push(member.id);
      }
    }
    if (row.mentorEmail) {
      const mentorId = school.mentorIds.get(row.mentorEmail);
      const current = school.current.get(person.id) || [];
      if (!current.some((m) => m.getString("mentor") === mentorId)) {
        // a new mentor, as a handover does it: the current mentorship ends, a new one starts
        for (const m of current) {
          m.set("end", now);
          app.save(m);
          changes.ended.push(m.id);
        }
        const next = new Record(app.findCollectionByNameOrId("mentorships"));
        next.set("learner", person.id);
        next.set("mentor", mentorId);
        next.set("school", school.schoolId);
        next.set("start", now);
        app.save(next);
        school.current.set(person.id, [next]);
        changes.mentorships.push(next.id);
      }
    }
  }
  if (changes.users.length) setUnknownPassword(app, changes.users);
  return { changes, counts };
}

/**
 * An imported learner comes in by the invitation link and then logs in with a code by
 * e-mail or a password they choose; until then their password is the hash of a random
 * secret that is thrown away at once (nobody can know it). One hash for the import, copied
 * by SQL, instead of 10,000 hashes.
 */
function setUnknownPassword(app, ids) {
  const first = app.findRecordById("users", ids[0]);
  first.setPassword($security.randomString(40));
  app.saveNoValidate(first);
  const row = new DynamicModel({ password: "" });
  app.db().newQuery("SELECT [[password]] FROM [[users]] WHERE [[id]] = {:id}").bind({ id: first.id }).one(row);
  for (let i = 1; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const params = { hash: row.password };
    const names = chunk.map((id, j) => {
      params[`id${j}`] = id;
      return `{:id${j}}`;
    });
    app.db().newQuery(`UPDATE [[users]] SET [[password]] = {:hash} WHERE [[id]] IN (${names.join(", ")})`).bind(params).execute();
  }
}

/** The `changes` JSON of an imports record as a plain object (get() gives raw bytes). */
function storedChanges(record) {
  const text = record.getString("changes");
  const parsed = text ? JSON.parse(text) : {};
  return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
}

function mergeChanges(a, b) {
  const out = {};
  for (const key of ["users", "classes", "classMembers", "mentorships", "ended", "changed"]) {
    out[key] = ((a && a[key]) || []).concat((b && b[key]) || []);
  }
  return out;
}

/** Undoes an import: what it created is deleted, what it changed or ended is as it was. */
function undoImport(app, record) {
  const changes = storedChanges(record);
  const del = (collection, ids) => {
    for (const id of ids || []) {
      try {
        app.delete(app.findRecordById(collection, id));
      } catch (err) {
        if (String(err).indexOf("no rows") < 0) throw err;
      }
    }
  };
  del("mentorships", changes.mentorships);
  for (const id of changes.ended || []) {
    try {
      const m = app.findRecordById("mentorships", id);
      m.set("end", "");
      app.save(m);
    } catch (_) {
      // deleted since
    }
  }
  del("class_members", changes.classMembers);
  for (const c of changes.changed || []) {
    try {
      const person = app.findRecordById("users", c.id);
      for (const key of Object.keys(c.before)) person.set(key, c.before[key]);
      app.save(person);
    } catch (_) {
      // deleted since
    }
  }
  del("users", changes.users);
  for (const id of changes.classes || []) {
    const left = app.findRecordsByFilter("class_members", "class = {:c}", "", 1, 0, { c: id });
    if (!left.length) del("classes", [id]);
  }
  record.set("undoneAt", kernel.pbDate(new Date()));
  app.save(record);
}

module.exports = { loadSchool, planRows, applyPlan, mergeChanges, storedChanges, undoImport };
