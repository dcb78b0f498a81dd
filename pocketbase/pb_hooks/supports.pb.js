/// <reference path="../pb_data/types.d.ts" />
// Hjælp (issue 7): articles are cleaned on save; help requests get the learner's
// name and who took them, and notify the mentor / IT helper and the learner.
// Shared code: pb_hooks/lib/supports.js.

// ------------------------------------------------------------------ help_articles

onRecordCreateRequest((e) => {
  const { cleanMarkdown } = require(`${__hooks}/lib/supports.js`);
  e.record.set("body", cleanMarkdown(e.record.getString("body")));
  e.next();
}, "help_articles");

onRecordUpdateRequest((e) => {
  const { cleanMarkdown } = require(`${__hooks}/lib/supports.js`);
  e.record.set("body", cleanMarkdown(e.record.getString("body")));
  e.next();
}, "help_articles");

// ------------------------------------------------------------------ help_requests

// A request says what is needed, in words or as a recording.
onRecordCreateRequest((e) => {
  const text = e.record.getString("text").trim();
  const recording = e.record.get("recording");
  const hasRecording = recording !== null && recording !== undefined && String(recording) !== "";
  if (!text && !hasRecording) {
    throw new BadRequestError("Skriv eller indtal, hvad du har brug for hjælp til.", {
      text: new ValidationError("validation_required", "Skriv eller indtal, hvad du har brug for hjælp til."),
    });
  }
  e.record.set("text", text);
  // ("" for no such learner: the relation field refuses the request anyway)
  e.record.set("learnerName", require(`${__hooks}/lib/people.js`).nameOf(e.app, e.record.getString("learner")));
  e.next();
}, "help_requests");

// The mentor or IT helper who moves the status becomes the request's helper.
onRecordUpdateRequest((e) => {
  const status = e.record.getString("status");
  const before = e.record.original().getString("status");
  const byUser = e.auth && e.auth.collection().name === "users";
  if (byUser && e.auth.id !== e.record.getString("learner") && status !== before) {
    e.record.set("helper", e.auth.id);
    e.record.set("helperName", e.auth.getString("name"));
  }
  e.next();
}, "help_requests");

onRecordAfterCreateSuccess((e) => {
  const { AREA_WORDS, helpersFor } = require(`${__hooks}/lib/supports.js`);
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const r = e.record;
  const name = r.getString("learnerName") || "En elev";
  const area = AREA_WORDS[r.getString("area")] || "noget";
  for (const id of helpersFor(e.app, r)) {
    notify(e.app, id, { title: `${name} har brug for hjælp`, body: `Det handler om ${area}.`, url: "/hjaelp-til-elever", tag: `help-${r.id}` });
  }
  e.next();
}, "help_requests");

onRecordAfterUpdateSuccess((e) => {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const r = e.record;
  const status = r.getString("status");
  const before = r.original().getString("status");
  const helper = r.getString("helper");
  // Only news from a helper reaches the learner (not their own "det er løst").
  if (status !== before && helper && helper !== r.getString("learner") && status !== "open") {
    const who = r.getString("helperName") || "Din mentor";
    if (status === "in_progress") {
      notify(e.app, r.getString("learner"), { title: "Du får hjælp", body: `${who} er i gang med at hjælpe dig.`, url: "/hjaelp-til-mig", tag: `help-${r.id}` });
    } else if (status === "solved") {
      notify(e.app, r.getString("learner"), { title: "Din hjælp er klar", body: r.getString("reply") || `${who} har løst det.`, url: "/hjaelp-til-mig", tag: `help-${r.id}` });
    }
  }
  e.next();
}, "help_requests");
