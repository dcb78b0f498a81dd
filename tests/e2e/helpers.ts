// Shared steps of the browser tests: logging in as a person would, reading the
// one-time code PocketBase "mailed", checking a page with axe, and making a
// throwaway user for tests that change someone's settings.
import AxeBuilder from '@axe-core/playwright';
import {
	expect,
	test as base,
	type APIRequestContext,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeIn, linkIn, type Mail } from '../../scripts/lib/mail.mjs';

export type Role = 'learner' | 'mentor' | 'teacher' | 'coordinator';
export type Login = { role: Role; label?: string; email: string; password: string };

/** What serve.mjs shares with the tests, one folder per port (see playwright.config.ts). */
export const stateDir = join(import.meta.dirname, '..', '.state', process.env.E2E_PORT ?? '4310');
/** Every mail PocketBase sent through the local SMTP server, one JSON line each. */
const mailLog = join(stateDir, 'mail.jsonl');

type ServerInfo = {
	url: string;
	superuser: { email: string; password: string };
	logins: Login[];
	/** Certificate and key the push worker trusts, for a stand-in push service. */
	pushCert: string;
	pushKey: string;
	/** The one loopback port the push hook and worker allow (SAMMEN_TEST_PUSH_ORIGIN). */
	pushPort: number;
};

/** What tests/e2e/serve.mjs wrote when it started: the demo logins and the superuser. */
export function serverInfo(): ServerInfo {
	return JSON.parse(readFileSync(join(stateDir, 'server.json'), 'utf8')) as ServerInfo;
}

/** The demo login of a role (from scripts/demo-data.mjs, through serve.mjs). */
export function demoLogin(role: Role): Login {
	const login = serverInfo().logins.find((l) => l.role === role);
	if (!login) throw new Error(`no demo login for ${role}`);
	return login;
}

export const roles: Role[] = ['learner', 'mentor', 'teacher', 'coordinator'];

/** Where each role lands after login, and the heading it sees there. */
export const homes: Record<Role, { path: string; heading: string | RegExp; navLabel: string }> = {
	learner: { path: '/hjem', heading: 'Hej Sarah', navLabel: 'Mit forløb' },
	mentor: { path: '/i-dag', heading: 'I dag', navLabel: 'I dag' },
	teacher: { path: '/hold', heading: 'Mine hold', navLabel: 'Mine hold' },
	coordinator: { path: '/admin', heading: 'Administration', navLabel: 'Administration' }
};

/** A saved, logged-in browser state per demo role (made by auth.setup.ts). */
export const storageStateOf = (role: Role) => join(stateDir, `auth-${role}.json`);

// ------------------------------------------------------------------ waiting on a busy machine

/**
 * For a step that waits on what ANOTHER person (or the server) did: realtime, the
 * outbox, a push. On a loaded 2-core machine these take longer than one page's own
 * work, so they get a generous budget of their own; the condition is still real.
 */
export const acrossPeople = { timeout: 30_000 };

/** Logging in builds the app shell and the first sync; under load that takes a while. */
const loginTimeout = { timeout: 30_000 };

// ------------------------------------------------------------------ logging in

export const emailField = (page: Page) => page.getByLabel('E-mail', { exact: true });

/** Logs in on /log-ind with e-mail and password, as a person would. Waits for the home page. */
export async function loginWithPassword(page: Page, login: Pick<Login, 'email' | 'password'>) {
	await page.goto('/log-ind');
	await emailField(page).fill(login.email);
	await page.getByLabel('Adgangskode', { exact: true }).fill(login.password);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page).not.toHaveURL(/\/log-ind/, loginTimeout);
}

/** On /log-ind: chooses "Med kode på e-mail", types the e-mail and asks for a code. */
export async function askForCode(page: Page, email: string) {
	await page.goto('/log-ind');
	await page.getByRole('radio', { name: 'Med kode på e-mail' }).check();
	await emailField(page).fill(email);
	await page.getByRole('button', { name: 'Send mig en kode' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Vi har sendt en kode' })).toBeVisible();
}

/** The mails PocketBase sent to this e-mail, oldest first. */
export function mailsTo(email: string): Mail[] {
	return readFileSync(mailLog, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Mail)
		.filter((mail) => mail.to.includes(email.toLowerCase()));
}

/** The one-time codes mailed to this e-mail, oldest first. */
function codesFor(email: string): string[] {
	return mailsTo(email)
		.map((mail) => codeIn(mail))
		.filter((code) => code !== '');
}

/** Waits for the invitation mail to this e-mail and returns its link. */
export async function invitationLinkFor(email: string): Promise<string> {
	let link = '';
	await expect
		.poll(
			() => {
				const mail = mailsTo(email).filter((m) => m.subject === 'Du er inviteret til Sammen').at(-1);
				link = mail ? linkIn(mail) : '';
				return link;
			},
			{ timeout: 30_000, message: `an invitation mail to ${email} in ${mailLog}` }
		)
		.toContain('/velkommen?t=');
	return link;
}

/**
 * Asks for a one-time code in the UI and returns the code that was "mailed":
 * the newest one mailed to this e-mail (tests/.state/<port>/mail.jsonl), polled for up to 30 s.
 */
export async function requestCode(page: Page, email: string): Promise<string> {
	const before = codesFor(email).length;
	await askForCode(page, email);
	let code = '';
	await expect
		.poll(
			() => {
				const codes = codesFor(email);
				code = codes.length > before ? (codes.at(-1) ?? '') : '';
				return code;
			},
			{ timeout: 30_000, message: `a one-time code for ${email} in ${mailLog}` }
		)
		.toMatch(/^\d{6}$/);
	return code;
}

/** Logs in with a one-time code, as a person would. Waits for the home page. */
export async function loginWithCode(page: Page, email: string) {
	const code = await requestCode(page, email);
	await page.getByLabel('Kode fra e-mailen').fill(code);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page).not.toHaveURL(/\/log-ind/, loginTimeout);
}

export type Session = { context: BrowserContext; page: Page };

/**
 * The one way a test opens a browser as someone (a new context, like another
 * device): a demo role starts from the session auth.setup.ts saved; any other
 * login (a throwaway user, another demo person) logs in on /log-ind as a person
 * would; null is a signed-out browser. The project's baseURL and locale apply.
 * Close it with `session.context.close()`.
 */
export async function signedIn(
	browser: Browser,
	who: Role | Pick<Login, 'email' | 'password'> | null,
	options: BrowserContextOptions = {}
): Promise<Session> {
	const { baseURL, locale } = test.info().project.use;
	const saved = typeof who === 'string' ? { storageState: storageStateOf(who) } : {};
	const context = await browser.newContext({ baseURL, locale, ...saved, ...options });
	const page = await context.newPage();
	if (who && typeof who === 'object') await loginWithPassword(page, who);
	return { context, page };
}

/** The PocketBase auth token the SDK keeps in localStorage, or null. */
export function storedToken(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const raw = localStorage.getItem('pocketbase_auth');
		if (!raw) return null;
		try {
			return (JSON.parse(raw) as { token?: string }).token || null;
		} catch {
			return null;
		}
	});
}

/** Waits until a page has finished loading its data ("Henter …" is gone). */
export async function settled(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText(/^(Henter|Loading) …$/)).toHaveCount(0);
}

// ------------------------------------------------------------------ accessibility

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolations(violations: AxeViolation[]): string {
	return violations
		.map((v) => {
			const nodes = v.nodes
				.map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
				.join('\n');
			return `• ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes}`;
		})
		.join('\n');
}

/**
 * Runs axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) and expects no violations. Two rules are
 * switched on explicitly: target size (2.5.8), and label in name (2.5.3), which axe
 * counts as experimental but matters to people who steer by voice.
 */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		// options() replaces all options, so it comes before withTags()
		.options({ rules: { 'target-size': { enabled: true }, 'label-content-name-mismatch': { enabled: true } } })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const report = describeViolations(results.violations);
	expect(results.violations.map((v) => v.id), `axe found violations on ${page.url()}:\n${report}`).toEqual([]);
}

// ------------------------------------------------------------------ throwaway users

export async function superuserToken(request: APIRequestContext): Promise<string> {
	const { superuser } = serverInfo();
	const res = await request.post('/api/collections/_superusers/auth-with-password', {
		data: { identity: superuser.email, password: superuser.password }
	});
	expect(res.ok(), await res.text()).toBe(true);
	return ((await res.json()) as { token: string }).token;
}

export type TempUser = Login & { id: string; name: string };

/** What a throwaway user may start with besides the basics, e.g. stored reading preferences. */
export type UserFields = Partial<{
	textSize: number;
	font: 'system' | 'atkinson' | 'opendyslexic';
	tint: 'white' | 'cream' | 'blue' | 'dark';
	language: 'da' | 'en';
}>;

/**
 * `tempUser`: a new learner in the demo school (made as superuser), deleted again
 * after the test. For tests that change a user's preferences or language, so the
 * demo users stay as seeded. `tempUserFields` (set with test.use) are stored on it.
 */
export const test = base.extend<{ tempUserFields: UserFields; tempUser: TempUser }>({
	tempUserFields: [{}, { option: true }],
	tempUser: async ({ request, tempUserFields }, use) => {
		const token = await superuserToken(request);
		const headers = { Authorization: token };
		const sarah = demoLogin('learner');
		const found = await request.get('/api/collections/users/records', {
			headers,
			params: { filter: `email = "${sarah.email}"`, fields: 'school' }
		});
		const school = ((await found.json()) as { items: { school: string }[] }).items[0]?.school;
		expect(school, 'the demo school').toBeTruthy();

		const id = randomUUID().slice(0, 8);
		const user = {
			role: 'learner' as const,
			email: `e2e-${id}@sammen.test`,
			password: `e2e-password-${id}`,
			name: 'Tove Test'
		};
		const created = await request.post('/api/collections/users/records', {
			headers,
			data: { ...tempUserFields, ...user, passwordConfirm: user.password, school }
		});
		expect(created.ok(), await created.text()).toBe(true);
		const record = (await created.json()) as { id: string };

		await use({ ...user, id: record.id });

		await request.delete(`/api/collections/users/records/${record.id}`, { headers });
	}
});

/** A user record as the superuser sees it now. */
export async function readUser(request: APIRequestContext, id: string): Promise<Record<string, unknown>> {
	const res = await request.get(`/api/collections/users/records/${id}`, {
		headers: { Authorization: await superuserToken(request) }
	});
	expect(res.ok(), await res.text()).toBe(true);
	return (await res.json()) as Record<string, unknown>;
}

// ------------------------------------------------------------------ content security policy

/**
 * Collects what Chromium reports on the console about the Content-Security-Policy
 * from now on; call the returned function for the messages so far.
 */
export function watchCsp(page: Page): () => string[] {
	const reports: string[] = [];
	page.on('console', (message) => {
		const text = message.text();
		if (/Content Security Policy|Content-Security-Policy/i.test(text)) reports.push(text);
	});
	return () => [...reports];
}

// ------------------------------------------------------------------ read aloud

/** What the page asked speechSynthesis.speak to say. */
export type Spoken = { text: string; lang: string };

declare global {
	interface Window {
		__spoken: Spoken[];
	}
}

/**
 * A spy on speechSynthesis.speak that records what it was asked to say (read it with
 * `spoken`). With `danishVoice`, the browser also gets a stand-in Danish voice, since
 * headless Chromium may have none.
 */
export async function spyOnSpeech(page: Page, { danishVoice = false } = {}) {
	await page.addInitScript((withVoice: boolean) => {
		if (withVoice) {
			const voice = { lang: 'da-DK', name: 'Test (dansk)', localService: true, default: true, voiceURI: 'test-da' };
			window.speechSynthesis.getVoices = () => [voice as unknown as SpeechSynthesisVoice];
			Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
				configurable: true,
				get() {
					return null;
				},
				set() {}
			});
		}
		window.__spoken = [];
		const synth = window.speechSynthesis;
		const speak = synth.speak.bind(synth);
		synth.speak = (utterance: SpeechSynthesisUtterance) => {
			window.__spoken.push({ text: utterance.text, lang: utterance.lang });
			speak(utterance);
		};
	}, danishVoice);
}

/** What was said so far (see spyOnSpeech). */
export const spoken = (page: Page): Promise<Spoken[]> => page.evaluate(() => window.__spoken);

/** Resolves once the service worker has installed and controls the page: from then on
 * the app shell and every route's code come from its cache, also without network. */
export async function serviceWorkerControls(page: Page) {
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

export { expect };
