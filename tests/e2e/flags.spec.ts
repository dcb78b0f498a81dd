// Caseload and flags in the browser, with the demo people: Gitte (teacher) flags Sarah
// for Læsning/ordblindhed in three taps; Karen (mentor) sees Sarah at the top of "I dag",
// acknowledges, writes a note and closes it with "SPS søgt"; Gitte sees "Lukket – SPS
// søgt"; Sarah sees the flag in kind words and answers. A flag nobody acknowledged
// escalates when the clock is moved past the target, and the coordinator hands the
// learner over (notes go along). Offline: raising, acknowledging and a note are sent
// once back online. axe on every new page at 320 and 1280 px.
// The tests share the demo data and change it, so they run one after another.
import type { APIRequestContext, Page } from '@playwright/test';
import { addWorkingDays } from '../../src/lib/domain/time';
import { acrossPeople, demoLogin, expect, expectNoAxeViolations, settled, signedIn, superuserToken, test } from './helpers';

// Journeys of two to four people (each a browser), with axe on every page: on a busy
// machine they take several times as long as on a quiet one, so each gets a triple
// budget (test.slow) and the steps that wait on another person wait generously.
test.describe.configure({ mode: 'serial' });
test.beforeEach(() => test.slow());

/** axe at 320 and 1280 px wide. */
async function axeBothWidths(page: Page) {
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await expectNoAxeViolations(page);
	}
}

async function admin(request: APIRequestContext) {
	return { Authorization: await superuserToken(request) };
}

async function userId(request: APIRequestContext, email: string): Promise<string> {
	const res = await request.get('/api/collections/users/records', {
		headers: await admin(request),
		params: { filter: `email = "${email}"`, fields: 'id,school' }
	});
	const id = ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
	expect(id, email).toBeTruthy();
	return id as string;
}

async function list(request: APIRequestContext, collection: string, filter: string) {
	const res = await request.get(`/api/collections/${collection}/records`, {
		headers: await admin(request),
		params: { filter, sort: '-created', perPage: '100' }
	});
	expect(res.ok(), await res.text()).toBe(true);
	return ((await res.json()) as { items: Record<string, string>[] }).items;
}

const LEARNER_TEXT = 'Du må gerne få hjælp til at læse opgaverne.';
const MENTOR_ONLY = 'Hun græd efter timen og er bange for at dumpe.';

/** Everything in the person's local database (IndexedDB `sammen-<id>`), as one JSON text. */
async function localRecords(page: Page, id: string): Promise<string> {
	return page.evaluate(async (name) => {
		const done = <T>(request: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		const db = await done(indexedDB.open(name));
		const all: Record<string, unknown[]> = {};
		for (const store of Array.from(db.objectStoreNames)) all[store] = await done(db.transaction(store).objectStore(store).getAll());
		db.close();
		return JSON.stringify(all);
	}, `sammen-${id}`);
}

test('a teacher flags Sarah; her mentor acknowledges, notes and closes it; the teacher and Sarah see it', async ({
	browser,
	request
}) => {
	const sarahId = await userId(request, demoLogin('learner').email);

	// ---- Gitte, the teacher: three taps from the class list
	const teacher = await signedIn(browser, 'teacher');
	await teacher.page.goto('/hold');
	await settled(teacher.page);
	await teacher.page.getByRole('button', { name: /^Sarah Nielsen/ }).click(); // 1
	const sheet = teacher.page.getByRole('dialog', { name: 'Sarah Nielsen' });
	await expect(sheet).toBeVisible();
	await axeBothWidths(teacher.page);
	await sheet.getByRole('button', { name: 'Læsning/ordblindhed' }).click(); // 2
	// two clearly labelled places: what Sarah may read, and what only her mentor reads
	await sheet.getByLabel('Eleven kan læse dette (kan udelades)').fill(LEARNER_TEXT);
	await sheet.getByLabel('Kun til mentoren (kan udelades)').fill(MENTOR_ONLY);
	await axeBothWidths(teacher.page); // the sheet with its two text fields
	await sheet.getByRole('button', { name: 'Bekymring' }).click(); // 3: sent
	// (the sheet's text fields have their own dictation status lines; this is the sending one)
	await expect(sheet.getByRole('status').filter({ hasText: 'Sendt:' })).toHaveText('Sendt: Sarah Nielsen – Læsning/ordblindhed. Mentoren får besked.');
	await sheet.getByRole('button', { name: 'Luk' }).first().click();
	await expect(sheet).toBeHidden();
	const mine = teacher.page.getByTestId('teacher-flag').filter({ hasText: 'Sarah Nielsen – Læsning/ordblindhed' }).first();
	await expect(mine).toContainText('Sendt – venter på mentoren');
	await expect.poll(async () => (await list(request, 'flags', `learner = "${sarahId}" && status = "new"`)).length, acrossPeople).toBe(1);
	await axeBothWidths(teacher.page);

	// ---- Karen, the mentor: Sarah is at the top of "I dag"
	const mentor = await signedIn(browser, 'mentor');
	await mentor.page.goto('/i-dag');
	await settled(mentor.page);
	const top = mentor.page.getByTestId('caseload-entry').first();
	await expect(top).toContainText('Sarah Nielsen');
	await expect(top).toContainText('1 ny markering', acrossPeople);
	// the other features' signals light up too: Sarah's help request, Amina's unread message
	await expect(top).toContainText('beder om hjælp');
	await expect(mentor.page.getByTestId('caseload-entry').filter({ hasText: 'Amina Hussein' })).toContainText('1 ulæst besked');
	await axeBothWidths(mentor.page);
	// the filter "kræver handling" keeps her; search finds her by name
	await mentor.page.getByLabel('Kræver handling').check();
	await mentor.page.getByLabel('Søg efter navn').fill('sarah');
	await expect(mentor.page.getByTestId('caseload-entry')).toHaveCount(1);

	await top.getByRole('link', { name: 'Sarah Nielsen' }).click();
	await expect(mentor.page).toHaveURL(`/elever/${sarahId}`);
	await settled(mentor.page);
	const card = mentor.page.getByTestId('flag-card').filter({ hasText: 'Læsning/ordblindhed' }).first();
	await expect(card.getByTestId('staff-note')).toContainText(MENTOR_ONLY);
	// before acknowledging, Karen sees exactly what Sarah will read (and not the words for her)
	const preview = card.getByTestId('learner-preview');
	await expect(preview).toContainText('Det ser eleven, når du trykker "Jeg har set den":');
	await expect(preview).toContainText('Karen Møller: Din underviser har bedt mig om at høre, hvordan det går med læsningen.');
	await expect(preview).toContainText(`Din underviser skrev: “${LEARNER_TEXT}”`);
	await expect(preview).not.toContainText(MENTOR_ONLY);
	// her plan's progress, from the plan feature's milestones
	await expect(mentor.page.getByRole('region', { name: 'Plan' })).toContainText(/\d+ af \d+ milepæle klaret/);
	await axeBothWidths(mentor.page);
	await card.getByRole('button', { name: 'Jeg har set den' }).click();
	await expect(card.getByRole('button', { name: 'Luk markeringen' })).toBeVisible();

	await mentor.page.getByLabel('Ny note').fill('Sarah er ordblind. Vi søger SPS og IntoWords.');
	await mentor.page.getByRole('button', { name: 'Gem noten' }).click();
	await expect(mentor.page.getByTestId('note').first()).toContainText('Sarah er ordblind. Vi søger SPS og IntoWords.');

	await card.getByRole('button', { name: 'Luk markeringen' }).click();
	await card.getByRole('radio', { name: 'SPS søgt' }).check();
	await axeBothWidths(mentor.page);
	await card.getByRole('button', { name: 'Luk og giv underviseren besked' }).click();
	await expect(card).toContainText('SPS søgt');
	await expect
		.poll(async () => (await list(request, 'flags', `learner = "${sarahId}" && category = "reading"`))[0]?.outcome, acrossPeople)
		.toBe('sps_applied');
	await expect.poll(async () => (await list(request, 'notes', `learner = "${sarahId}"`)).length, acrossPeople).toBeGreaterThan(0);

	// ---- Gitte sees the loop closed (live, without reloading)
	await expect(mine).toContainText('Lukket – SPS søgt', acrossPeople);

	// ---- Sarah sees it in kind words and answers
	const sarah = await signedIn(browser, 'learner');
	await sarah.page.goto('/hjem');
	await settled(sarah.page);
	const mentorAsks = sarah.page.getByTestId('learner-flags');
	await expect(mentorAsks).toContainText('Din underviser har bedt mig om at høre, hvordan det går med læsningen.');
	await expect(mentorAsks).toContainText('Afsluttet: SPS søgt', acrossPeople);
	// only the words the teacher chose for her; the mentor's are neither on the page nor on her device
	await expect(mentorAsks).toContainText(`Din underviser skrev: “${LEARNER_TEXT}”`);
	await expect(sarah.page.locator('body')).not.toContainText(MENTOR_ONLY);
	const device = await localRecords(sarah.page, sarahId);
	expect(device).toContain(LEARNER_TEXT);
	expect(device).not.toContain(MENTOR_ONLY);
	await sarah.page.getByLabel('Svar din mentor').first().fill('Tak. Det går bedre med IntoWords.');
	await sarah.page.getByRole('button', { name: 'Send' }).first().click();
	await expect(mentorAsks).toContainText('Tak. Det går bedre med IntoWords.');
	// "who looked" shows Karen
	await sarah.page.locator('details.who summary').click();
	await expect(sarah.page.locator('details.who')).toContainText('Karen Møller (mentor)');
	await axeBothWidths(sarah.page);
	await expect
		.poll(async () => (await list(request, 'flag_comments', `learner = "${sarahId}" && thread = "learner"`))[0]?.body, acrossPeople)
		.toBe('Tak. Det går bedre med IntoWords.');
	// and Karen gets the answer on Sarah's page
	await expect(mentor.page.getByText('Tak. Det går bedre med IntoWords.')).toBeVisible(acrossPeople);

	for (const c of [teacher, mentor, sarah]) await c.context.close();
});

test('a flag nobody acknowledged escalates; the coordinator hands the learner over and the notes go along', async ({
	browser,
	request
}) => {
	const brianId = await userId(request, 'brian@sammen.test');
	const gitteId = await userId(request, 'gitte@sammen.test');
	const school = (await list(request, 'users', `id = "${brianId}"`))[0]?.school;
	const created = await request.post('/api/collections/flags/records', {
		headers: await admin(request),
		data: { learner: brianId, school, raisedBy: gitteId, category: 'absence', urgency: 'urgent', status: 'new' }
	});
	expect(created.ok(), await created.text()).toBe(true);
	const flag = (await created.json()) as { id: string; created: string };
	const due = addWorkingDays(new Date(flag.created.replace(' ', 'T')), 2);

	// the clock is moved: just before the target nothing happens, just after it escalates
	const headers = await admin(request);
	const before = await request.post('/api/sammen/escalate', { headers, data: { now: new Date(due.getTime() - 60_000).toISOString() } });
	expect(before.ok()).toBe(true);
	expect((await list(request, 'flags', `id = "${flag.id}"`))[0]?.escalatedAt).toBe('');
	const after = await request.post('/api/sammen/escalate', { headers, data: { now: new Date(due.getTime() + 60_000).toISOString() } });
	expect(after.ok()).toBe(true);
	expect((await list(request, 'flags', `id = "${flag.id}"`))[0]?.escalatedAt).not.toBe('');

	// ---- Anne, the coordinator, sees it and hands Brian over to Lone
	const anne = await signedIn(browser, 'coordinator');
	await anne.page.goto('/admin/markeringer');
	await settled(anne.page);
	const escalated = anne.page.getByTestId('escalated-flag').filter({ hasText: 'Brian Thomsen – Fravær' });
	await expect(escalated).toContainText('Mentor: Søren Dahl');
	await axeBothWidths(anne.page);
	await escalated.getByRole('link', { name: 'Overdrag eleven' }).click();
	await expect(anne.page.getByRole('heading', { name: 'Overdragelse af Brian Thomsen' })).toBeVisible();
	await axeBothWidths(anne.page);
	await anne.page.getByLabel('Hvorfor? (kan udelades)').fill('Søren har for mange elever.');
	await anne.page.getByRole('button', { name: 'Start overdragelsen' }).click();
	await anne.page.getByRole('button', { name: 'Læs noterne' }).click();
	await expect(anne.page.getByText('Brian har det svært derhjemme. Ring til ham fredag.')).toBeVisible();
	await anne.page.getByLabel('Ny mentor').selectOption({ label: 'Lone Iversen' });
	await anne.page.getByRole('button', { name: 'Overdrag eleven nu' }).click();
	await expect(anne.page.getByRole('status').filter({ hasText: 'Brian Thomsen har nu Lone Iversen som mentor.' })).toBeVisible();
	await expect
		.poll(async () => (await list(request, 'mentorships', `learner = "${brianId}" && end = ""`)).map((m) => m.mentor), acrossPeople)
		.toEqual([await userId(request, 'lone@sammen.test')]);

	// ---- Lone now has Brian, with the escalated flag, Søren's note and the handover in the timeline
	const lone = await signedIn(browser, { email: 'lone@sammen.test', password: demoLogin('mentor').password });
	const { page } = lone;
	await page.goto('/i-dag');
	await settled(page);
	await expect(page.getByTestId('caseload-entry').first()).toContainText('Brian Thomsen', acrossPeople);
	await expect(page.getByTestId('caseload-entry').first()).toContainText('Koordinatoren har fået besked');
	await page.getByRole('link', { name: 'Brian Thomsen' }).click();
	await settled(page);
	await expect(page.getByTestId('note').filter({ hasText: 'Brian har det svært derhjemme.' })).toBeVisible();
	await expect(page.getByText('Overdraget fra Søren Dahl til Lone Iversen. Søren har for mange elever.')).toBeVisible();
	await expect(page.getByTestId('flag-card').filter({ hasText: 'Fravær' })).toContainText('Sendt videre til koordinatoren');

	await anne.context.close();
	await lone.context.close();
});

test('offline: a teacher raises a flag, the mentor acknowledges it and writes a note; all sent once online', async ({
	browser,
	request
}) => {
	const ivanaId = await userId(request, 'ivana@sammen.test');
	const teacher = await signedIn(browser, 'teacher');
	await teacher.page.goto('/hold');
	await settled(teacher.page);
	await teacher.context.setOffline(true);
	await teacher.page.getByRole('button', { name: /^Ivana Marić/ }).click();
	const sheet = teacher.page.getByRole('dialog', { name: 'Ivana Marić' });
	await sheet.getByRole('button', { name: 'Økonomi' }).click();
	await sheet.getByRole('button', { name: 'Haster' }).click();
	await expect(sheet.getByRole('status').filter({ hasText: 'Gemt.' })).toHaveText('Gemt. Den bliver sendt, når du er på nettet igen.');
	await sheet.getByRole('button', { name: 'Luk' }).first().click();
	await expect(teacher.page.getByTestId('pending-count')).toHaveText('1 ændring venter');
	expect(await list(request, 'flags', `learner = "${ivanaId}" && category = "economy"`)).toEqual([]);
	await teacher.context.setOffline(false);
	await expect(teacher.page.getByText('Alt er sendt')).toBeVisible(acrossPeople);
	await expect.poll(async () => (await list(request, 'flags', `learner = "${ivanaId}" && category = "economy"`)).length, acrossPeople).toBe(1);

	const mentor = await signedIn(browser, 'mentor');
	await mentor.page.goto(`/elever/${ivanaId}`);
	await settled(mentor.page);
	const card = mentor.page.getByTestId('flag-card').filter({ hasText: 'Økonomi' });
	await expect(card).toBeVisible(acrossPeople);
	await mentor.context.setOffline(true);
	await card.getByRole('button', { name: 'Jeg har set den' }).click();
	await mentor.page.getByLabel('Ny note').fill('Ivana mangler penge til bøger. Vi ser på SU og VEU.');
	await mentor.page.getByRole('button', { name: 'Gem noten' }).click();
	await expect(mentor.page.getByTestId('pending-count')).toHaveText('2 ændringer venter');
	expect((await list(request, 'flags', `learner = "${ivanaId}" && category = "economy"`))[0]?.status).toBe('new');
	await mentor.context.setOffline(false);
	await expect(mentor.page.getByText('Alt er sendt')).toBeVisible(acrossPeople);
	await expect.poll(async () => (await list(request, 'flags', `learner = "${ivanaId}" && category = "economy"`))[0]?.status, acrossPeople).toBe('acknowledged');
	const notes = await list(request, 'notes', `learner = "${ivanaId}"`);
	expect(notes.map((n) => n.body)).toEqual(['Ivana mangler penge til bøger. Vi ser på SU og VEU.']);

	await teacher.context.close();
	await mentor.context.close();
});
