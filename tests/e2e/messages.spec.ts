// Beskeder in the browser: Sarah sends a voice note (fake microphone) and a photo
// while offline; they show as waiting, then arrive exactly once; Karen, her mentor, in
// a second browser, sees them live, plays the voice note at 1.5× and answers; Sarah
// sees "Læst". Also: bad input is refused before sending, a conversation of 10,000
// messages keeps a bounded number of messages in the page, and axe on every page.
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import config from '../../playwright.config';
import {
	acrossPeople,
	demoLogin,
	expect,
	expectNoAxeViolations,
	loginWithPassword,
	settled,
	signedIn,
	superuserToken,
	test,
	type TempUser
} from './helpers';

// The fake microphone plays a beep; the args of playwright.config.ts stay.
const baseArgs = config.use?.launchOptions?.args ?? [];
test.use({
	launchOptions: {
		...config.use?.launchOptions,
		args: [...baseArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']
	},
	permissions: ['microphone']
});

const withMicrophone = { permissions: ['microphone'] };

async function userId(request: APIRequestContext, email: string): Promise<string> {
	const res = await request.get('/api/collections/users/records', {
		headers: { Authorization: await superuserToken(request) },
		params: { filter: `email = "${email}"`, fields: 'id' }
	});
	const id = ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
	expect(id, email).toBeTruthy();
	return id as string;
}

async function messagesOf(request: APIRequestContext, conversation: string) {
	const res = await request.get('/api/collections/messages/records', {
		headers: { Authorization: await superuserToken(request) },
		params: { filter: `conversation = "${conversation}"`, sort: 'created', perPage: '500' }
	});
	return ((await res.json()) as { items: Record<string, string | number>[] }).items;
}

/** Everything the browser sends is refused, as without a network. */
async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
}
async function goOnline(context: BrowserContext) {
	await context.unroute('**/*');
	await context.setOffline(false);
}

/** A big photo, made in the page: 2000 × 1500 px of noise, several MB as PNG. */
async function bigPhoto(page: Page): Promise<Buffer> {
	const base64 = await page.evaluate(async () => {
		const canvas = document.createElement('canvas');
		canvas.width = 2000;
		canvas.height = 1500;
		const context = canvas.getContext('2d') as CanvasRenderingContext2D;
		const image = context.createImageData(2000, 1500);
		for (let i = 0; i < image.data.length; i++) image.data[i] = i % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
		context.putImageData(image, 0, 0);
		const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b as Blob), 'image/png'));
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let binary = '';
		for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		return btoa(binary);
	});
	return Buffer.from(base64, 'base64');
}

const messageArticle = (page: Page, text: RegExp | string) => page.locator('article.message').filter({ hasText: text });

test('Sarah sends a voice note and a photo offline; they arrive once; Karen plays it at 1.5× and answers; Sarah sees "Læst"', async ({
	browser,
	request
}) => {
	test.slow(); // two people, offline and back, media: on a busy machine this takes long
	const sarahId = await userId(request, demoLogin('learner').email);
	const before = await messagesOf(request, sarahId);

	const { context: sarahContext, page: sarah } = await signedIn(browser, 'learner', withMicrophone);
	const { context: karenContext, page: karen } = await signedIn(browser, 'mentor', withMicrophone);

	// Karen opens Sarah's conversation from her inbox.
	await karen.goto('/beskeder');
	await settled(karen);
	await karen.getByRole('link', { name: /Sarah Nielsen/ }).click();
	await expect(karen.getByRole('heading', { level: 1 })).toHaveText('Beskeder med Sarah Nielsen');
	await expect(karen.getByText('Du ser hele elevens samtale, også beskeder fra en tidligere mentor.')).toBeVisible();

	// Sarah opens hers ("Skriv til din mentor") and reads the history.
	await sarah.goto('/hjem');
	await sarah.getByRole('link', { name: 'Skriv til din mentor' }).first().click();
	await expect(sarah.getByRole('heading', { level: 1 })).toHaveText('Beskeder med Karen Møller');
	await settled(sarah);
	await expect(messageArticle(sarah, 'Tag din seneste lønseddel med')).toBeVisible();
	await expect(sarah.getByText(/kan den nye mentor læse jeres beskeder/)).toBeVisible();
	const photo = await bigPhoto(sarah);
	expect(photo.length).toBeGreaterThan(10 * 1024 * 1024 * 0.5);

	const posts: string[] = [];
	sarah.on('request', (r) => {
		if (r.method() === 'POST' && r.url().includes('/api/collections/messages/records')) posts.push(r.url());
	});

	// Offline: a voice note with the (fake) microphone …
	await goOffline(sarahContext);
	await expect(sarah.getByText('Ikke på nettet. Det, du gør, bliver gemt og sendt senere.')).toBeVisible();
	await sarah.getByRole('button', { name: 'Optag talebesked' }).click();
	await expect(sarah.getByTestId('record-time')).toHaveText(/^0:0[2-9] af 2:00$/, { timeout: 15_000 });
	await sarah.getByRole('button', { name: 'Stop optagelsen' }).click();
	await sarah.getByRole('button', { name: 'Send talebesked' }).click();
	// … and a photo, made smaller on the device.
	await sarah.getByTestId('attach-input').setInputFiles({ name: 'byggeplads.png', mimeType: 'image/png', buffer: photo });
	await expect(sarah.getByText(/byggeplads\.jpg \(\d/)).toBeVisible();
	await sarah.getByRole('button', { name: 'Send', exact: true }).click();

	const mine = sarah.locator('article.message.mine');
	await expect(mine.filter({ hasText: 'Talebesked' }).getByTestId('message-state')).toHaveText(
		'Venter. Bliver sendt, når du er på nettet.'
	);
	await expect(mine.filter({ has: sarah.getByRole('img', { name: 'Billede fra Dig' }) }).getByTestId('message-state')).toHaveText(
		'Venter. Bliver sendt, når du er på nettet.'
	);
	expect(await messagesOf(request, sarahId)).toHaveLength(before.length);

	// Back online: both are sent, exactly once.
	await goOnline(sarahContext);
	await expect(sarah.getByText('Alt er sendt')).toBeVisible(acrossPeople);
	await expect.poll(async () => (await messagesOf(request, sarahId)).length, acrossPeople).toBe(before.length + 2);
	const stored = (await messagesOf(request, sarahId)).slice(-2);
	expect(stored.map((m) => [m.voice ? 'voice' : 'photo', m.sender])).toEqual([
		['voice', sarahId],
		['photo', sarahId]
	]);
	expect(String(stored[1]?.attachment)).toMatch(/\.jpg$/);
	expect(Number(stored[0]?.voiceSeconds)).toBeGreaterThanOrEqual(2);
	expect(posts).toHaveLength(2);

	// Karen sees them arrive live, and plays the voice note at 1.5×.
	await expect(karen.getByRole('img', { name: 'Billede fra Sarah Nielsen' }).last()).toBeVisible(acrossPeople);
	const voiceNote = karen.locator('article.message').filter({ hasText: 'Talebesked' }).last();
	await expect(voiceNote).toBeVisible();
	await voiceNote.getByRole('button', { name: '1,5×' }).click();
	await expect(voiceNote.getByRole('button', { name: '1,5×' })).toHaveAttribute('aria-pressed', 'true');
	const play = voiceNote.getByRole('button', { name: /^Afspil/ });
	await expect(play).toBeEnabled();
	await play.click();
	await expect
		.poll(() => voiceNote.locator('audio').evaluate((a: HTMLAudioElement) => ({ rate: a.playbackRate, moved: a.currentTime > 0 || a.ended })))
		.toEqual({ rate: 1.5, moved: true });

	// Karen answers; Sarah sees it live, and sees that Karen read hers.
	await karen.getByLabel('Din besked').fill('Tak Sarah! Flot billede. Vi ses på tirsdag.');
	await karen.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(messageArticle(sarah, 'Tak Sarah! Flot billede.')).toBeVisible(acrossPeople);
	await expect(mine.filter({ hasText: 'Talebesked' }).getByTestId('message-state')).toHaveText('Læst', acrossPeople);
	expect(posts).toHaveLength(2);

	// From a step of her plan: "Skriv til Karen om denne milepæl" → the message is about it.
	const steps = await request.get('/api/collections/milestones/records', {
		headers: { Authorization: await superuserToken(request) },
		params: { filter: `learner = "${sarahId}"`, perPage: '1', sort: 'created' }
	});
	const step = ((await steps.json()) as { items: { id: string; title: string }[] }).items[0];
	expect(step, "a step in Sarah's demo plan").toBeTruthy();
	await sarah.goto(`/hjem/milepael/${step!.id}`);
	await sarah.getByRole('link', { name: 'Skriv til Karen om denne milepæl' }).click();
	await expect(sarah).toHaveURL(`/beskeder?milepael=${step!.id}`);
	await expect(sarah.getByRole('form', { name: 'Skriv en besked' })).toContainText(`Om: ${step!.title}`);
	await sarah.getByLabel('Din besked').fill('Hvordan gør jeg det her?');
	await sarah.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(messageArticle(sarah, 'Hvordan gør jeg det her?')).toContainText(`Om: ${step!.title}`);
	await expect.poll(async () => (await messagesOf(request, sarahId)).at(-1)?.milestone, acrossPeople).toBe(step!.id);
	await expect(messageArticle(karen, 'Hvordan gør jeg det her?')).toContainText(`Om: ${step!.title}`, acrossPeople);

	await sarahContext.close();
	await karenContext.close();
});

test.describe('with a learner of her own (a throwaway user with Karen as mentor)', () => {
	async function withKaren(request: APIRequestContext, user: TempUser) {
		const headers = { Authorization: await superuserToken(request) };
		const karen = await userId(request, demoLogin('mentor').email);
		const found = await request.get(`/api/collections/users/records/${user.id}`, { headers });
		const school = ((await found.json()) as { school: string }).school;
		const res = await request.post('/api/collections/mentorships/records', {
			headers,
			data: { learner: user.id, mentor: karen, school, start: '2026-01-01 00:00:00.000Z' }
		});
		expect(res.ok(), await res.text()).toBe(true);
	}

	test('bad input gets a clear Danish reason before anything is sent', async ({ page, request, tempUser }) => {
		await withKaren(request, tempUser);
		await loginWithPassword(page, tempUser);
		await page.goto('/beskeder');
		await settled(page);

		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText('Skriv en besked, eller vælg et billede, en fil eller en talebesked.');
		await expect(page.getByLabel('Din besked')).toHaveAttribute('aria-invalid', 'true');

		await page.getByLabel('Din besked').fill('a'.repeat(4001));
		await expect(page.getByText('Du har skrevet 4.001 af 4.000 tegn.')).toBeVisible();
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Beskeden er for lang. Den må højst have 4.000 tegn. Del den op i flere beskeder.'
		);

		await page.getByTestId('attach-input').setInputFiles({ name: 'program.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
		await expect(page.getByText(/^Den slags fil kan ikke sendes/)).toBeVisible();
		await page.getByTestId('attach-input').setInputFiles({
			name: 'stor.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)])
		});
		await expect(page.getByText('Filen er for stor. Den må højst fylde 10 MB.')).toBeVisible();

		// nothing was stored or queued
		await expect(page.getByText('Ingen beskeder endnu. Skriv den første!')).toBeVisible();
		await expect(page.getByTestId('pending-count')).toHaveCount(0);
	});

	test('within 15 minutes the sender edits a message and withdraws another', async ({ page, request, tempUser }) => {
		await withKaren(request, tempUser);
		await loginWithPassword(page, tempUser);
		await page.goto('/beskeder');
		await settled(page);
		for (const text of ['Jeg kommer kl. 9', 'Ups, forkert besked']) {
			await page.getByLabel('Din besked').fill(text);
			await page.getByRole('button', { name: 'Send', exact: true }).click();
			await expect(messageArticle(page, text).getByTestId('message-state')).toHaveText('Sendt');
		}

		// once per message, compactly: one small button; the choices and the time left behind it
		const first = messageArticle(page, 'Jeg kommer kl. 9');
		await expect(first.getByRole('button', { name: 'Ret', exact: true })).toHaveCount(0);
		await expect(first).not.toContainText('minutter endnu');
		await first.getByRole('button', { name: 'Ret eller træk tilbage' }).click();
		await expect(first).toContainText('Det kan du i 15 minutter endnu.');
		await first.getByRole('button', { name: 'Ret', exact: true }).click();
		// (while editing, the words are in the field, not in the text of the message)
		await expect(page.getByLabel('Ret din besked')).toHaveValue('Jeg kommer kl. 9');
		await page.getByLabel('Ret din besked').fill('Jeg kommer kl. 10');
		await page.getByRole('button', { name: 'Gem rettelse' }).click();
		await expect(messageArticle(page, 'Jeg kommer kl. 10')).toContainText('(rettet)');

		const second = messageArticle(page, 'Ups, forkert besked');
		await second.getByRole('button', { name: 'Ret eller træk tilbage' }).click();
		await second.getByRole('button', { name: 'Træk tilbage', exact: true }).click();
		await second.getByRole('button', { name: 'Ja, træk den tilbage' }).click();
		await expect(messageArticle(page, 'Ups, forkert besked')).toHaveCount(0);

		await expect
			.poll(async () => (await messagesOf(request, tempUser.id)).map((m) => [m.text, Boolean(m.editedAt)]))
			.toEqual([['Jeg kommer kl. 10', true]]);
	});

	test('a conversation of 10,000 messages keeps at most 150 in the page while scrolling', async ({ page, request, tempUser }) => {
		test.slow(); // 10,000 messages written into the page's database, then scrolled
		await withKaren(request, tempUser);
		const karen = await userId(request, demoLogin('mentor').email);
		await loginWithPassword(page, tempUser);
		await page.goto('/beskeder');
		await settled(page);

		// 10,000 messages straight into this device's database (as if synced earlier).
		await page.evaluate(
			async ({ me, karen }) => {
				const open = indexedDB.open(`sammen-${me}`);
				const db = await new Promise<IDBDatabase>((resolve, reject) => {
					open.onsuccess = () => resolve(open.result);
					open.onerror = () => reject(open.error);
				});
				const tx = db.transaction('messages', 'readwrite');
				const store = tx.objectStore('messages');
				const start = Date.parse('2026-01-01T00:00:00Z');
				for (let n = 0; n < 10_000; n++) {
					const created = new Date(start + n * 60_000).toISOString().replace('T', ' ');
					store.put({
						id: `x${String(n).padStart(14, '0')}`,
						conversation: me,
						sender: n % 3 ? me : karen,
						text: `Besked nummer ${n}`,
						readAt: created,
						created,
						updated: created
					});
				}
				await new Promise((resolve, reject) => {
					tx.oncomplete = resolve;
					tx.onerror = () => reject(tx.error);
				});
				db.close();
			},
			{ me: tempUser.id, karen }
		);
		await page.reload();
		await settled(page);
		const scroller = page.getByTestId('message-scroller');
		const rendered = () => scroller.locator('[data-message-id]').count();
		await expect(page.getByText('Besked nummer 9999', { exact: true })).toBeVisible();
		expect(await rendered()).toBe(50);

		// Scrolling up through the history: older ones come in, the newest go; never more than 150.
		const counts: number[] = [];
		for (let step = 1; step <= 6; step++) {
			await scroller.evaluate((el) => (el.scrollTop = 0));
			await expect(page.getByText(`Besked nummer ${9950 - 50 * step}`, { exact: true })).toBeAttached();
			counts.push(await rendered());
			// the message that was at the top is still in view: the reader keeps their place
			await expect(page.getByText(`Besked nummer ${9950 - 50 * (step - 1)}`, { exact: true })).toBeInViewport();
		}
		expect(counts).toEqual([100, 150, 150, 150, 150, 150]);
		await expect(page.getByText('Besked nummer 9999', { exact: true })).toHaveCount(0);

		// Scrolling down again brings the newer ones back.
		await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect(page.getByText('Besked nummer 9749', { exact: true })).toBeAttached();
		expect(await rendered()).toBeLessThanOrEqual(150);

		// And back to the newest.
		await page.getByRole('button', { name: 'Gå til nyeste besked' }).click();
		await expect(page.getByText('Besked nummer 9999', { exact: true })).toBeVisible();
		expect(await rendered()).toBeLessThanOrEqual(150);
	});
});

for (const width of [320, 1280]) {
	test.describe(`axe at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		test('the learner\'s conversation, the mentor\'s inbox and conversation, and the page for staff pass axe', async ({
			browser
		}) => {
			test.slow(); // three people, axe on five pages
			const viewport = { width, height: 800 };
			const people = await Promise.all(
				(['learner', 'mentor', 'teacher'] as const).map((role) => signedIn(browser, role, { ...withMicrophone, viewport }))
			);
			const [sarah, karen, gitte] = people.map((person) => person.page) as [Page, Page, Page];

			await sarah.goto('/beskeder');
			await settled(sarah);
			await expect(sarah.locator('article.message').first()).toBeVisible();
			await expectNoAxeViolations(sarah);

			await karen.goto('/beskeder');
			await settled(karen);
			await expect(karen.getByRole('link', { name: /Amina Hussein/ })).toBeVisible();
			await expectNoAxeViolations(karen);
			await karen.getByRole('radio', { name: 'Ubesvaret i mere end 2 dage' }).check();
			await expectNoAxeViolations(karen);
			await karen.getByRole('radio', { name: 'Alle elever' }).check();
			await karen.getByRole('link', { name: /Amina Hussein/ }).click();
			await expect(karen.getByRole('heading', { level: 1 })).toHaveText('Beskeder med Amina Hussein');
			await settled(karen);
			await expect(karen.locator('article.message').first()).toBeVisible();
			await expectNoAxeViolations(karen);

			await gitte.goto('/beskeder');
			await settled(gitte);
			await expect(gitte.getByText(/Undervisere og koordinatorer kan ikke læse dem/)).toBeVisible();
			await expectNoAxeViolations(gitte);

			for (const { context } of people) await context.close();
		});
	});
}
