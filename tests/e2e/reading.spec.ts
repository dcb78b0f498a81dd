// Reading preferences (text size, font, tint): shown at once, kept on the device
// and on the account, so they come back on a new device after login.
import type { Page } from '@playwright/test';
import { expect, loginWithPassword, readUser, signedIn, test } from './helpers';

async function expectLook(page: Page, look: { size: string; font: string; tint: string }) {
	const html = page.locator('html');
	await expect(html).toHaveCSS('font-size', look.size);
	await expect(html).toHaveAttribute('data-font', look.font);
	await expect(html).toHaveAttribute('data-tint', look.tint);
}

const chosen = { size: '24px', font: 'opendyslexic', tint: 'dark' };

test('reading preferences stay after a reload and come back from the account on a new device', async ({
	page,
	browser,
	request,
	tempUser
}) => {
	await loginWithPassword(page, tempUser);
	await page.getByRole('link', { name: 'Indstillinger' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indstillinger');

	await page.getByLabel(/^Tekststørrelse/).fill('24');
	await expect(page.getByText('Tekststørrelse: 24')).toBeVisible();
	await page.getByRole('radio', { name: /OpenDyslexic/ }).check();
	await page.getByRole('radio', { name: 'Mørk' }).check();
	await expectLook(page, chosen);

	// saved on the account, not only on this device
	await expect
		.poll(async () => {
			const { textSize, font, tint } = await readUser(request, tempUser.id);
			return { textSize, font, tint };
		})
		.toEqual({ textSize: 24, font: 'opendyslexic', tint: 'dark' });

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Mørk' })).toBeChecked();
	await expectLook(page, chosen);

	await page.getByRole('button', { name: 'Log ud' }).click();
	await expect(page).toHaveURL('/log-ind');

	// A new device: nothing stored in the browser, so the look comes from the account.
	const { context: fresh, page: phone } = await signedIn(browser, null);
	try {
		await phone.goto('/log-ind');
		await expectLook(phone, { size: '18px', font: 'system', tint: 'white' });
		await loginWithPassword(phone, tempUser);
		await expectLook(phone, chosen);
	} finally {
		await fresh.close();
	}
});
