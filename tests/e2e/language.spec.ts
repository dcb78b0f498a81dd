// Danish first, English as the second language: one button in the header switches.
import type { Page } from '@playwright/test';
import { expect, loginWithPassword, readUser, test } from './helpers';

// The button shows the other language's name ("English" / "Dansk"), and its
// accessible name starts with that word, so voice control finds it too.
const languageButton = (page: Page, name: 'English' | 'Dansk') =>
	page.getByRole('banner').getByRole('button', { name: new RegExp(`^${name}\\b`) });

test('pressing English turns the login page English, also after a reload, and Dansk turns it back', async ({
	page
}) => {
	await page.goto('/log-ind');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind på Sammen');

	await languageButton(page, 'English').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in to Sammen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in to Sammen');

	await languageButton(page, 'Dansk').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind på Sammen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});

test('a logged-in learner switches to English, keeps it after a reload, and back to Danish', async ({
	page,
	request,
	tempUser
}) => {
	await loginWithPassword(page, tempUser);
	const nav = page.getByRole('navigation', { name: /Hovedmenu|Main menu/ });
	await expect(nav.getByRole('link', { name: 'Indstillinger' })).toBeVisible();

	await languageButton(page, 'English').click();
	await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
	await expect(nav.getByRole('button', { name: 'Log out' })).toBeVisible();
	// remembered on the account, so other devices follow
	await expect.poll(async () => (await readUser(request, tempUser.id)).language).toBe('en');

	await page.reload();
	await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();

	await languageButton(page, 'Dansk').click();
	await expect(nav.getByRole('link', { name: 'Indstillinger' })).toBeVisible();
	await expect.poll(async () => (await readUser(request, tempUser.id)).language).toBe('da');
});
