// notes: the mentor's private notes about a learner. Only the learner's current mentor
// reads them (the previous mentor's go along after a handover); never the learner or
// teachers; a coordinator only during an open handover of that learner, asking for it
// by name (?handover=<id>). Every read by staff leaves an audit row.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, daysFromNow, listIds, type Actor, type Person, type World } from './fixtures';
import { auditFor, justNow } from './flags.fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
let N: Record<'mine' | 'classmates' | 'former' | 'B', RecordModel>;

const note = (learner: Person, author: Person, body = 'Vi talte om læsningen') => ({
	learner: world.users[learner].id,
	author: world.users[author].id,
	body
});

beforeAll(async () => {
	world = await buildWorld();
	const su = (data: Record<string, unknown>) => world.su.collection('notes').create(data);
	N = {
		mine: await su(note('learner', 'mentor')),
		classmates: await su(note('classmate', 'otherMentor')),
		// written by `mentor` while they were the former learner's mentor: it went along
		former: await su(note('formerLearner', 'mentor')),
		B: await su(note('learnerB', 'mentorB'))
	};
});

type Key = keyof typeof N;
const visibleTo: [Actor, Key[]][] = [
	['anonymous', []],
	['learner', []], // never the learner, not even about themselves
	['classmate', []],
	['formerLearner', []],
	['mentor', ['mine']], // not the former learner's anymore, though they wrote it
	['otherMentor', ['classmates', 'former']], // the former learner's came along
	['teacher', []],
	['coTeacher', []],
	['coordinator', []], // only through a handover
	['coordinatorB', []],
	['learnerB', []],
	['mentorB', ['B']]
];

describe('notes: reading', () => {
	whoSees<Key>({
		world: () => world,
		collection: 'notes',
		records: () => N,
		noun: 'notes',
		field: 'body',
		table: visibleTo,
		scoped: true
	});

	it('a mentor reading notes leaves an audit row per learner, which the learner can read', async () => {
		const since = justNow();
		const pb = await world.as('mentor');
		await pb.collection('notes').getFullList({ filter: `id = "${N.mine.id}"` });
		const rows = await auditFor(world, 'learner', since);
		expect(rows.map((r) => [r.kind, r.collection, r.count, r.actor, r.actorName, r.actorRole])).toEqual([
			['read', 'notes', 1, world.users.mentor.id, world.users.mentor.name, 'mentor']
		]);
		const learnerSees = await listIds(await world.as('learner'), 'audit_log', `created >= "${since}"`);
		expect(learnerSees).toEqual(rows.map((r) => r.id));
		// viewing one is a read too
		await pb.collection('notes').getOne(N.mine.id);
		expect(await auditFor(world, 'learner', since)).toHaveLength(2);
	});

	it("the sync engine's id-only sweep and empty lists leave no audit rows", async () => {
		const since = justNow();
		const pb = await world.as('mentor');
		await pb.collection('notes').getList(1, 1000, { fields: 'id' });
		await pb.collection('notes').getList(1, 10, { filter: 'id = "nothing"' });
		expect(await auditFor(world, 'learner', since)).toEqual([]);
	});
});

describe('notes: a coordinator during a handover', () => {
	const handover = (coordinator: Person, learner: Person, extra: Record<string, unknown> = {}) =>
		world.temp('handovers', {
			learner: world.users[learner].id,
			school: world.schools.A.id,
			coordinator: world.users[coordinator].id,
			status: 'open',
			...extra
		});
	const notesVia = async (actor: Actor, handoverId: string) =>
		(await (await world.as(actor)).collection('notes').getFullList({ query: { handover: handoverId } })).map((n) => n.id);

	it('reads the learner’s notes while the handover is open, asking by its id (audited)', async () => {
		const since = justNow();
		const h = await handover('coordinator', 'learner');
		expect(await notesVia('coordinator', h.id)).toEqual([N.mine.id]);
		const rows = await auditFor(world, 'learner', since, 'kind = "read"');
		expect(rows.map((r) => [r.actorRole, r.collection])).toEqual([['coordinator', 'notes']]);
		// without naming the handover (as the sync engine asks): nothing
		expect(await listIds(await world.as('coordinator'), 'notes')).toEqual([]);
	});

	it('reads nothing once the handover is cancelled or expired (done: see flags.handover.test.ts)', async () => {
		for (const extra of [{ status: 'cancelled' }, { expiresAt: daysFromNow(-1) }]) {
			const h = await handover('coordinator', 'learner');
			await world.su.collection('handovers').update(h.id, extra);
			expect(await notesVia('coordinator', h.id), JSON.stringify(extra)).toEqual([]);
		}
	});

	it("reads nothing through another coordinator's handover, or another learner's", async () => {
		const other = await world.tempUser('A', 'coordinator');
		const h = await handover('coordinator', 'learner');
		const otherPb = await world.signIn(other);
		expect((await otherPb.collection('notes').getFullList({ query: { handover: h.id } })).map((n) => n.id)).toEqual([]);
		const forClassmate = await handover('coordinator', 'classmate');
		expect(await notesVia('coordinator', forClassmate.id)).toEqual([N.classmates.id]);
		expect(await notesVia('coordinatorB', h.id)).toEqual([]);
		expect(await notesVia('mentorB', h.id)).toEqual([N.B.id]); // their own learner's only
		expect(await notesVia('teacher', h.id)).toEqual([]);
	});
});

describe('notes: writing', () => {
	it('the current mentor writes, edits and deletes their own note', async () => {
		const pb = await world.as('mentor');
		const created = await pb.collection('notes').create(note('learner', 'mentor', 'Første samtale'));
		world.cleanUp('notes', created.id);
		await pb.collection('notes').update(created.id, { body: 'Første samtale: god stemning' });
		expect((await world.reread('notes', created.id)).body).toBe('Første samtale: god stemning');
		await pb.collection('notes').delete(created.id);
		expect(await world.count('notes', 'id = {:id}', { id: created.id })).toBe(0);
	});

	const refused: [string, Actor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => note('learner', 'mentor')],
		['the learner', 'learner', () => note('learner', 'learner')],
		['a teacher', 'teacher', () => note('learner', 'teacher')],
		['the coordinator', 'coordinator', () => note('learner', 'coordinator')],
		['another mentor', 'otherMentor', () => note('learner', 'otherMentor')],
		['the former mentor', 'mentor', () => note('formerLearner', 'mentor')],
		['the mentor, in the name of another', 'mentor', () => note('learner', 'otherMentor')],
		['the mentor, an empty note', 'mentor', () => note('learner', 'mentor', '')],
		['the mentor, a note that is too long', 'mentor', () => note('learner', 'mentor', 'x'.repeat(5001))],
		["another school's mentor", 'mentorB', () => note('learner', 'mentorB')]
	];
	refusedCreates(() => world, 'notes', refused, (data) => ({
		collection: 'notes',
		filter: 'learner = {:l}',
		params: { l: data.learner },
		count: 'asBefore'
	}));

	const mine = () => N.mine;
	const former = () => N.former;
	const body = () => ({ body: 'x' });
	refusedUpdates(() => world, 'notes', [
		['anonymous', 'anonymous', mine, body],
		['the learner', 'learner', mine, body],
		['a teacher', 'teacher', mine, body],
		['the coordinator', 'coordinator', mine, body],
		['the new mentor, a note the former mentor wrote', 'otherMentor', former, body],
		['the former mentor, their own old note', 'mentor', former, body],
		['the mentor, moving it to another learner', 'mentor', mine, () => ({ learner: world.users.classmate.id })],
		['the mentor, giving it another author', 'mentor', mine, () => ({ author: world.users.otherMentor.id })]
	]);

	refusedDeletes(() => world, 'notes', [
		['anonymous', 'anonymous', mine],
		['the learner', 'learner', mine],
		['a teacher', 'teacher', mine],
		['the coordinator', 'coordinator', mine],
		['the new mentor, the former mentor’s note', 'otherMentor', former],
		['the former mentor, their own old note', 'mentor', former]
	]);
});
