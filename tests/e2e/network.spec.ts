// Fællesskab in the browser: Lisbeth (not yet in the network in the demo) reads who
// sees what, joins, joins "Forældre under uddannelse", is warned before posting a phone
// number, posts, and sees her post once; Sarah, a member, has the group open in another
// browser and sees it arrive live; Karen, who moderates the group, hides it, and it leaves
// Sarah's device at once. The coordinator's queue shows the demo's waiting
// report. axe at 320 and 1280 px on every new page.
import type { APIRequestContext, Page } from '@playwright/test';
import { acrossPeople, expect, expectNoAxeViolations, serverInfo, settled, signedIn, superuserToken, test } from './helpers';
import { holdPerson } from './person-lock';

const lisbeth = () => ({ email: 'lisbeth@sammen.test', password: serverInfo().logins[0]!.password });

async function su(request: APIRequestContext) {
	return { Authorization: await superuserToken(request) };
}

/** Lisbeth out of the network again, with her posts (so the journey can run again on a kept server). */
async function resetLisbeth(request: APIRequestContext) {
	const headers = await su(request);
	const users = await request.get('/api/collections/users/records', { headers, params: { filter: 'email = "lisbeth@sammen.test"', fields: 'id' } });
	const id = ((await users.json()) as { items: { id: string }[] }).items[0]?.id;
	expect(id).toBeTruthy();
	for (const collection of ['posts', 'network_profiles']) {
		const field = collection === 'posts' ? 'author' : 'user';
		const found = await request.get(`/api/collections/${collection}/records`, { headers, params: { filter: `${field} = "${id}"`, fields: 'id' } });
		for (const { id: recordId } of ((await found.json()) as { items: { id: string }[] }).items) {
			await request.delete(`/api/collections/${collection}/records/${recordId}`, { headers });
		}
	}
}

async function axeAtBothWidths(page: Page) {
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await expectNoAxeViolations(page);
	}
}

test('Lisbeth joins the network, posts in her group, and Sarah sees it live', async ({ browser, request }) => {
	test.slow();
	// network-lisbeth.spec.ts resets her too
	const release = await holdPerson('lisbeth');
	await resetLisbeth(request);
	const { context, page } = await signedIn(browser, lisbeth());
	try {
		await page.goto('/faellesskab');
		await settled(page);
		await expect(page.getByRole('heading', { name: 'Hvem ser hvad?' })).toBeVisible();
		await axeAtBothWidths(page);

		await expect(page.getByLabel('Dit navn i fællesskabet')).toHaveValue('Lisbeth H.');
		await page.getByLabel('Om mig').fill('29, elektriker. Mor til to.');
		await page.getByRole('button', { name: 'Bliv en del af det' }).click();
		await expect(page.getByRole('heading', { name: 'Mine grupper' })).toBeVisible(acrossPeople);
		// her automatic groups (school, hold) come from the server
		await expect(page.getByRole('link', { name: 'Voksne elever på Erhvervsskolen Midt (demo)', exact: true })).toBeVisible(acrossPeople);
		await page.getByRole('button', { name: /^Bliv medlem\s?: Forældre under uddannelse$/ }).click();
		const groupLink = page.getByRole('link', { name: 'Forældre under uddannelse', exact: true });
		await expect(groupLink).toBeVisible(acrossPeople);
		await axeAtBothWidths(page);
		await groupLink.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Forældre under uddannelse' })).toBeVisible();
		// the group's earlier posts came with joining
		await expect(page.getByText('Hvordan klarer I det, når barnet er sygt i en skoleuge?')).toBeVisible(acrossPeople);
		const groupUrl = page.url();

		// Sarah, a member, has the group open on her own device
		const sarah = await signedIn(browser, 'learner');
		try {
			await sarah.page.goto(groupUrl);
			await expect(sarah.page.getByRole('heading', { level: 1, name: 'Forældre under uddannelse' })).toBeVisible();
			await settled(sarah.page);

			const text = `Hej! Jeg er Lisbeth. Hvordan får I tid til lektier? ${Date.now()}`;
			const field = page.getByRole('textbox', { name: 'Skriv et opslag' });
			// a phone number: asked first, and nothing is sent until she says so
			await field.fill('Ring til mig på 20 30 40 50');
			await page.getByRole('button', { name: 'Send', exact: true }).click();
			await expect(page.getByRole('alert')).toContainText('et telefonnummer');
			await page.getByRole('button', { name: 'Fortryd' }).click();

			await field.fill(text);
			await page.getByRole('button', { name: 'Send', exact: true }).click();
			const mine = page.getByRole('article').filter({ hasText: text });
			await expect(mine).toHaveCount(1);
			await expect(mine.getByText('Venter på at blive sendt')).toHaveCount(0, acrossPeople);
			await expect(mine).toHaveCount(1);
			await axeAtBothWidths(page);

			// live on Sarah's device, without reloading
			await expect(sarah.page.getByRole('article').filter({ hasText: text })).toHaveCount(1, acrossPeople);
			await expect(sarah.page.getByRole('article').filter({ hasText: text })).toContainText('Lisbeth H.');

			// Karen moderates the group (she started it): she hides the post, and it leaves
			// Sarah's device at once; Lisbeth still sees her own, marked hidden
			const karen = await signedIn(browser, 'mentor');
			try {
				await karen.page.goto(groupUrl);
				const onKaren = karen.page.getByRole('article').filter({ hasText: text });
				await expect(onKaren).toHaveCount(1, acrossPeople);
				await onKaren.getByRole('button', { name: 'Skjul for alle' }).click();
				await expect(onKaren.getByText('Skjult. Kun du og moderatorerne kan se det.')).toBeVisible(acrossPeople);
				await expect(sarah.page.getByRole('article').filter({ hasText: text })).toHaveCount(0, acrossPeople);
				await expect(mine.getByText('Skjult. Kun du og moderatorerne kan se det.')).toBeVisible(acrossPeople);
			} finally {
				await karen.context.close();
			}
		} finally {
			await sarah.context.close();
		}
	} finally {
		await context.close();
		await resetLisbeth(request);
		await release();
	}
});

test("the coordinator's queue shows the waiting report", async ({ browser }) => {
	const { context, page } = await signedIn(browser, 'coordinator');
	try {
		await page.goto('/faellesskab/moderation');
		await settled(page);
		await expect(page.getByText('Det er reklame eller spam')).toBeVisible(acrossPeople);
		await expect(page.getByText('Jeg sælger kosttilskud.', { exact: false })).toBeVisible();
		await axeAtBothWidths(page);
	} finally {
		await context.close();
	}
});
