/// <reference path="../pb_data/types.d.ts" />
// People of a school (issue 16): deactivated people cannot log in by any method and are
// signed out; an invitation mail's link logs the person in once; the person then may
// choose a password. The class-list import lives in import.pb.js.

// ------------------------------------------------------------------ deactivated: no login
// Every way to log in (password, one-time code, OAuth2, refresh, the invitation link)
// ends in an auth response, and this hook stands before each.
onRecordAuthRequest((e) => {
  if (e.record && e.record.getBool("deactivated")) {
    const message = "Din adgang til Sammen er lukket. Spørg din koordinator, hvis det er en fejl.";
    throw new BadRequestError(message, { account: new ValidationError("sammen_account_closed", message) });
  }
  e.next();
}, "users");

// Deactivating signs the person out everywhere (a new token key makes old tokens invalid)
// and ends their current mentorships. Model hook: it holds for every path that saves.
onRecordUpdate((e) => {
  const was = e.record.original().getBool("deactivated");
  const now = e.record.getBool("deactivated");
  if (now && !was) e.record.refreshTokenKey();
  e.next();
  if (now && !was) {
    require(`${__hooks}/lib/people-admin.js`).endCurrentMentorships(e.app, e.record.id, new Date());
  }
}, "users");

// ------------------------------------------------------------------ invitations
routerAdd(
  "POST",
  "/api/sammen/people/{id}/invite",
  (e) => {
    const admin = require(`${__hooks}/lib/people-admin.js`);
    const coordinator = admin.requireCoordinator(e);
    const person = admin.personOfMySchool(e.app, coordinator, e.request.pathValue("id"));
    const invitation = admin.sendInvitation(e.app, person, coordinator.id);
    return e.json(200, { email: person.email(), expiresAt: invitation.getString("expiresAt") });
  },
  $apis.requireAuth("users"),
);

// The link in the mail: the token logs the person in, once.
routerAdd("POST", "/api/sammen/invitation/accept", (e) => {
  const admin = require(`${__hooks}/lib/people-admin.js`);
  const body = e.requestInfo().body || {};
  const invitation = admin.invitationByToken(e.app, body.token);
  const person = e.app.findRecordById("users", invitation.getString("user"));
  if (person.getBool("deactivated")) {
    throw new BadRequestError("Din adgang til Sammen er lukket. Spørg din koordinator, hvis det er en fejl.");
  }
  e.app.runInTransaction((txApp) => {
    admin.useInvitation(txApp, invitation);
    // the mail reached them: their address is verified
    if (!person.verified()) {
      person.setVerified(true);
      txApp.save(person);
    }
  });
  return $apis.recordAuthResponse(e, person, "invitation");
});

// Right after the link: the person may choose a password (once, within the hour), without
// an old one, which they never had. Otherwise they log in with a code by e-mail.
routerAdd(
  "POST",
  "/api/sammen/invitation/password",
  (e) => {
    const kernel = require(`${__hooks}/lib/kernel.gen.js`);
    const body = e.requestInfo().body || {};
    const password = typeof body.password === "string" ? body.password : "";
    if (password.length < 8) {
      throw new BadRequestError("Adgangskoden skal have mindst 8 tegn.", {
        password: new ValidationError("validation_min_text_constraint", "Adgangskoden skal have mindst 8 tegn."),
      });
    }
    if (password.length > 71) {
      throw new BadRequestError("Adgangskoden er for lang.", {
        password: new ValidationError("validation_max_text_constraint", "Adgangskoden er for lang."),
      });
    }
    const open = e.app.findRecordsByFilter(
      "invitations",
      "user = {:user} && usedAt != '' && passwordUntil > {:now}",
      "-usedAt",
      1,
      0,
      { user: e.auth.id, now: kernel.pbDate(new Date()) },
    );
    if (!open.length) throw new ForbiddenError("Du kan vælge adgangskode under Indstillinger.");
    e.app.runInTransaction((txApp) => {
      const person = txApp.findRecordById("users", e.auth.id);
      person.setPassword(password);
      txApp.save(person);
      open[0].set("passwordUntil", "");
      txApp.save(open[0]);
    });
    const person = e.app.findRecordById("users", e.auth.id);
    return $apis.recordAuthResponse(e, person, "password");
  },
  $apis.requireAuth("users"),
);
