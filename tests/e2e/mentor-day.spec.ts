// The mentor's day as Karen (the demo mentor, 20–40 learners) on a 1280×800 laptop:
// many learners fit on the first screen (one compact row each), every signal is a
// link to its thing, and "beder om hjælp" leads to the request on the learner's page.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, settled, storageStateOf, test } from './helpers';

test.use({ storageState: storageStateOf('mentor'), viewport: { width: 1280, height: 800 } });

const rows = (page: Page) => page.getByTestId('caseload-entry');

// A fresh browser's first sync of a whole caseload; on a busy 2-core machine it takes a while.
const firstSync = { timeout: 120_000 };

async function openToday(page: Page) {
	test.slow();
	await page.goto('/i-dag');
	await expect(rows(page).first()).toBeVisible(firstSync);
	await settled(page);
}

async function axeBothWidths(page: Page) {
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await expectNoAxeViolations(page);
	}
	await page.setViewportSize({ width: 1280, height: 800 });
}

test('at 1280×800 at least 6 of Karen’s learners are fully above the fold', async ({ page }) => {
	await openToday(page);
	const all = await rows(page).count();
	expect(all, 'Karen follows 20–40 learners').toBeGreaterThanOrEqual(20);
	const boxes = await rows(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
	const aboveFold = boxes.filter((bottom) => bottom <= 800).length;
	expect(aboveFold, `rows fully above 800 px (of ${all})`).toBeGreaterThanOrEqual(6);
	await axeBothWidths(page);
});

test('every signal is a link to its thing', async ({ page }) => {
	await openToday(page);
	const chips = page.getByTestId('caseload-entry').locator('.signals li');
	const count = await chips.count();
	expect(count, 'the demo caseload has signals').toBeGreaterThan(0);
	const hrefs = await chips.evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
	for (const href of hrefs) expect(href).toMatch(/^\/(elever\/[^/#]+(#markeringer|#hjaelp|\/plan\?milepael=\w+)|beskeder\/[^/#]+)$/);
	// the kinds lead where their words say
	const link = (name: RegExp) => rows(page).getByRole('link', { name });
	await expect(link(/ulæst/).first()).toHaveAttribute('href', /^\/beskeder\//);
	await expect(link(/markering/).first()).toHaveAttribute('href', /#markeringer$/);
	// milestones in the plan's own status words, each to its milestone in the plan
	const milestone = link(/^(Over tiden|Venter på godkendelse): /).first();
	await expect(milestone).toHaveAttribute('href', /\/plan\?milepael=\w+$/);
	const id = new URL(String(await milestone.getAttribute('href')), 'http://x').searchParams.get('milepael');
	await milestone.click();
	const target = page.locator(`#venter-${id}, #milepael-${id}`).first();
	await expect(target).toBeFocused();
	await expect(target).toBeInViewport();
});

test('"beder om hjælp" leads to the open request on the learner’s page', async ({ page }) => {
	await openToday(page);
	const help = rows(page).getByRole('link', { name: /beder om hjælp/ }).first();
	const row = help.locator('xpath=ancestor::li[@data-testid="caseload-entry"]');
	const name = (await row.getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
	expect(name).not.toBe('');
	await help.click();
	await expect(page).toHaveURL(/\/elever\/[^/]+#hjaelp$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	const section = page.getByRole('region', { name: 'Beder om hjælp' });
	await expect(section.getByTestId('help-request').first()).toBeVisible();
	await expect(section.getByTestId('help-request').first()).toBeInViewport();
	await axeBothWidths(page);
});

test('the "no contact" setting says what it does', async ({ page }) => {
	await openToday(page);
	await page.getByText('Hvornår står der "Ingen kontakt"?', { exact: true }).click();
	await expect(page.getByText(/Har du og eleven ikke skrevet sammen i så mange dage/)).toBeVisible();
});
