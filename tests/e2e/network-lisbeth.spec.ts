// Fællesskab as Lisbeth (29, after a move and parental leave): she reads who sees what and
// joins, finds "Forældre under uddannelse" and a story about someone like her, posts with a
// photo while offline (waiting, then there exactly once: on the page and in PocketBase),
// gets a reply live, says "kommer" to an event and takes the .ics (parsed with ical.js:
// the title and the Copenhagen time). Also: a voice note on a post played at 1,5×,
// read-aloud on a post, an arranger moves and cancels an event, a learner invited to tell
// her story is told no with a reason and sends it again. axe at 320 and 1280 px.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import ICAL from 'ical.js';
import config from '../../playwright.config';
import { acrossPeople, demoLogin, expect, expectNoAxeViolations, serverInfo, settled, signedIn, spoken, spyOnSpeech, superuserToken, test } from './helpers';
import { holdPerson } from './person-lock';

// The fake microphone plays a beep; the args of playwright.config.ts stay.
const baseArgs = config.use?.launchOptions?.args ?? [];
test.use({
	launchOptions: { ...config.use?.launchOptions, args: [...baseArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] },
	permissions: ['microphone']
});

const GROUP = 'Forældre under uddannelse';
const EVENT = 'Fællesspisning for voksne elever';
const STORY = 'Efter barsel blev jeg elektriker';
const lisbeth = () => ({ email: 'lisbeth@sammen.test', password: serverInfo().logins[0]!.password });
/** A busy shared machine: the device's first sync can take a while. */
const slowly = { timeout: 60_000 };

type Item = Record<string, string>;
async function su(request: APIRequestContext) {
	return { Authorization: await superuserToken(request) };
}
async function list(request: APIRequestContext, collection: string, filter: string): Promise<Item[]> {
	const res = await request.get(`/api/collections/${collection}/records`, { headers: await su(request), params: { filter, perPage: '500' } });
	expect(res.ok(), await res.text()).toBe(true);
	return ((await res.json()) as { items: Item[] }).items;
}
async function create(request: APIRequestContext, collection: string, data: Record<string, unknown>): Promise<Item> {
	const res = await request.post(`/api/collections/${collection}/records`, { headers: await su(request), data });
	expect(res.ok(), await res.text()).toBe(true);
	return (await res.json()) as Item;
}
async function remove(request: APIRequestContext, collection: string, id: string) {
	await request.delete(`/api/collections/${collection}/records/${id}`, { headers: await su(request) });
}
async function userId(request: APIRequestContext, email: string): Promise<string> {
	const id = (await list(request, 'users', `email = "${email}"`))[0]?.id;
	expect(id, email).toBeTruthy();
	return id!;
}

/** Lisbeth out of the network again, with her posts and answers (the journey can run again on a kept server). */
async function resetLisbeth(request: APIRequestContext) {
	const id = await userId(request, 'lisbeth@sammen.test');
	for (const [collection, field] of [
		['posts', 'author'],
		['event_rsvps', 'user'],
		['network_profiles', 'user']
	] as const) {
		for (const r of await list(request, collection, `${field} = "${id}"`)) await remove(request, collection, r.id!);
	}
}

/** Everything the browser sends is refused, as without a network (as messages.spec.ts). */
async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
}
async function goOnline(context: BrowserContext) {
	await context.unroute('**/*');
	await context.setOffline(false);
}

async function axeAtBothWidths(page: Page) {
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await expectNoAxeViolations(page);
	}
}

/** A small real PNG (8×8, red), made by the browser. */
async function smallPng(page: Page): Promise<Buffer> {
	const base64 = await page.evaluate(() => {
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 8;
		const g = canvas.getContext('2d')!;
		g.fillStyle = '#c00';
		g.fillRect(0, 0, 8, 8);
		return canvas.toDataURL('image/png').split(',')[1]!;
	});
	return Buffer.from(base64, 'base64');
}

/** "17.00": a moment on Copenhagen's clock, as the app writes it. */
const copenhagenClock = (at: Date) =>
	new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' }).format(at).replace(':', '.');

test('Lisbeth joins, finds her group and a story like hers, posts offline with a photo, gets a reply live and takes an event to her calendar', async ({
	browser,
	request
}) => {
	test.setTimeout(6 * 60_000);
	// network.spec.ts resets her too
	const release = await holdPerson('lisbeth');
	await resetLisbeth(request);
	const lisbethId = await userId(request, 'lisbeth@sammen.test');
	const sarahId = await userId(request, demoLogin('learner').email);
	const { context, page } = await signedIn(browser, lisbeth());
	try {
		// Fællesskab is in the menu beside the page on a laptop, one click away
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/hjem');
		await settled(page);
		const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
		await menu.getByRole('link', { name: 'Fællesskab' }).click();

		// who sees what, then she opts in
		await expect(page.getByRole('heading', { name: 'Hvem ser hvad?' })).toBeVisible(slowly);
		await page.getByLabel('Om mig').fill('29, elektriker. Mor til to.');
		await page.getByRole('button', { name: 'Bliv en del af det' }).click();
		await expect(page.getByRole('heading', { name: 'Mine grupper' })).toBeVisible(acrossPeople);
		await page.getByRole('button', { name: new RegExp(`^Bliv medlem\\s?: ${GROUP}$`) }).click();
		const groupLink = page.getByRole('link', { name: GROUP, exact: true });
		await expect(groupLink).toBeVisible(acrossPeople);

		// a story about someone like her (the same trade and age)
		await page.goto('/faellesskab/historier');
		await expect(page.locator('li.story').first()).toBeVisible(slowly);
		await page.getByRole('button', { name: 'Vis historier om nogen som mig' }).click();
		const like = page.locator('li.story', { has: page.getByRole('heading', { name: STORY }) });
		await expect(like).toBeVisible();
		await expect(like.getByText(/Samme fag/)).toBeVisible();
		await like.getByRole('link', { name: 'Læs historien' }).click();
		await expect(page.getByRole('heading', { level: 1, name: STORY })).toBeVisible(slowly);
		await expect(page.getByRole('button', { name: /Læs op/ })).toBeVisible();

		// her group, then offline: a post with a photo waits on the device
		await page.goto('/faellesskab');
		await groupLink.click();
		await expect(page.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
		await expect(page.getByText('Hvordan klarer I det, når barnet er sygt i en skoleuge?')).toBeVisible(acrossPeople);
		const photo = await smallPng(page);
		const posted: string[] = [];
		page.on('request', (r) => {
			if (r.method() === 'POST' && r.url().includes('/api/collections/posts/records')) posted.push(r.url());
		});
		const text = `Første dag tilbage efter barsel. Nogen der vil læse sammen? ${Date.now()}`;
		await goOffline(context);
		await page.getByRole('textbox', { name: 'Skriv et opslag' }).fill(text);
		await page.locator('#new-post-photo').setInputFiles({ name: 'madpakker.png', mimeType: 'image/png', buffer: photo });
		await expect(page.getByText(/^madpakker\./)).toBeVisible();
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		const mine = page.getByRole('article').filter({ hasText: text });
		await expect(mine).toHaveCount(1);
		await expect(mine.getByText('Venter på at blive sendt')).toBeVisible();
		await expect(mine.getByRole('img', { name: /^Billede fra / })).toBeVisible();
		expect(await list(request, 'posts', `author = "${lisbethId}"`)).toHaveLength(0);

		// online again: sent once, there once
		await goOnline(context);
		await expect(mine.getByText('Venter på at blive sendt')).toHaveCount(0, acrossPeople);
		await expect(mine).toHaveCount(1);
		await expect.poll(async () => (await list(request, 'posts', `author = "${lisbethId}"`)).length, acrossPeople).toBe(1);
		const [stored] = await list(request, 'posts', `author = "${lisbethId}"`);
		expect(stored!.text).toBe(text);
		expect(stored!.photo).toBeTruthy();
		expect(posted).toHaveLength(1);
		await expect(mine.getByRole('img', { name: /^Billede fra / })).toBeVisible(acrossPeople);
		await axeAtBothWidths(page);

		// Sarah (a member) answers on her own device: it arrives without a reload
		const answer = `Ja! Jeg er i lektiecaféen tirsdag. ${Date.now()}`;
		await create(request, 'posts', { group: stored!.group, author: sarahId, parent: stored!.id, text: answer, status: 'visible' });
		await expect(page.getByRole('article').filter({ hasText: answer })).toHaveCount(1, acrossPeople);
		await expect(page.getByRole('article').filter({ hasText: answer })).toContainText('Sarah');
		await expect(page.getByRole('article').filter({ hasText: text })).toHaveCount(1);

		// "kommer" to the school's dinner, and the .ics in Copenhagen time
		await page.goto('/faellesskab/arrangementer');
		const card = page.locator('li.event', { has: page.getByRole('heading', { name: EVENT }) });
		await expect(card).toBeVisible(slowly);
		const coming = card.getByRole('button', { name: 'Jeg kommer', exact: true });
		await coming.click();
		await expect(coming).toHaveAttribute('aria-pressed', 'true');
		await expect(card.getByText('Dit svar bliver sendt, når du er på nettet.')).toHaveCount(0, slowly);
		await expect.poll(async () => (await list(request, 'event_rsvps', `user = "${lisbethId}"`)).map((a) => a.answer), acrossPeople).toEqual(['kommer']);
		await axeAtBothWidths(page);

		const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Føj til kalender' }).click()]);
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		const vevent = new ICAL.Component(ICAL.parse(await readFile((await download.path())!, 'utf8'))).getFirstSubcomponent('vevent')!;
		const event = new ICAL.Event(vevent);
		expect(event.summary).toBe(EVENT);
		const starts = event.startDate.toJSDate();
		const [server] = await list(request, 'events', `title = "${EVENT}"`);
		expect(starts.getTime()).toBe(Date.parse(server!.startsAt!.replace(' ', 'T')));
		// the same clock as the card shows (Danish time)
		await expect(card).toContainText(`kl. ${copenhagenClock(starts)}`);
	} finally {
		await context.close();
		await resetLisbeth(request);
		await release();
	}
});

test('a voice note on a post: waiting offline, then played at 1,5×; and read-aloud on a post', async ({ browser, request }) => {
	test.slow();
	const sarahId = await userId(request, demoLogin('learner').email);
	const { context, page } = await signedIn(browser, 'learner');
	await spyOnSpeech(page);
	try {
		await page.goto('/faellesskab');
		await page.getByRole('link', { name: GROUP, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: GROUP })).toBeVisible(slowly);
		await settled(page);

		// read-aloud on a post
		const first = page.getByRole('article').filter({ hasText: 'Hvordan klarer I det, når barnet er sygt i en skoleuge?' });
		await expect(first).toBeVisible(acrossPeople);
		await first.getByRole('button', { name: /Læs op/ }).first().click();
		await expect
			.poll(async () => (await spoken(page)).map((s) => s.text).join(' ') || (await page.getByText('Din enhed har ingen dansk stemme').count()) > 0)
			.toBeTruthy();
		const said = (await spoken(page)).map((s) => s.text).join(' ');
		if (said) expect(said).toContain('barnet er sygt');

		// a voice note while offline
		const before = await list(request, 'posts', `author = "${sarahId}" && voice != ""`);
		await goOffline(context);
		const composer = page.locator('form.composer').first();
		await composer.getByRole('button', { name: 'Optag talebesked' }).click();
		await expect(composer.getByText('Optager …')).toBeVisible();
		// the length of the recording (the fake microphone's beep), not a wait for something to happen
		await page.waitForTimeout(2000);
		await composer.getByRole('button', { name: 'Stop optagelsen' }).click();
		await expect(composer.getByRole('status').filter({ hasText: 'Din talebesked' })).toBeVisible();
		await composer.getByRole('button', { name: 'Send', exact: true }).click();
		const waiting = page.getByRole('article').filter({ hasText: 'Venter på at blive sendt' }).filter({ hasText: 'Talebesked fra' });
		await expect(waiting).toHaveCount(1);

		await goOnline(context);
		await expect(waiting).toHaveCount(0, acrossPeople);
		await expect.poll(async () => (await list(request, 'posts', `author = "${sarahId}" && voice != ""`)).length, acrossPeople).toBe(before.length + 1);
		const mineNow = await list(request, 'posts', `author = "${sarahId}" && voice != ""`);
		const added = mineNow.find((p) => !before.some((b) => b.id === p.id))!;
		expect(Number(added.voiceSeconds)).toBeGreaterThanOrEqual(1);

		// after a reload it is the stored file, fetched when play is pressed, at 1,5×
		await page.reload();
		const note = page.getByRole('article').filter({ hasText: 'Talebesked fra' }).first();
		await expect(note).toBeVisible(slowly);
		await note.getByRole('button', { name: '1,5×' }).click();
		await note.getByRole('button', { name: /^Afspil/ }).click();
		await expect
			.poll(() => note.locator('audio').evaluate((a: HTMLAudioElement) => ({ rate: a.playbackRate, moved: a.currentTime > 0 || a.ended })), acrossPeople)
			.toEqual({ rate: 1.5, moved: true });
		await remove(request, 'posts', added.id!);
	} finally {
		await context.close();
	}
});

test('an arranger moves an event and then cancels it; those coming are told each time', async ({ browser, request }) => {
	test.slow();
	const anneId = await userId(request, demoLogin('coordinator').email);
	const sarahId = await userId(request, demoLogin('learner').email);
	const school = (await list(request, 'users', `id = "${anneId}"`))[0]!.school;
	const group = (await list(request, 'groups', `autoKey = "school:${school}"`))[0]!;
	const title = `Studiecafé ${Date.now()}`;
	const inAWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
	const startsAt = new Date(`${inAWeek}T12:00:00Z`).toISOString().replace('T', ' ');
	const event = await create(request, 'events', { group: group.id, title, place: 'Biblioteket', startsAt, createdBy: anneId, cancelled: false });
	await create(request, 'event_rsvps', { event: event.id, user: sarahId, answer: 'kommer' });
	const told = async () => (await list(request, 'notifications', `user = "${sarahId}" && tag = "arrangement-${event.id}"`)).map((n) => n.title);
	const { context, page } = await signedIn(browser, 'coordinator');
	try {
		await page.goto('/faellesskab/arrangementer');
		const card = page.locator('li.event', { has: page.getByRole('heading', { name: title }) });
		await expect(card).toBeVisible(slowly);
		await card.getByText('Ret tid eller sted').click();
		await axeAtBothWidths(page);
		await card.getByLabel('Ny dato').fill(inAWeek);
		await card.getByLabel('Starter kl.').fill('18:30');
		await card.getByLabel('Nyt sted').fill('Kantinen');
		await card.getByRole('button', { name: 'Gem ændringen' }).click();
		await expect(card).toContainText('kl. 18.30', acrossPeople);
		await expect(card).toContainText('Kantinen');
		await expect.poll(told, acrossPeople).toEqual([`Nyt tidspunkt eller sted: ${title}`]);
		const [moved] = await list(request, 'events', `id = "${event.id}"`);
		expect(copenhagenClock(new Date(moved!.startsAt!.replace(' ', 'T')))).toBe('18.30');

		await card.getByLabel('Hvorfor aflyser du?').fill('Vi er for få.');
		await card.getByRole('button', { name: 'Aflys', exact: true }).click();
		await card.getByRole('button', { name: 'Aflys arrangementet' }).click();
		await expect(card.getByText('Aflyst: Vi er for få.')).toBeVisible(acrossPeople);
		await expect.poll(async () => (await told()).sort(), acrossPeople).toEqual([`Aflyst: ${title}`, `Nyt tidspunkt eller sted: ${title}`].sort());
	} finally {
		await context.close();
		await remove(request, 'events', event.id!);
	}
});

test('a learner who finished is invited to tell her story; the school says no with a reason, she sends it again', async ({ browser, request, tempUser }) => {
	test.slow();
	await create(request, 'network_profiles', { user: tempUser.id, about: 'Færdig som tømrer' });
	await create(request, 'story_invitations', { learner: tempUser.id });
	const title = `Fra kontor til værksted ${Date.now()}`;
	const { context, page } = await signedIn(browser, tempUser);
	const anne = await signedIn(browser, 'coordinator');
	try {
		await page.goto('/faellesskab/historier');
		const invited = page.getByRole('region', { name: 'Fortæl din historie' });
		await expect(invited).toBeVisible(slowly);
		await axeAtBothWidths(page);
		await invited.getByRole('button', { name: 'Skriv din historie' }).click();
		await expect(page.getByLabel('Overskrift')).toBeFocused();
		await page.getByLabel('Overskrift').fill(title);
		await page.getByLabel('Din historie', { exact: true }).fill('Jeg sad på et kontor i tyve år. Nu bygger jeg huse.');
		await page.getByLabel('Dit fag').fill('Tømrer');
		await page.getByRole('radio', { name: '45-54 år' }).check();
		await page.getByRole('checkbox', { name: 'Nyt fag' }).check();
		await axeAtBothWidths(page);
		await page.getByRole('button', { name: 'Send til skolen' }).click();
		await expect(page.getByText('Tak! Skolen læser din historie snart.')).toBeVisible();
		// the invitation is answered: the card goes
		await expect(invited).toHaveCount(0);
		await expect.poll(async () => (await list(request, 'stories', `title = "${title}"`)).map((s) => [s.status, s.ageBand, s.trade]), acrossPeople).toEqual([
			['pending', '45-54', 'Tømrer']
		]);

		await anne.page.goto('/faellesskab/historier');
		const waiting = anne.page.getByRole('region', { name: 'Venter på dit ja' }).getByRole('listitem').filter({ hasText: title });
		await expect(waiting).toBeVisible(acrossPeople);
		await waiting.getByRole('button', { name: 'Sig nej' }).click();
		await waiting.getByRole('button', { name: 'Sig nej' }).click();
		await expect(waiting.getByText('Skriv kort, hvorfor historien ikke bliver udgivet.')).toBeVisible();
		await expectNoAxeViolations(anne.page);
		await waiting.getByLabel(/Hvorfor ikke\?/).fill('Skriv gerne lidt om, hvad der var svært.');
		await waiting.getByRole('button', { name: 'Sig nej' }).click();
		await expect(waiting).toHaveCount(0, acrossPeople);

		const mine = page.getByRole('region', { name: 'Dine historier' }).getByRole('listitem').filter({ hasText: title });
		await expect(mine.getByText('Ikke udgivet')).toBeVisible(acrossPeople);
		await expect(mine.getByText('Skolen skriver: Skriv gerne lidt om, hvad der var svært.')).toBeVisible();
		await mine.getByText('Ret og send igen').click();
		await mine.getByLabel('Din rettede tekst').fill('Jeg sad på et kontor i tyve år. Det svære var matematikken. Nu bygger jeg huse.');
		await mine.getByRole('button', { name: 'Send til skolen' }).click();
		await expect(mine.getByText('Venter på ja fra skolen')).toBeVisible(acrossPeople);
		await expect.poll(async () => (await list(request, 'stories', `title = "${title}"`)).map((s) => [s.status, s.declineReason]), acrossPeople).toEqual([['pending', '']]);
	} finally {
		for (const s of await list(request, 'stories', `title = "${title}"`)) await remove(request, 'stories', s.id!);
		await anne.context.close();
		await context.close();
	}
});
