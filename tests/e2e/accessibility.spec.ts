// axe on every page, narrow (320 px) and wide (1280 px), for each role where the
// page differs by role; also with the dark tint and with OpenDyslexic at 28 px.
// Every visit also listens for Content-Security-Policy complaints on the console.
import type { Page } from '@playwright/test';
import {
	expect,
	expectNoAxeViolations,
	homes,
	loginWithPassword,
	roles,
	settled,
	storageStateOf,
	test,
	watchCsp
} from './helpers';

const widths = [320, 1280];

async function checkPage(page: Page, path: string) {
	const cspReports = watchCsp(page);
	await page.goto(path);
	await expect(page).toHaveURL(path);
	await settled(page);
	await expectNoAxeViolations(page);
	expect(cspReports(), 'CSP violations on the console').toEqual([]);
}

for (const width of widths) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		for (const path of ['/log-ind', '/hjaelp']) {
			test(`${path} passes axe, with no CSP reports, when logged out`, async ({ page }) => {
				await checkPage(page, path);
			});
		}

		for (const role of roles) {
			test.describe(`as ${role}`, () => {
				test.use({ storageState: storageStateOf(role) });

				for (const path of [homes[role].path, '/indstillinger', '/beskeder', '/hjaelp']) {
					test(`${path} passes axe, with no CSP reports`, async ({ page }) => {
						await checkPage(page, path);
					});
				}
			});
		}

		test.describe('the learner\'s own pages', () => {
			test.use({ storageState: storageStateOf('learner') });

			for (const path of ['/hjem/min-plan']) {
				test(`${path} passes axe, with no CSP reports`, async ({ page }) => {
					await checkPage(page, path);
				});
			}
		});

		test.describe('with the dark tint', () => {
			test.use({ tempUserFields: { tint: 'dark' } });

			test('settings and home pass axe', async ({ page, tempUser }) => {
				await loginWithPassword(page, tempUser);
				await expect(page.locator('html')).toHaveAttribute('data-tint', 'dark');
				await checkPage(page, '/indstillinger');
				await checkPage(page, '/hjem');
			});
		});

		test.describe('with OpenDyslexic at 28 px', () => {
			test.use({ tempUserFields: { font: 'opendyslexic', textSize: 28 } });

			test('settings and home pass axe', async ({ page, tempUser }) => {
				await loginWithPassword(page, tempUser);
				await expect(page.locator('html')).toHaveAttribute('data-font', 'opendyslexic');
				await expect(page.locator('html')).toHaveCSS('font-size', '28px');
				await checkPage(page, '/indstillinger');
				await checkPage(page, '/hjem');
			});
		});
	});
}
