// The mails PocketBase sent in this test run, through the local SMTP server that
// global-setup starts (scripts/lib/mail.mjs). A test notes `mailMark()` before it acts,
// then waits for the mail that came after.
import { readFileSync, statSync } from 'node:fs';
import { inject } from 'vitest';
import { codeIn, linkIn, type Mail } from '../../scripts/lib/mail.mjs';

export { codeIn, linkIn, type Mail };

/** Where the mail file ends now: only mails after this mark count. */
export function mailMark(): number {
	return statSync(inject('mailFile')).size;
}

function mailsSince(mark: number): Mail[] {
	return readFileSync(inject('mailFile'))
		.subarray(mark)
		.toString('utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Mail);
}

/** The mails to `email` after `mark`, oldest first (no waiting). */
export function mailsTo(email: string, mark = 0): Mail[] {
	return mailsSince(mark).filter((m) => m.to.includes(email.toLowerCase()));
}

/** Waits (up to 30 s) for a mail to `email` after `mark` and returns the newest. */
export async function lastMailTo(email: string, mark = 0, match: (mail: Mail) => boolean = () => true): Promise<Mail> {
	for (let waited = 0; waited < 30_000; waited += 50) {
		const mail = mailsTo(email, mark).filter(match).at(-1);
		if (mail) return mail;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`No mail to ${email} arrived`);
}
