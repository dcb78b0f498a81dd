/// <reference path="../pb_data/types.d.ts" />
// GDPR (issue 16), see lib/privacy.js:
// - GET /api/sammen/my-data: everything about the signed-in person (read as superuser), for
//   "Mine data"; GET /api/sammen/my-data/files/{collection}/{record}/{name}: one of its files
//   (nothing outside the export). The browser puts both in a ZIP.
// - deletion_requests: coordinators hear of a new request; a confirmed one is carried out
//   at once (the person's data deleted or anonymised) and marked done.
// - the retention rule: every night, learners whose course ended more than
//   SAMMEN_RETENTION_MONTHS (default 12) months ago are anonymised (POST /api/sammen/retention
//   with a clock, for tests and operators).

routerAdd(
  "GET",
  "/api/sammen/my-data",
  (e) => {
    const lib = require(`${__hooks}/lib/privacy.js`);
    const kernel = require(`${__hooks}/lib/kernel.gen.js`);
    const data = lib.exportFor(e.app, e.auth.id);
    data.exportedAt = new Date().toISOString();
    data.retentionMonths = kernel.retentionMonths($os.getenv("SAMMEN_RETENTION_MONTHS"));
    return e.json(200, data);
  },
  $apis.requireAuth("users"),
);

routerAdd(
  "GET",
  "/api/sammen/my-data/files/{collection}/{record}/{name}",
  (e) => {
    const lib = require(`${__hooks}/lib/privacy.js`);
    const name = e.request.pathValue("name");
    const record = lib.fileInExport(e.app, e.auth.id, e.request.pathValue("collection"), e.request.pathValue("record"), name);
    if (!record) throw new NotFoundError("Filen findes ikke i dine data.");
    const fsys = e.app.newFilesystem();
    try {
      fsys.serve(e.response, e.request, record.baseFilesPath() + "/" + name, name);
    } finally {
      fsys.close();
    }
  },
  $apis.requireAuth("users"),
);

onRecordAfterCreateSuccess((e) => {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const coordinators = e.app.findRecordsByFilter("users", "school = {:s} && role = 'coordinator'", "", 0, 0, { s: e.record.getString("school") });
  for (const c of coordinators) {
    notify(e.app, c.id, {
      title: "Ønske om sletning",
      body: "En elev beder om at få sine data slettet. Se det under Administration.",
      url: "/admin/sletning",
      importance: "normal",
      tag: "sletning-" + e.record.id,
    });
  }
  e.next();
}, "deletion_requests");

onRecordUpdateRequest((e) => {
  const confirming = e.record.getString("status") === "confirmed" && e.record.original().getString("status") === "requested";
  if (confirming) {
    e.record.set("decidedBy", e.auth.id);
    e.record.set("decidedAt", new Date().toISOString().replace("T", " "));
  }
  e.next();
  if (confirming) {
    require(`${__hooks}/lib/privacy.js`).carryOut(e.app, e.app.findRecordById("deletion_requests", e.record.id));
  }
}, "deletion_requests");

cronAdd("sammen-retention", "30 3 * * *", () => {
  const lib = require(`${__hooks}/lib/privacy.js`);
  // a request confirmed but not finished (something failed) is tried again
  for (const r of $app.findRecordsByFilter("deletion_requests", "status = 'confirmed'", "", 0, 0)) lib.carryOut($app, r);
  lib.runRetention($app, Date.now());
});

routerAdd(
  "POST",
  "/api/sammen/retention",
  (e) => {
    const body = e.requestInfo().body || {};
    const now = body.now ? Date.parse(String(body.now)) : Date.now();
    return e.json(200, require(`${__hooks}/lib/privacy.js`).runRetention(e.app, now));
  },
  $apis.requireSuperuserAuth(),
);

// What the privacy page says, also before login: how many months this school keeps data.
routerAdd("GET", "/api/sammen/privacy", (e) => {
  const kernel = require(`${__hooks}/lib/kernel.gen.js`);
  return e.json(200, { retentionMonths: kernel.retentionMonths($os.getenv("SAMMEN_RETENTION_MONTHS")) });
});
