// Where each learner is: the checks before a status row is stored. Load with
// require(`${__hooks}/lib/learner-status.js`).
const kernel = require(`${__hooks}/lib/kernel.gen.js`);

const WORDS = {
  sammen_status_certificate_date: "Skriv datoen for svendebrev eller uddannelsesbevis.",
  sammen_status_not_completed: "En dato for beviset hører kun til, når eleven er færdig.",
  sammen_status_stop_reason: "Vælg hvorfor eleven er stoppet.",
  sammen_status_not_stopped: "En grund hører kun til, når eleven er stoppet.",
  validation_invalid_value: "Vælg en af mulighederne.",
  validation_required: "Skal udfyldes.",
};

function prepare(e) {
  const r = e.record;
  const problems = kernel.statusProblems({
    status: r.getString("status"),
    from: r.getString("from"),
    certificateDate: r.getString("certificateDate"),
    stopReason: r.getString("stopReason"),
  });
  const fields = Object.keys(problems);
  if (fields.length) {
    const errors = {};
    for (const f of fields) errors[f] = new ValidationError(problems[f], WORDS[problems[f]] || "Tjek feltet.");
    throw new BadRequestError("Status kunne ikke gemmes.", errors);
  }
  let learner = null;
  try {
    learner = e.app.findRecordById("users", r.getString("learner"));
  } catch (_) {
    // an unknown learner: the rule refuses the request
  }
  if (learner) r.set("school", learner.getString("school"));
  // a superuser (the seed) may name who set it; everyone else is who they are
  if (!e.hasSuperuserAuth()) r.set("setBy", e.auth ? e.auth.id : "");
}

module.exports = { prepare };
