// Logs each demo role in once, through the real login page, and saves the browser
// state, so tests that only need "someone logged in" skip the login form.
import { test as setup } from '@playwright/test';
import { demoLogin, expect, homes, loginWithPassword, roles, storageStateOf } from './helpers';

for (const role of roles) {
	setup(`log in as ${role} and save the session`, async ({ page }) => {
		await loginWithPassword(page, demoLogin(role));
		await expect(page).toHaveURL(homes[role].path);
		await page.context().storageState({ path: storageStateOf(role) });
	});
}
