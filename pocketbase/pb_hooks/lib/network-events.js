// Fællesskab (issue 14), second slice: what the hooks of events, study buddies and their
// messages share. Load with require(`${__hooks}/lib/network-events.js`).

const kernel = require(`${__hooks}/lib/kernel.gen.js`);
const { notify } = require(`${__hooks}/lib/notify.js`);

/** The people who said kommer or måske to an event (their user ids). */
function comingTo(app, eventId) {
  return app
    .findRecordsByFilter("event_rsvps", "event = {:e} && (answer = 'kommer' || answer = 'maaske')", "", 0, 0, { e: eventId })
    .map((r) => r.getString("user"));
}

function eventFields(record) {
  return {
    startsAt: record.getString("startsAt"),
    endsAt: record.getString("endsAt"),
    place: record.getString("place"),
    cancelled: record.getBool("cancelled"),
  };
}

/**
 * An event's time or place moved, or it was cancelled: everyone coming hears it (not the
 * one who changed it). Through notify, so push levels and quiet hours hold.
 */
function tellAboutChange(app, before, after, actorId) {
  const change = kernel.eventChange(eventFields(before), eventFields(after));
  if (!change) return 0;
  const title = after.getString("title");
  const when = kernel.eventTimeText(after.getString("startsAt"));
  const place = after.getString("place");
  const message =
    change === "cancelled"
      ? { title: `Aflyst: ${title}`, body: after.getString("cancelReason") ? `Arrangementet er aflyst. ${after.getString("cancelReason")}` : "Arrangementet er aflyst." }
      : { title: `Nyt tidspunkt eller sted: ${title}`, body: place ? `Nu ${when}, ${place}.` : `Nu ${when}.` };
  let told = 0;
  for (const user of comingTo(app, after.id)) {
    if (user === actorId) continue;
    notify(app, user, { ...message, url: `/faellesskab/arrangementer#${after.id}`, importance: "important", tag: `arrangement-${after.id}` });
    told++;
  }
  return told;
}

/**
 * The day before (on Copenhagen's calendar): a reminder to everyone coming, once per event
 * (remindedAt). Returns how many were reminded. `now` lets tests move the clock.
 */
function runEventReminders(app, now) {
  const at = now || Date.now();
  const from = kernel.pbDate(at);
  const until = kernel.pbDate(at + 2 * kernel.DAY_MS);
  const events = app.findRecordsByFilter(
    "events",
    "cancelled = false && remindedAt = '' && startsAt > {:from} && startsAt < {:until}",
    "startsAt",
    0,
    0,
    { from, until },
  );
  let reminded = 0;
  for (const event of events) {
    if (!kernel.startsTomorrow(event.getString("startsAt"), at)) continue;
    const place = event.getString("place");
    for (const user of comingTo(app, event.id)) {
      notify(app, user, {
        title: `I morgen: ${event.getString("title")}`,
        body: `${kernel.eventTimeText(event.getString("startsAt"))}${place ? `, ${place}` : ""}. Vi glæder os til at se dig.`,
        url: `/faellesskab/arrangementer#${event.id}`,
        importance: "normal",
        tag: `arrangement-${event.id}`,
      });
      reminded++;
    }
    event.set("remindedAt", kernel.pbDate(at));
    app.save(event);
  }
  return reminded;
}

/** The pair between two people that is still open (proposed or accepted), either way round, or null. */
function openPairBetween(app, a, b) {
  try {
    return app.findFirstRecordByFilter(
      "buddies",
      "(status = 'proposed' || status = 'accepted') && ((from = {:a} && to = {:b}) || (from = {:b} && to = {:a}))",
      { a, b },
    );
  } catch (_) {
    return null;
  }
}

/** A block ends every open pair between the two, quietly (nobody is told why). */
function endPairsOnBlock(app, blocker, blocked) {
  let pair = openPairBetween(app, blocker, blocked);
  while (pair) {
    pair.set("status", "ended");
    app.save(pair);
    pair = openPairBetween(app, blocker, blocked);
  }
}

/** A story waits for a yes: the coordinators of its school hear it (not its words). */
function tellCoordinatorsOfStory(app, story) {
  const coordinators = app.findRecordsByFilter("users", "role = 'coordinator' && school = {:s}", "", 0, 0, { s: story.getString("school") });
  for (const c of coordinators) {
    notify(app, c.id, {
      title: "En historie venter på dit ja",
      body: "En elev har skrevet sin historie. Læs den, og sig ja, når den er klar.",
      url: `/faellesskab/historier/${story.id}`,
      importance: "normal",
      tag: `historie-${story.id}`,
    });
  }
}

module.exports = { comingTo, tellAboutChange, runEventReminders, openPairBetween, endPairsOnBlock, tellCoordinatorsOfStory };
