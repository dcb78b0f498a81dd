// The phone shell (issue 13): a compact top bar and a tab bar on phones, the learner's
// progress on the first screen with the largest text and OpenDyslexic, words never
// split inside a word, no dead ends (Danish 404 with a way back, help logged in keeps
// the menu) and logout resets the device's reading look.
import type { Page } from '@playwright/test';
import { expect, homes, loginWithPassword, settled, storageStateOf, test } from './helpers';

/** The reader's largest text and the dyslexia font, put on the page the way the app
 *  does it (html data-font and --text-size), without changing Sarah's account. */
async function largestTextAndDyslexiaFont(page: Page) {
	await page.evaluate(() => {
		document.documentElement.dataset.font = 'opendyslexic';
		document.documentElement.style.setProperty('--text-size', '28px');
	});
	await expect(page.locator('html')).toHaveCSS('font-size', '28px');
	await page.evaluate(() => document.fonts.ready);
}

/** Words split over two lines although they fit on one, visible on the page. */
function wordsSplitMidWord(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const split: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			const parent = node.parentElement;
			if (!parent || !parent.checkVisibility() || parent.closest('.visually-hidden')) continue;
			for (const match of text.matchAll(/[^\s\-/–]+/g)) {
				const range = document.createRange();
				range.setStart(node, match.index);
				range.setEnd(node, match.index + match[0].length);
				const rects = [...range.getClientRects()].filter((r) => r.width > 0);
				const tops = new Set(rects.map((r) => Math.round(r.top)));
				if (tops.size < 2) continue;
				// A word wider than its whole line cannot be kept whole (only a hyphenation
				// dictionary could split it well); every other split is a fault.
				let block: Element = parent;
				while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
				const style = getComputedStyle(block);
				const line = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				const width = rects.reduce((sum, r) => sum + r.width, 0);
				if (width <= line) split.push(match[0]);
			}
		}
		return split;
	});
}

test.describe('as Sarah on a phone', () => {
	test.use({ storageState: storageStateOf('learner') });

	for (const viewport of [
		{ width: 320, height: 568 },
		{ width: 390, height: 844 }
	]) {
		test(`at ${viewport.width}×${viewport.height} with the largest text, her progress is on the first screen`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/hjem');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes.learner.heading);
			await largestTextAndDyslexiaFont(page);
			const progress = page.getByTestId('plan-progress');
			await expect(progress).toHaveText(/\d+ af \d+/);
			const box = await progress.boundingBox();
			const tabBar = await page.getByRole('navigation', { name: 'Hovedmenu' }).boundingBox();
			expect(box && tabBar, 'progress and tab bar are shown').toBeTruthy();
			// above the tab bar at the bottom of the screen, so not covered by it
			expect(box!.y + box!.height).toBeLessThanOrEqual(tabBar!.y);
			expect(tabBar!.y + tabBar!.height).toBeLessThanOrEqual(viewport.height + 1);
		});
	}

	test('at 390 px the top bar is at most 56 px, with the tab bar at the bottom', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/hjem');
		await settled(page);
		const header = await page.locator('header.site-header').boundingBox();
		expect(header!.height).toBeLessThanOrEqual(56);
		const tabs = page.getByRole('navigation', { name: 'Hovedmenu' });
		for (const name of ['Mit forløb', 'Beskeder', 'Få hjælp', 'Mere']) {
			await expect(tabs.getByRole(name === 'Mere' ? 'button' : 'link', { name, exact: true })).toBeVisible();
		}
		// the rest of the menu is behind "Mere"
		await tabs.getByRole('button', { name: 'Mere' }).click();
		await tabs.getByRole('link', { name: 'Indstillinger' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indstillinger');
		await expect(tabs.getByRole('link', { name: 'Indstillinger' })).toBeHidden();
	});

	test('at 320 px with the largest text, no word that fits on a line is split inside the word', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 568 });
		for (const path of ['/hjem', '/hjem/tid-og-okonomi', '/beskeder', '/hjaelp', '/indstillinger']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByText(/^Henter …$/).filter({ visible: true })).toHaveCount(0);
			await largestTextAndDyslexiaFont(page);
			expect(await wordsSplitMidWord(page), path).toEqual([]);
		}
	});

	test('help pages keep the menu, with a way to Mit forløb', async ({ page }) => {
		await page.goto('/hjaelp');
		await settled(page);
		await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mit forløb' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes.learner.heading);
	});

	test('an unknown address shows a Danish page inside the shell with a way back', async ({ page }) => {
		const answer = await page.goto('/findes-ikke');
		expect(answer?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
		await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
		await page.getByRole('link', { name: 'Tilbage til Mit forløb' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes.learner.heading);
	});
});

test('logged out, an unknown address shows a Danish page with a way to the front page', async ({ page }) => {
	await page.goto('/hjem/findes/ikke');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
	await page.getByRole('link', { name: 'Tilbage til forsiden' }).click();
	await expect(page).toHaveURL(/\/log-ind/);
});

test.describe('logout on a shared device', () => {
	test.use({ tempUserFields: { font: 'opendyslexic', textSize: 24 } });

	test('puts the reading look back to the defaults; the account keeps it for next login', async ({ page, tempUser }) => {
		const html = page.locator('html');
		await loginWithPassword(page, tempUser);
		await expect(html).toHaveCSS('font-size', '24px');
		await expect(html).toHaveAttribute('data-font', 'opendyslexic');

		await page.getByRole('button', { name: 'Log ud' }).click();
		await expect(page).toHaveURL(/\/log-ind/);
		await expect(html).toHaveCSS('font-size', '18px');
		await expect(html).toHaveAttribute('data-font', 'system');
		await page.reload();
		await expect(html).toHaveCSS('font-size', '18px');

		await loginWithPassword(page, tempUser);
		await expect(html).toHaveCSS('font-size', '24px');
		await expect(html).toHaveAttribute('data-font', 'opendyslexic');
	});
});
