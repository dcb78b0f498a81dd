/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14): what the access rules in 1763840000_network.js cannot say.
// - A profile gets its school from the person, and a default name (first name + initial).
// - Joining the network puts you in your automatic groups (school, hold, uddannelse);
//   leaving it takes you out of every group.
// - A group's kind matches what it points at (a hold of its school …); its maker moderates it.
// - A post has words, a photo or a voice note; a reply answers a post, never a reply;
//   someone paused by a moderator cannot post until the date (said in Danish, with the date).
// - Reports: three different people (or one moderator) hide a post at once; a moderator's
//   decision acts (lib/network.js applyDecision), is logged and told to the author.
// (Handlers cannot see each other's variables, so each requires what it needs.)

// ------------------------------------------------------------------ network_profiles
onRecordCreateRequest((e) => {
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const r = e.record;
  const user = e.auth && !e.hasSuperuserAuth() ? e.auth : e.app.findRecordById("users", r.getString("user"));
  r.set("school", user.getString("school"));
  if (r.getString("displayName").trim() === "") r.set("displayName", kernel.networkDisplayName(user.getString("name")));
  if (!e.hasSuperuserAuth()) r.set("pausedUntil", "");
  e.next();
}, "network_profiles");

onRecordUpdateRequest((e) => {
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const r = e.record;
  if (r.getString("displayName").trim() === "") {
    const user = e.app.findRecordById("users", r.getString("user"));
    r.set("displayName", kernel.networkDisplayName(user.getString("name")));
  }
  e.next();
}, "network_profiles");

onRecordAfterCreateSuccess((e) => {
  e.next();
  const lib = require(`${__hooks}/lib/network.js`);
  const user = lib.findOrNull(e.app, "users", e.record.getString("user"));
  if (user) lib.joinAutomaticGroups(e.app, user);
}, "network_profiles");

onRecordAfterDeleteSuccess((e) => {
  e.next();
  require(`${__hooks}/lib/network.js`).leaveAllGroups(e.app, e.record.getString("user"));
}, "network_profiles");

// ------------------------------------------------------------------ groups
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/network.js`);
  const r = e.record;
  const kind = r.getString("kind");
  const school = r.getString("school");
  const klass = lib.findOrNull(e.app, "classes", r.getString("class"));
  const programme = lib.findOrNull(e.app, "programmes", r.getString("programme"));
  const wrong = (message) => {
    throw new BadRequestError(message, { kind: new ValidationError("validation_group_kind", message) });
  };
  if (kind === "class" && (!klass || klass.getString("school") !== school)) wrong("Vælg et hold på skolen.");
  if (kind === "programme" && (!programme || programme.getString("school") !== school)) wrong("Vælg en uddannelse på skolen.");
  if (kind === "school" && school === "") wrong("Vælg skolen.");
  if (kind !== "class" && r.getString("class") !== "") wrong("Kun en holdgruppe hører til et hold.");
  if (kind !== "programme" && r.getString("programme") !== "") wrong("Kun en uddannelsesgruppe hører til en uddannelse.");
  e.next();
}, "groups");

// The person who starts a group moderates it.
onRecordAfterCreateSuccess((e) => {
  e.next();
  const creator = e.record.getString("createdBy");
  if (creator) require(`${__hooks}/lib/network.js`).addMember(e.app, e.record.id, creator, "moderator");
}, "groups");

// ------------------------------------------------------------------ posts
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/network.js`);
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  const r = e.record;
  if (!e.hasSuperuserAuth()) {
    const profile = lib.profileOf(e.app, r.getString("author"));
    if (lib.isPaused(profile)) {
      const message = `Du er sat på pause. Du kan skrive igen ${lib.danishDay(profile.getString("pausedUntil"))}.`;
      throw new BadRequestError(message, { text: new ValidationError("validation_paused", message) });
    }
  }
  const parent = lib.findOrNull(e.app, "posts", r.getString("parent"));
  if (!e.hasSuperuserAuth()) {
    // new members write a few posts a day (the kernel's postingAllowance)
    const allowance = lib.postingAllowanceOf(e.app, r.getString("author"));
    if (allowance.limited && allowance.left <= 0) {
      const message = kernel.newMemberLimitMessage(allowance.nextAt);
      throw new BadRequestError(message, { text: new ValidationError("validation_new_member_limit", message) });
    }
  }
  if (parent && parent.getString("parent") !== "") {
    throw new BadRequestError("Du kan svare på et opslag, men ikke på et svar.", {
      parent: new ValidationError("validation_reply_depth", "Svar på selve opslaget."),
    });
  }
  const has = (name) => r.getUnsavedFiles(name).length > 0 || r.getString(name) !== "";
  const hasVoice = has("voice");
  if (r.getString("text").trim() === "" && !hasVoice && !has("photo")) {
    throw new BadRequestError("Skriv noget, eller vedhæft et billede eller en talebesked.", {
      text: new ValidationError("validation_required", "Skriv noget."),
    });
  }
  const seconds = r.getFloat("voiceSeconds");
  const maxSeconds = kernel.limits.posts.voiceSeconds.max;
  if (hasVoice && (seconds <= 0 || seconds > maxSeconds)) {
    throw new BadRequestError("En talebesked må højst vare 2 minutter.", {
      voiceSeconds: new ValidationError("validation_voice_length", "En talebesked må højst vare 2 minutter."),
    });
  }
  if (!hasVoice && seconds !== 0) r.set("voiceSeconds", 0);
  r.set("editedAt", "");
  r.set("hiddenReason", "");
  e.next();
}, "posts");

// A reply tells the post's author (one notification per post, replaced by the next), unless
// they muted the group. The words stay in the app: a lock screen shows only who answered.
onRecordAfterCreateSuccess((e) => {
  e.next();
  const r = e.record;
  if (r.getString("parent") === "" || r.getString("status") !== "visible") return;
  const lib = require(`${__hooks}/lib/network.js`);
  const { notify } = require(`${__hooks}/lib/notify.js`);
  try {
    const parent = lib.findOrNull(e.app, "posts", r.getString("parent"));
    const to = parent ? parent.getString("author") : "";
    if (!to || to === r.getString("author")) return;
    const member = lib.membership(e.app, r.getString("group"), to);
    if (!member || member.getBool("muted")) return;
    const profile = lib.profileOf(e.app, r.getString("author"));
    const name = profile ? profile.getString("displayName") : "";
    const english = (lib.findOrNull(e.app, "users", to) || { getString: () => "" }).getString("language") === "en";
    notify(e.app, to, {
      title: english ? `New reply from ${name || "someone"}` : `Nyt svar fra ${name || "en i fællesskabet"}`,
      body: english ? "Open Sammen to read it." : "Åbn Sammen for at læse det.",
      url: `/faellesskab/grupper/${r.getString("group")}`,
      importance: "normal",
      tag: `opslag-${parent.id}`,
    });
  } catch (err) {
    // a notification that cannot be made must not undo the reply
    e.app.logger().error("network: reply notification", "error", String(err));
  }
}, "posts");

onRecordUpdateRequest((e) => {
  const lib = require(`${__hooks}/lib/network.js`);
  const r = e.record;
  const old = r.original();
  if (r.getString("text") !== old.getString("text")) {
    if (r.getString("text").trim() === "" && r.getString("photo") === "" && r.getString("voice") === "") {
      throw new BadRequestError("Et opslag kan ikke være tomt. Slet det i stedet.", {
        text: new ValidationError("validation_required", "Skriv noget."),
      });
    }
    r.set("editedAt", new DateTime());
  } else {
    r.set("editedAt", old.get("editedAt"));
  }
  const status = r.getString("status");
  const changedStatus = status !== old.getString("status");
  if (changedStatus && status === "visible") r.set("hiddenReason", "");
  e.next();
  // A moderator's direct change of the status (not through a report): logged and told.
  if (changedStatus && e.auth && !e.hasSuperuserAuth()) {
    const decision = { visible: "restore", hidden: "hide", removed: "remove" }[status];
    const group = lib.findOrNull(e.app, "groups", r.getString("group"));
    lib.logDecision(e.app, {
      decision,
      group: r.getString("group"),
      post: r.id,
      subject: r.getString("author"),
      school: lib.schoolOfPost(e.app, r, group),
      actor: e.auth.id,
      note: r.getString("hiddenReason"),
    });
    lib.tellAuthor(e.app, r.getString("author"), decision === "restore" ? "keep" : decision, null, r.getString("group"));
  }
}, "posts");

// ------------------------------------------------------------------ reports
onRecordCreateRequest((e) => {
  const lib = require(`${__hooks}/lib/network.js`);
  const r = e.record;
  r.set("status", "open");
  if (r.getString("target") === "posts") {
    const post = lib.findOrNull(e.app, "posts", r.getString("post"));
    if (!post) throw new BadRequestError("Opslaget findes ikke længere.");
    if (post.getString("author") === r.getString("reporter")) {
      throw new BadRequestError("Du kan ikke anmelde dit eget opslag. Du kan slette det.");
    }
    const group = lib.findOrNull(e.app, "groups", post.getString("group"));
    r.set("group", post.getString("group"));
    r.set("school", lib.schoolOfPost(e.app, post, group));
    r.set("subject", post.getString("author"));
  } else if (r.getString("target") === "stories") {
    const story = lib.findOrNull(e.app, "stories", r.getString("story"));
    if (!story || story.getString("status") !== "published") throw new BadRequestError("Historien findes ikke længere.");
    if (story.getString("author") === r.getString("reporter")) throw new BadRequestError("Du kan ikke anmelde din egen historie.");
    r.set("group", "");
    r.set("school", story.getString("school"));
    r.set("subject", story.getString("author"));
  } else {
    const profile = lib.findOrNull(e.app, "network_profiles", r.getString("profile"));
    if (!profile) throw new BadRequestError("Personen er ikke længere med i fællesskabet.");
    if (profile.getString("user") === r.getString("reporter")) throw new BadRequestError("Du kan ikke anmelde dig selv.");
    r.set("group", "");
    r.set("school", profile.getString("school"));
    r.set("subject", profile.getString("user"));
  }
  try {
    e.next();
  } catch (err) {
    // the unique index: once per target and person
    if (String(err).indexOf("UNIQUE") >= 0 || String(err).indexOf("unique") >= 0) {
      throw new BadRequestError("Du har allerede anmeldt det. En moderator ser på det.");
    }
    throw err;
  }
}, "reports");

onRecordAfterCreateSuccess((e) => {
  e.next();
  const lib = require(`${__hooks}/lib/network.js`);
  if (e.record.getString("target") !== "posts") return;
  const reporter = lib.findOrNull(e.app, "users", e.record.getString("reporter"));
  lib.hideWhenReported(e.app, e.record, reporter);
}, "reports");

// A decision: its status, who and when are the server's; a pause needs its days.
onRecordUpdateRequest((e) => {
  const lib = require(`${__hooks}/lib/network.js`);
  const r = e.record;
  const decision = r.getString("decision");
  if (decision === "pause" && (r.getInt("pauseDays") < 1 || r.getInt("pauseDays") > 90)) {
    throw new BadRequestError("Skriv hvor mange dage pausen skal vare (1 til 90).", {
      pauseDays: new ValidationError("validation_pause_days", "Fra 1 til 90 dage."),
    });
  }
  if (decision !== "pause") r.set("pauseDays", 0);
  if (decision === "pause" && r.getString("target") !== "posts" && !lib.profileOf(e.app, r.getString("subject"))) {
    throw new BadRequestError("Personen er ikke længere med i fællesskabet.");
  }
  r.set("status", lib.STATUS_OF_DECISION[decision]);
  if (!e.hasSuperuserAuth()) r.set("decidedBy", e.auth.id);
  r.set("decidedAt", new DateTime());
  e.next();
  if (e.auth && !e.hasSuperuserAuth()) lib.applyDecision(e.app, r, e.auth);
}, "reports");

// ------------------------------------------------------------------ leaving the school
// Someone who leaves the school leaves its groups: when a person's school changes, they
// leave the old school's groups (automatic and the school's own; open groups across
// schools stay) and join the new school's automatic ones; when they are deactivated, they
// leave every group (and stay out of the network's automatic groups). Their devices drop that content: the member row's delete reaches
// them, and the sync engine then sweeps the group's records (sync/schema.ts sweepOnLoss).
// In the same transaction as the change (onRecordUpdate, not after it): never a moved
// person left behind in their old school's groups.
onRecordUpdate((e) => {
  const r = e.record;
  const old = r.original();
  const oldSchool = old.getString("school");
  const movedSchool = r.getString("school") !== oldSchool;
  const deactivated = r.getBool("deactivated") && !old.getBool("deactivated");
  e.next();
  if (!movedSchool && !deactivated) return;
  require(`${__hooks}/lib/network.js`).leaveSchool(e.app, r, oldSchool, deactivated);
}, "users");
