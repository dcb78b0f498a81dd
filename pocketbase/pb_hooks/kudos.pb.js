/// <reference path="../pb_data/types.d.ts" />
// Ros (kudos) from a teacher: the learner hears about it.

// ------------------------------------------------------------------ kudos (ros)
onRecordCreateRequest((e) => {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  e.next();
  if (e.hasSuperuserAuth()) return;
  notify(e.app, e.record.getString("learner"), {
    title: `Ros fra ${e.auth.getString("name")}`,
    body: e.record.getString("message") || "Godt gået!",
    url: "/hjem",
    importance: "normal",
    tag: `kudos-${e.record.id}`,
  });
}, "kudos");

