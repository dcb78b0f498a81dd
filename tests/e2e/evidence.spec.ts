// Evidence from anywhere (issue 13), in the browser. Jonas opens a milestone of his
// plan, writes to Søren about it in Beskeder with a photo and ticks it; Søren sees the
// photo as the milestone's evidence where he confirms it. Then Jonas picks the photo he
// already sent as the evidence of another milestone. Everything made is removed after.
import type { APIRequestContext } from '@playwright/test';
import { acrossPeople, demoLogin, expect, expectNoAxeViolations, settled, signedIn, superuserToken, test } from './helpers';

const JONAS = 'jonas@sammen.test';
const SOEREN = 'soeren@sammen.test';
const password = () => demoLogin('learner').password;

// A 1×1 JPEG: a "photo" of a course certificate.
const JPEG = Buffer.from(
	'/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////2wBDAf//////////////////////////////////////////////////////////////////////////////////////wAARCAABAAEDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AH//Z',
	'base64'
);

async function admin(request: APIRequestContext) {
	const headers = { Authorization: await superuserToken(request) };
	const list = async (collection: string, filter: string, sort = '') => {
		const res = await request.get(`/api/collections/${collection}/records`, { headers, params: { filter, sort, perPage: 200 } });
		expect(res.ok(), await res.text()).toBe(true);
		return ((await res.json()) as { items: Record<string, string>[] }).items;
	};
	return {
		list,
		update: (collection: string, id: string, data: Record<string, unknown>) =>
			request.patch(`/api/collections/${collection}/records/${id}`, { headers, data }),
		remove: (collection: string, id: string) => request.delete(`/api/collections/${collection}/records/${id}`, { headers })
	};
}

test('Jonas sends a photo about a milestone in Beskeder; Søren sees it as its evidence; Jonas picks it for another', async ({
	browser,
	request
}) => {
	const su = await admin(request);
	const [jonas] = await su.list('users', `email = "${JONAS}"`);
	const jonasId = String(jonas?.id);
	const [first] = await su.list('milestones', `learner = "${jonasId}" && owner = "learner" && status = "todo"`, 'due');
	expect(first, "one of Jonas's own milestones to do").toBeDefined();
	const [second] = await su.list('milestones', `learner = "${jonasId}" && status = "todo" && id != "${first?.id}"`, 'due');
	expect(second, 'another milestone of his').toBeDefined();
	const evidenceBefore = new Set((await su.list('milestone_evidence', `milestone = "${second?.id}"`)).map((e) => e.id));
	try {
		const { page: j } = await signedIn(browser, { email: JONAS, password: password() });
		await j.goto(`/hjem/milepael/${first?.id}`);
		await settled(j);
		await j.getByRole('link', { name: 'Skriv til Søren om denne milepæl' }).click();
		await expect(j.getByText(`Om: ${first?.title}`)).toBeVisible();
		await j.getByLabel('Din besked', { exact: true }).fill('Her er mit bevis');
		await j.getByTestId('attach-input').setInputFiles({ name: 'bevis.jpg', mimeType: 'image/jpeg', buffer: JPEG });
		await expect(j.getByText(/bevis\.jpg \(\d/)).toBeVisible();
		await j.getByRole('button', { name: 'Send', exact: true }).click();
		await expect
			.poll(async () => (await su.list('messages', `milestone = "${first?.id}" && attachment != ""`)).length, acrossPeople)
			.toBe(1);

		// … and ticks it: it waits for Søren, with the photo beside it.
		await j.goto(`/hjem/milepael/${first?.id}`);
		await expect(j.getByText('Sendt i Beskeder')).toBeVisible();
		await expect(j.getByRole('img', { name: `Billede til milepælen: ${first?.title}` })).toBeVisible();
		if (first?.confirm) await j.getByRole('button', { name: 'Jeg har gjort det' }).click();

		const { page: s } = await signedIn(browser, { email: SOEREN, password: password() });
		await s.goto(`/elever/${jonasId}/plan`);
		await settled(s);
		const where = first?.confirm
			? s.getByRole('region', { name: 'Venter på dig' }).getByRole('listitem').filter({ hasText: String(first?.title) }).first()
			: s.getByRole('article', { name: String(first?.title) });
		if (!first?.confirm) await where.getByText('1 billede eller fil').click();
		await expect(where.getByRole('img', { name: `Billede til milepælen: ${first?.title}` })).toBeVisible(acrossPeople);
		await expect(where.getByText('Sendt i Beskeder')).toBeVisible();

		// Jonas uses the same photo as the evidence of another milestone.
		await j.goto(`/hjem/milepael/${second?.id}`);
		await settled(j);
		await j.getByText('Vælg noget, du har sendt i Beskeder').click();
		await expectNoAxeViolations(j);
		await j.getByRole('button', { name: /^Brug som bevis/ }).first().click();
		await expect(j.getByText('Gemt. Din mentor kan se det.')).toBeVisible();
		await expect
			.poll(async () => (await su.list('milestone_evidence', `milestone = "${second?.id}"`)).length, acrossPeople)
			.toBe(evidenceBefore.size + 1);
		const copy = (await su.list('milestone_evidence', `milestone = "${second?.id}"`)).find((e) => !evidenceBefore.has(e.id));
		expect(copy?.file).toMatch(/\.jpg$/);
		expect(copy?.note).toBe('Her er mit bevis');
	} finally {
		for (const e of await su.list('milestone_evidence', `milestone = "${second?.id}"`)) {
			if (!evidenceBefore.has(e.id)) await su.remove('milestone_evidence', String(e.id));
		}
		for (const m of await su.list('messages', `milestone = "${first?.id}"`)) await su.remove('messages', String(m.id));
		if (first) await su.update('milestones', String(first.id), { status: 'todo' });
	}
});
