/// <reference path="../pb_data/types.d.ts" />
// Benchmark data for `npm run bench:report` (never in production: this dir is not
// pb_hooks). After bench-seed.js has made a big school, this gives its learners what the
// quarterly report counts: a programme of three (one per track), a start day, funding,
// referral and birth year by turns, and status rows (every 10th on leave, every 20th
// completed, every 25th stopped), straight through SQL. Superusers only.
routerAdd(
  "POST",
  "/api/sammen/bench-report-seed",
  (e) => {
    const body = e.requestInfo().body || {};
    const school = String(body.school);
    const programmes = body.programmes || [];
    const now = new Date().toISOString().replace("T", " ");
    let statuses = 0;
    e.app.runInTransaction((tx) => {
      const run = (sql, params) => tx.db().newQuery(sql).bind(params).execute();
      run(
        `UPDATE users SET
           programme = json_extract({:programmes}, printf('$[%d]', CAST(substr(id, 2) AS INTEGER) % 3)),
           startDate = strftime('%Y-%m-%d 00:00:00.000Z', {:now}, printf('-%d days', CAST(substr(id, 2) AS INTEGER) % 700)),
           funding = json_extract('["uddannelsesloeft","voksenlaerling","veu","loen"]', printf('$[%d]', CAST(substr(id, 2) AS INTEGER) % 4)),
           referral = json_extract('["jobcenter","a_kasse","arbejdsgiver","selv"]', printf('$[%d]', CAST(substr(id, 2) AS INTEGER) % 4)),
           birthYear = 1965 + CAST(substr(id, 2) AS INTEGER) % 40
         WHERE school = {:school} AND role = 'learner'`,
        { school: school, now: now, programmes: JSON.stringify(programmes) },
      );
      const insert = (status, every, days, extra) =>
        run(
          `INSERT INTO learner_status (id, learner, school, status, "from", certificateDate, stopReason, note, setBy, created, updated)
           SELECT printf('z%s%013d', {:tag}, CAST(substr(id, 2) AS INTEGER)), id, school, {:status},
                  strftime('%Y-%m-%d 00:00:00.000Z', {:now}, printf('-%d days', CAST(substr(id, 2) AS INTEGER) % ${days})),
                  ${extra.certificate ? `strftime('%Y-%m-%d 00:00:00.000Z', {:now}, printf('-%d days', CAST(substr(id, 2) AS INTEGER) % ${days}))` : "''"},
                  {:reason}, '', '', {:now}, {:now}
           FROM users WHERE school = {:school} AND role = 'learner' AND CAST(substr(id, 2) AS INTEGER) % ${every} = 0`,
          { school: school, now: now, status: status, reason: extra.reason || "", tag: extra.tag },
        ).rowsAffected();
      statuses += insert("leave", 10, 60, { tag: "a" });
      statuses += insert("completed", 20, 120, { tag: "b", certificate: true });
      statuses += insert("stopped", 25, 90, { tag: "c", reason: "job" });
    });
    return e.json(200, { learner_status: statuses });
  },
  $apis.requireSuperuserAuth(),
);
