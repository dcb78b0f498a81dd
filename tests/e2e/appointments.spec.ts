// Aftaler og trivsel in the browser (issue 15): Sarah books a time with Karen while
// offline; it shows as waiting and arrives exactly once; a time Amina takes meanwhile is
// refused in plain Danish with times close to it. Sarah answers a low check-in,
// is offered "Skriv til din mentor" and "Book en snak" at once, and Karen's I dag shows
// her first. Every new page: axe at 320 and 1280 px, and read-aloud offered.
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { copenhagenWeek } from '../../src/lib/domain/checkins';
import { acrossPeople, expect, expectNoAxeViolations, serviceWorkerControls, settled, signedIn, superuserToken, test } from './helpers';

// One after the other: the journeys share Sarah (her outbox) and Karen's free times.
test.describe.configure({ mode: 'serial' });

// A fresh browser's first sync on a busy 2-core machine takes a while.
const firstSync = { timeout: 120_000 };

async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
}
async function goOnline(context: BrowserContext) {
	await context.unroute('**/*');
	await context.setOffline(false);
}

async function records(request: APIRequestContext, collection: string, filter: string) {
	const res = await request.get(`/api/collections/${collection}/records`, {
		headers: { Authorization: await superuserToken(request) },
		params: { filter, perPage: '200' }
	});
	expect(res.ok(), await res.text()).toBe(true);
	return ((await res.json()) as { items: Record<string, string | number | boolean>[] }).items;
}

async function remove(request: APIRequestContext, collection: string, id: string) {
	await request.delete(`/api/collections/${collection}/records/${id}`, { headers: { Authorization: await superuserToken(request) } });
}

async function sarahId(request: APIRequestContext) {
	const [sarah] = await records(request, 'users', 'email = "sarah@sammen.test"');
	return String(sarah?.id);
}

const readAloudOffered = (page: Page) => expect(page.getByRole('main').getByRole('button', { name: 'Læs op' }).first()).toBeVisible();

test('Sarah books a time offline; it shows as waiting and arrives once; she can add it to her calendar', async ({ browser, request }) => {
	test.slow();
	const sarah = await signedIn(browser, 'learner');
	const { page, context } = sarah;
	try {
		await page.goto('/aftaler');
		await settled(page);
		const free = page.locator('li.slot');
		await expect(free.first()).toBeVisible(firstSync);
		await serviceWorkerControls(page);
		const when = (await free.first().locator('strong').first().textContent())?.trim() ?? '';
		const learner = await sarahId(request);
		const before = await records(request, 'appointments', `learner = "${learner}"`);

		await goOffline(context);
		await free.first().getByRole('button', { name: `Book ${when}` }).click();
		const mine = page.locator('li.booking').filter({ hasText: when });
		await expect(mine).toBeVisible();
		await expect(mine.getByText('Venter på at blive sendt')).toBeVisible();

		await goOnline(context);
		await expect(mine.getByText('Venter på at blive sendt')).toHaveCount(0, acrossPeople);
		let made: Record<string, string | number | boolean>[] = [];
		await expect
			.poll(async () => {
				made = (await records(request, 'appointments', `learner = "${learner}"`)).filter((a) => !before.some((b) => b.id === a.id));
				return made.length;
			}, acrossPeople)
			.toBe(1);
		expect(made[0]?.status).toBe('booked');
		// a moment later there is still exactly one (the outbox sent it once)
		await page.waitForTimeout(1500);
		expect((await records(request, 'appointments', `learner = "${learner}"`)).length).toBe(before.length + 1);

		// Føj til kalender: an .ics made on the device
		const download = page.waitForEvent('download');
		await mine.getByRole('button', { name: 'Føj til kalender' }).click();
		expect((await download).suggestedFilename()).toBe('aftale.ics');

		await remove(request, 'appointments', String(made[0]?.id));
	} finally {
		await context.close();
	}
});

test('a time taken while Sarah was offline: her booking is refused in plain Danish, with times close to it', async ({ browser, request }) => {
	test.slow();
	const sarah = await signedIn(browser, 'learner');
	const { page, context } = sarah;
	const made: string[] = [];
	try {
		await page.goto('/aftaler');
		await settled(page);
		const free = page.locator('li.slot');
		await expect(free.first()).toBeVisible(firstSync);
		const [karen] = await records(request, 'users', 'email = "karen@sammen.test"');
		const [amina] = await records(request, 'users', 'email = "amina@sammen.test"');
		const now = new Date().toISOString().replace('T', ' ');
		const open = await records(request, 'appointment_slots', `mentor = "${karen?.id}" && bookedBy = "" && cancelled = false && forLearner = "" && startsAt > "${now}"`);
		const slot = open.sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)))[0];
		expect(slot, 'a free time of Karen').toBeTruthy();
		const card = free.filter({ has: page.getByRole('button', { name: /^Book / }) }).first();
		const when = (await card.locator('strong').first().textContent())?.trim() ?? '';

		await goOffline(context);
		await card.getByRole('button', { name: `Book ${when}` }).click();
		await expect(page.locator('li.booking').filter({ hasText: when }).getByText('Venter på at blive sendt')).toBeVisible();
		// meanwhile Amina takes it
		const res = await request.post('/api/collections/appointments/records', {
			headers: { Authorization: await superuserToken(request) },
			data: { slot: slot?.id, learner: amina?.id, mentor: karen?.id, status: 'booked' }
		});
		expect(res.ok(), await res.text()).toBe(true);
		made.push(((await res.json()) as { id: string }).id);

		await goOnline(context);
		const refused = page.getByRole('alert').filter({ hasText: 'Tiden er lige blevet taget.' });
		await expect(refused).toBeVisible(acrossPeople);
		await expect(refused.getByRole('button', { name: /^Book / }).first()).toBeVisible();
		await refused.getByRole('button', { name: 'Fjern beskeden' }).click();
		await expect(refused).toHaveCount(0);
	} finally {
		for (const id of made) await remove(request, 'appointments', id);
		await context.close();
	}
});

test('Sarah answers a low check-in: help is offered at once, and Karen’s I dag shows her first', async ({ browser, request }) => {
	test.slow();
	const learner = await sarahId(request);
	const week = copenhagenWeek(Date.now());
	const sarah = await signedIn(browser, 'learner');
	const karen = await signedIn(browser, 'mentor', { viewport: { width: 1280, height: 800 } });
	try {
		await sarah.page.goto('/hvordan-gaar-det');
		await settled(sarah.page);
		await sarah.page.getByRole('radio', { name: 'Svært', exact: true }).check();
		await expect(sarah.page.getByText('Tak. Dit svar er gemt.')).toBeVisible();
		const low = sarah.page.locator('section.low');
		await expect(low.getByRole('link', { name: 'Skriv til din mentor' })).toBeVisible();
		await expect(low.getByRole('link', { name: 'Book en snak' })).toBeVisible();
		await expect.poll(async () => (await records(request, 'checkins', `learner = "${learner}" && week = "${week}"`)).length, acrossPeople).toBe(1);

		await karen.page.goto('/i-dag');
		const first = karen.page.getByTestId('caseload-entry').first();
		await expect(first).toBeVisible(firstSync);
		await expect(first).toContainText('Sarah', acrossPeople);
		await expect(first.getByRole('link', { name: /Har det svært lige nu/ })).toBeVisible();
	} finally {
		for (const c of await records(request, 'checkins', `learner = "${learner}" && week = "${week}"`)) await remove(request, 'checkins', String(c.id));
		await sarah.context.close();
		await karen.context.close();
	}
});

test('the new pages: no axe violations at 320 and 1280 px, and read-aloud is offered', async ({ browser }) => {
	test.slow();
	const sarah = await signedIn(browser, 'learner');
	const karen = await signedIn(browser, 'mentor');
	try {
		for (const [page, path] of [
			[sarah.page, '/aftaler'],
			[sarah.page, '/hvordan-gaar-det'],
			[karen.page, '/mine-tider']
		] as const) {
			await page.goto(path);
			await settled(page);
			await expect(page.getByText(/^Henter …$/).filter({ visible: true })).toHaveCount(0, firstSync);
			await readAloudOffered(page);
			for (const width of [320, 1280]) {
				await page.setViewportSize({ width, height: 800 });
				await expectNoAxeViolations(page);
			}
		}
	} finally {
		await sarah.context.close();
		await karen.context.close();
	}
});
