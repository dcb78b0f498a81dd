// Importing a class list (issue 16): the preview (dryRun) names each row's problems and what
// importing would do; importing stores the good rows whole and none of the bad; the same file
// again changes nothing; a new mentor ends the current mentorship; new learners get their
// invitation; undo of the last import; only the school's coordinator, only their own school;
// `imports` is read by that coordinator and written by nobody through the API.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildWorld, failureStatus, newClient, type World } from './fixtures';
import { lastMailTo, linkIn, mailMark, mailsTo } from './mail';
import { nobodyWrites } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

type Row = Record<string, string | number>;
type Result = {
	importId: string;
	created: number;
	updated: number;
	unchanged: number;
	skipped: { line: number; problems: { field: string; kind: string }[] }[];
	invited: number;
};
type Preview = { rows: { line: number; email: string; action: string; parts: string[]; problems: { kind: string }[] }[] };

/** n good rows of new learners, unique to this call. */
function goodRows(n: number, over: Partial<Row> = {}): Row[] {
	const tag = randomUUID().slice(0, 6);
	return Array.from({ length: n }, (_, i) => ({
		line: i + 2,
		firstName: 'Søren',
		lastName: `Ærø ${i}`,
		email: `elev${i}.${tag}.${world.tag}@elev.test`,
		programme: world.programmes.A.name,
		track: 'EUV1',
		hold: `Importhold ${tag}`,
		startDate: '5.8.2026',
		mentorEmail: world.email('mentor'),
		funding: 'Voksenlærling',
		referral: 'Jobcenter',
		...over
	}));
}

const post = <T>(pb: PocketBase, body: Record<string, unknown>) => pb.send<T>('/api/sammen/import', { method: 'POST', body });
const preview = async (pb: PocketBase, rows: Row[]) => post<Preview>(pb, { rows, dryRun: true });
const importRows = async (pb: PocketBase, rows: Row[], extra: Record<string, unknown> = {}) => post<Result>(pb, { rows, fileName: 'holdliste.csv', ...extra });
const undo = (pb: PocketBase, id: string) => pb.send(`/api/sammen/import/${id}/undo`, { method: 'POST' });
const coordinator = () => world.as('coordinator');

async function usersByEmail(emails: string[]): Promise<RecordModel[]> {
	if (!emails.length) return [];
	return world.su.collection('users').getFullList({ filter: emails.map((e) => `email = "${e}"`).join(' || ') });
}

/** Removes what an import made (undo), so the world is as before. */
async function cleanUpImport(id: string) {
	try {
		await undo(await coordinator(), id);
	} catch {
		// already undone by the test
	}
}

describe('preview (dryRun)', () => {
	it('names each problem and what importing would do, and stores nothing', async () => {
		const rows: Row[] = [
			...goodRows(1),
			{ ...goodRows(1)[0]!, line: 3, email: 'per(at)elev.test', track: 'EUV4', startDate: '31.2.2026' },
			{ ...goodRows(1)[0]!, line: 4, mentorEmail: 'ingen.mentor@skole.test' },
			{ ...goodRows(1)[0]!, line: 5, email: world.email('learnerB') },
			{ ...goodRows(1)[0]!, line: 6, email: world.email('mentor'), mentorEmail: '' },
			{ ...goodRows(1)[0]!, line: 7, email: world.email('learner'), mentorEmail: world.email('mentor'), hold: '', programme: '', startDate: '', funding: '', referral: '', firstName: 'Lærke', lastName: 'Lærling' }
		];
		const before = await world.count('users', 'school = {:s}', { s: world.schools.A.id });
		const { rows: out } = await preview(await coordinator(), rows);
		expect(out.map((r) => [r.line, r.action, r.problems.map((p) => p.kind)])).toEqual([
			[2, 'create', []],
			[3, 'skip', ['bad_email', 'unknown_track', 'bad_date']],
			[4, 'skip', ['unknown_mentor']],
			[5, 'skip', ['email_taken']],
			[6, 'skip', ['not_a_learner']],
			[7, 'unchanged', []]
		]);
		expect(await world.count('users', 'school = {:s}', { s: world.schools.A.id })).toBe(before);
	});
});

describe('importing', () => {
	it('stores the good rows whole, none of the bad, and invites the new learners', async () => {
		const rows = [...goodRows(3), { ...goodRows(1)[0]!, line: 9, mentorEmail: 'ingen.mentor@skole.test' }];
		const mark = mailMark();
		const result = await importRows(await coordinator(), rows);
		onTestFinished(() => cleanUpImport(result.importId));
		expect(result).toMatchObject({ created: 3, updated: 0, unchanged: 0, invited: 3 });
		expect(result.skipped.map((s) => [s.line, s.problems.map((p) => p.kind)])).toEqual([[9, ['unknown_mentor']]]);

		const stored = await usersByEmail(rows.map((r) => String(r.email)));
		expect(stored).toHaveLength(3);
		const first = stored.find((u) => u.email === rows[0]!.email)!;
		expect(first).toMatchObject({
			name: 'Søren Ærø 0',
			role: 'learner',
			school: world.schools.A.id,
			programme: world.programmes.A.id,
			startDate: '2026-08-05 12:00:00.000Z',
			funding: 'voksenlaerling',
			referral: 'jobcenter',
			deactivated: false
		});
		const klass = await world.su.collection('classes').getFirstListItem(`name = "${rows[0]!.hold}"`);
		expect(klass.school).toBe(world.schools.A.id);
		expect(await world.count('class_members', 'class = {:c}', { c: klass.id })).toBe(3);
		expect(await world.count('mentorships', 'learner = {:l} && mentor = {:m} && end = ""', { l: first.id, m: world.users.mentor.id })).toBe(1);

		const mail = await lastMailTo(first.email, mark, (m) => m.subject === 'Du er inviteret til Sammen');
		const token = new URL(linkIn(mail)).searchParams.get('t');
		const learner = newClient();
		const auth = await learner.send<{ record: RecordModel }>('/api/sammen/invitation/accept', { method: 'POST', body: { token } });
		expect(auth.record.id).toBe(first.id);

		// an imported learner is a whole user: the coordinator edits them as any other
		await (await coordinator()).collection('users').update(first.id, { name: 'Søren Ærø-Hansen' });
		expect((await world.reread('users', first.id)).name).toBe('Søren Ærø-Hansen');
	});

	it('the same rows again change nothing and send no mail', async () => {
		const rows = goodRows(3);
		const pb = await coordinator();
		const first = await importRows(pb, rows);
		const counts = async () => [
			await world.count('users', 'school = {:s}', { s: world.schools.A.id }),
			await world.count('class_members', 'class.school = {:s}', { s: world.schools.A.id }),
			await world.count('mentorships', 'school = {:s}', { s: world.schools.A.id }),
			await world.count('classes', 'school = {:s}', { s: world.schools.A.id })
		];
		const before = await counts();
		const mark = mailMark();
		const again = await importRows(pb, rows);
		expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, invited: 0 });
		expect(await counts()).toEqual(before);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(mailsTo(String(rows[0]!.email), mark)).toEqual([]);
		await cleanUpImport(again.importId);
		await cleanUpImport(first.importId);
	});

	it('a new mentor in the list ends the current mentorship and starts a new one; undo brings the old back', async () => {
		const rows = goodRows(1);
		const pb = await coordinator();
		const first = await importRows(pb, rows);
		const [learner] = await usersByEmail([String(rows[0]!.email)]);
		const second = await importRows(pb, [{ ...rows[0]!, mentorEmail: world.email('otherMentor'), funding: 'VEU' }]);
		expect(second).toMatchObject({ created: 0, updated: 1 });
		const mentorships = await world.su.collection('mentorships').getFullList({ filter: `learner = "${learner!.id}"`, sort: 'created' });
		expect(mentorships.map((m) => [m.mentor, m.end === ''])).toEqual([
			[world.users.mentor.id, false],
			[world.users.otherMentor.id, true]
		]);
		expect((await world.reread('users', learner!.id)).funding).toBe('veu');

		await undo(pb, second.importId);
		const after = await world.su.collection('mentorships').getFullList({ filter: `learner = "${learner!.id}"` });
		expect(after.map((m) => [m.mentor, m.end])).toEqual([[world.users.mentor.id, '']]);
		expect((await world.reread('users', learner!.id)).funding).toBe('voksenlaerling');
		await cleanUpImport(first.importId);
	});

	it('a closed learner is not touched: the row is refused in the preview and the import', async () => {
		const rows = goodRows(1);
		const pb = await coordinator();
		const first = await importRows(pb, rows);
		const [learner] = await usersByEmail([String(rows[0]!.email)]);
		await pb.collection('users').update(learner!.id, { deactivated: true });
		const { rows: out } = await preview(pb, rows);
		expect(out[0]!.problems.map((p) => p.kind)).toEqual(['closed']);
		const again = await importRows(pb, rows);
		expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
		expect(await world.count('mentorships', 'learner = {:l} && end = ""', { l: learner!.id })).toBe(0);
		await cleanUpImport(again.importId);
		await cleanUpImport(first.importId);
	});

	it('several requests make one import (progress in chunks), undone as one', async () => {
		const rows = goodRows(6);
		const pb = await coordinator();
		const a = await importRows(pb, rows.slice(0, 3));
		const b = await importRows(pb, rows.slice(3), { importId: a.importId });
		expect(b.importId).toBe(a.importId);
		const record = await world.reread('imports', a.importId);
		expect(record).toMatchObject({ created: 6, school: world.schools.A.id, by: world.users.coordinator.id, fileName: 'holdliste.csv' });
		await undo(pb, a.importId);
		expect(await usersByEmail(rows.map((r) => String(r.email)))).toEqual([]);
		expect(await world.count('classes', 'name = {:n}', { n: rows[0]!.hold })).toBe(0);
		expect((await world.reread('imports', a.importId)).undoneAt).not.toBe('');
	});

	it('only the last import can be undone, and only once', async () => {
		const pb = await coordinator();
		const older = await importRows(pb, goodRows(1));
		const newer = await importRows(pb, goodRows(1));
		expect(await failureStatus(undo(pb, older.importId))).toBe(400);
		await undo(pb, newer.importId);
		expect(await failureStatus(undo(pb, newer.importId))).toBe(400);
		await undo(pb, older.importId);
	});
});

describe('another school, and people who are not the coordinator', () => {
	it("coordinatorB's import never touches school A's people", async () => {
		const learner = await world.reread('users', world.users.learner.id);
		const { rows } = await preview(await world.as('coordinatorB'), [{ ...goodRows(1)[0]!, email: world.email('learner'), mentorEmail: '', programme: '', hold: '' }]);
		expect(rows[0]!.problems.map((p) => p.kind)).toEqual(['email_taken']);
		const result = await importRows(await world.as('coordinatorB'), [{ ...goodRows(1)[0]!, email: world.email('learner'), mentorEmail: '', programme: '', hold: '' }]);
		expect(result).toMatchObject({ created: 0, updated: 0 });
		expect(await world.reread('users', learner.id)).toEqual(learner);
		await cleanUpImportAs('coordinatorB', result.importId);
	});

	it("coordinatorB cannot undo school A's import (404), and school A's mentors are unknown to them", async () => {
		const a = await importRows(await coordinator(), goodRows(1));
		expect(await failureStatus(undo(await world.as('coordinatorB'), a.importId))).toBe(404);
		const { rows } = await preview(await world.as('coordinatorB'), goodRows(1, { programme: '', hold: '' }));
		expect(rows[0]!.problems.map((p) => p.kind)).toEqual(['unknown_mentor']);
		await cleanUpImport(a.importId);
	});

	it.each([
		['anonymous', 401],
		['learner', 403],
		['mentor', 403],
		['teacher', 403]
	] as const)('%s cannot preview, import or undo (%i, nothing stored)', async (actor, status) => {
		const rows = goodRows(1);
		const pb = await world.as(actor);
		expect(await failureStatus(preview(pb, rows))).toBe(status);
		expect(await failureStatus(importRows(pb, rows))).toBe(status);
		expect(await usersByEmail([String(rows[0]!.email)])).toEqual([]);
		const a = await importRows(await coordinator(), goodRows(1));
		expect(await failureStatus(undo(pb, a.importId))).toBe(status);
		expect((await world.reread('imports', a.importId)).undoneAt).toBe('');
		await cleanUpImport(a.importId);
	});
});

async function cleanUpImportAs(actor: 'coordinatorB', id: string) {
	try {
		await undo(await world.as(actor), id);
	} catch {
		// nothing to undo
	}
}

describe('imports: who reads them', () => {
	let record: RecordModel;
	beforeAll(async () => {
		const a = await importRows(await world.as('coordinator'), goodRows(1));
		record = await world.reread('imports', a.importId);
	});

	it("the school's coordinator lists and views it", async () => {
		const pb = await world.as('coordinator');
		expect((await pb.collection('imports').getFullList({ filter: `id = "${record.id}"` })).map((r) => r.id)).toEqual([record.id]);
		expect((await pb.collection('imports').getOne(record.id)).created).toBe(1);
	});

	it.each(['anonymous', 'learner', 'mentor', 'teacher', 'coordinatorB'] as const)('%s cannot see it', async (actor) => {
		const pb = await world.as(actor);
		expect(await pb.collection('imports').getFullList({ filter: `id = "${record.id}"` })).toEqual([]);
		expect(await failureStatus(pb.collection('imports').getOne(record.id))).toBe(404);
	});

	nobodyWrites({
		world: () => world,
		collection: 'imports',
		actors: ['anonymous', 'learner', 'mentor', 'teacher', 'coordinator', 'coordinatorB'],
		create: () => ({ school: world.schools.A.id, fileName: `falsk-${world.tag}.csv`, changes: {} }),
		stored: (data) => `fileName = "${data.fileName}"`,
		existing: () => record,
		change: { undoneAt: '2026-01-01 00:00:00.000Z' },
		status: [403, 404]
	});
});
