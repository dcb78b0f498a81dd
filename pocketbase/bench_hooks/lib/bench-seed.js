// Big data for `npm run bench:caseload`, written straight into SQLite (a few INSERT …
// SELECT over a counter, so half a million rows take seconds). Used only by the route
// in bench_hooks/bench.pb.js, which only the benchmark loads, and only for superusers. Rows are plain: enough of every field for the access rules and the
// "I dag" queries. Ids: l… learners, m… mentors, t… teachers (15 characters).
//
// Learner k (0 … learners-1): mentor `mentor` (the measured one) for k < perMentor, else
// m<k / perMentor>; class k % classes; messagesPerLearner messages, flagsPerLearner flags.

function seed(app, p) {
  const L = p.learners;
  const per = p.perMentor;
  const now = p.now;
  const at = (minutesAgo) => `strftime('%Y-%m-%d %H:%M:%fZ', {:now}, printf('-%d minutes', ${minutesAgo}))`;
  const mentorOf = (k) => `CASE WHEN ${k} < ${per} THEN {:mentor} ELSE printf('m%014d', ${k} / ${per}) END`;
  const counter = (n) => `WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < ${n - 1}) `;
  const hasTable = (name) => {
    try {
      app.findCollectionByNameOrId(name);
      return true;
    } catch (_) {
      return false;
    }
  };
  const counts = {};
  const run = (table, sql) => {
    if (!hasTable(table)) return;
    const result = app.db().newQuery(sql).bind({ now, school: p.school, mentor: p.mentor }).execute();
    counts[table] = (counts[table] || 0) + result.rowsAffected();
  };
  const user = (prefix, role, n) =>
    `${counter(n)}INSERT INTO users (id, email, emailVisibility, verified, password, tokenKey, name, role, school, created, updated)
     SELECT printf('${prefix}%014d', i), printf('${prefix}%d@bench.test', i), 0, 1, 'no-login', lower(hex(randomblob(20))),
            printf('${role} %d', i), '${role}', {:school}, ${at("i")}, ${at("i")} FROM c`;

  app.runInTransaction((tx) => {
    app = tx;
    const mentors = Math.ceil(L / per);
    run("users", user("l", "learner", L));
    run("users", `${counter(mentors - 1)}INSERT INTO users (id, email, emailVisibility, verified, password, tokenKey, name, role, school, created, updated)
      SELECT printf('m%014d', i + 1), printf('m%d@bench.test', i + 1), 0, 1, 'no-login', lower(hex(randomblob(20))), printf('mentor %d', i + 1),
             'mentor', {:school}, ${at("i")}, ${at("i")} FROM c`);
    run("users", user("t", "teacher", p.classes));
    run("classes", `${counter(p.classes)}INSERT INTO classes (id, name, school, created, updated)
      SELECT printf('h%014d', i), printf('Hold %d', i), {:school}, ${at(0)}, ${at(0)} FROM c`);
    run("class_members", `${counter(p.classes)}INSERT INTO class_members (id, class, user, created, updated)
      SELECT printf('x%014d', i), printf('h%014d', i), printf('t%014d', i), ${at(0)}, ${at(0)} FROM c`);
    run("class_members", `${counter(L)}INSERT INTO class_members (id, class, user, created, updated)
      SELECT printf('y%014d', i), printf('h%014d', i % ${p.classes}), printf('l%014d', i), ${at(0)}, ${at(0)} FROM c`);
    // every learner's current mentorship, and for every other one an ended one before it
    run("mentorships", `${counter(L)}INSERT INTO mentorships (id, learner, mentor, school, start, end, created, updated)
      SELECT printf('r%014d', i), printf('l%014d', i), ${mentorOf("i")}, {:school}, ${at(60 * 24 * 100)}, '', ${at(0)}, ${at(0)} FROM c`);
    run("mentorships", `${counter(L / 2)}INSERT INTO mentorships (id, learner, mentor, school, start, end, created, updated)
      SELECT printf('q%014d', i), printf('l%014d', i * 2), printf('m%014d', 1 + (i % ${mentors - 1})), {:school},
             ${at(60 * 24 * 300)}, ${at(60 * 24 * 100)}, ${at(0)}, ${at(0)} FROM c`);

    // conversations (id = the learner's id) and messages: every learner the same number;
    // each fifth learner's last message from them is unread
    const M = p.messagesPerLearner;
    // (the messages feature keeps the current mentor on conversations and messages: `mentor`)
    const withMentor = (table) => {
      try {
        return app.findCollectionByNameOrId(table).fields.getByName("mentor") ? true : false;
      } catch (_) {
        return false;
      }
    };
    const convMentor = withMentor("conversations");
    const msgMentor = withMentor("messages");
    run("conversations", `${counter(L)}INSERT INTO conversations (id, learner, lastMessageAt, ${convMentor ? "mentor, " : ""}created, updated)
      SELECT printf('l%014d', i), printf('l%014d', i), ${at("(i % 30) * 60 * 24")}, ${convMentor ? `${mentorOf("i")}, ` : ""}${at(0)}, ${at(0)} FROM c`);
    run("messages", `${counter(L * M)}INSERT INTO messages (id, conversation, ${msgMentor ? "mentor, " : ""}sender, text, readAt, created, updated)
      SELECT printf('s%014d', i), printf('l%014d', i % ${L}), ${msgMentor ? `${mentorOf(`(i % ${L})`)}, ` : ""}
             CASE WHEN (i / ${L}) % 2 = 0 THEN printf('l%014d', i % ${L}) ELSE ${mentorOf(`(i % ${L})`)} END,
             'Hej, hvordan går det?',
             CASE WHEN (i / ${L}) = ${M - 2} AND (i % ${L}) % 5 = 0 THEN '' ELSE ${at(`(${M} - i / ${L}) * 60`)} END,
             ${at(`(${M} - i / ${L}) * 60`)}, ${at(`(${M} - i / ${L}) * 60`)} FROM c`);

    // flags: most closed long ago, one acknowledged, one new (each tenth learner) or in progress
    const F = p.flagsPerLearner;
    const categories = "'reading','numbers','it','absence','wellbeing','economy','apprenticeship','personal','other'";
    run("flags", `${counter(L * F)}INSERT INTO flags (id, learner, school, raisedBy, category, urgency, learnerText, status, outcome,
             acknowledgedAt, closedAt, hiddenFromLearner, hiddenReason, escalatedAt, joinedTo, created, updated)
      SELECT printf('f%014d', i), printf('l%014d', i % ${L}), {:school}, printf('t%014d', (i % ${L}) % ${p.classes}),
             json_extract(json_array(${categories}), printf('$[%d]', (i / ${L}) % 9)),
             CASE WHEN i % 7 = 0 THEN 'urgent' ELSE 'concern' END, 'Kommentar',
             CASE WHEN i / ${L} < ${F - 2} THEN 'closed' WHEN i / ${L} = ${F - 2} THEN 'acknowledged'
                  WHEN (i % ${L}) % 10 = 0 THEN 'new' ELSE 'in_progress' END,
             CASE WHEN i / ${L} < ${F - 2} THEN 'talk_held' ELSE '' END,
             CASE WHEN i / ${L} = ${F - 1} AND (i % ${L}) % 10 = 0 THEN '' ELSE ${at("(i % 100) * 60")} END,
             CASE WHEN i / ${L} < ${F - 2} THEN ${at("(i % 100) * 60")} ELSE '' END,
             0, '', '', '',
             CASE WHEN i / ${L} = ${F - 1} AND (i % ${L}) % 10 = 0 THEN ${at(30)} ELSE ${at("1000 + (i % 5000) * 60")} END,
             ${at("(i % 1000) * 60")} FROM c`);
    run("flag_comments", `${counter(L * 4)}INSERT INTO flag_comments (id, flag, learner, author, thread, body, created, updated)
      SELECT printf('k%014d', i), printf('f%014d', (i % ${L}) + ${L} * ${F - 2}), printf('l%014d', i % ${L}),
             printf('t%014d', (i % ${L}) % ${p.classes}), CASE WHEN i / ${L} < 2 THEN 'staff' ELSE 'learner' END,
             'Tak for beskeden', ${at("i % 10000")}, ${at("i % 10000")} FROM c`);
    run("notes", `${counter(L * 2)}INSERT INTO notes (id, learner, author, body, created, updated)
      SELECT printf('n%014d', i), printf('l%014d', i % ${L}), ${mentorOf(`(i % ${L})`)}, 'En note om samtalen',
             ${at("i % 10000")}, ${at("i % 10000")} FROM c`);
    run("kudos", `${counter(L)}INSERT INTO kudos (id, learner, school, "from", message, created, updated)
      SELECT printf('u%014d', i), printf('l%014d', i), {:school}, printf('t%014d', i % ${p.classes}), 'Godt gået',
             ${at("i")}, ${at("i")} FROM c`);

    // a plan per learner with one phase and its milestones, some overdue, some waiting
    const S = p.milestonesPerLearner;
    run("plans", `${counter(L)}INSERT INTO plans (id, learner, school, title, start, created, updated)
      SELECT printf('p%014d', i), printf('l%014d', i), {:school}, 'Plan', ${at(60 * 24 * 100)}, ${at(0)}, ${at(0)} FROM c`);
    run("plan_phases", `${counter(L)}INSERT INTO plan_phases (id, plan, learner, "order", title, created, updated)
      SELECT printf('a%014d', i), printf('p%014d', i), printf('l%014d', i), 1, 'Grundforløb', ${at(0)}, ${at(0)} FROM c`);
    run("milestones", `${counter(L * S)}INSERT INTO milestones (id, plan, learner, phase, "order", title, owner, status, due, created, updated)
      SELECT printf('e%014d', i), printf('p%014d', i % ${L}), printf('l%014d', i % ${L}), printf('a%014d', i % ${L}), i / ${L},
             printf('Milepæl %d', i / ${L}), 'learner',
             CASE WHEN i / ${L} < ${S / 2} THEN 'done' WHEN i / ${L} = ${S / 2} AND (i % ${L}) % 4 = 0 THEN 'waiting' ELSE 'todo' END,
             strftime('%Y-%m-%d %H:%M:%fZ', {:now}, printf('%d days', (i / ${L}) * 14 - ${S * 7 + 10})), ${at(0)}, ${at(0)} FROM c`);
    run("help_requests", `${counter(L / 2)}INSERT INTO help_requests (id, learner, school, area, text, status, created, updated)
      SELECT printf('b%014d', i), printf('l%014d', i * 2), {:school}, 'it', 'Jeg kan ikke logge på',
             CASE WHEN i % 3 = 0 THEN 'open' ELSE 'solved' END, ${at("i")}, ${at("i")} FROM c`);
  });
  return counts;
}

module.exports = { seed };
