/// <reference path="../pb_data/types.d.ts" />
// Fællesskab (issue 14), safety: what 1763840000_network.js left for later.
//
//   reports  + target "stories" and its `story`: a published story can be reported like a
//            post or a person (the coordinators of the story's school decide; the hook
//            sets school and subject). The other kinds now say `story = ""`.
//   posts    a reply only to a visible post (a hidden one is gone for the members), and
//            never to the post of someone who blocked me (the rule, checked before any
//            hook; the refusal says no more, as only the blocker knows of a block).
//
// Posting limits for new members and "someone who leaves the school leaves its groups"
// are hooks (pb_hooks/network.pb.js), with their rule once in the kernel (domain/network.ts).

const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IN_NETWORK, notInBody } = R;

const SERVER_FIELDS = ["decision", "pauseDays", "decisionNote", "decidedBy", "decidedAt", "group", "school", "subject"];
const AS_ME_OPEN = `${SIGNED_IN} && ${IN_NETWORK} && @request.body.reporter = ${ME} && @request.body.status = "open"`;
const POST_OR_PROFILE = `((target = "posts" && post != "" && profile = "" && ${R.memberOfGroup("post.group")}) || (target = "network_profiles" && profile != "" && post = ""))`;
// the first migration's rule, kept for the way back
const OLD_CREATE = [AS_ME_OPEN, notInBody(SERVER_FIELDS), POST_OR_PROFILE].join(" && ");

// A reply: only to a visible post, never to someone who blocked me.
const REPLY_RULE = ` && (@request.body.parent:isset = false || @request.body.parent = "" || (parent.status = "visible" && parent.author.blocks_via_blocker.blocked != ${ME}))`;

migrate(
  (app) => {
    const reports = app.findCollectionByNameOrId("reports");
    const stories = app.findCollectionByNameOrId("stories");
    const target = reports.fields.getByName("target");
    target.values = ["posts", "network_profiles", "stories"];
    reports.fields.add(new RelationField({ name: "story", maxSelect: 1, collectionId: stories.id, cascadeDelete: true }));
    reports.indexes = [
      ...reports.indexes,
      "CREATE UNIQUE INDEX idx_reports_story_reporter ON reports (story, reporter) WHERE story != ''",
    ];
    reports.createRule = [
      AS_ME_OPEN,
      notInBody(SERVER_FIELDS),
      `((${POST_OR_PROFILE} && story = "") || (target = "stories" && story != "" && post = "" && profile = "" && story.status = "published"))`,
    ].join(" && ");
    // the update rule keeps the target fields unchanged: now the story too
    reports.updateRule = `${reports.updateRule} && @request.body.story:changed = false`;
    app.save(reports);

    const posts = app.findCollectionByNameOrId("posts");
    // added to whatever the rule is now (later migrations may have changed it)
    posts.createRule = `${posts.createRule}${REPLY_RULE}`;
    app.save(posts);
  },
  (app) => {
    const reports = app.findCollectionByNameOrId("reports");
    reports.createRule = OLD_CREATE;
    reports.updateRule = reports.updateRule.replace(" && @request.body.story:changed = false", "");
    reports.indexes = reports.indexes.filter((i) => i.indexOf("idx_reports_story_reporter") < 0);
    reports.fields.removeByName("story");
    reports.fields.getByName("target").values = ["posts", "network_profiles"];
    app.save(reports);
    const posts = app.findCollectionByNameOrId("posts");
    posts.createRule = posts.createRule.replace(REPLY_RULE, "");
    app.save(posts);
  },
);
