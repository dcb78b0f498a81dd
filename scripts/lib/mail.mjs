// The local mail path: a small SMTP server on loopback that PocketBase sends its mail to
// (its own SMTP settings), exactly as it would to a school's real mail server. `npm start`
// prints each mail's code or link in the terminal; the test harnesses keep every mail in a
// file (one JSON line each) so tests can read "the last mail to an address".
import { appendFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** @typedef {{ to: string[], from: string, subject: string, text: string, html: string, at: string }} Mail */

/**
 * Starts an SMTP server on 127.0.0.1 (a free port). Every mail received is parsed and
 * handed to onMail. Nothing leaves this machine.
 * @param {{ onMail: (mail: Mail) => void, port?: number }} options
 */
export async function startMailServer({ onMail, port = 0 }) {
	const server = new SMTPServer({
		// loopback only, no TLS and no login: PocketBase's client then sends plainly
		authOptional: true,
		disabledCommands: ['AUTH', 'STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
					onMail({
						to,
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
						html: typeof parsed.html === 'string' ? parsed.html : '',
						at: new Date().toISOString()
					});
					callback();
				})
				.catch((error) => callback(error));
		}
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(undefined));
	});
	const address = server.server.address();
	const boundPort = typeof address === 'object' && address ? address.port : port;
	return {
		host: '127.0.0.1',
		port: boundPort,
		close: () => new Promise((done) => server.close(() => done(undefined)))
	};
}

/** Appends every mail to a JSON-lines file (the tests read it with lastMailTo). */
export function mailFileWriter(file) {
	return (/** @type {Mail} */ mail) => appendFileSync(file, JSON.stringify(mail) + '\n');
}

/**
 * Points PocketBase's mail settings at the local SMTP server, as a superuser. appURL is
 * where links in mails (the invitation) lead.
 * @param {{ pbUrl: string, superuser: { email: string, password: string }, smtpPort: number, appURL?: string }} o
 */
export async function useLocalMail({ pbUrl, superuser, smtpPort, appURL }) {
	const auth = await fetch(`${pbUrl}/api/collections/_superusers/auth-with-password`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ identity: superuser.email, password: superuser.password })
	});
	if (!auth.ok) throw new Error(`Could not log in to PocketBase as superuser (${auth.status}).`);
	const { token } = await auth.json();
	const meta = { senderName: 'Sammen', senderAddress: 'sammen@sammen.local', ...(appURL ? { appURL } : {}) };
	const res = await fetch(`${pbUrl}/api/settings`, {
		method: 'PATCH',
		headers: { 'content-type': 'application/json', authorization: token },
		body: JSON.stringify({
			meta,
			smtp: { enabled: true, host: '127.0.0.1', port: smtpPort, tls: false, authMethod: 'PLAIN', username: '', password: '', localName: '' }
		})
	});
	if (!res.ok) throw new Error(`Could not set PocketBase's mail settings (${res.status}): ${await res.text()}`);
}

/** The one-time code in a login-code mail, or ''. */
export function codeIn(/** @type {Pick<Mail, 'text'>} */ mail) {
	return /\b(\d{6})\b/.exec(mail.text)?.[1] ?? '';
}

/** The first link in a mail's text, or ''. */
export function linkIn(/** @type {Pick<Mail, 'text'>} */ mail) {
	return /https?:\/\/\S+/.exec(mail.text)?.[0]?.replace(/[).,\]>]+$/, '') ?? '';
}

/** A mail as the demo terminal shows it: short, with the code or the link. */
export function describeMail(/** @type {Mail} */ mail) {
	const to = mail.to.join(', ');
	const code = codeIn(mail);
	const link = linkIn(mail);
	if (code && !link) return `✉  engangskode for ${to}: ${code}`;
	if (link) return `✉  ${mail.subject} (til ${to}):\n     ${link}`;
	return `✉  mail til ${to}: "${mail.subject}"`;
}
