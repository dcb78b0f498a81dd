/// <reference path="../pb_data/types.d.ts" />
// The quarterly report (issue 16): GET /api/sammen/report?quarter=2026-3[&programme=<id>]
// for a coordinator: their own school's figures, computed here from the records by the
// kernel (quarterReport in src/lib/domain/quarter-report.ts). Everyone else: 403; a
// programme of another school: 404.
routerAdd(
  "GET",
  "/api/sammen/report",
  (e) => {
    const kernel = require(`${__hooks}/lib/kernel.gen.js`);
    const auth = e.auth;
    if (!auth || auth.collection().name !== "users" || auth.getString("role") !== "coordinator" || auth.getBool("deactivated")) {
      throw new ForbiddenError("Kun skolens koordinator kan se kvartalsrapporten.");
    }
    const info = e.requestInfo();
    const quarter = kernel.parseQuarter(String(info.query.quarter || ""));
    if (!quarter) throw new BadRequestError("Vælg et kvartal, fx 2026-3.");
    const school = auth.getString("school");
    const programme = String(info.query.programme || "");
    if (programme) {
      let p = null;
      try {
        p = e.app.findRecordById("programmes", programme);
      } catch (_) {}
      if (!p || p.getString("school") !== school) throw new NotFoundError("Uddannelsen findes ikke på din skole.");
    }
    const input = require(`${__hooks}/lib/report.js`).reportInput(e.app, quarter, school, programme);
    return e.json(200, kernel.quarterReport(input));
  },
  $apis.requireAuth("users"),
);
