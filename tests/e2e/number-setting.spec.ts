// A whole-number setting (here the mentor's "no contact after N days" on "I dag"):
// out of range is refused next to the field and nothing is stored; a good value is
// saved to the account. The value saved is the default, so other tests see no change.
import { demoLogin, expect, readUser, storageStateOf, test } from './helpers';

test.use({ storageState: storageStateOf('mentor') });

test('a number out of range is refused at the field; a good one is saved', async ({ page, request }) => {
	await page.goto('/i-dag');
	const mentorId = (await page.evaluate(() => JSON.parse(localStorage.getItem('pocketbase_auth') ?? '{}').record?.id)) as string;
	expect(mentorId, demoLogin('mentor').email).toBeTruthy();
	const before = (await readUser(request, mentorId)).noContactDays;
	await page.getByText('Hvornår står der "Ingen kontakt"?', { exact: true }).click();
	const field = page.getByRole('spinbutton', { name: /ingen kontakt/ });

	await field.fill('0');
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByText('Skriv et tal fra 1 til 90.')).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');

	expect((await readUser(request, mentorId)).noContactDays).toBe(before);

	await field.fill('10');
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByText('Gemt.')).toBeVisible();
	await expect(page.getByText('Skriv et tal fra 1 til 90.')).toHaveCount(0);
	await expect.poll(async () => (await readUser(request, mentorId)).noContactDays).toBe(10);
});
