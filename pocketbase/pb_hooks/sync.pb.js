/// <reference path="../pb_data/types.d.ts" />
// Server side of the offline sync engine (src/lib/sync).

// A deleted record leaves a tombstone, so devices that were offline drop it too.
onRecordAfterDeleteSuccess((e) => {
  const skip = ["tombstones", "notifications", "push_subscriptions"];
  const name = e.record.collection().name;
  if (e.record.collection().system || skip.includes(name)) return e.next();
  const stones = e.app.findCollectionByNameOrId("tombstones");
  const stone = new Record(stones);
  stone.set("collection", name);
  stone.set("record", e.record.id);
  e.app.save(stone);
  e.next();
});

// "checked" collections: an edit made on an old version is refused with 409, so a
// newer edit by someone else is never silently overwritten. The client sends the
// `updated` of the version it edited as `_base`.
onRecordUpdateRequest((e) => {
  const base = e.requestInfo().body["_base"];
  if (base) {
    const current = e.record.original().getString("updated");
    if (current !== String(base)) {
      throw new ApiError(409, "En anden har ændret det imens. Vælg, hvad der skal gælde.", { updated: current });
    }
  }
  e.next();
});

// Tombstones are needed only until every device has synced; three months is plenty.
cronAdd("sammen-prune-tombstones", "30 3 * * *", () => {
  const { pbDate, DAY_MS } = require(`${__hooks}/lib/kernel.gen.js`);
  const cutoff = pbDate(Date.now() - 90 * DAY_MS);
  $app.db().newQuery("DELETE FROM tombstones WHERE created < {:cutoff}").bind({ cutoff }).execute();
});
