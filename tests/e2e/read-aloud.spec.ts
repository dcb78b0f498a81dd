// Read-aloud on /hjaelp. A spy wraps speechSynthesis.speak and records what it was
// asked to say. Headless Chromium may have no voices; then the page must say that
// there is no Danish voice instead of staying silent without a word.
import type { Page } from '@playwright/test';
import { expect, spoken, spyOnSpeech, test } from './helpers';

const noDanishVoice = (page: Page) => page.getByRole('status').filter({ hasText: 'Din enhed har ingen dansk stemme' });
const readButton = (page: Page) => page.getByRole('main').getByRole('button', { name: 'Læs op' }).first();

test('"Læs op" on the help page speaks Danish text, or says there is no Danish voice', async ({ page }) => {
	await spyOnSpeech(page);
	await page.goto('/hjaelp');
	await readButton(page).click();

	await expect
		.poll(async () => (await spoken(page)).length > 0 || (await noDanishVoice(page).count()) > 0)
		.toBe(true);

	const said = await spoken(page);
	if (said.length > 0) {
		test.info().annotations.push({ type: 'read-aloud', description: `speak() was called: "${said[0]?.text}" (${said[0]?.lang})` });
		expect(said[0]?.lang).toMatch(/^da\b/i);
		expect(said[0]?.text).toContain('Her finder du hjælp til at bruge Sammen.');
	} else {
		test.info().annotations.push({ type: 'read-aloud', description: 'no Danish voice: the page showed the message' });
		await expect(noDanishVoice(page)).toBeVisible();
	}
});

test('with a Danish voice on the device, "Læs op" speaks the help text sentence by sentence in Danish', async ({
	page
}) => {
	// A stand-in Danish voice: the device list has one, and the utterance accepts it.
	await spyOnSpeech(page, { danishVoice: true });
	await page.goto('/hjaelp');
	await readButton(page).click();

	await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
	const [first] = await spoken(page);
	expect(first).toEqual({ text: 'Her finder du hjælp til at bruge Sammen.', lang: 'da-DK' });
	await expect(noDanishVoice(page)).toHaveCount(0);
});

test('with no voice on the device, "Læs op" says there is no Danish voice and speaks nothing', async ({ page }) => {
	await page.addInitScript(() => {
		window.speechSynthesis.getVoices = () => [];
	});
	await spyOnSpeech(page);
	await page.goto('/hjaelp');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hjælp');
	// The device has said its (empty) list is complete.
	await page.evaluate(() => window.speechSynthesis.dispatchEvent(new Event('voiceschanged')));
	await readButton(page).click();

	await expect(noDanishVoice(page)).toBeVisible();
	expect(await spoken(page)).toEqual([]);
});
