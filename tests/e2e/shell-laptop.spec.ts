// The shell on a laptop (issue 14 made the learner's and mentor's menus eight entries):
// from 48rem the menu is one column beside the page, never two rows of buttons, with
// Fællesskab on the first screen; the header stays one short row; axe finds nothing.
import { expect, expectNoAxeViolations, settled, storageStateOf, test } from './helpers';

for (const role of ['learner', 'mentor'] as const) {
	test.describe(`as the ${role} at 1280 px`, () => {
		test.use({ storageState: storageStateOf(role), viewport: { width: 1280, height: 800 } });

		test('the menu is one column beside the page, with Fællesskab on the first screen', async ({ page }) => {
			await page.goto('/faellesskab');
			await settled(page);
			const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
			const entries = menu.getByRole('listitem');
			expect(await entries.count()).toBeGreaterThanOrEqual(6);
			const boxes = await Promise.all((await entries.all()).map((e) => e.boundingBox()));
			// one column: the same left edge, each below the one before
			expect(new Set(boxes.map((b) => Math.round(b!.x))).size).toBe(1);
			for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y);
			// beside the page, not above it
			const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
			expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(heading!.x);
			const header = await page.locator('header.site-header').boundingBox();
			expect(header!.height).toBeLessThanOrEqual(60);
			// Fællesskab is on the first screen, marked as where she is, also on its sub-pages
			const community = menu.getByRole('link', { name: 'Fællesskab' });
			const box = await community.boundingBox();
			expect(box!.y + box!.height).toBeLessThanOrEqual(800);
			await expect(community).toHaveAttribute('aria-current', 'page');
			await page.goto('/faellesskab/historier');
			await settled(page);
			await expect(community).toHaveAttribute('aria-current', 'page');
			await expectNoAxeViolations(page);
		});
	});
}
