/// <reference path="../pb_data/types.d.ts" />
// Benchmark data for `npm run bench:network` (tests/bench/network.bench.test.ts), never
// in production (see bench.pb.js). Superusers only. One open group of `members` learners
// (each with a network profile; member 0 is the group's moderator) and `posts` visible
// posts by its members, one a minute back from now. Ids follow n<kind><number>, so the
// benchmark knows who is who without asking.
routerAdd(
  "POST",
  "/api/sammen/bench-network-seed",
  (e) => {
    const body = e.requestInfo().body || {};
    const school = String(body.school);
    const members = Number(body.members) || 2000;
    const posts = Number(body.posts) || 50000;
    const now = new Date().toISOString().replace("T", " ");
    const id = (kind, expr) => `printf('n${kind}%013d', ${expr})`;
    e.app.runInTransaction((tx) => {
      const run = (sql, params) => tx.db().newQuery(sql).bind(params).execute();
      const seq = (count) =>
        `WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n + 1 < ${count}) `;
      run(
        seq(members) +
          "INSERT INTO users (id, email, emailVisibility, verified, password, tokenKey, name, role, school, created, updated) " +
          `SELECT ${id("u", "n")}, printf('nu%d@bench.test', n), 0, 1, '', lower(hex(randomblob(20))), printf('Elev %d', n), 'learner', {:school}, {:now}, {:now} FROM seq`,
        { school, now },
      );
      run(
        seq(members) +
          `INSERT INTO network_profiles (id, user, displayName, about, school, pausedUntil, created, updated) SELECT ${id("p", "n")}, ${id("u", "n")}, printf('Elev %d', n), '', {:school}, '', {:now}, {:now} FROM seq`,
        { school, now },
      );
      run(
        `INSERT INTO groups (id, name, description, kind, school, class, programme, status, createdBy, autoKey, created, updated) VALUES ('ngroup000000001', 'Tømrerlærlinge', '', 'open', '', '', '', 'approved', 'nu0000000000000', '', {:now}, {:now})`,
        { now },
      );
      run(
        seq(members) +
          `INSERT INTO group_members (id, "group", user, role, muted, created, updated) SELECT ${id("m", "n")}, 'ngroup000000001', ${id("u", "n")}, CASE WHEN n = 0 THEN 'moderator' ELSE 'member' END, 0, {:now}, {:now} FROM seq`,
        { now },
      );
      run(
        seq(posts) +
          `INSERT INTO posts (id, "group", author, parent, text, photo, voice, voiceSeconds, status, editedAt, hiddenReason, created, updated) ` +
          `SELECT ${id("t", "n")}, 'ngroup000000001', ${id("u", `(n * 7919) % ${members}`)}, '', 'Hvordan går det med jer?', '', '', 0, 'visible', '', '', ` +
          `strftime('%Y-%m-%d %H:%M:%fZ', 'now', printf('-%d minutes', n)), strftime('%Y-%m-%d %H:%M:%fZ', 'now', printf('-%d minutes', n)) FROM seq`,
        {},
      );
    });
    return e.json(200, { members, posts });
  },
  $apis.requireSuperuserAuth(),
);
