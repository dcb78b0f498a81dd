/// <reference path="../pb_data/types.d.ts" />
// Fællesskab at the size of a big lærlingeklub (issue 14; tests/bench/network.bench.test.ts:
// one group of 2,000 members and 50,000 posts). The list rules of 1763840000_network.js
// said "I am a member (or moderator) of the record's group" from the group's side
// (group.group_members_via_group.user ?= me): PocketBase joins every member row of the
// group to every record, and inside the rule's OR SQLite cannot narrow that join by
// "= me". A device's first pull page of posts joined 50,000 × 2,000 rows (seconds); the
// feed's first page 30 × 2,000. Said from my side (my few member rows: myGroup,
// myModeratedGroup in lib/rules.js) the same rules join a handful of rows per record.
// Same readers, same records (tests/api/network.rules.test.ts); only the SQL changes.
// Create and update rules check one record and stay as they were.

const R = require(`${__hooks}/lib/rules.js`);
const { ME, SIGNED_IN, IN_NETWORK } = R;

migrate(
  (app) => {
    // as 1763840000_network.js, with the member and moderator checks from my side
    const posts = app.findCollectionByNameOrId("posts");
    const postReaders = `${SIGNED_IN} && (author = ${ME} || ${R.myModeratedGroup("group")} || (${IN_NETWORK} && ${R.myGroup("group")} && status = "visible" && author.blocks_via_blocked.blocker != ${ME}) || (${R.coordinatorOfGroup("group")} && status != "removed"))`;
    posts.listRule = postReaders;
    posts.viewRule = postReaders;
    app.save(posts);

    const reactions = app.findCollectionByNameOrId("post_reactions");
    reactions.listRule = `${SIGNED_IN} && ${IN_NETWORK} && ${R.myGroup("post.group")}`;
    reactions.viewRule = reactions.listRule;
    app.save(reactions);

    const members = app.findCollectionByNameOrId("group_members");
    members.listRule = `${SIGNED_IN} && (user = ${ME} || (${IN_NETWORK} && ${R.myGroup("group")}) || ${R.coordinatorOfGroup("group")})`;
    members.viewRule = members.listRule;
    app.save(members);
  },
  (app) => {
    // the rules of 1763840000_network.js
    const posts = app.findCollectionByNameOrId("posts");
    const postReaders = `${SIGNED_IN} && (author = ${ME} || ${R.moderatorOfGroup("group")} || (${IN_NETWORK} && ${R.memberOfGroup("group")} && status = "visible" && author.blocks_via_blocked.blocker != ${ME}) || (${R.coordinatorOfGroup("group")} && status != "removed"))`;
    posts.listRule = postReaders;
    posts.viewRule = postReaders;
    app.save(posts);

    const reactions = app.findCollectionByNameOrId("post_reactions");
    reactions.listRule = `${SIGNED_IN} && ${IN_NETWORK} && ${R.memberOfGroup("post.group")}`;
    reactions.viewRule = reactions.listRule;
    app.save(reactions);

    const members = app.findCollectionByNameOrId("group_members");
    members.listRule = `${SIGNED_IN} && (user = ${ME} || (${IN_NETWORK} && ${R.memberOfGroup("group")}) || ${R.coordinatorOfGroup("group")})`;
    members.viewRule = members.listRule;
    app.save(members);
  },
);
