/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14), second slice: what the rules of 1763850000_network_events.js and
// 1763850200_network_buddies.js cannot say.
// - Events: a change of time or place, or a cancellation, is told to those coming
//   (kommer, måske); a reminder the day before (cron, and a route with a clock for tests).
// - Buddies: one open pair between two people; the asked hears it, and so does the one
//   asking when the answer is yes (never a no: that stays quiet). A block ends a pair.
// - Buddy messages: the recipient is the other of the pair; an edit is marked; the words
//   never go in a push.
// - Stories: one waiting for a yes is told to the school's coordinators; the author hears
//   when it is published.
// (Handlers cannot see each other's variables, so each requires what it needs.)

// ------------------------------------------------------------------ events
onRecordUpdateRequest((e) => {
  const before = e.record.original();
  e.next();
  const actor = e.auth && !e.hasSuperuserAuth() ? e.auth.id : "";
  require(`${__hooks}/lib/network-events.js`).tellAboutChange(e.app, before, e.record, actor);
}, "events");

cronAdd("sammen-event-reminders", "0 * * * *", () => {
  // hourly, so an event made late today is still reminded; remindedAt makes it once
  require(`${__hooks}/lib/network-events.js`).runEventReminders($app, Date.now());
});

// The same run on demand, with a clock the caller sets (tests move time this way).
routerAdd(
  "POST",
  "/api/sammen/event-reminders",
  (e) => {
    const body = e.requestInfo().body || {};
    const now = body.now ? Date.parse(String(body.now).replace(" ", "T")) : Date.now();
    if (isNaN(now)) throw new BadRequestError("now er ikke en dato.");
    return e.json(200, { reminded: require(`${__hooks}/lib/network-events.js`).runEventReminders(e.app, now) });
  },
  $apis.requireSuperuserAuth(),
);

// ------------------------------------------------------------------ buddies
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/network-events.js`);
  if (!e.hasSuperuserAuth() && lib.openPairBetween(e.app, e.record.getString("from"), e.record.getString("to"))) {
    throw new BadRequestError("I er allerede makkere, eller der venter et svar.", {
      to: new ValidationError("validation_buddy_exists", "I er allerede makkere, eller der venter et svar."),
    });
  }
  e.next();
}, "buddies");

onRecordAfterCreateSuccess((e) => {
  e.next();
  if (e.record.getString("status") !== "proposed") return;
  require(`${__hooks}/lib/notify.js`).notify(e.app, e.record.getString("to"), {
    title: "Nogen vil gerne være din makker",
    body: "Se hvem, og sig ja eller nej, når du har lyst.",
    url: "/faellesskab/makker",
    importance: "normal",
    tag: `makker-${e.record.id}`,
  });
}, "buddies");

onRecordAfterUpdateSuccess((e) => {
  e.next();
  const r = e.record;
  if (r.getString("status") !== "accepted" || r.original().getString("status") === "accepted") return;
  require(`${__hooks}/lib/notify.js`).notify(e.app, r.getString("from"), {
    title: "I er makkere nu",
    body: "Skriv et hej til din nye makker.",
    url: "/faellesskab/makker",
    importance: "normal",
    tag: `makker-${r.id}`,
  });
}, "buddies");

onRecordAfterCreateSuccess((e) => {
  e.next();
  require(`${__hooks}/lib/network-events.js`).endPairsOnBlock(e.app, e.record.getString("blocker"), e.record.getString("blocked"));
}, "blocks");

// ------------------------------------------------------------------ buddy_messages
onRecordCreateRequest((e) => {
  const r = e.record;
  let pair = null;
  try {
    pair = e.app.findRecordById("buddies", r.getString("pair"));
  } catch (_) {
    // the rule refuses a pair that is not there
  }
  if (pair) r.set("recipient", pair.getString("from") === r.getString("sender") ? pair.getString("to") : pair.getString("from"));
  if (r.getString("text").trim() === "") {
    throw new BadRequestError("Skriv noget.", { text: new ValidationError("validation_required", "Skriv noget.") });
  }
  r.set("editedAt", "");
  e.next();
}, "buddy_messages");

onRecordUpdateRequest((e) => {
  const r = e.record;
  const old = r.original();
  if (r.getString("text").trim() === "") {
    throw new BadRequestError("En besked kan ikke være tom. Tag den tilbage i stedet.", {
      text: new ValidationError("validation_required", "Skriv noget."),
    });
  }
  r.set("editedAt", r.getString("text") !== old.getString("text") ? new DateTime() : old.get("editedAt"));
  e.next();
}, "buddy_messages");

onRecordAfterCreateSuccess((e) => {
  e.next();
  const r = e.record;
  require(`${__hooks}/lib/notify.js`).notify(e.app, r.getString("recipient"), {
    title: "Ny besked fra din makker",
    body: "Åbn Sammen for at læse den.",
    url: "/faellesskab/makker",
    importance: "normal",
    tag: `makker-besked-${r.getString("pair")}`,
  });
}, "buddy_messages");

// ------------------------------------------------------------------ stories
// A learner's story waiting for a yes is told to the coordinators of the school; the
// author hears when it is published. (The words of a story never go in a push.)
onRecordAfterCreateSuccess((e) => {
  e.next();
  if (e.record.getString("status") !== "pending") return;
  require(`${__hooks}/lib/network-events.js`).tellCoordinatorsOfStory(e.app, e.record);
}, "stories");

onRecordAfterUpdateSuccess((e) => {
  e.next();
  const r = e.record;
  const before = r.original().getString("status");
  const lib = require(`${__hooks}/lib/network-events.js`);
  if (r.getString("status") === "pending" && before !== "pending") lib.tellCoordinatorsOfStory(e.app, r);
  if (r.getString("status") === "published" && before !== "published" && (!e.auth || e.auth.id !== r.getString("author"))) {
    require(`${__hooks}/lib/notify.js`).notify(e.app, r.getString("author"), {
      title: "Din historie er udgivet",
      body: "Nu kan andre i fællesskabet læse den. Tak, fordi du delte den.",
      url: `/faellesskab/historier/${r.id}`,
      importance: "normal",
      tag: `historie-${r.id}`,
    });
  }
}, "stories");
