// Where each learner is (issue 16): learner_status rows. The learner reads their own
// history (it is about them); their current mentor and the school's coordinator read and
// add rows; teachers never; another school never. Append-only: nobody edits or deletes.
// The hook stamps setBy and school, and wants a certificate day (completed) or a reason
// (stopped).
import type { RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RealtimeChange } from '$lib/sync/realtime';
import { buildWorld, daysFromNow, failureStatus, listIds, type Actor, type Person, type World } from './fixtures';
import { watchLive, type Watching } from './realtime-watch';
import { createdAs, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
let S: Record<'learner' | 'classmate' | 'former' | 'B', RecordModel>;

beforeAll(async () => {
	world = await buildWorld();
	const row = (p: Person, status: string, extra: Record<string, unknown> = {}) =>
		world.su.collection('learner_status').create({ learner: world.users[p].id, status, from: daysFromNow(-10), ...extra });
	S = {
		learner: await row('learner', 'leave', { note: 'Barsel' }),
		classmate: await row('classmate', 'active'),
		former: await row('formerLearner', 'stopped', { stopReason: 'job' }),
		B: await row('learnerB', 'completed', { certificateDate: daysFromNow(-10) })
	};
});

const nobody: Actor[] = ['anonymous', 'stranger', 'teacher', 'coTeacher', 'otherTeacher'];
const status = (p: Person, extra: Record<string, unknown> = {}) => () => ({
	learner: world.users[p].id,
	status: 'leave',
	from: daysFromNow(0),
	...extra
});
const storedFor = (data: { learner: string }) => ({
	collection: 'learner_status',
	filter: 'learner = {:learner}',
	params: { learner: data.learner },
	count: 'asBefore' as const
});

describe('learner_status: who reads', () => {
	whoSees<keyof typeof S>({
		world: () => world,
		collection: 'learner_status',
		records: () => S,
		noun: 'status rows',
		field: 'status',
		table: [
			['learner', ['learner']],
			['classmate', ['classmate']],
			['formerLearner', ['former']],
			['learnerB', ['B']],
			['mentor', ['learner']], // not the former learner's (handed over)
			['otherMentor', ['classmate', 'former']],
			['mentorB', ['B']],
			['coordinator', ['learner', 'classmate', 'former']],
			['coordinatorB', ['B']],
			...nobody.map((a) => [a, []] as [Actor, []])
		]
	});

	it('no way around the rule: a teacher filtering or expanding through users gets nothing', async () => {
		const teacher = await world.as('teacher');
		expect(await listIds(teacher, 'learner_status', `learner = "${world.users.learner.id}"`)).toEqual([]);
		const viaUsers = await teacher.collection('users').getFullList({ filter: `learner_status_via_learner.status ?= "leave"` });
		expect(viaUsers.map((u) => u.id)).not.toContain(world.users.learner.id);
		const expanded = await teacher.collection('users').getOne(world.users.learner.id, { expand: 'learner_status_via_learner' });
		expect(expanded.expand?.learner_status_via_learner).toBeUndefined();
	});
});

describe('learner_status: adding a status', () => {
	it('the current mentor adds one; the hook says who and which school, whatever the body said', async () => {
		const stored = await createdAs(world, 'mentor', 'learner_status', {
			...status('learner')(),
			setBy: world.users.coordinator.id,
			school: world.schools.B.id
		});
		expect(stored).toMatchObject({ setBy: world.users.mentor.id, school: world.schools.A.id, status: 'leave' });
	});

	it('the coordinator adds one for a learner of the school (completed, with the certificate day)', async () => {
		const stored = await createdAs(world, 'coordinator', 'learner_status', status('formerLearner', { status: 'completed', certificateDate: daysFromNow(-1) })());
		expect(stored).toMatchObject({ setBy: world.users.coordinator.id, school: world.schools.A.id, status: 'completed' });
	});

	refusedCreates(
		() => world,
		'learner_status',
		[
			['a learner, about themselves', 'learner', status('learner')],
			['a mentor, about a learner they handed over', 'mentor', status('formerLearner')],
			['a mentor, about another mentor’s learner', 'mentor', status('classmate')],
			['a teacher, about a learner in their class', 'teacher', status('learner')],
			['a coordinator, about another school’s learner', 'coordinator', status('learnerB')],
			['another school’s coordinator', 'coordinatorB', status('learner')],
			['a coordinator, about a mentor (not a learner)', 'coordinator', status('mentor')],
			['anonymous', 'anonymous', status('learner')]
		],
		storedFor
	);

	it('completed needs the certificate day, stopped a reason; each only with its status (400, in Danish)', async () => {
		const mentor = await world.as('mentor');
		const cases: [Record<string, unknown>, string, string][] = [
			[{ status: 'completed' }, 'certificateDate', 'sammen_status_certificate_date'],
			[{ status: 'stopped' }, 'stopReason', 'sammen_status_stop_reason'],
			[{ status: 'active', stopReason: 'job' }, 'stopReason', 'sammen_status_not_stopped'],
			[{ status: 'leave', certificateDate: daysFromNow(0) }, 'certificateDate', 'sammen_status_not_completed']
		];
		const before = await world.count('learner_status', 'learner = {:l}', { l: world.users.learner.id });
		for (const [extra, field, code] of cases) {
			try {
				await mentor.collection('learner_status').create(status('learner', extra)());
				expect.fail('refused');
			} catch (error) {
				const data = (error as { status: number; response: { data: Record<string, { code: string }> } });
				expect(data.status).toBe(400);
				expect(data.response.data[field]?.code).toBe(code);
			}
		}
		expect(await world.count('learner_status', 'learner = {:l}', { l: world.users.learner.id })).toBe(before);
	});
});

describe('learner_status: append-only', () => {
	const everyone: Actor[] = ['learner', 'mentor', 'coordinator', 'teacher', 'coordinatorB', 'anonymous'];
	refusedUpdates(
		() => world,
		'learner_status',
		everyone.map((a) => [a, a, () => S.learner, () => ({ status: 'active' })] as const),
		[403, 404]
	);
	refusedDeletes(
		() => world,
		'learner_status',
		everyone.map((a) => [a, a, () => S.learner] as const),
		[403, 404]
	);

	it('a view of another school’s row is 404, not a hint it exists', async () => {
		expect(await failureStatus((await world.as('coordinatorB')).collection('learner_status').getOne(S.learner.id))).toBe(404);
	});
});

describe('learner_status: realtime', () => {
	const watchers = ['learner', 'classmate', 'mentor', 'otherMentor', 'teacher', 'coordinator'] as const;
	let live: Watching<(typeof watchers)[number]>;
	beforeAll(async () => {
		live = await watchLive(world, watchers);
	});
	afterAll(() => live?.stop());

	it('a new status reaches the learner, their mentor and the coordinator, nobody else', async () => {
		const row = await createdAs(world, 'mentor', 'learner_status', status('learner', { status: 'active' })());
		const about = (c: RealtimeChange) => c.collection === 'learner_status' && c.record.id === row.id;
		expect(await live.receivers(['learner', 'mentor', 'coordinator'], about)).toEqual(['learner', 'mentor', 'coordinator']);
	});
});

describe('learner_status: completing invites the learner to tell their story', () => {
	it('a completed status invites the learner once; other statuses do not', async () => {
		const invitations = () => world.su.collection('story_invitations').getFullList({ filter: `learner = "${world.users.classmate.id}"` });
		expect(await invitations()).toHaveLength(0);
		const mentor = await world.as('otherMentor');
		await mentor.collection('learner_status').create({ ...status('classmate')(), status: 'leave' });
		expect(await invitations()).toHaveLength(0);
		const done = { ...status('classmate')(), status: 'completed', certificateDate: daysFromNow(0) };
		await mentor.collection('learner_status').create(done);
		expect(await invitations()).toHaveLength(1);
		await mentor.collection('learner_status').create(done);
		expect(await invitations()).toHaveLength(1);
	});
});
