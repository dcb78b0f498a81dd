/// <reference path="../pb_data/types.d.ts" />
// A school brings its people in (issue 16, points 1 and 2).
//
//   invitations  one per invitation mail: a one-time token (only its SHA-256 is kept),
//                when it runs out, when it was used. The link logs the person in once
//                (pb_hooks/people-admin.pb.js). The coordinator of the school may read
//                them ("invited on …"); only the hooks write them.
//   imports      one per class-list import: what it created and changed, so the last one
//                can be undone. Written only by the import route (pb_hooks/people-admin.pb.js),
//                read by the coordinators of the school.
//   users.otp    the login-code mail in plain Danish.
const R = require(`${__hooks}/lib/rules.js`);

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const schools = app.findCollectionByNameOrId("schools");

    users.otp.emailTemplate.subject = "Din kode til Sammen";
    users.otp.emailTemplate.body =
      "<p>Hej {RECORD:name}</p>" +
      "<p>Din kode til Sammen er: <strong>{OTP}</strong></p>" +
      "<p>Skriv koden i Sammen. Den virker i 10 minutter.</p>" +
      "<p>Har du ikke bedt om en kode? Så kan du bare slette denne mail.</p>";
    app.save(users);

    const invitations = new Collection({
      type: "base",
      name: "invitations",
      fields: [
        { type: "relation", name: "user", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "relation", name: "invitedBy", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "tokenHash", required: true, hidden: true, max: 64 },
        { type: "date", name: "expiresAt", required: true },
        { type: "date", name: "usedAt" },
        // after the link is used, the person may choose a password once, within an hour
        { type: "date", name: "passwordUntil" },
        { type: "autodate", name: "created", onCreate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_invitations_token ON invitations (tokenHash)",
        "CREATE INDEX idx_invitations_user ON invitations (user)",
      ],
    });
    invitations.listRule = invitations.viewRule = R.coordinatorOf("school");
    invitations.createRule = invitations.updateRule = invitations.deleteRule = null;
    app.save(invitations);

    const imports = new Collection({
      type: "base",
      name: "imports",
      fields: [
        { type: "relation", name: "school", required: true, maxSelect: 1, collectionId: schools.id },
        { type: "relation", name: "by", maxSelect: 1, collectionId: users.id },
        { type: "text", name: "fileName", max: 200 },
        // { users: [ids created], classes: [ids created], classMembers: [ids], mentorships:
        //   [ids created], ended: [mentorship ids ended], changed: [{ id, before: {…} }] }
        { type: "json", name: "changes", maxSize: 20 * 1024 * 1024 },
        { type: "number", name: "created", min: 0, onlyInt: true },
        { type: "number", name: "updated", min: 0, onlyInt: true },
        { type: "number", name: "unchanged", min: 0, onlyInt: true },
        { type: "date", name: "undoneAt" },
        { type: "autodate", name: "createdAt", onCreate: true },
        { type: "autodate", name: "updatedAt", onCreate: true, onUpdate: true },
      ],
      indexes: ["CREATE INDEX idx_imports_school ON imports (school, createdAt)"],
    });
    imports.listRule = imports.viewRule = R.coordinatorOf("school");
    imports.createRule = imports.updateRule = imports.deleteRule = null;
    app.save(imports);
  },
  (app) => {
    for (const name of ["imports", "invitations"]) {
      try {
        app.delete(app.findCollectionByNameOrId(name));
      } catch (_) {
        // already gone
      }
    }
    const users = app.findCollectionByNameOrId("users");
    users.otp.emailTemplate.subject = "OTP for {APP_NAME}";
    users.otp.emailTemplate.body =
      "<p>Hello,</p><p>Your one-time password is: <strong>{OTP}</strong></p><p>If you didn't ask for the one-time password, you can ignore this email.</p><p>Thanks,<br/>{APP_NAME} team</p>";
    app.save(users);
  },
);
