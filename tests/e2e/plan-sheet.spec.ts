// "Vis min plan" (issue 13): the plan on one page for the family. Sarah (SOSU, mentor
// Karen Møller) sees her phases, her mentor and the goal her programme ends with; on
// paper (print media) the app's shell is hidden and only the sheet shows.
import { expect, settled, storageStateOf, superuserToken, test } from './helpers';

test.use({ storageState: storageStateOf('learner') });

test('Sarah sees her plan on one page with her phases and her mentor, and on paper only the sheet', async ({ page, request }) => {
	const headers = { Authorization: await superuserToken(request) };
	const get = async (collection: string, filter: string, sort = '') => {
		const res = await request.get(`/api/collections/${collection}/records`, { headers, params: { filter, perPage: 200, sort } });
		expect(res.ok(), await res.text()).toBe(true);
		return ((await res.json()) as { items: Record<string, unknown>[] }).items;
	};
	const [sarah] = await get('users', 'email = "sarah@sammen.test"');
	const phases = await get('plan_phases', `learner = "${String(sarah?.id)}"`, 'order');
	expect(phases.length).toBeGreaterThan(1);

	await page.goto('/hjem');
	await settled(page);
	await page.getByRole('link', { name: 'Vis min plan' }).click();
	await expect(page).toHaveURL('/hjem/min-plan');
	const sheet = page.getByTestId('plan-sheet');
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Planen for Sarah Nielsen');
	await expect(sheet.getByRole('heading', { level: 3 })).toHaveText(phases.map((p) => String(p.title)));
	await expect(sheet.getByText('Karen Møller', { exact: true })).toBeVisible();
	// SOSU ends with an uddannelsesbevis, not a svendebrev
	await expect(sheet.getByText('Til sidst får du dit uddannelsesbevis.')).toBeVisible();
	await expect(sheet.getByText(/^Penge: /).first()).toBeVisible();
	await expect(sheet.getByRole('button', { name: /Læs op/ }).first()).toBeVisible();
	const nav = page.getByRole('navigation').first();
	await expect(nav).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	await expect(nav).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print eller gem som PDF' })).toBeHidden();
	await expect(sheet.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(sheet.getByText('Karen Møller', { exact: true })).toBeVisible();
});
