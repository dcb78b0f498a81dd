// Mit forløb (issue 4) in the browser. The journey: Bjarke's mentor Søren makes his
// plan from the Tømrer EUV2 template (10 steps), marks what is done and gives merit
// for one step (9 left to count); Bjarke, offline, ticks a step and attaches a photo;
// back online Søren sees it and confirms; Bjarke sees "4 af 9". Plus axe on every
// new page, bad evidence files, a transparent PNG that keeps a white background, and a
// plan edit that meets a newer one.
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import {
	acrossPeople,
	demoLogin,
	expect,
	expectNoAxeViolations,
	settled,
	signedIn,
	storageStateOf,
	serviceWorkerControls,
	superuserToken,
	test
} from './helpers';

const SOEREN = 'soeren@sammen.test';
const BJARKE = 'bjarke@sammen.test';
const password = () => demoLogin('learner').password;

// A 1×1 JPEG: a "photo" of a course certificate.
const JPEG = Buffer.from(
	'/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////2wBDAf//////////////////////////////////////////////////////////////////////////////////////wAARCAABAAEDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AH//Z',
	'base64'
);

// ------------------------------------------------------------------ PocketBase as superuser
async function su(request: APIRequestContext) {
	const headers = { Authorization: await superuserToken(request) };
	const list = async (collection: string, filter: string) => {
		const res = await request.get(`/api/collections/${collection}/records`, { headers, params: { filter, perPage: 200 } });
		expect(res.ok(), await res.text()).toBe(true);
		return ((await res.json()) as { items: Record<string, unknown>[] }).items;
	};
	return {
		list,
		async userId(email: string) {
			const [user] = await list('users', `email = "${email}"`);
			expect(user, email).toBeDefined();
			return String(user?.id);
		},
		async update(collection: string, id: string, data: Record<string, unknown>) {
			const res = await request.patch(`/api/collections/${collection}/records/${id}`, { headers, data });
			expect(res.ok(), await res.text()).toBe(true);
		},
		async remove(collection: string, id: string) {
			await request.delete(`/api/collections/${collection}/records/${id}`, { headers });
		}
	};
}

/** Removes Bjarke's plan (its phases, steps, photos and history go with it), so the journey starts with none. */
async function removeBjarkesPlan(request: APIRequestContext) {
	const admin = await su(request);
	const bjarke = await admin.userId(BJARKE);
	for (const plan of await admin.list('plans', `learner = "${bjarke}"`)) await admin.remove('plans', String(plan.id));
}

async function goOffline(page: Page) {
	// the service worker must have cached the app first, or the next page cannot open offline
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await serviceWorkerControls(page);
	await page.context().setOffline(true);
	await page.context().route('**/*', (route) => route.abort('internetdisconnected'));
	await expect(page.getByText('Ikke på nettet. Det, du gør, bliver gemt og sendt senere.')).toBeVisible();
}

async function goOnline(page: Page) {
	await page.context().unroute('**/*');
	await page.context().setOffline(false);
	await expect(page.getByText('Alt er sendt')).toBeVisible();
}

async function newPage(browser: Browser, email: string) {
	return (await signedIn(browser, { email, password: password() })).page;
}

// ------------------------------------------------------------------ the journey
test.describe('the journey', () => {
	// two people, offline and back, axe on every page: generous on a busy machine
	test.describe.configure({ mode: 'serial', timeout: 180_000 });
	test.beforeAll(async ({ request }) => removeBjarkesPlan(request));
	test.afterAll(async ({ request }) => removeBjarkesPlan(request));

	test("Søren makes Bjarke's plan, Bjarke ticks a step offline with a photo, Søren confirms: 4 af 9", async ({
		browser,
		request
	}) => {
		const admin = await su(request);
		const bjarkeId = await admin.userId(BJARKE);

		// ---- Søren makes the plan from the Tømrer EUV2 template
		const mentor = await newPage(browser, SOEREN);
		await mentor.getByRole('link', { name: 'Elevplaner' }).click();
		await settled(mentor);
		await mentor.getByRole('link', { name: 'Bjarke Andersen', exact: true }).click();
		await expect(mentor.getByRole('heading', { level: 1 })).toHaveText('Plan for Bjarke Andersen');
		await expectNoAxeViolations(mentor);
		await mentor.getByRole('radio', { name: /^Tømrer EUV2/ }).check();
		await mentor.getByRole('button', { name: 'Lav planen' }).click();
		const progress = mentor.getByTestId('plan-progress');
		await expect(progress).toHaveText('0 af 10 milepæle');

		// What is already done, and merit from the RKV for the grundforløb
		for (const title of ['Første samtale med din mentor', 'RKV: vi ser på, hvad du allerede kan', 'Din uddannelsesplan er klar']) {
			await mentor.getByRole('button', { name: `Marker som klaret: ${title}` }).click();
		}
		await expect(progress).toHaveText('3 af 10 milepæle');
		await mentor.getByRole('button', { name: 'Merit: Grundforløbet på skolen' }).click();
		await expect(mentor.getByRole('radio', { name: 'Eleven springer milepælen over' })).toBeChecked();
		await mentor.getByLabel('Hvad giver merit? (fx et kursus fra arbejdet)').fill('Erfaring fra byggeriet, vist ved RKV');
		await mentor.getByRole('button', { name: 'Gem', exact: true }).click();
		await expect(progress).toHaveText('3 af 9 milepæle');
		// staff read about the learner, and the programme names the goal
		await expect(mentor.getByText(/måneder til svendebrevet/)).toBeVisible();
		await expect(mentor.getByText(/dit svendebrev/)).toHaveCount(0);
		await expect(mentor.getByText('Alt er sendt')).toBeVisible();
		await expectNoAxeViolations(mentor);
		const [plan] = await admin.list('plans', `learner = "${bjarkeId}"`);
		const steps = await admin.list('milestones', `plan = "${plan?.id}"`);
		expect(steps).toHaveLength(10);
		expect(steps.filter((s) => s.status === 'done')).toHaveLength(3);
		const course = steps.find((s) => s.title === 'Kursus i førstehjælp og brand');
		expect(steps.find((s) => s.title === 'Grundforløbet på skolen')?.status).toBe('merit');

		// ---- Bjarke sees where he is, in seconds
		const learner = await newPage(browser, BJARKE);
		await expect(learner).toHaveURL('/hjem');
		await settled(learner);
		await expect(learner.getByTestId('plan-progress')).toHaveText('3 af 9 milepæle');
		await expect(learner.getByRole('progressbar', { name: 'Så langt er du' })).toHaveAttribute('aria-valuenow', '3');
		const next = learner.getByRole('region', { name: 'Din næste milepæl' });
		await expect(next.getByRole('link').first()).toContainText('Kursus i førstehjælp og brand');
		await expect(learner.getByText(/måneder til dit svendebrev/)).toBeVisible();

		// ---- offline: he ticks the step and attaches a photo of his course certificate
		await goOffline(learner);
		await next.getByRole('link').first().click();
		await expect(learner.getByRole('heading', { level: 1 })).toHaveText('Kursus i førstehjælp og brand');
		await learner.getByRole('button', { name: 'Jeg har gjort det' }).click();
		await expect(learner.getByText('Sendt til Søren. Når Søren har set det, er milepælen klaret.')).toBeVisible();
		await learner
			.getByLabel('Tag billede eller vælg fil')
			.setInputFiles({ name: 'kursusbevis.jpg', mimeType: 'image/jpeg', buffer: JPEG });
		await expect(learner.getByRole('img', { name: 'Billede til milepælen: Kursus i førstehjælp og brand' })).toBeVisible();
		await expect(learner.getByTestId('pending-count')).toHaveText('2 ændringer venter');
		await expectNoAxeViolations(learner);
		// nothing has reached the server yet
		expect((await admin.list('milestones', `id = "${course?.id}"`))[0]?.status).toBe('todo');

		// ---- back online: both arrive
		await goOnline(learner);
		await expect.poll(async () => (await admin.list('milestones', `id = "${course?.id}"`))[0]?.status, acrossPeople).toBe('waiting');
		await expect.poll(async () => (await admin.list('milestone_evidence', `milestone = "${course?.id}"`)).length, acrossPeople).toBe(1);

		// ---- Søren sees it (live) with the photo, and confirms
		const waiting = mentor.getByRole('region', { name: 'Venter på dig' });
		await expect(waiting.getByRole('heading', { name: 'Kursus i førstehjælp og brand' })).toBeVisible(acrossPeople);
		await expect(waiting.getByRole('img', { name: 'Billede til milepælen: Kursus i førstehjælp og brand' })).toBeVisible(acrossPeople);
		await expect
			.poll(() =>
				waiting
					.getByRole('img', { name: 'Billede til milepælen: Kursus i førstehjælp og brand' })
					.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
			)
			.toBe(true);
		await waiting.getByRole('button', { name: 'Godkend: Kursus i førstehjælp og brand' }).click();
		await expect(progress).toHaveText('4 af 9 milepæle');
		await expect(mentor.getByText('Søren godkendte «Kursus i førstehjælp og brand»')).toBeVisible();

		// ---- Bjarke: 4 af 9, with a calm word
		await learner.goto('/hjem');
		await expect(learner.getByTestId('plan-progress')).toHaveText('4 af 9 milepæle');
		await expect(learner.getByTestId('celebration')).toContainText('Godt gået!');
		await expectNoAxeViolations(learner);

		await mentor.context().close();
		await learner.context().close();
	});

	test('a plan edit that meets a newer one is kept as a conflict, and "Behold min ændring" sends it', async ({
		browser,
		request
	}) => {
		const admin = await su(request);
		const bjarkeId = await admin.userId(BJARKE);
		const mentor = await newPage(browser, SOEREN);
		await mentor.goto(`/elever/${bjarkeId}/plan`);
		await settled(mentor);
		await expect(mentor.getByTestId('plan-progress')).toHaveText('4 af 9 milepæle');
		const [stored] = await admin.list('milestones', `learner = "${bjarkeId}" && title = "Svendeprøven"`);

		await goOffline(mentor);
		const exam = mentor.getByRole('article', { name: 'Svendeprøven' });
		await exam.getByRole('button', { name: 'Ret: Svendeprøven', exact: true }).click();
		await exam.getByLabel('Skal være klaret').fill('2028-06-01');
		await exam.getByRole('button', { name: 'Gem', exact: true }).click();
		await expect(mentor.getByTestId('pending-count')).toHaveText('1 ændring venter');
		// meanwhile the step is changed elsewhere
		await admin.update('milestones', String(stored?.id), { helper: 'Din faglærer Peter' });

		await mentor.context().unroute('**/*');
		await mentor.context().setOffline(false);
		await mentor.getByText('1 ændring kunne ikke sendes').click();
		await expect(mentor.getByText('Nogen har ændret det samme imens.')).toBeVisible();
		// not lost: the server still has the other change, and the choice is the mentor's
		expect((await admin.list('milestones', `id = "${stored?.id}"`))[0]?.due).not.toContain('2028-06-01');
		await mentor.getByRole('button', { name: 'Behold min ændring' }).click();
		await expect(mentor.getByText('Alt er sendt')).toBeVisible();
		const [after] = await admin.list('milestones', `id = "${stored?.id}"`);
		expect(after).toMatchObject({ due: '2028-06-01 00:00:00.000Z', helper: 'Din faglærer Peter' });
		await mentor.context().close();
	});
});

// ------------------------------------------------------------------ bad evidence
test.describe('evidence that cannot be used', () => {
	test.use({ storageState: storageStateOf('learner') });

	for (const [what, file, error] of [
		['a text file', { name: 'noter.txt', mimeType: 'text/plain', buffer: Buffer.from('hej') }, 'Du kan kun vedhæfte billeder og PDF-filer.'],
		[
			'a photo over 10 MB',
			{ name: 'stort.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) },
			'Filen er for stor. Den må højst fylde 10 MB.'
		]
	] as const) {
		test(`${what} gives a plain Danish error and nothing is stored`, async ({ page, request }) => {
			const admin = await su(request);
			const sarah = await admin.userId(demoLogin('learner').email);
			const [step] = await admin.list('milestones', `learner = "${sarah}" && title = "Kursus i forflytning"`);
			await page.goto(`/hjem/milepael/${step?.id}`);
			await settled(page);
			await page.getByLabel('Tag billede eller vælg fil').setInputFiles(file);
			await expect(page.getByRole('alert')).toHaveText(error);
			await expect(page.getByText('Alt er sendt')).toBeVisible();
			expect(await admin.list('milestone_evidence', `milestone = "${step?.id}"`)).toEqual([]);
		});
	}
});

// ------------------------------------------------------------------ a transparent PNG as evidence
test.describe('a transparent PNG as evidence', () => {
	test.use({ storageState: storageStateOf('learner') });

	/** The colour of one pixel of an image (a page's <img>, or JPEG bytes), drawn in the browser. */
	const pixel = (page: Page, source: { img: string } | { jpeg: string }, x: number, y: number) =>
		page.evaluate(
			async ({ source, x, y }) => {
				let image: CanvasImageSource & { width: number; height: number };
				if ('img' in source) {
					const img = document.querySelector<HTMLImageElement>(source.img);
					if (!img) throw new Error('no image');
					await img.decode();
					image = await createImageBitmap(img);
				} else {
					const bytes = Uint8Array.from(atob(source.jpeg), (c) => c.charCodeAt(0));
					image = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
				}
				const canvas = new OffscreenCanvas(image.width, image.height);
				const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
				context.drawImage(image, 0, 0);
				return { size: [image.width, image.height], rgba: [...context.getImageData(x, y, 1, 1).data] };
			},
			{ source, x, y }
		);

	test('is shrunk to a JPEG with a white background (never black), waiting on the device and stored', async ({ page, request }) => {
		const admin = await su(request);
		const sarah = await admin.userId(demoLogin('learner').email);
		const [step] = await admin.list('milestones', `learner = "${sarah}" && title = "Skriftlig opgave om en borger"`);
		await page.goto(`/hjem/milepael/${step?.id}`);
		await settled(page);
		// 2000 × 1200 px: a transparent frame of 200 px around a noisy (heavy, several MB) photo
		const png = await page.evaluate(async () => {
			const canvas = new OffscreenCanvas(2000, 1200);
			const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
			const photo = context.createImageData(1600, 800);
			for (let i = 0; i < photo.data.length; i++) photo.data[i] = i % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
			context.putImageData(photo, 200, 200);
			const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
			let text = '';
			for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return btoa(text);
		});
		const buffer = Buffer.from(png, 'base64');
		expect(buffer.length).toBeGreaterThan(1024 * 1024);
		await goOffline(page);
		await page.getByLabel('Tag billede eller vælg fil').setInputFiles({ name: 'kursusbevis.png', mimeType: 'image/png', buffer });
		const img = page.getByRole('img', { name: 'Billede til milepælen: Skriftlig opgave om en borger' });
		await expect(img).toBeVisible();
		await expect(page.getByTestId('pending-count')).toHaveText('1 ændring venter');

		// waiting on the device: 1600 × 960, the transparent corner is white
		const selector = 'img[alt="Billede til milepælen: Skriftlig opgave om en borger"]';
		const pending = await pixel(page, { img: selector }, 20, 20);
		expect(pending.size).toEqual([1600, 960]);
		for (const channel of pending.rgba) expect(channel).toBeGreaterThanOrEqual(245);

		// stored: a JPEG, and its corner is white too
		await goOnline(page);
		await expect.poll(async () => (await admin.list('milestone_evidence', `milestone = "${step?.id}"`)).length).toBe(1);
		const [evidence] = await admin.list('milestone_evidence', `milestone = "${step?.id}"`);
		try {
			expect(String(evidence?.file)).toMatch(/^kursusbevis_\w+\.jpg$/);
			const headers = { Authorization: await superuserToken(request) };
			const token = ((await (await request.post('/api/files/token', { headers })).json()) as { token: string }).token;
			const file = await request.get(`/api/files/milestone_evidence/${evidence?.id}/${evidence?.file}`, { params: { token } });
			expect(file.ok()).toBe(true);
			const stored = await pixel(page, { jpeg: (await file.body()).toString('base64') }, 20, 20);
			expect(stored.size).toEqual([1600, 960]);
			for (const channel of stored.rgba) expect(channel).toBeGreaterThanOrEqual(245);
		} finally {
			await admin.remove('milestone_evidence', String(evidence?.id));
		}
	});
});

// ------------------------------------------------------------------ axe on every new page
for (const width of [320, 1280]) {
	test.describe(`new pages at ${width} px`, () => {
		// several axe runs on long pages, on a small machine
		test.describe.configure({ timeout: 180_000 });
		test.use({ viewport: { width, height: 900 } });

		const check = async (page: Page, path: string, heading: string | RegExp) => {
			await page.goto(path);
			await settled(page);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expectNoAxeViolations(page);
		};

		test.describe('as Sarah (learner)', () => {
			test.use({ storageState: storageStateOf('learner') });
			test('her home, a step and Tid og økonomi pass axe', async ({ page, request }) => {
				const admin = await su(request);
				const sarah = await admin.userId(demoLogin('learner').email);
				await check(page, '/hjem', 'Hej Sarah');
				await expect(page.getByTestId('plan-progress')).toHaveText('3 af 9 milepæle');
				// the whole path, with "Du er her" on the current part
				await expect(page.locator('[aria-current="step"]')).toContainText('Du er her');
				const [step] = await admin.list('milestones', `learner = "${sarah}" && title = "Kursus i forflytning"`);
				await check(page, `/hjem/milepael/${step?.id}`, 'Kursus i forflytning');
				await expect(page.getByRole('heading', { name: 'Hvorfor?' })).toBeVisible();
				await check(page, '/hjem/tid-og-okonomi', 'Tid og økonomi');
				await expect(page.getByText('Du får voksenelevløn: ca. 21.200 kr. om måneden før skat.')).toBeVisible();
				await expect(page.getByText('Ca. 35 minutter hver vej.').first()).toBeVisible();
			});
		});

		test.describe('as Karen (mentor)', () => {
			test.use({ storageState: storageStateOf('mentor') });
			test('Elevplaner, a plan and the templates pass axe', async ({ page, request }) => {
				const admin = await su(request);
				const sarah = await admin.userId(demoLogin('learner').email);
				await check(page, '/planer', 'Elevplaner');
				await check(page, `/elever/${sarah}/plan`, 'Plan for Sarah Nielsen');
				await page.getByRole('button', { name: 'Ret: Kursus i forflytning', exact: true }).click();
				await expectNoAxeViolations(page);
				await page.getByText('Tid og økonomi: Skole og praktik').click();
				await expectNoAxeViolations(page);
				await check(page, '/admin/skabeloner', 'Skabeloner');
			});
		});

		test.describe('as Gitte (teacher)', () => {
			test.use({ storageState: storageStateOf('teacher') });
			test('Elevplaner shows progress only, and passes axe', async ({ page }) => {
				await check(page, '/planer', 'Elevplaner');
				await expect(page.getByRole('heading', { name: 'Sarah Nielsen' })).toBeVisible();
				await expect(page.getByRole('link', { name: 'Sarah Nielsen' })).toHaveCount(0);
				// Sarah's row (the class has more learners with plans now)
				const sarah = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sarah Nielsen' }) });
				await expect(sarah.getByText('3 af 9 milepæle')).toBeVisible();
			});
		});

		test.describe('as Anne (coordinator)', () => {
			test.use({ storageState: storageStateOf('coordinator') });
			test('the templates and one template pass axe', async ({ page }) => {
				await check(page, '/admin/skabeloner', 'Skabeloner');
				await page.getByRole('link', { name: 'Tømrer EUV2' }).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tømrer EUV2');
				await expect(page.getByRole('group', { name: /^Milepæl \d+:/ })).toHaveCount(10);
				await expectNoAxeViolations(page);
			});
		});
	});
}
