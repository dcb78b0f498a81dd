// Shared code of pb_hooks/people-admin.pb.js: invitations, deactivation, and the coordinator
// check for the admin routes. Load with require(`${__hooks}/lib/people-admin.js`).

const kernel = require(`${__hooks}/lib/kernel.gen.js`);

const INVITATION_DAYS = 14;
const PASSWORD_MINUTES = 60;

/** The signed-in coordinator of the request, or a 403 in plain Danish. */
function requireCoordinator(e) {
  const auth = e.auth;
  if (!auth || auth.collection().name !== "users" || auth.getString("role") !== "coordinator" || auth.getBool("deactivated")) {
    throw new ForbiddenError("Det er kun skolens koordinator, der kan det.");
  }
  return auth;
}

/** A user of the coordinator's own school, or a 404 (another school's people do not exist for them). */
function personOfMySchool(app, coordinator, id) {
  let person;
  try {
    person = app.findRecordById("users", id);
  } catch (_) {
    throw new NotFoundError("Vi kan ikke finde personen.");
  }
  if (person.getString("school") !== coordinator.getString("school")) throw new NotFoundError("Vi kan ikke finde personen.");
  return person;
}

function appURL(app) {
  return (app.settings().meta.appURL || "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * Makes a new invitation for `person` (earlier unused ones stop working) and mails the link.
 * Only the token's hash is stored; the token itself travels only in the mail.
 */
function sendInvitation(app, person, invitedById) {
  if (person.getBool("deactivated")) throw new BadRequestError("Personen er lukket. Åbn adgangen igen først.");
  const now = new Date();
  const old = app.findRecordsByFilter("invitations", "user = {:user} && usedAt = ''", "", 0, 0, { user: person.id });
  for (const o of old) {
    o.set("expiresAt", kernel.pbDate(now));
    app.save(o);
  }
  const token = $security.randomString(48);
  const invitation = new Record(app.findCollectionByNameOrId("invitations"));
  invitation.set("user", person.id);
  invitation.set("school", person.getString("school"));
  invitation.set("invitedBy", invitedById || "");
  invitation.set("tokenHash", $security.sha256(token));
  invitation.set("expiresAt", kernel.pbDate(new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000)));
  app.save(invitation);

  const link = `${appURL(app)}/velkommen?t=${token}`;
  const name = kernel.firstName(person.getString("name")) || "";
  const meta = app.settings().meta;
  const message = new MailerMessage({
    from: { address: meta.senderAddress || "sammen@sammen.local", name: meta.senderName || "Sammen" },
    to: [{ address: person.email(), name: person.getString("name") }],
    subject: "Du er inviteret til Sammen",
    html:
      `<p>Hej ${escapeHtml(name)}</p>` +
      `<p>Din skole har givet dig adgang til Sammen. Tryk på linket for at komme ind:</p>` +
      `<p><a href="${link}">${link}</a></p>` +
      `<p>Linket virker én gang og i ${INVITATION_DAYS} dage. Bagefter vælger du, hvordan du vil logge ind næste gang.</p>`,
    text:
      `Hej ${name}\n\nDin skole har givet dig adgang til Sammen. Åbn linket for at komme ind:\n\n${link}\n\n` +
      `Linket virker én gang og i ${INVITATION_DAYS} dage. Bagefter vælger du, hvordan du vil logge ind næste gang.\n`,
  });
  app.newMailClient().send(message);
  return invitation;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** The unused, unexpired invitation with this token, or a 400 in plain Danish. */
function invitationByToken(app, token) {
  const bad = () => new BadRequestError("Linket virker ikke mere. Bed din koordinator om en ny invitation.");
  if (!token || typeof token !== "string" || token.length < 20) throw bad();
  let invitation;
  try {
    invitation = app.findFirstRecordByData("invitations", "tokenHash", $security.sha256(token));
  } catch (_) {
    throw bad();
  }
  if (invitation.getString("usedAt")) throw bad();
  if (new Date(invitation.getString("expiresAt").replace(" ", "T")).getTime() <= Date.now()) throw bad();
  return invitation;
}

/** Marks the invitation used, and opens the one-hour window to choose a password. */
function useInvitation(app, invitation) {
  const now = Date.now();
  invitation.set("usedAt", kernel.pbDate(new Date(now)));
  invitation.set("passwordUntil", kernel.pbDate(new Date(now + PASSWORD_MINUTES * 60 * 1000)));
  app.save(invitation);
}

/**
 * What deactivating does besides the flag: existing logins stop working (a new token key)
 * and the person's current mentorships end now, as a learner and as a mentor. Their
 * history (plans, messages, past mentorships) stays.
 */
function endCurrentMentorships(app, userId, now) {
  const stamp = kernel.pbDate(now);
  const rows = app.findRecordsByFilter(
    "mentorships",
    "(learner = {:id} || mentor = {:id}) && (end = '' || end > {:now})",
    "",
    0,
    0,
    { id: userId, now: stamp },
  );
  for (const m of rows) {
    m.set("end", stamp);
    app.save(m);
  }
  return rows.length;
}

module.exports = {
  requireCoordinator,
  personOfMySchool,
  sendInvitation,
  invitationByToken,
  useInvitation,
  endCurrentMentorships,
};
