// GDPR in the browser (issue 16): a learner downloads "Mine data" (the ZIP read back here:
// data.json holds their messages, and their photo is in it byte for byte); a learner asks
// for deletion and Anne (coordinator) confirms it, after which they are "Tidligere elev" and
// cannot log in. The privacy page and the accessibility statement are linked from every
// page, also before login. axe at 320 and 1280 px on every new page.
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, readUser, settled, signedIn, storageStateOf, superuserToken, test } from './helpers';

const onePixelPng = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

async function asSuperuser(request: APIRequestContext) {
	return { Authorization: await superuserToken(request) };
}

/** A conversation for the learner with a photo they sent and a reply from nobody in particular. */
async function giveMessages(request: APIRequestContext, learnerId: string) {
	const headers = await asSuperuser(request);
	const conv = await request.post('/api/collections/conversations/records', { headers, data: { id: learnerId, learner: learnerId } });
	expect(conv.ok(), await conv.text()).toBe(true);
	const msg = await request.post('/api/collections/messages/records', {
		headers,
		multipart: {
			conversation: learnerId,
			sender: learnerId,
			text: 'Her er min vagtplan for næste uge',
			attachment: { name: 'vagtplan.png', mimeType: 'image/png', buffer: onePixelPng }
		}
	});
	expect(msg.ok(), await msg.text()).toBe(true);
	return (await msg.json()) as { id: string; attachment: string };
}

async function renameTo(request: APIRequestContext, id: string, name: string) {
	const res = await request.patch(`/api/collections/users/records/${id}`, { headers: await asSuperuser(request), data: { name } });
	expect(res.ok(), await res.text()).toBe(true);
}

test.describe('Mine data', () => {
	test('a learner downloads everything about them as a ZIP with their messages and their photo', async ({ browser, request, tempUser }) => {
		test.slow();
		const message = await giveMessages(request, tempUser.id);
		const { context, page } = await signedIn(browser, tempUser);
		try {
			await page.goto('/indstillinger');
			await page.getByRole('link', { name: 'Mine data' }).first().click();
			await expect(page).toHaveURL('/mine-data');
			await settled(page);
			const downloading = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Hent mine data' }).click();
			const download = await downloading;
			expect(download.suggestedFilename()).toMatch(/^sammen-mine-data-\d{4}-\d{2}-\d{2}\.zip$/);
			await expect(page.getByText(/Filen er hentet/)).toBeVisible();

			const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
			const data = JSON.parse(strFromU8(zip['data.json']!)) as {
				person: { id: string; email: string };
				collections: Record<string, { id: string; text?: string }[]>;
			};
			expect(data.person).toMatchObject({ id: tempUser.id, email: tempUser.email });
			expect(data.collections.messages?.map((m) => m.text)).toContain('Her er min vagtplan for næste uge');
			const photo = zip[`filer/messages/${message.id}/${message.attachment}`];
			expect(photo, 'the photo is in the ZIP').toBeDefined();
			expect(Buffer.from(photo!)).toEqual(onePixelPng);
			expect(strFromU8(zip['LAES-MIG.txt']!)).toContain('artikel 15');
		} finally {
			await context.close();
		}
	});

	test('a learner asks for deletion and Anne confirms it: they become "Tidligere elev" and cannot log in', async ({ browser, request, tempUser }) => {
		test.slow();
		const name = `Slet ${tempUser.id.slice(0, 6)}`;
		await renameTo(request, tempUser.id, name);
		const learner = await signedIn(browser, tempUser);
		try {
			await learner.page.goto('/mine-data');
			await settled(learner.page);
			await learner.page.getByLabel('Vil du sige hvorfor?').fill('Jeg er færdig med min uddannelse');
			await learner.page.getByRole('button', { name: 'Bed om sletning' }).click();
			await expect(learner.page.getByText(/Du bad om sletning/)).toBeVisible();
			await expect(learner.page.getByText('Dine opslag bliver. Der står "Tidligere elev" ved dem.')).toBeVisible();
		} finally {
			await learner.context.close();
		}

		const anne = await signedIn(browser, 'coordinator');
		try {
			await anne.page.goto('/admin');
			await anne.page.getByRole('link', { name: 'Ønsker om sletning' }).click();
			await expect(anne.page).toHaveURL('/admin/sletning');
			const card = anne.page.getByRole('listitem').filter({ has: anne.page.getByRole('heading', { name }) });
			await expect(card.getByText('Jeg er færdig med min uddannelse')).toBeVisible();
			await card.getByRole('button', { name: `Slet data for ${name}` }).click();
			await card.getByRole('button', { name: 'Ja, slet' }).click();
			await expect(anne.page.getByRole('heading', { name })).toHaveCount(0);
			await expect(anne.page.getByRole('heading', { name: 'Slettet' })).toBeVisible();
		} finally {
			await anne.context.close();
		}

		await expect.poll(async () => (await readUser(request, tempUser.id)).name).toBe('Tidligere elev');
		const login = await request.post('/api/collections/users/auth-with-password', { data: { identity: tempUser.email, password: tempUser.password } });
		expect(login.status(), 'the old login no longer works').toBe(400);
	});
});

for (const width of [320, 1280]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		async function check(page: Page, path: string, heading: string) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			await settled(page);
			await expectNoAxeViolations(page);
		}

		test('before login: the privacy page and the accessibility statement, linked from the login page', async ({ page }) => {
			await page.goto('/log-ind');
			const footer = page.getByRole('contentinfo');
			await footer.getByRole('link', { name: 'Privatliv' }).click();
			await check(page, '/privatliv', 'Privatliv');
			await expect(page.getByRole('button', { name: /Læs op/ }).first()).toBeVisible();
			await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighed' }).click();
			await expect(page).toHaveURL('/tilgaengelighed');
			await check(page, '/tilgaengelighed', 'Tilgængelighed');
		});

		test.describe('as the learner', () => {
			test.use({ storageState: storageStateOf('learner') });
			test('/mine-data says plainly that it needs the net, and waits', async ({ page, context }) => {
				await page.goto('/mine-data');
				await settled(page);
				await context.setOffline(true);
				await expect(page.getByText('Du er ikke på nettet. Mine data virker kun med net.', { exact: false })).toBeVisible();
				await expect(page.getByRole('button', { name: 'Hent mine data' })).toBeDisabled();
				await context.setOffline(false);
				await expect(page.getByRole('button', { name: 'Hent mine data' })).toBeEnabled();
			});
			test('/mine-data passes axe, and the footer links are on the page', async ({ page }) => {
				await check(page, '/mine-data', 'Mine data');
				await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Privatliv' })).toBeAttached();
				await check(page, '/privatliv', 'Privatliv');
			});
		});

		test.describe('as the coordinator', () => {
			test.use({ storageState: storageStateOf('coordinator') });
			test('/admin/sletning passes axe', async ({ page }) => {
				await check(page, '/admin/sletning', 'Ønsker om sletning');
			});
		});
	});
}
