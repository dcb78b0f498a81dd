// Fællesskab, second slice (issue 14): a learner says "kommer" to an event and takes it to
// their calendar (.ics made on the device); Bjarke asks Olena to be his buddy and she says
// yes; a story "om nogen som mig" opens with read-aloud; axe on every new page at 320 and
// 1280 px. Demo data: scripts/demo/network-events.mjs.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { acrossPeople, demoLogin, expect, expectNoAxeViolations, signedIn, storageStateOf, test } from './helpers';

const EVENT = 'Lektiecafé med børnepasning';
const password = () => demoLogin('learner').password;
/** A busy shared machine: the device's first sync can take a while. */
const slowly = { timeout: 60_000 };

test.describe('arrangementer', () => {
	test.use({ storageState: storageStateOf('learner') });

	test('Sarah says kommer, the count follows, and the .ics holds the event', async ({ page }) => {
		test.slow();
		await page.goto('/faellesskab/arrangementer');
		await expect(page.getByRole('heading', { level: 1, name: 'Arrangementer' })).toBeVisible();
		const card = page.locator('li.event', { has: page.getByRole('heading', { name: EVENT }) });
		await expect(card).toBeVisible(slowly);
		// the demo: Amina kommer, Piotr måske
		await expect(card.getByText('1 kommer, 1 måske')).toBeVisible();
		const coming = card.getByRole('button', { name: 'Jeg kommer', exact: true });
		await coming.click();
		await expect(coming).toHaveAttribute('aria-pressed', 'true');
		await expect(card.getByText('2 kommer, 1 måske')).toBeVisible();
		// sent: the outbox lets go of it
		await expect(card.getByText('Dit svar bliver sendt, når du er på nettet.')).toHaveCount(0, slowly);

		const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Føj til kalender' }).click()]);
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		// unfold the long lines (RFC 5545: CRLF + a space continues a line)
		const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n[ \t]/g, '');
		expect(ics).toContain(`SUMMARY:${EVENT}`);
		expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
	});
});

test('Anne plans an event in the school group and cancels it; Sarah sees it cancelled', async ({ browser }) => {
	test.slow();
	const title = `Kaffe og kage ${Date.now()}`;
	const anne = (await signedIn(browser, 'coordinator')).page;
	await anne.goto('/faellesskab/arrangementer');
	await anne.getByText('Lav et arrangement').click();
	// the school's own group ("Voksne elever på <skolen>")
	const schoolGroup = await anne.locator('option', { hasText: 'Voksne elever på' }).first().getAttribute('value');
	await anne.getByLabel('Gruppe').selectOption(schoolGroup!);
	await anne.getByLabel('Navn på arrangementet').fill(title);
	await anne.getByLabel('Hvor?').fill('Kantinen');
	const inAWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
	await anne.getByLabel('Dag', { exact: true }).fill(inAWeek);
	await anne.getByLabel('Fra kl.').fill('14:00');
	await anne.getByLabel('Til kl.').fill('15:30');
	await anne.getByRole('button', { name: 'Lav arrangementet' }).click();
	await expect(anne.getByText('Arrangementet er lavet.')).toBeVisible();
	const card = anne.locator('li.event', { has: anne.getByRole('heading', { name: title }) });
	await expect(card).toContainText('kl. 14.00');
	await expectNoAxeViolations(anne);

	const sarah = (await signedIn(browser, 'learner')).page;
	await sarah.goto('/faellesskab/arrangementer');
	const hers = sarah.locator('li.event', { has: sarah.getByRole('heading', { name: title }) });
	await expect(hers).toBeVisible(acrossPeople);

	await card.getByLabel('Hvorfor aflyser du?').fill('Kantinen er lukket.');
	await card.getByRole('button', { name: 'Aflys', exact: true }).click();
	await card.getByRole('button', { name: 'Aflys arrangementet' }).click();
	await expect(hers.getByText('Aflyst: Kantinen er lukket.')).toBeVisible(acrossPeople);
});

test('Bjarke asks Olena to be his buddy, and she says yes', async ({ browser }) => {
	test.slow();
	const bjarke = (await signedIn(browser, { email: 'bjarke@sammen.test', password: password() })).page;
	await bjarke.goto('/faellesskab/makker');
	await expect(bjarke.getByRole('checkbox', { name: /Jeg vil gerne have en makker/ })).toBeChecked(slowly);
	const suggestion = bjarke.locator('li.suggestion', { hasText: 'Olena K.' });
	await expect(suggestion).toBeVisible(slowly);
	await suggestion.getByLabel('Skriv et kort hej').fill('Hej Olena. Skal vi læse sammen til prøven?');
	await suggestion.getByRole('button', { name: 'Spørg Olena K.' }).click();
	await expect(bjarke.getByText('Du venter på svar fra Olena K.')).toBeVisible();
	// his situations (from the demo) are his to change
	await expect(bjarke.getByRole('checkbox', { name: 'Ledig' })).toBeChecked();
	await expectNoAxeViolations(bjarke);

	const olena = (await signedIn(browser, { email: 'olena@sammen.test', password: password() })).page;
	await olena.goto('/faellesskab/makker');
	const request = olena.locator('li.request', { hasText: 'Bjarke A.' });
	await expect(request).toBeVisible(slowly);
	await expect(request.getByText('Skal vi læse sammen til prøven?')).toBeVisible();
	await request.getByRole('button', { name: 'Ja tak' }).click();
	await expect(olena.getByRole('heading', { name: 'Din makker: Bjarke A.' })).toBeVisible(slowly);
	// Bjarke's device hears it live
	await expect(bjarke.getByRole('heading', { name: 'Din makker: Olena K.' })).toBeVisible(acrossPeople);
});

test.describe('historier', () => {
	test.use({ storageState: storageStateOf('learner') });

	test('a story about someone like Sarah opens, and read-aloud is offered', async ({ page }) => {
		await page.goto('/faellesskab/historier');
		await expect(page.locator('li.story').first()).toBeVisible(slowly);
		await page.getByRole('button', { name: 'Vis historier om nogen som mig' }).click();
		const first = page.locator('li.story').first();
		// SOSU, 39: the same trade and age band first
		await expect(first.getByRole('heading')).toHaveText('Fra hjemmeplejen til svendebrev');
		await expect(first.getByText('Samme fag · Samme alder')).toBeVisible();
		await first.getByRole('link', { name: 'Læs historien' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Fra hjemmeplejen til svendebrev' })).toBeVisible(slowly);
		await expect(page.getByRole('button', { name: /Læs op/ })).toBeVisible();
	});

	test('Sarah tells her own story; it waits for the school until the coordinator says yes', async ({ page, browser }) => {
		test.slow();
		await page.goto('/faellesskab/historier');
		await page.getByText('Fortæl din egen historie').click();
		await page.getByLabel('Overskrift').fill('Fra hjemmeplejen til skolebænken');
		await page.getByLabel('Din historie', { exact: true }).fill('Jeg troede ikke, jeg kunne. Nu er jeg halvvejs.');
		await page.getByRole('button', { name: 'Send til skolen' }).click();
		await expect(page.getByText('Tak! Skolen læser din historie snart.')).toBeVisible();
		const mine = page.getByRole('region', { name: 'Dine historier' });
		await expect(mine.getByText('Fra hjemmeplejen til skolebænken')).toBeVisible();
		await expect(mine.getByText('Venter på ja fra skolen')).toBeVisible();
		await expectNoAxeViolations(page);

		const anne = (await signedIn(browser, 'coordinator')).page;
		await anne.goto('/faellesskab/historier');
		const waiting = anne.getByRole('region', { name: 'Venter på dit ja' }).getByRole('listitem').filter({ hasText: 'Fra hjemmeplejen til skolebænken' });
		await expect(waiting).toBeVisible(acrossPeople);
		await expectNoAxeViolations(anne);
		await waiting.getByRole('button', { name: 'Udgiv' }).click();
		await expect(anne.locator('li.story', { hasText: 'Fra hjemmeplejen til skolebænken' })).toBeVisible(slowly);
		// Sarah's device hears it: no longer waiting, now among the stories
		await expect(page.locator('li.story', { hasText: 'Fra hjemmeplejen til skolebænken' })).toBeVisible(acrossPeople);
		await expect(mine).toHaveCount(0);
	});
});

for (const width of [320, 1280]) {
	test.describe(`the second slice's pages at ${width} px pass axe`, () => {
		test.use({ viewport: { width, height: 800 }, storageState: storageStateOf('learner') });

		async function check(page: Page, path: string, ready: (page: Page) => Promise<void>) {
			await page.goto(path);
			await ready(page);
			await expectNoAxeViolations(page);
		}

		test('arrangementer, historier, a story, makker', async ({ page }) => {
			test.slow();
			await check(page, '/faellesskab/arrangementer', async (p) => {
				await expect(p.locator('li.event').first()).toBeVisible(slowly);
			});
			await check(page, '/faellesskab/historier', async (p) => {
				await expect(p.locator('li.story').first()).toBeVisible(slowly);
			});
			await page.locator('li.story').first().getByRole('link', { name: 'Læs historien' }).click();
			await expect(page.getByRole('button', { name: /Læs op/ })).toBeVisible(slowly);
			await expectNoAxeViolations(page);
			await check(page, '/faellesskab/makker', async (p) => {
				await expect(p.getByRole('checkbox', { name: /Jeg vil gerne have en makker/ })).toBeVisible(slowly);
			});
		});
	});
}
