/// <reference path="../pb_data/types.d.ts" />
// Devices keep what they pulled until a record changes (the pull fetches by `updated`).
// Flags pulled before issue 11 still carry on the device what their readers may no longer
// read: the old `comment` (words for the mentor) on a learner's device, `hiddenReason` on
// a teacher's. A new `updated` on every flag makes every device fetch each flag again as
// the server now answers it, and the pull replaces the local copy whole.

migrate(
  (app) => {
    app
      .db()
      .newQuery("UPDATE flags SET updated = {:now}")
      .bind({ now: new Date().toISOString().replace("T", " ") })
      .execute();
  },
  () => {
    // nothing to undo: a newer `updated` only makes devices fetch again
  },
);
