/// <reference path="../pb_data/types.d.ts" />
// Import a class list (issue 16): the app reads the file and sends its rows; here they are
// checked again (the kernel's rules), shown as a preview (dryRun), and stored per request
// in one transaction: rows with problems are never stored, the others are whole. Requests
// of one import share an `imports` record (importId), which undo reads. Only the school's
// coordinator, only their own school.

routerAdd(
  "POST",
  "/api/sammen/import",
  (e) => {
    const admin = require(`${__hooks}/lib/people-admin.js`);
    const importer = require(`${__hooks}/lib/import.js`);
    const coordinator = admin.requireCoordinator(e);
    const schoolId = coordinator.getString("school");
    const body = e.requestInfo().body || {};
    const rows = Array.isArray(body.rows) ? body.rows : [];
    // (inside the handler: a hook file's top-level names do not reach its handlers)
    const MAX_ROWS = 10000;
    if (rows.length > MAX_ROWS) throw new BadRequestError(`Højst ${MAX_ROWS} rækker ad gangen.`);

    const school = importer.loadSchool(e.app, schoolId, rows);
    const planned = importer.planRows(e.app, school, rows);
    const report = (p) => ({ line: p.row.line, email: p.row.email, action: p.action, parts: p.parts, problems: p.problems });
    if (body.dryRun) return e.json(200, { rows: planned.map(report) });

    let importRecord = null;
    let created = [];
    e.app.runInTransaction((txApp) => {
      if (body.importId) {
        try {
          importRecord = txApp.findRecordById("imports", String(body.importId));
        } catch (_) {
          importRecord = null;
        }
        if (!importRecord || importRecord.getString("school") !== schoolId || importRecord.getString("undoneAt")) {
          throw new BadRequestError("Importen findes ikke mere. Start forfra.");
        }
      } else {
        importRecord = new Record(txApp.findCollectionByNameOrId("imports"));
        importRecord.set("school", schoolId);
        importRecord.set("by", coordinator.id);
        importRecord.set("fileName", String(body.fileName || "").slice(0, 200));
        importRecord.set("changes", {});
        importRecord.set("created", 0);
        importRecord.set("updated", 0);
        importRecord.set("unchanged", 0);
      }
      const done = importer.applyPlan(txApp, school, planned);
      importRecord.set("changes", importer.mergeChanges(importer.storedChanges(importRecord), done.changes));
      importRecord.set("created", importRecord.getInt("created") + done.counts.created);
      importRecord.set("updated", importRecord.getInt("updated") + done.counts.updated);
      importRecord.set("unchanged", importRecord.getInt("unchanged") + done.counts.unchanged);
      txApp.save(importRecord);
      created = done.changes.users;
    });

    // New learners get their invitation; a mail that fails does not undo the import
    // (the coordinator can invite again from Personer).
    let invited = 0;
    let notInvited = 0;
    if (body.invite !== false) {
      for (const id of created) {
        try {
          admin.sendInvitation(e.app, e.app.findRecordById("users", id), coordinator.id);
          invited++;
        } catch (err) {
          notInvited++;
          e.app.logger().warn("invitation mail failed", "user", id, "error", String(err));
        }
      }
    }
    return e.json(200, {
      importId: importRecord.id,
      created: planned.filter((p) => p.action === "create").length,
      updated: planned.filter((p) => p.action === "update").length,
      unchanged: planned.filter((p) => p.action === "unchanged").length,
      skipped: planned.filter((p) => p.action === "skip").map(report),
      invited,
      notInvited,
    });
  },
  $apis.requireAuth("users"),
);

// Undo the school's last import (only the last, and only once).
routerAdd(
  "POST",
  "/api/sammen/import/{id}/undo",
  (e) => {
    const admin = require(`${__hooks}/lib/people-admin.js`);
    const importer = require(`${__hooks}/lib/import.js`);
    const coordinator = admin.requireCoordinator(e);
    const schoolId = coordinator.getString("school");
    let record;
    try {
      record = e.app.findRecordById("imports", e.request.pathValue("id"));
    } catch (_) {
      throw new NotFoundError("Vi kan ikke finde importen.");
    }
    if (record.getString("school") !== schoolId) throw new NotFoundError("Vi kan ikke finde importen.");
    if (record.getString("undoneAt")) throw new BadRequestError("Importen er allerede fortrudt.");
    const last = e.app.findRecordsByFilter("imports", "school = {:s} && undoneAt = ''", "-createdAt", 1, 0, { s: schoolId });
    if (!last.length || last[0].id !== record.id) {
      throw new BadRequestError("Kun den seneste import kan fortrydes.");
    }
    try {
      e.app.runInTransaction((txApp) => importer.undoImport(txApp, record));
    } catch (err) {
      e.app.logger().error("undo of import failed", "import", record.id, "error", String(err));
      throw new BadRequestError("Importen kunne ikke fortrydes. Prøv igen, eller ret personerne under Personer.");
    }
    return e.json(200, { undone: record.id });
  },
  $apis.requireAuth("users"),
);
