// Backup settings from the environment (docs/DRIFT.md):
//   SAMMEN_BACKUP_CRON  when (cron, server time); default "0 2 * * *" (every night at 02:00); "off" turns it off
//   SAMMEN_BACKUP_KEEP  how many nightly backups to keep; default 14 (two weeks)
//   SAMMEN_BACKUP_S3_BUCKET, _REGION, _ENDPOINT, _ACCESS_KEY, _SECRET, _FORCE_PATH_STYLE:
//                       store backups in S3-compatible storage (all but FORCE_PATH_STYLE needed)
// These are set at every boot, so change them here (the environment), not in the dashboard;
// without S3 variables the dashboard's S3 settings are left as they are.
const DEFAULT_CRON = "0 2 * * *";
const DEFAULT_KEEP = 14;

function env(name) {
  return String($os.getenv(name) || "").trim();
}

function applyBackupSettings(app) {
  const settings = app.settings();
  const cron = env("SAMMEN_BACKUP_CRON");
  const keep = parseInt(env("SAMMEN_BACKUP_KEEP"), 10);
  settings.backups.cron = cron === "off" ? "" : cron || DEFAULT_CRON;
  settings.backups.cronMaxKeep = keep > 0 ? keep : DEFAULT_KEEP;
  const bucket = env("SAMMEN_BACKUP_S3_BUCKET");
  if (bucket) {
    settings.backups.s3.enabled = true;
    settings.backups.s3.bucket = bucket;
    settings.backups.s3.region = env("SAMMEN_BACKUP_S3_REGION");
    settings.backups.s3.endpoint = env("SAMMEN_BACKUP_S3_ENDPOINT");
    settings.backups.s3.accessKey = env("SAMMEN_BACKUP_S3_ACCESS_KEY");
    settings.backups.s3.secret = env("SAMMEN_BACKUP_S3_SECRET");
    settings.backups.s3.forcePathStyle = env("SAMMEN_BACKUP_S3_FORCE_PATH_STYLE") === "1";
  }
  app.save(settings);
}

module.exports = { applyBackupSettings, DEFAULT_CRON, DEFAULT_KEEP };
