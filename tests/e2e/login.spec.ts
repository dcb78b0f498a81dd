// Logging in, with a password or a one-time code, and where each role ends up.
import type { Page } from '@playwright/test';
import {
	askForCode,
	demoLogin,
	emailField,
	expect,
	homes,
	loginWithCode,
	loginWithPassword,
	roles,
	storageStateOf,
	storedToken,
	test
} from './helpers';

for (const role of roles) {
	const home = homes[role];

	test(`${role} lands on ${home.navLabel} after password login`, async ({ page }) => {
		await loginWithPassword(page, demoLogin(role));
		await expect(page).toHaveURL(home.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(home.heading);
	});

	test(`${role} lands on ${home.navLabel} after login with a code from the e-mail`, async ({ page }) => {
		await loginWithCode(page, demoLogin(role).email);
		await expect(page).toHaveURL(home.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(home.heading);
	});
}

test('a wrong password shows the Danish login error', async ({ page }) => {
	await loginAttempt(page, demoLogin('learner').email, 'helt-forkert-kode');
	await expect(page.getByRole('alert')).toHaveText('Forkert e-mail eller kode. Prøv igen, eller få en engangskode.');
	await expect(page).toHaveURL(/\/log-ind/);
});

test('a wrong one-time code shows the Danish code error', async ({ page }) => {
	// An address nobody has: PocketBase answers as if it sent a code, so no
	// other test's code for a real person is used up.
	await askForCode(page, 'ingen-her@sammen.test');
	await page.getByLabel('Kode fra e-mailen').fill('000000');
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('Forkert kode. Prøv igen, eller få en ny kode.');
});

test('an empty e-mail shows an error at the field', async ({ page }) => {
	await page.goto('/log-ind');
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(emailField(page)).toHaveAttribute('aria-invalid', 'true');
	await expect(emailField(page)).toHaveAccessibleDescription(/Skriv din e-mail\./);
	await expect(page).toHaveURL(/\/log-ind/);
});

test('logged out, /hjem sends you to the login page', async ({ page }) => {
	await page.goto('/hjem');
	await expect(page).toHaveURL(/\/log-ind\?til=%2Fhjem$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind på Sammen');
});

test.describe('a logged-in learner', () => {
	test.use({ storageState: storageStateOf('learner') });

	test('is sent from /admin to /hjem', async ({ page }) => {
		await page.goto('/admin');
		await expect(page).toHaveURL('/hjem');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes.learner.heading);
	});

	test('stays logged in after a reload', async ({ page }) => {
		await page.goto('/hjem');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes.learner.heading);
		await page.reload();
		await expect(page).toHaveURL('/hjem');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes.learner.heading);
	});

	test('logs out to /log-ind, and the token is gone from localStorage', async ({ page }) => {
		await page.goto('/hjem');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes.learner.heading);
		expect(await storedToken(page)).toBeTruthy();
		await page.getByRole('button', { name: 'Log ud' }).click();
		await expect(page).toHaveURL('/log-ind');
		expect(await storedToken(page)).toBeNull();
		await page.goto('/hjem');
		await expect(page).toHaveURL(/\/log-ind/);
	});

	test('stays logged out when a slow token refresh answers after "Log ud"', async ({ page }) => {
		let releaseRefresh = () => {};
		const refreshHeld = new Promise<void>((resolve) => (releaseRefresh = resolve));
		await page.route('**/api/collections/users/auth-refresh', async (route) => {
			await refreshHeld;
			await route.continue().catch(() => {}); // the app may have cancelled it meanwhile
		});
		const refreshSettled = new Promise<void>((resolve) => {
			const settle = (request: { url(): string }) => request.url().includes('auth-refresh') && resolve();
			page.on('requestfailed', settle);
			page.on('requestfinished', settle);
		});
		await page.goto('/hjem');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes.learner.heading);
		await page.getByRole('button', { name: 'Log ud' }).click();
		await expect(page).toHaveURL('/log-ind');
		releaseRefresh();
		await refreshSettled;
		await page.goto('/hjem');
		await expect(page).toHaveURL(/\/log-ind/);
		expect(await storedToken(page)).toBeNull();
	});
});

async function loginAttempt(page: Page, email: string, password: string) {
	await page.goto('/log-ind');
	await emailField(page).fill(email);
	await page.getByLabel('Adgangskode', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
}
