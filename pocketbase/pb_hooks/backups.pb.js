/// <reference path="../pb_data/types.d.ts" />
// Nightly backups (issue 16), with PocketBase's own backup feature: set at every boot from
// the environment, so a school's server is safe without anyone opening the dashboard.
// See lib/backups.js for the settings and docs/DRIFT.md for restoring.
onBootstrap((e) => {
  e.next();
  require(`${__hooks}/lib/backups.js`).applyBackupSettings(e.app);
});
