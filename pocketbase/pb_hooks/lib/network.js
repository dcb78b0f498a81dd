// Fællesskab (issue 14): what the network's hooks share. Load with
// require(`${__hooks}/lib/network.js`).

const kernel = require(`${__hooks}/lib/kernel.gen.js`);

/** How many different people must report a post before it is hidden until a moderator decides. */
const REPORTS_TO_HIDE = 3;

const MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

/** "12. december" in Copenhagen: for plain sentences (goja has no Intl). */
function danishDay(date) {
  const t = typeof date === "string" ? kernel.timeOf(date) : +date;
  const [, month, day] = kernel.copenhagenDay(t).split("-").map(Number);
  return `${day}. ${MONTHS[month - 1]}`;
}

function findOrNull(app, collection, id) {
  if (!id) return null;
  try {
    return app.findRecordById(collection, id);
  } catch (_) {
    return null;
  }
}

function firstOrNull(app, collection, filter, params) {
  try {
    return app.findFirstRecordByFilter(collection, filter, params);
  } catch (_) {
    return null;
  }
}

/** The user's network profile, or null. */
function profileOf(app, userId) {
  return firstOrNull(app, "network_profiles", "user = {:u}", { u: userId });
}

/** Whether the profile is paused now. */
function isPaused(profile, now) {
  const until = profile ? profile.getString("pausedUntil") : "";
  return until !== "" && kernel.timeOf(until) > +(now || new Date());
}

/** The member row of `userId` in `groupId`, or null. */
function membership(app, groupId, userId) {
  return firstOrNull(app, "group_members", "group = {:g} && user = {:u}", { g: groupId, u: userId });
}

/** A group moderator, or a coordinator of the group's school (any coordinator for a group of no school). */
function mayModerate(app, user, group) {
  if (!user || !group) return false;
  if (user.getString("role") === "coordinator") {
    const school = group.getString("school");
    if (school === "" || school === user.getString("school")) return true;
  }
  const row = membership(app, group.id, user.id);
  return !!row && row.getString("role") === "moderator";
}

/** Makes `userId` a member of `groupId` when they are not (hooks and seeds; no rule). */
function addMember(app, groupId, userId, role) {
  const existing = membership(app, groupId, userId);
  if (existing) {
    if (role === "moderator" && existing.getString("role") !== "moderator") {
      existing.set("role", "moderator");
      app.save(existing);
    }
    return existing;
  }
  const row = new Record(app.findCollectionByNameOrId("group_members"));
  row.set("group", groupId);
  row.set("user", userId);
  row.set("role", role || "member");
  row.set("muted", false);
  try {
    app.save(row);
  } catch (err) {
    // joined at the same moment from another request (the unique group + user)
    const winner = membership(app, groupId, userId);
    if (winner) return winner;
    throw err;
  }
  return row;
}

/** The automatic group with this key, made when missing. */
function automaticGroup(app, key, fields) {
  const existing = firstOrNull(app, "groups", "autoKey = {:k}", { k: key });
  if (existing) return existing;
  const group = new Record(app.findCollectionByNameOrId("groups"));
  for (const name of Object.keys(fields)) group.set(name, fields[name]);
  group.set("autoKey", key);
  group.set("status", "approved");
  try {
    app.save(group);
  } catch (err) {
    // two people of the same hold joining at the same moment: the unique key let one in
    const winner = firstOrNull(app, "groups", "autoKey = {:k}", { k: key });
    if (winner) return winner;
    throw err;
  }
  return group;
}

/**
 * The automatic groups a person belongs in: "Voksne elever på <skole>" for their school,
 * one per hold (class) they are in, and one per uddannelse of those holds at the school.
 * Made when missing; returns them.
 */
function automaticGroupsOf(app, user) {
  const out = [];
  const schoolId = user.getString("school");
  const school = findOrNull(app, "schools", schoolId);
  if (!school) return out;
  out.push(
    automaticGroup(app, `school:${schoolId}`, {
      name: `Voksne elever på ${school.getString("name")}`.slice(0, 80),
      description: "For alle voksne på skolen. Spørg, hjælp og fortæl, hvordan det går.",
      kind: "school",
      school: schoolId,
    }),
  );
  const rows = app.findRecordsByFilter("class_members", "user = {:u}", "", 0, 0, { u: user.id });
  for (const row of rows) {
    const klass = findOrNull(app, "classes", row.getString("class"));
    if (!klass || klass.getString("school") !== schoolId) continue;
    out.push(
      automaticGroup(app, `class:${klass.id}`, {
        name: `Holdet ${klass.getString("name")}`.slice(0, 80),
        description: "Kun for jer på holdet.",
        kind: "class",
        school: schoolId,
        class: klass.id,
      }),
    );
    const programme = findOrNull(app, "programmes", klass.getString("programme"));
    if (programme) {
      out.push(
        automaticGroup(app, `programme:${programme.id}`, {
          name: `${programme.getString("name")} på ${school.getString("name")}`.slice(0, 80),
          description: "For alle på uddannelsen her på skolen.",
          kind: "programme",
          school: schoolId,
          programme: programme.id,
        }),
      );
    }
  }
  return out;
}

/** Someone who joins the network starts in their automatic groups (they may leave them). */
function joinAutomaticGroups(app, user) {
  for (const group of automaticGroupsOf(app, user)) addMember(app, group.id, user.id, "member");
}

/** Someone who leaves the network leaves every group. */
function leaveAllGroups(app, userId) {
  for (const row of app.findRecordsByFilter("group_members", "user = {:u}", "", 0, 0, { u: userId })) app.delete(row);
}

/** The kernel's posting allowance for this author now (new members write a few posts a day). */
function postingAllowanceOf(app, userId) {
  const user = findOrNull(app, "users", userId);
  const profile = profileOf(app, userId);
  if (!user || !profile) return { limited: false, left: Infinity, nextAt: null };
  if (user.getString("role") !== "learner") return kernel.postingAllowance(user.getString("role"), profile.getString("created"), []);
  const since = kernel.pbDate(new Date(Date.now() - 24 * 60 * 60 * 1000));
  const rows = app.findRecordsByFilter("posts", "author = {:u} && created > {:since}", "", 0, 0, { u: userId, since });
  return kernel.postingAllowance("learner", profile.getString("created"), rows.map((p) => p.getString("created")));
}

/**
 * Someone who leaves the school leaves its groups (hooks only, in the change's
 * transaction): the groups of `oldSchool` (its automatic ones and its own); with
 * `everything` (deactivated) every group. A move joins the new school's automatic groups.
 */
function leaveSchool(app, user, oldSchool, everything) {
  for (const row of app.findRecordsByFilter("group_members", "user = {:u}", "", 0, 0, { u: user.id })) {
    const group = findOrNull(app, "groups", row.getString("group"));
    const ofOldSchool = !!group && group.getString("school") !== "" && group.getString("school") === oldSchool;
    if (everything || !group || ofOldSchool) app.delete(row);
  }
  const profile = profileOf(app, user.id);
  if (!profile) return;
  if (profile.getString("school") !== user.getString("school")) {
    profile.set("school", user.getString("school"));
    app.save(profile);
  }
  if (!everything && !user.getBool("deactivated")) joinAutomaticGroups(app, user);
}

/** Appends a row to the moderation log (hooks only). */
function logDecision(app, entry) {
  const row = new Record(app.findCollectionByNameOrId("moderation_log"));
  row.set("decision", entry.decision);
  row.set("group", entry.group || "");
  row.set("post", entry.post || "");
  row.set("report", entry.report || "");
  row.set("subject", entry.subject || "");
  row.set("school", entry.school || "");
  row.set("actor", entry.actor || "");
  row.set("note", String(entry.note || "").slice(0, 500));
  row.set("pausedUntil", entry.pausedUntil || "");
  app.save(row);
}

/** Whose school decides about a post: the group's, or (a group across schools) the author's. */
function schoolOfPost(app, post, group) {
  const school = group ? group.getString("school") : "";
  if (school) return school;
  const author = findOrNull(app, "users", post.getString("author"));
  return author ? author.getString("school") : "";
}

/** The report's status for a decision: warn hides the post, a pause removes it. */
const STATUS_OF_DECISION = { keep: "kept", hide: "hidden", remove: "removed", warn: "hidden", pause: "removed" };
const POST_STATUS_OF_DECISION = { keep: "visible", hide: "hidden", remove: "removed", warn: "hidden", pause: "removed" };

/** Why, in plain Danish, from the report's reason ("fordi det er uvenligt"). */
const WHY = {
  uvenligt: "Nogen syntes, det var uvenligt.",
  spam: "Nogen syntes, det var reklame eller spam.",
  private_oplysninger: "Der stod noget privat.",
  andet: "",
};

/**
 * Plain Danish for the person it is about, per decision and what was reported (a post,
 * the person, a story). The words of a post never go in a push; the moderator's note (the
 * why) and the report's reason do. Keeping a person or a story says nothing: they were
 * never told of the report.
 */
function authorMessage(decision, until, about, why) {
  const withWhy = (body) => (why ? `${why} ${body}` : body);
  if (about === "network_profiles") {
    switch (decision) {
      case "warn":
        return { title: "En advarsel fra fællesskabet", body: withWhy("Skriv venligt til de andre, ellers kan du blive sat på pause.") };
      case "pause":
        return { title: "Du er sat på pause", body: withWhy(`Du kan ikke skrive i fællesskabet før ${danishDay(until)}. Du kan stadig læse med.`) };
      case "hide":
      case "remove":
        return { title: "Dit navn og om mig er ændret", body: withWhy("En moderator har fjernet det, du skrev om dig selv.") };
      default:
        return null;
    }
  }
  if (about === "stories") {
    switch (decision) {
      case "keep":
        return null;
      case "pause":
        return { title: "Du er sat på pause", body: withWhy(`Din historie er taget ned. Du kan ikke skrive i fællesskabet før ${danishDay(until)}.`) };
      case "warn":
        return { title: "En advarsel fra fællesskabet", body: withWhy("Din historie er taget ned. Ret den, og send den igen.") };
      default:
        return { title: "Din historie er taget ned", body: withWhy("En moderator har taget den ned. Du kan rette den og sende den igen.") };
    }
  }
  switch (decision) {
    case "keep":
      return { title: "Dit opslag er synligt igen", body: "En moderator har set på det. Det er i orden." };
    case "hide":
      return { title: "Dit opslag er skjult", body: withWhy("En moderator har skjult det. Skriv gerne til en moderator, hvis du er uenig.") };
    case "remove":
      return { title: "Dit opslag er fjernet", body: withWhy("En moderator har fjernet det, fordi det bryder reglerne i fællesskabet.") };
    case "warn":
      return { title: "En advarsel fra fællesskabet", body: withWhy("Dit opslag er skjult. Skriv venligt til de andre, ellers kan du blive sat på pause.") };
    case "pause":
      return { title: "Du er sat på pause", body: withWhy(`Du kan ikke skrive i fællesskabet før ${danishDay(until)}. Du kan stadig læse med.`) };
    case "auto_hide":
      return { title: "Dit opslag er skjult lige nu", body: "Nogen har anmeldt det. En moderator ser på det snart." };
    default:
      return null;
  }
}

function tellAuthor(app, userId, decision, until, groupId, about, why) {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const message = authorMessage(decision, until, about || "posts", String(why || "").slice(0, 300));
  if (!message || !userId) return;
  notify(app, userId, {
    title: message.title,
    body: message.body,
    url: groupId ? `/faellesskab/grupper/${groupId}` : "/faellesskab",
    importance: "normal",
    tag: `faellesskab-${decision}-${userId}`,
  });
}

/** The why for the person: the moderator's note, else the report's reason. */
function whyOf(report) {
  return report.getString("decisionNote").trim() || WHY[report.getString("reason")] || "";
}

/** Sets a post's status (hooks only), with a reason when hidden or removed. */
function setPostStatus(app, post, status, reason) {
  if (post.getString("status") === status) return;
  post.set("status", status);
  post.set("hiddenReason", status === "visible" ? "" : String(reason || "").slice(0, 500));
  app.save(post);
}

/**
 * A new report: enough different people (REPORTS_TO_HIDE), or one moderator or
 * coordinator, hide the post at once, until a moderator decides.
 */
function hideWhenReported(app, report, reporter) {
  const post = findOrNull(app, "posts", report.getString("post"));
  if (!post || post.getString("status") !== "visible") return;
  const group = findOrNull(app, "groups", post.getString("group"));
  const reporters = app.findRecordsByFilter("reports", "post = {:p} && status = 'open'", "", 0, 0, { p: post.id });
  const distinct = {};
  for (const r of reporters) distinct[r.getString("reporter")] = true;
  const byModerator = mayModerate(app, reporter, group);
  if (!byModerator && Object.keys(distinct).length < REPORTS_TO_HIDE) return;
  setPostStatus(app, post, "hidden", byModerator ? "Anmeldt af en moderator" : "Anmeldt af flere");
  logDecision(app, {
    decision: "auto_hide",
    group: post.getString("group"),
    post: post.id,
    report: report.id,
    subject: post.getString("author"),
    school: report.getString("school"),
    actor: byModerator ? reporter.id : "",
    note: byModerator ? "Skjult ved anmeldelse fra en moderator" : `Skjult efter ${Object.keys(distinct).length} anmeldelser`,
  });
  tellAuthor(app, post.getString("author"), "auto_hide", null, post.getString("group"));
}

/**
 * A moderator's decision on a report (already saved with status, decidedBy, decidedAt):
 * the post gets its status, a pause its date, every other open report on the same
 * target the same decision, the log a row, and the author a plain-Danish notification.
 */
function applyDecision(app, report, actor) {
  const decision = report.getString("decision");
  const now = new Date();
  let until = "";
  const subject = report.getString("subject");
  if (decision === "pause") {
    const days = report.getInt("pauseDays");
    until = kernel.pbDate(new Date(+now + days * 24 * 60 * 60 * 1000));
    const profile = profileOf(app, subject);
    if (profile) {
      profile.set("pausedUntil", until);
      app.save(profile);
    }
  }
  const about = report.getString("target");
  const why = whyOf(report);
  const post = findOrNull(app, "posts", report.getString("post"));
  const story = findOrNull(app, "stories", report.getString("story"));
  if (post) {
    // the author reads the reason on their own post
    setPostStatus(app, post, POST_STATUS_OF_DECISION[decision], why || "Besluttet af en moderator");
  } else if (story) {
    // anything but keep takes the story down: back to the author as a draft
    if (decision !== "keep" && story.getString("status") === "published") {
      story.set("status", "draft");
      app.save(story);
    }
  } else if (decision === "hide" || decision === "remove") {
    // A profile cannot be hidden: its own words go, the name falls back to the default.
    const profile = findOrNull(app, "network_profiles", report.getString("profile"));
    const user = profile ? findOrNull(app, "users", profile.getString("user")) : null;
    if (profile) {
      profile.set("about", "");
      profile.set("displayName", kernel.networkDisplayName(user ? user.getString("name") : ""));
      app.save(profile);
    }
  }
  const target = post ? "post = {:t}" : story ? "story = {:t}" : "profile = {:t}";
  const others = app.findRecordsByFilter("reports", `${target} && status = 'open' && id != {:id}`, "", 0, 0, {
    t: post ? post.id : story ? story.id : report.getString("profile"),
    id: report.id,
  });
  for (const other of others) {
    other.set("decision", decision);
    other.set("status", report.getString("status"));
    other.set("decidedBy", actor.id);
    other.set("decidedAt", report.get("decidedAt"));
    other.set("decisionNote", report.getString("decisionNote"));
    app.save(other);
  }
  logDecision(app, {
    decision,
    group: report.getString("group"),
    post: post ? post.id : "",
    report: report.id,
    subject,
    school: report.getString("school"),
    actor: actor.id,
    note: report.getString("decisionNote"),
    pausedUntil: until,
  });
  tellAuthor(app, subject, decision, until, report.getString("group"), about, why);
}

module.exports = {
  REPORTS_TO_HIDE,
  STATUS_OF_DECISION,
  danishDay,
  findOrNull,
  profileOf,
  isPaused,
  membership,
  mayModerate,
  addMember,
  automaticGroupsOf,
  joinAutomaticGroups,
  leaveAllGroups,
  logDecision,
  schoolOfPost,
  setPostStatus,
  hideWhenReported,
  postingAllowanceOf,
  leaveSchool,
  applyDecision,
  tellAuthor,
};
