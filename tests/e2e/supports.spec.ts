// Hjælp (issue 7): the help library (offline, read aloud, search that forgives
// spelling), "Jeg har brug for hjælp" from learner to mentor and back, coordinators
// writing articles (sanitized, 5 MB pictures), dictation, the reading ruler, and axe
// on every help page at 320 and 1280 px.
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import {
	acrossPeople,
	demoLogin,
	expect,
	expectNoAxeViolations,
	loginWithPassword,
	readUser,
	serverInfo,
	signedIn,
	spoken,
	spyOnSpeech,
	storageStateOf,
	superuserToken,
	serviceWorkerControls,
	test,
	watchCsp,
	type Session
} from './helpers';

/** How many help articles the logged-in user's local database holds. */
function localArticleCount(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const dbs = await indexedDB.databases();
		const name = dbs.find((d) => d.name?.startsWith('sammen-'))?.name;
		if (!name) return 0;
		return new Promise<number>((resolve) => {
			const open = indexedDB.open(name);
			open.onerror = () => resolve(0);
			open.onsuccess = () => {
				const db = open.result;
				try {
					const count = db.transaction('help_articles').objectStore('help_articles').count();
					count.onsuccess = () => {
						resolve(count.result);
						db.close();
					};
				} catch {
					db.close();
					resolve(0);
				}
			};
		});
	});
}

async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
}


// ------------------------------------------------------------------ the library

test.describe('the help library', () => {
	test('search forgives spelling: "klæme" finds the article about paper "i klemme"', async ({ page }) => {
		await page.goto('/hjaelp');
		await expect(page.getByRole('heading', { name: 'Emner' })).toBeVisible();
		await page.getByRole('searchbox', { name: 'Søg i hjælpen' }).fill('klæme');
		const results = page.getByRole('list', { name: 'Søg i hjælpen' });
		await expect(results.getByRole('link', { name: /Print på skolen/ })).toBeVisible();
		await expect(page.getByText('Vi søgte også på: klemme.')).toBeVisible();
		// and the search is kept in the address
		await expect(page).toHaveURL(/\?q=kl%C3%A6me$/);

		await page.getByRole('searchbox', { name: 'Søg i hjælpen' }).fill('ordblin');
		await expect(results.getByRole('link', { name: /Ordblindetesten/ })).toBeVisible();
		await expect(results.getByRole('link', { name: /Hvad er SPS/ })).toBeVisible();

		await page.getByRole('searchbox', { name: 'Søg i hjælpen' }).fill('fodboldkamp');
		await expect(page.getByText('Vi fandt ikke noget.')).toBeVisible();
		// it says so plainly, offers words that do find something, and (logged out) where to ask
		await expect(page.getByRole('heading', { name: 'Ingen fund for «fodboldkamp»' })).toBeVisible();
		await expect(page.getByText('Log ind og skriv til din mentor.')).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'SU', exact: true }).click();
		await expect(page.getByRole('searchbox', { name: 'Søg i hjælpen' })).toHaveValue('SU');
		await expect(results.getByRole('link', { name: /SU, løn og støtte/ })).toBeVisible();
	});

	test('logged in, the library comes from the device and search works there too', async ({ browser }) => {
		const { context, page } = await signedIn(browser, 'learner');
		try {
			await page.goto('/hjaelp');
			await expect.poll(() => localArticleCount(page)).toBeGreaterThanOrEqual(20);
			await page.getByRole('searchbox', { name: 'Søg i hjælpen' }).fill('skaat')
			await expect(page.getByRole('list', { name: 'Søg i hjælpen' }).getByRole('link', { name: /lønseddel/ })).toBeVisible();
			// a learner is offered "Jeg har brug for hjælp" right here
			await expect(page.getByRole('main').getByRole('link', { name: 'Jeg har brug for hjælp' })).toBeVisible();
			// and, when the search finds nothing, their mentor
			await page.getByRole('searchbox', { name: 'Søg i hjælpen' }).fill('venner i fodbold')
			await expect(page.getByRole('heading', { name: 'Ingen fund for «venner i fodbold»' })).toBeVisible();
			await expect(page.getByRole('main').getByRole('link', { name: 'Skriv til din mentor' })).toHaveAttribute('href', '/beskeder');
		} finally {
			await context.close();
		}
	});

	test('a learner opens an article offline and has it read aloud', async ({ browser }) => {
		const { context, page } = await signedIn(browser, 'learner');
		try {
			await spyOnSpeech(page, { danishVoice: true });
			await page.goto('/hjaelp');
			await serviceWorkerControls(page);
			await expect.poll(() => localArticleCount(page)).toBeGreaterThanOrEqual(20);

			await goOffline(context);
			await page.goto('/hjaelp/tag-et-godt-billede');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag et godt billede af et papir');
			await expect(page.getByRole('listitem').filter({ hasText: 'Læg papiret fladt på et bord' })).toBeVisible();
			// the picture is one of the app's own files, kept by the service worker
			const picture = page.getByRole('img', { name: /En telefon lige over et papir/ });
			await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

			await page.getByRole('main').getByRole('button', { name: /^Læs op/ }).first().click();
			await expect.poll(() => spoken(page).then((said) => said.length)).toBeGreaterThan(0);
			const [first] = await spoken(page);
			expect(first).toEqual({ text: 'Et skarpt billede kan læses op og sendes videre.', lang: 'da-DK' });
		} finally {
			await context.close();
		}
	});

	test('before login, the login help opens offline after one visit', async ({ page, context }) => {
		await page.goto('/hjaelp');
		await serviceWorkerControls(page);
		// now the service worker sees the request for the public articles and keeps it
		await page.reload();
		await expect(page.getByRole('link', { name: 'Sådan logger du ind' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Emner' })).toBeVisible();

		await goOffline(context);
		await page.goto('/hjaelp/kan-ikke-logge-ind');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeg kan ikke logge ind i Sammen');
		await expect(page.getByText('Vælg Med kode på e-mail.')).toBeVisible();
	});

	test('the dictation button writes what is said into the search field', async ({ page }) => {
		// A stand-in for the browser's speech recognition that "hears" one phrase.
		await page.addInitScript(() => {
			class FakeRecognition {
				lang = '';
				continuous = false;
				interimResults = false;
				onresult: ((e: unknown) => void) | null = null;
				onend: (() => void) | null = null;
				onerror: ((e: unknown) => void) | null = null;
				start() {
					(window as unknown as { __dictationLang: string }).__dictationLang = this.lang;
					setTimeout(() => {
						const result = Object.assign([{ transcript: 'papir i klemme' }], { isFinal: true });
						this.onresult?.({ resultIndex: 0, results: [result] });
						this.onend?.();
					}, 50);
				}
				stop() {
					this.onend?.();
				}
				abort() {}
			}
			Object.defineProperty(window, 'webkitSpeechRecognition', { value: FakeRecognition, configurable: true });
			Object.defineProperty(window, 'SpeechRecognition', { value: FakeRecognition, configurable: true });
		});
		await page.goto('/hjaelp');
		await expect(page.getByRole('heading', { name: 'Emner' })).toBeVisible();
		await page.getByRole('button', { name: /^Indtal/ }).click();
		await expect(page.getByRole('searchbox', { name: 'Søg i hjælpen' })).toHaveValue('papir i klemme');
		expect(await page.evaluate(() => (window as unknown as { __dictationLang: string }).__dictationLang)).toBe('da-DK');
		await expect(page.getByRole('list', { name: 'Søg i hjælpen' }).getByRole('link', { name: /Print på skolen/ })).toBeVisible();
	});

	test('without speech recognition, a field says to use the phone keyboard’s microphone', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'webkitSpeechRecognition', { value: undefined, configurable: true });
			Object.defineProperty(window, 'SpeechRecognition', { value: undefined, configurable: true });
		});
		await page.goto('/hjaelp');
		await expect(page.getByRole('heading', { name: 'Emner' })).toBeVisible();
		await expect(page.getByText('Brug mikrofonen på telefonens tastatur.')).toBeVisible();
		await expect(page.getByRole('button', { name: /^Indtal/ })).toHaveCount(0);
		// the hint is part of the field's description
		await expect(page.getByRole('searchbox', { name: 'Søg i hjælpen' })).toHaveAccessibleDescription(/Brug mikrofonen/);
	});
});

// ------------------------------------------------------------------ help requests

type Made = { id: string; email: string; password: string; name: string };

async function makeUser(request: APIRequestContext, token: string, role: string, name: string, school: string): Promise<Made> {
	const id = randomUUID().slice(0, 8);
	const user = { email: `e2e-${role}-${id}@sammen.test`, password: `e2e-password-${id}`, name };
	const res = await request.post('/api/collections/users/records', {
		headers: { Authorization: token },
		data: { ...user, passwordConfirm: user.password, role, school }
	});
	expect(res.ok(), await res.text()).toBe(true);
	return { ...user, id: ((await res.json()) as { id: string }).id };
}

async function demoSchool(request: APIRequestContext, token: string): Promise<string> {
	const found = await request.get('/api/collections/users/records', {
		headers: { Authorization: token },
		params: { filter: `email = "${demoLogin('learner').email}"`, fields: 'school' }
	});
	return ((await found.json()) as { items: { school: string }[] }).items[0]?.school ?? '';
}

test('a help request goes from the learner to the mentor and back, solved', async ({ browser, request }) => {
	test.slow(); // two people, each logging in through the page
	const token = await superuserToken(request);
	const headers = { Authorization: token };
	const school = await demoSchool(request, token);
	const learner = await makeUser(request, token, 'learner', 'Tine Test', school);
	const mentor = await makeUser(request, token, 'mentor', 'Mads Test', school);
	const pair = await request.post('/api/collections/mentorships/records', {
		headers,
		data: { learner: learner.id, mentor: mentor.id, school, start: '2026-01-05 00:00:00.000Z' }
	});
	expect(pair.ok(), await pair.text()).toBe(true);
	const mentorshipId = ((await pair.json()) as { id: string }).id;

	const sessions: Session[] = [];
	const as = async (login: Made) => {
		const session = await signedIn(browser, login);
		sessions.push(session);
		return session.page;
	};
	try {
		// The learner asks.
		const asking = await as(learner);
		await asking.getByRole('link', { name: 'Jeg har brug for hjælp' }).click();
		await expect(asking.getByRole('heading', { level: 1 })).toHaveText('Jeg har brug for hjælp');

		// nothing chosen: clear errors, nothing sent
		await asking.getByRole('button', { name: 'Send til min mentor' }).click();
		await expect(asking.getByText('Vælg, hvad det handler om.')).toBeVisible();
		await expect(asking.getByText('Skriv eller indtal, hvad du har brug for hjælp til.')).toBeVisible();

		await asking.getByRole('radio', { name: /Tal og regning/ }).check();
		await asking.getByRole('textbox', { name: 'Hvad har du brug for hjælp til?' }).fill('Jeg forstår ikke procent i lønopgaven.');
		await asking.getByRole('button', { name: 'Send til min mentor' }).click();
		await expect(asking.getByText('Sendt. Din mentor får besked.')).toBeVisible();
		const mine = asking.locator('li.request').filter({ hasText: 'Jeg forstår ikke procent i lønopgaven.' });
		await expect(mine).toContainText('Sendt');
		await expect(asking.getByText('Alt er sendt')).toBeVisible();

		const stored = await request.get('/api/collections/help_requests/records', {
			headers,
			params: { filter: `learner = "${learner.id}"` }
		});
		const [created] = ((await stored.json()) as { items: { id: string; status: string; area: string }[] }).items;
		expect(created).toMatchObject({ status: 'open', area: 'tal' });

		// The mentor sees it, takes it, and solves it with an answer.
		const helping = await as(mentor);
		await helping.getByRole('link', { name: 'Hjælp til elever' }).click();
		const card = helping.locator('li.request').filter({ hasText: 'Jeg forstår ikke procent i lønopgaven.' });
		await expect(card.getByRole('heading', { name: 'Fra Tine Test' })).toBeVisible(acrossPeople);
		await card.getByRole('button', { name: 'Jeg tager den' }).click();
		await expect(helping.getByText('Gemt. Eleven får besked.')).toBeVisible();
		await expect.poll(async () => (await readRequest(request, token, created?.id ?? '')).status, acrossPeople).toBe('in_progress');

		// the learner sees that the mentor is on it
		await asking.reload();
		await expect(mine).toContainText('Mads Test hjælper dig.');

		const inProgress = helping.locator('li.request').filter({ hasText: 'Jeg forstår ikke procent i lønopgaven.' });
		await inProgress.getByRole('textbox', { name: 'Svar til eleven' }).fill('Vi regner den sammen på torsdag.');
		await inProgress.getByRole('button', { name: 'Marker som løst' }).click();
		await expect
			.poll(async () => readRequest(request, token, created?.id ?? ''), acrossPeople)
			.toMatchObject({ status: 'solved', reply: 'Vi regner den sammen på torsdag.', helper: mentor.id });

		// Back with the learner: solved, with the answer.
		await asking.reload();
		await asking.getByText('1 løst').click();
		await expect(asking.getByText('Svar fra Mads Test:')).toBeVisible();
		await expect(asking.getByText('Vi regner den sammen på torsdag.')).toBeVisible();

		// the learner was told on each step
		const notes = await request.get('/api/collections/notifications/records', {
			headers,
			params: { filter: `user = "${learner.id}" && tag = "help-${created?.id}"` }
		});
		expect(((await notes.json()) as { totalItems: number }).totalItems).toBe(2);
	} finally {
		for (const { context } of sessions) await context.close();
		await request.delete(`/api/collections/mentorships/records/${mentorshipId}`, { headers });
		for (const u of [learner, mentor]) await request.delete(`/api/collections/users/records/${u.id}`, { headers });
	}
});

async function readRequest(request: APIRequestContext, token: string, id: string) {
	const res = await request.get(`/api/collections/help_requests/records/${id}`, { headers: { Authorization: token } });
	return (await res.json()) as Record<string, unknown>;
}

// ------------------------------------------------------------------ coordinators write

/** A PNG of the given size in bytes (a real 1×1 picture, padded after its end). */
function png(size: number): Buffer {
	const pixel = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
		'base64'
	);
	return Buffer.concat([pixel, Buffer.alloc(Math.max(0, size - pixel.length))]);
}

test.describe('coordinators write articles', () => {
	test.use({ storageState: storageStateOf('coordinator') });

	test('write with preview, scripts are cleaned, pictures over 5 MB are refused, publish and delete', async ({
		page,
		request
	}) => {
		const title = `Prøvetekst ${randomUUID().slice(0, 6)}`;
		const cspReports = watchCsp(page);
		let alerted = false;
		page.on('dialog', (dialog) => {
			alerted = true;
			void dialog.dismiss();
		});

		await page.goto('/admin/artikler');
		await page.getByRole('link', { name: 'Ny tekst' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny hjælpetekst');
		// nothing filled in: clear errors
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page.getByText('Skal udfyldes.').first()).toBeVisible();

		await page.getByRole('textbox', { name: 'Titel' }).fill(title);
		await page.getByRole('combobox', { name: 'Emne' }).selectOption('it');
		const body = page.getByRole('textbox', { name: 'Tekst', exact: true });
		await body.fill(
			'# Sådan gør du\n\n1. Tryk på knappen.\n2. Vent lidt.\n\n<script>alert(1)</script><img src="/x.png" onerror="alert(2)"> [klik](javascript:alert(3))'
		);
		// the preview shows the steps, and nothing that runs
		const preview = page.getByRole('region', { name: 'Sådan ser det ud' });
		await expect(preview.getByRole('heading', { name: 'Sådan gør du' })).toBeVisible();
		await expect(preview.getByRole('listitem')).toHaveCount(2);
		await expect(preview.locator('script, [onerror]')).toHaveCount(0);
		await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0);
		await expect(page.getByText(/^Lix \d+:/)).toBeVisible();
		await page.getByRole('button', { name: 'Gem' }).click();

		await expect(page).toHaveURL(/\/admin\/artikler\/[a-z0-9]+\?gemt=1$/);
		await expect(page.getByText('Gemt.')).toBeVisible();
		const id = new URL(page.url()).pathname.split('/').pop() ?? '';
		const token = await superuserToken(request);
		await expect.poll(async () => (await readArticle(request, token, id)).title).toBe(title);
		const stored = await readArticle(request, token, id);
		expect(stored.body).not.toMatch(/<script|onerror|javascript:/i);
		expect(stored.status).toBe('draft');

		// a picture over 5 MB is refused with a clear message, and nothing is sent
		const picker = page.getByLabel('Vælg et billede');
		await picker.setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: png(5 * 1024 * 1024 + 200_000) });
		await expect(page.getByRole('alert')).toHaveText('Billedet fylder 5,2 MB. Det må højst fylde 5 MB. Tag et mindre billede.');
		await expect(picker).toHaveAttribute('aria-invalid', 'true');

		// a small one is stored and can be put into the text
		await picker.setInputFiles({ name: 'knap.png', mimeType: 'image/png', buffer: png(2000) });
		const insert = page.getByRole('button', { name: 'Sæt ind i teksten' });
		await expect(insert).toBeVisible();
		await insert.click();
		await expect(body).toHaveValue(/!\[Beskriv billedet\]\(billede:knap_\w+\.png\)/);
		await expect(preview.getByRole('img', { name: 'Beskriv billedet' })).toBeVisible();

		await page.getByRole('radio', { name: /^Udgivet/ }).check();
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect.poll(async () => (await readArticle(request, token, id)).status).toBe('published');

		// everyone can read it now, also before login
		const slug = String((await readArticle(request, token, id)).slug);
		const anon = await page.context().browser()?.newContext();
		try {
			const reader = await anon!.newPage();
			await reader.goto(`/hjaelp/${slug}`);
			await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
			await expect(reader.getByRole('listitem').filter({ hasText: 'Tryk på knappen.' })).toBeVisible();
			await expect(reader.getByRole('img', { name: 'Beskriv billedet' })).toBeVisible();
		} finally {
			await anon?.close();
		}

		await page.getByRole('button', { name: 'Slet teksten' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Slet teksten' }).click();
		await expect(page.getByText('Teksten er slettet.')).toBeVisible();
		await expect.poll(async () => (await request.get(`/api/collections/help_articles/records/${id}`, { headers: { Authorization: token } })).status()).toBe(404);

		expect(alerted, 'no script ran').toBe(false);
		expect(cspReports(), 'CSP violations on the console').toEqual([]);
	});
});

async function readArticle(request: APIRequestContext, token: string, id: string) {
	const res = await request.get(`/api/collections/help_articles/records/${id}`, { headers: { Authorization: token } });
	return (await res.json()) as Record<string, unknown>;
}

// ------------------------------------------------------------------ the reading ruler

test('the reading ruler (3 lines) follows the pointer, is saved on the account, and goes off again', async ({
	page,
	request,
	tempUser
}) => {
	await loginWithPassword(page, tempUser);
	await page.getByRole('link', { name: 'Indstillinger' }).click();
	const ruler = page.getByTestId('reading-ruler');
	await expect(ruler).toHaveCount(0);

	await page.getByRole('radio', { name: '3 linjer' }).check();
	await expect(ruler).toHaveAttribute('data-lines', '3');
	await expect(page.locator('html')).toHaveAttribute('data-reading-ruler', '3');
	await expect.poll(async () => (await readUser(request, tempUser.id)).readingRuler).toBe('3');

	const top = () => ruler.evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--ruler-top')));
	await page.mouse.move(100, 200);
	const near200 = await top();
	await page.mouse.move(100, 500);
	await expect.poll(top).toBeGreaterThan(near200 + 200);
	// it never catches a click
	await expect(ruler).toHaveCSS('pointer-events', 'none');

	// and it is there on every page
	await page.getByRole('link', { name: 'Mit forløb' }).click();
	await expect(ruler).toHaveAttribute('data-lines', '3');

	await page.getByRole('link', { name: 'Indstillinger' }).click();
	await page.getByRole('radio', { name: 'Fra' }).check();
	await expect(ruler).toHaveCount(0);
	await expect.poll(async () => (await readUser(request, tempUser.id)).readingRuler).toBe('off');
});

// ------------------------------------------------------------------ axe on every help page

const itHelperLogin = () => ({ email: 'ole@sammen.test', password: serverInfo().logins[0]?.password ?? '' });

for (const width of [320, 1280]) {
	test.describe(`help pages at ${width} px pass axe`, () => {
		test.use({ viewport: { width, height: 800 } });

		async function check(page: Page, path: string, ready: (page: Page) => Promise<void>) {
			const cspReports = watchCsp(page);
			await page.goto(path);
			await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
			await ready(page);
			await expectNoAxeViolations(page);
			expect(cspReports(), 'CSP violations on the console').toEqual([]);
		}
		const topics = async (page: Page) => {
			await expect(page.getByRole('heading', { name: 'Emner' })).toBeVisible();
		};
		const article = async (page: Page) => {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brug lommeregneren på telefonen');
			await expect(page.getByRole('img').first()).toBeVisible();
		};

		test('logged out: the library, a search and an article', async ({ page }) => {
			await check(page, '/hjaelp', topics);
			await page.getByRole('searchbox', { name: 'Søg i hjælpen' }).fill('klæme');
			await expect(page.getByText('Vi søgte også på: klemme.')).toBeVisible();
			await expectNoAxeViolations(page);
			await check(page, '/hjaelp/brug-lommeregneren', article);
		});

		test.describe('as a learner', () => {
			test.use({ storageState: storageStateOf('learner') });
			test('the library, an article and "Jeg har brug for hjælp"', async ({ page }) => {
				await check(page, '/hjaelp', topics);
				await check(page, '/hjaelp/brug-lommeregneren', article);
				await check(page, '/hjaelp-til-mig', async (p) => {
					await expect(p.getByRole('heading', { name: 'Det har du spurgt om' })).toBeVisible();
					await expect(p.getByText('Jeg skal regne procent i en opgave om løn.')).toBeVisible();
				});
			});
		});

		test.describe('as a mentor', () => {
			test.use({ storageState: storageStateOf('mentor') });
			test('help for learners', async ({ page }) => {
				await check(page, '/hjaelp-til-elever', async (p) => {
					await expect(p.getByRole('heading', { name: /^Venter på hjælp/ })).toBeVisible();
					await expect(p.getByRole('heading', { name: 'Fra Sarah Nielsen' }).first()).toBeVisible();
				});
			});
		});

		test.describe('as a coordinator', () => {
			test.use({ storageState: storageStateOf('coordinator') });
			test('the article list, a new article and an existing one', async ({ page }) => {
				await check(page, '/admin/artikler', async (p) => {
					await expect(p.getByRole('link', { name: 'Brug lommeregneren på telefonen' })).toBeVisible();
				});
				await check(page, '/admin/artikler/ny', async (p) => {
					await expect(p.getByRole('textbox', { name: 'Titel' })).toBeVisible();
				});
				await page.goto('/admin/artikler');
				await page.getByRole('link', { name: 'Brug lommeregneren på telefonen' }).click();
				await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue('Brug lommeregneren på telefonen');
				await expect(page.getByRole('region', { name: 'Sådan ser det ud' }).getByRole('img').first()).toBeVisible();
				await expectNoAxeViolations(page);
			});
		});

		test('as the IT helper: their home is the IT questions', async ({ page }) => {
			await loginWithPassword(page, itHelperLogin());
			await expect(page).toHaveURL('/hjaelp-til-elever');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hjælp til elever');
			await expect(page.getByText('Jeg kan ikke komme på skolens Wi-Fi med min telefon.')).toBeVisible();
			// only IT questions: not Sarah's question about numbers
			await expect(page.getByText('Jeg skal regne procent i en opgave om løn.')).toHaveCount(0);
			await expectNoAxeViolations(page);
		});
	});
}
