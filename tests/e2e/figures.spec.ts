// A school's figures (issue 16): Anne opens the quarter, sees the figures as charts and
// tables, and exports XLSX; the file, read back with exceljs, holds the API's numbers. A
// mentor sets a learner on leave and back again and sees the history. Axe (0 violations)
// at 320 and 1280 px on every new page: the quarter, courses, programmes.
import type { APIRequestContext, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, expectNoAxeViolations, settled, signedIn, superuserToken, test } from './helpers';

test.describe.configure({ mode: 'serial' });
const firstSync = { timeout: 120_000 };

async function su(request: APIRequestContext) {
	return { Authorization: await superuserToken(request) };
}

async function idOf(request: APIRequestContext, email: string) {
	const res = await request.get('/api/collections/users/records', { headers: await su(request), params: { filter: `email = "${email}"` } });
	return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
}

/** The report as Anne's browser gets it from the server (her own token). */
function apiReport(page: Page, quarter: string) {
	return page.evaluate(async (q) => {
		const token = (JSON.parse(localStorage.getItem('pocketbase_auth') ?? '{}') as { token?: string }).token ?? '';
		const res = await fetch(`/api/sammen/report?quarter=${q}`, { headers: { Authorization: token } });
		return (await res.json()) as { totals: Record<string, number>; flags: { raised: number }; help: { requests: number } };
	}, quarter);
}

async function axeAtBothWidths(page: Page) {
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await expectNoAxeViolations(page);
	}
}

test('Anne opens the quarter, sees figures and tables, and exports XLSX with the API’s numbers', async ({ browser }) => {
	test.slow();
	const anne = await signedIn(browser, 'coordinator', { acceptDownloads: true });
	const { page } = anne;
	try {
		await page.goto('/admin/kvartal');
		await settled(page);
		const overview = page.getByTestId('report-overview');
		await expect(overview).toBeVisible(firstSync);
		const quarter = await page.getByLabel('Kvartal', { exact: true }).inputValue();
		const api = await apiReport(page, quarter);
		expect(api.totals.inCourse).toBeGreaterThan(0);

		// the table shows the server's figures, and a chart with its words beside it
		const row = (name: string) => overview.getByRole('row', { name: new RegExp(`^${name} `) });
		await expect(row('I forløb').getByRole('cell')).toHaveText(String(api.totals.inCourse));
		await expect(row('Holdt op').getByRole('cell')).toHaveText(String(api.totals.stopped));
		await expect(page.getByText(`${api.totals.active} i gang, ${api.totals.leave} på orlov`)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Udskriv' })).toBeVisible();

		// XLSX: download, open with exceljs, find the figures by their labels
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent Excel (XLSX)' }).click()]);
		expect(download.suggestedFilename()).toBe(`kvartalsrapport-${quarter}.xlsx`);
		const book = new ExcelJS.Workbook();
		await book.xlsx.readFile((await download.path())!);
		const sheet = book.getWorksheet('Rapport')!;
		/** The number beside `label`, in the table under the title `table` (the first table by default). */
		const valueOf = (label: string, table = 'Elever i alt') => {
			let inTable = false;
			let found: unknown;
			sheet.eachRow((r) => {
				const first = r.getCell(1).value;
				if (first === table) inTable = true;
				else if (inTable && found === undefined && first === label) found = r.getCell(2).value;
			});
			return found;
		};
		expect(valueOf('I forløb')).toBe(api.totals.inCourse);
		expect(valueOf('Nye')).toBe(api.totals.started);
		expect(valueOf('I gang')).toBe(api.totals.active);
		expect(valueOf('Orlov')).toBe(api.totals.leave);
		expect(valueOf('Færdig')).toBe(api.totals.completed);
		expect(valueOf('Holdt op')).toBe(api.totals.stopped);
		expect(valueOf('Fastholdelse')).toBe(api.totals.retention);
		expect(valueOf('I alt', 'Markeringer fra lærere')).toBe(api.flags.raised);
		expect(valueOf('I alt', 'Bad om hjælp')).toBe(api.help.requests);

		await axeAtBothWidths(page);

		// online only, and it says so
		await anne.context.setOffline(true);
		await expect(page.getByText('Her skal du være på nettet. Prøv igen, når du har net.')).toBeVisible();
		await anne.context.setOffline(false);
		await expect(overview).toBeVisible();
	} finally {
		await anne.context.close();
	}
});

test('the coordinator’s other new pages: courses, programmes, one programme (axe at 320 and 1280 px)', async ({ browser }) => {
	test.slow();
	const anne = await signedIn(browser, 'coordinator');
	const { page } = anne;
	try {
		await page.goto('/admin/forloeb');
		await settled(page);
		await expect(page.getByRole('link', { name: 'Sarah Nielsen' })).toBeVisible(firstSync);
		await expect(page.getByText(/^Færdig .* – (svendebrev|uddannelsesbevis)$/).first()).toBeVisible();
		await axeAtBothWidths(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.getByRole('link', { name: 'Sarah Nielsen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Sarah Nielsen' })).toBeVisible();
		await axeAtBothWidths(page);

		await page.goto('/admin/uddannelser');
		await settled(page);
		await expect(page.getByRole('link', { name: 'Tømrer' })).toBeVisible(firstSync);
		await expect(page.getByText('EUV2 · 42 måneder · Svendebrev').first()).toBeVisible();
		await axeAtBothWidths(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.getByRole('link', { name: 'Tømrer' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Tømrer' })).toBeVisible();
		await expect(page.getByLabel('Hvor mange måneder tager den?')).toHaveValue('42');
		await axeAtBothWidths(page);
	} finally {
		await anne.context.close();
	}
});

test('a mentor sets a learner on leave, then active again, and sees the history', async ({ browser, request, tempUser }) => {
	test.slow();
	const headers = await su(request);
	const karen = await idOf(request, 'karen@sammen.test');
	const mentorship = await request.post('/api/collections/mentorships/records', {
		headers,
		data: { learner: tempUser.id, mentor: karen, school: (await (await request.get(`/api/collections/users/records/${karen}`, { headers })).json()).school, start: '2026-01-05 00:00:00.000Z' }
	});
	expect(mentorship.ok(), await mentorship.text()).toBe(true);

	const mentor = await signedIn(browser, 'mentor');
	const { page } = mentor;
	try {
		await page.goto(`/elever/${tempUser.id}`);
		await expect(page.getByRole('heading', { level: 1, name: tempUser.name })).toBeVisible(firstSync);
		const panel = page.getByTestId('learner-status');
		await expect(panel.getByTestId('status-now')).toHaveText('I gang. Ingen ændringer endnu.');

		const setStatus = async (label: string) => {
			// the form stays open after a save (with its "Status er gemt.")
			if (!(await panel.locator('details.change').evaluate((d) => (d as HTMLDetailsElement).open))) await panel.getByText('Skift status').click();
			await panel.getByRole('radio', { name: label }).check();
			await panel.getByRole('button', { name: 'Gem status' }).click();
			await expect(panel.getByRole('status').filter({ hasText: 'Status er gemt.' })).toBeVisible();
		};
		await setStatus('Orlov');
		await expect(panel.getByTestId('status-now')).toHaveText(/^Orlov siden \d+\. \w+ \d{4}$/);
		await axeAtBothWidths(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		// the plan says it too, while the learner is away
		await page.goto(`/elever/${tempUser.id}/plan`);
		await expect(page.getByTestId('plan-status')).toHaveText(/^Orlov siden /, firstSync);
		await page.goto(`/elever/${tempUser.id}`);
		await expect(panel.getByTestId('status-now')).toHaveText(/^Orlov siden /, firstSync);

		await setStatus('I gang');
		await expect(panel.getByTestId('status-now')).toHaveText(/^I gang siden /);
		await expect(panel.getByTestId('status-history')).toContainText(/Orlov siden .* Sat af Karen Møller/);

		// on the server: two rows, set by Karen, in the learner's school, in that order
		await expect
			.poll(async () => {
				const res = await request.get('/api/collections/learner_status/records', {
					headers,
					params: { filter: `learner = "${tempUser.id}"`, sort: 'created' }
				});
				return ((await res.json()) as { items: { status: string; setBy: string }[] }).items.map((r) => `${r.status}:${r.setBy === karen}`);
			}, firstSync)
			.toEqual(['leave:true', 'active:true']);

		await axeAtBothWidths(page);
	} finally {
		await mentor.context.close();
	}
});
