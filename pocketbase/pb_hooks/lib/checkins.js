// Hvordan går det?: the weekly question. Load with require(`${__hooks}/lib/checkins.js`).

const kernel = require(`${__hooks}/lib/kernel.gen.js`);
const { notify } = require(`${__hooks}/lib/notify.js`);

/**
 * Queues the weekly question for every learner whose chosen day it is at `nowMs`, from
 * 10 o'clock and outside their quiet hours (kernel.checkinPromptDue), who has not
 * answered this week and was not asked yet (tag per week).
 */
function runPrompts(app, nowMs) {
  const now = nowMs || Date.now();
  const week = kernel.copenhagenWeek(now);
  const tag = "trivsel-" + week;
  const learners = app.findRecordsByFilter("users", "role = 'learner' && checkinDay = {:day}", "", 0, 0, {
    day: kernel.copenhagenWeekday(now),
  });
  let asked = 0;
  for (const user of learners) {
    const settings = { checkinDay: user.getInt("checkinDay"), quietFrom: user.getInt("quietFrom"), quietTo: user.getInt("quietTo") };
    if (!kernel.checkinPromptDue(now, settings)) continue;
    const answered = app.findRecordsByFilter("checkins", "learner = {:u} && week = {:w}", "", 1, 0, { u: user.id, w: week });
    if (answered.length) continue;
    const sent = app.findRecordsByFilter("notifications", "user = {:u} && tag = {:t}", "", 1, 0, { u: user.id, t: tag });
    if (sent.length) continue;
    notify(app, user.id, {
      title: "Hvordan går det?",
      body: "Vælg et ansigt. Det tager et øjeblik.",
      url: "/hvordan-gaar-det",
      importance: "normal",
      tag: tag,
    });
    asked++;
  }
  return { asked: asked, week: week };
}

/** A voice note has its length (more than 0, at most the schema's 120 s); no voice: 0 seconds. */
function checkVoice(r) {
  const hasVoice = r.getUnsavedFiles("voice").length > 0 || r.getString("voice") !== "";
  const seconds = r.getFloat("voiceSeconds");
  const maxSeconds = kernel.limits.checkin_words.voiceSeconds.max;
  if (hasVoice && (seconds <= 0 || seconds > maxSeconds)) {
    throw new BadRequestError("En talebesked må højst vare 2 minutter.", {
      voiceSeconds: new ValidationError("validation_voice_length", "En talebesked må højst vare 2 minutter."),
    });
  }
  if (!hasVoice && seconds !== 0) r.set("voiceSeconds", 0);
}

module.exports = { runPrompts, checkVoice };
