/// <reference path="../pb_data/types.d.ts" />
// Hvordan går det? (issue 15):
// - a check-in's week is a real ISO week, not after this week in Copenhagen (a device
//   cannot answer ahead; superusers, i.e. seeds, may write any real week);
// - its words: a voice note has its length (≤ 2 min), no voice means 0 seconds;
// - sharing the words changes what the mentor may read, so the words get a new `updated`
//   (the mentor's pull and realtime fetch them once shared);
// - the weekly question (cron every hour; POST /api/sammen/checkin-prompts with a clock).

onRecordCreateRequest((e) => {
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const week = e.record.getString("week");
  // superusers (seeds, tests with a moved clock) may write any real week
  if (e.hasSuperuserAuth() && kernel.isWeekText(week)) return e.next();
  if (!kernel.isWeekText(week) || week > kernel.copenhagenWeek(Date.now())) {
    throw new BadRequestError("Den uge passer ikke.", {
      week: new ValidationError("sammen_checkin_week", "Den uge passer ikke."),
    });
  }
  e.next();
}, "checkins");

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/checkins.js`).checkVoice(e.record);
  e.next();
}, "checkin_words");
onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/checkins.js`).checkVoice(e.record);
  e.next();
}, "checkin_words");

onRecordAfterUpdateSuccess((e) => {
  if (e.record.getBool("shareWords") !== e.record.original().getBool("shareWords")) {
    const words = e.app.findRecordsByFilter("checkin_words", "checkin = {:id}", "", 0, 0, { id: e.record.id });
    for (const w of words) e.app.save(w);
  }
  e.next();
}, "checkins");

cronAdd("sammen-checkin-prompts", "5 * * * *", () => {
  require(`${__hooks}/lib/checkins.js`).runPrompts($app);
});

routerAdd(
  "POST",
  "/api/sammen/checkin-prompts",
  (e) => {
    const body = e.requestInfo().body || {};
    const now = body.now ? Date.parse(String(body.now)) : Date.now();
    return e.json(200, require(`${__hooks}/lib/checkins.js`).runPrompts(e.app, now));
  },
  $apis.requireSuperuserAuth(),
);
