// The quarterly report's records, read with plain SQL (a school of 5,000 learners has
// hundreds of thousands of messages: the database groups them by Copenhagen day, with the
// kernel's offsets, so only contact days travel). Load with require(`${__hooks}/lib/report.js`).
const kernel = require(`${__hooks}/lib/kernel.gen.js`);

/** One JSON array from the database: `select` is a json_object(...) over `from`. */
function jsonRows(app, select, from, params) {
  const row = new DynamicModel({ data: "" });
  app
    .db()
    .newQuery(`SELECT COALESCE(json_group_array(${select}), '[]') AS data ${from}`)
    .bind(params)
    .one(row);
  return JSON.parse(row.data || "[]");
}

/** Everything quarterReport needs about one school (and programme) in one quarter. */
function reportInput(app, quarter, school, programme) {
  const bounds = kernel.quarterBounds(quarter);
  const params = {
    school: school,
    programme: programme || "",
    start: kernel.pbDate(bounds.start),
    end: kernel.pbDate(bounds.end),
  };
  // the learners at stake: the school's, of the programme when one is chosen
  const mine = (alias) =>
    `JOIN users u ON u.id = ${alias} AND u.role = 'learner' AND u.school = {:school} AND ({:programme} = '' OR u.programme = {:programme})`;
  const inQuarter = (field) => `${field} >= {:start} AND ${field} < {:end}`;

  const learners = jsonRows(
    app,
    "json_object('id', u.id, 'startDate', u.startDate, 'birthYear', u.birthYear, 'funding', u.funding, 'referral', u.referral, 'track', COALESCE(p.track, ''))",
    "FROM users u LEFT JOIN programmes p ON p.id = u.programme WHERE u.role = 'learner' AND u.school = {:school} AND ({:programme} = '' OR u.programme = {:programme})",
    params,
  );
  const statuses = jsonRows(
    app,
    "json_object('learner', s.learner, 'status', s.status, 'from', [[s.from]], 'stopReason', s.stopReason, 'created', s.created)",
    `FROM learner_status s ${mine("s.learner")} WHERE [[s.from]] < {:end}`,
    params,
  );

  // contact days: the Copenhagen day of each mentor message and held appointment
  const pieces = kernel.offsetPieces(bounds.start, bounds.end);
  const offset = (field) => {
    let sql = `'+${pieces[0].minutes} minutes'`;
    for (let i = 1; i < pieces.length; i++) {
      sql = `CASE WHEN ${field} >= '${kernel.pbDate(pieces[i].from)}' THEN '+${pieces[i].minutes} minutes' ELSE ${sql} END`;
    }
    return `date(replace(substr(${field}, 1, 19), ' ', 'T'), ${sql})`;
  };
  const messageDays = jsonRows(
    app,
    "json_object('learner', learner, 'at', day)",
    `FROM (SELECT DISTINCT m.conversation AS learner, ${offset("m.created")} AS day FROM messages m ${mine("m.conversation")}
           WHERE m.sender = m.mentor AND ${inQuarter("m.created")})`,
    params,
  );
  const meetingDays = jsonRows(
    app,
    "json_object('learner', learner, 'at', day)",
    `FROM (SELECT DISTINCT a.learner AS learner, ${offset("a.startsAt")} AS day FROM appointments a ${mine("a.learner")}
           WHERE a.status = 'done' AND ${inQuarter("a.startsAt")})`,
    params,
  );

  const flags = jsonRows(
    app,
    "json_object('learner', f.learner, 'created', f.created, 'acknowledgedAt', f.acknowledgedAt, 'status', f.status, 'joinedTo', f.joinedTo)",
    `FROM flags f ${mine("f.learner")} WHERE ${inQuarter("f.created")}`,
    params,
  );
  const helpRequests = jsonRows(
    app,
    "json_object('learner', h.learner, 'created', h.created, 'status', h.status)",
    `FROM help_requests h ${mine("h.learner")} WHERE ${inQuarter("h.created")}`,
    params,
  );
  return {
    quarter: quarter,
    learners: learners,
    statuses: statuses,
    contacts: messageDays.concat(meetingDays),
    flags: flags,
    helpRequests: helpRequests,
  };
}

module.exports = { reportInput };
