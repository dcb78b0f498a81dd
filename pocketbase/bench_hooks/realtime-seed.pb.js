/// <reference path="../pb_data/types.d.ts" />
// Benchmark data for `npm run bench:realtime` (tests/bench/realtime.bench.test.ts),
// never in production (see bench.pb.js). Superusers only. `units` groups of one class:
// 25 learners, their mentor and their teacher, each learner with a mentorship, a
// conversation (mentor fields as pb_hooks/lib/messages.js keeps them), a plan with one
// phase and 4 learner-owned steps, an acknowledged flag raised by the teacher, and 8
// unread messages from the mentor (for read receipts). Ids follow the pattern
// r<kind><number> so the benchmark knows who is who without asking.
routerAdd(
  "POST",
  "/api/sammen/bench-realtime-seed",
  (e) => {
    const body = e.requestInfo().body || {};
    const school = String(body.school);
    const units = Number(body.units) || 1;
    const per = 25;
    const now = new Date().toISOString().replace("T", " ");
    const id = (kind, expr) => `printf('r${kind}%013d', ${expr})`;
    e.app.runInTransaction((tx) => {
      const run = (sql, params) => tx.db().newQuery(sql).bind(params).execute();
      const seq = (count) =>
        `WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n + 1 < ${count}) `;
      const users = (kind, role, count) =>
        seq(count) +
        "INSERT INTO users (id, email, emailVisibility, verified, password, tokenKey, name, role, school, created, updated) " +
        `SELECT ${id(kind, "n")}, printf('r${kind}%d@bench.test', n), 0, 1, '', lower(hex(randomblob(20))), ` +
        `printf('${role} %d', n), '${role}', {:school}, {:now}, {:now} FROM seq`;
      run(users("m", "mentor", units), { school, now });
      run(users("t", "teacher", units), { school, now });
      run(users("l", "learner", units * per), { school, now });
      run(seq(units) + `INSERT INTO classes (id, name, school, created, updated) SELECT ${id("c", "n")}, printf('Hold %d', n), {:school}, {:now}, {:now} FROM seq`, { school, now });
      run(seq(units) + `INSERT INTO class_members (id, class, user, created, updated) SELECT ${id("k", "n")}, ${id("c", "n")}, ${id("t", "n")}, {:now}, {:now} FROM seq`, { now });
      run(seq(units * per) + `INSERT INTO class_members (id, class, user, created, updated) SELECT ${id("j", "n")}, ${id("c", `n / ${per}`)}, ${id("l", "n")}, {:now}, {:now} FROM seq`, { now });
      run(seq(units * per) + `INSERT INTO mentorships (id, learner, mentor, school, start, end, created, updated) SELECT ${id("s", "n")}, ${id("l", "n")}, ${id("m", `n / ${per}`)}, {:school}, '2026-01-01 00:00:00.000Z', '', {:now}, {:now} FROM seq`, { school, now });
      run(seq(units * per) + `INSERT INTO conversations (id, learner, lastMessageAt, lastSender, mentor, mentorUntil, created, updated) SELECT ${id("l", "n")}, ${id("l", "n")}, {:now}, ${id("m", `n / ${per}`)}, ${id("m", `n / ${per}`)}, '', {:now}, {:now} FROM seq`, { now });
      run(seq(units * per) + `INSERT INTO plans (id, learner, school, title, start, createdBy, created, updated) SELECT ${id("p", "n")}, ${id("l", "n")}, {:school}, 'Mit forløb', '2026-01-01 00:00:00.000Z', ${id("m", `n / ${per}`)}, {:now}, {:now} FROM seq`, { school, now });
      run(seq(units * per) + `INSERT INTO plan_phases (id, plan, learner, "order", title, kind, created, updated) SELECT ${id("f", "n")}, ${id("p", "n")}, ${id("l", "n")}, 1, 'Grundforløb', 'grundforloeb', {:now}, {:now} FROM seq`, { now });
      run(seq(units * per * 4) + `INSERT INTO milestones (id, plan, learner, phase, "order", title, owner, confirm, status, created, updated) SELECT ${id("x", "n")}, ${id("p", "n / 4")}, ${id("l", "n / 4")}, ${id("f", "n / 4")}, n % 4, printf('Trin %d', n % 4), 'learner', 0, 'todo', {:now}, {:now} FROM seq`, { now });
      run(seq(units * per) + `INSERT INTO flags (id, learner, school, raisedBy, category, urgency, learnerText, status, acknowledgedAt, acknowledgedBy, created, updated) SELECT ${id("g", "n")}, ${id("l", "n")}, {:school}, ${id("t", `n / ${per}`)}, 'reading', 'concern', 'Læser langsomt', 'acknowledged', {:now}, ${id("m", `n / ${per}`)}, {:now}, {:now} FROM seq`, { school, now });
      run(seq(units * per * 8) + `INSERT INTO messages (id, conversation, sender, text, readAt, mentor, mentorUntil, created, updated) SELECT ${id("b", "n")}, ${id("l", "n / 8")}, ${id("m", `n / 8 / ${per}`)}, 'Hej', '', ${id("m", `n / 8 / ${per}`)}, '', {:now}, {:now} FROM seq`, { now });
    });
    return e.json(200, { units, learners: units * per });
  },
  $apis.requireSuperuserAuth(),
);
