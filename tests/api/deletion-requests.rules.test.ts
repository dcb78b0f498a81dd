// GDPR deletion requests (issue 16): a learner asks for their own data to be deleted (and
// may cancel while it waits); the coordinator of their school sees it and confirms it;
// nobody else reads or writes them, and nobody deletes one (the school's record that it
// was done). Confirming carries it out: tests/api/privacy.hooks.test.ts.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, type Actor, type Person, type World } from './fixtures';
import { justNow, notificationsFor, realtimeClient } from './flags.fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
let R: Record<'mine' | 'classmate' | 'B', RecordModel>;

const request = (p: Person, extra: Record<string, unknown> = {}) => ({
	learner: world.users[p].id,
	school: world.users[p].school,
	status: 'requested',
	...extra
});

beforeAll(async () => {
	world = await buildWorld();
	const su = world.su;
	R = {
		mine: await su.collection('deletion_requests').create(request('learner', { note: 'Jeg er færdig' })),
		classmate: await su.collection('deletion_requests').create(request('classmate', { removePosts: true })),
		B: await su.collection('deletion_requests').create(request('learnerB'))
	};
});

describe('deletion_requests: who sees them', () => {
	whoSees<keyof typeof R>({
		world: () => world,
		collection: 'deletion_requests',
		records: () => R,
		noun: 'deletion requests',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['mine']],
			['classmate', ['classmate']],
			['stranger', []],
			['formerLearner', []],
			['learnerB', ['B']],
			['mentor', []],
			['otherMentor', []],
			['teacher', []],
			['coordinator', ['mine', 'classmate']],
			['coordinatorB', ['B']],
			['mentorB', []]
		]
	});

	it('no other way in: expand and filter through the learner show nothing to others', async () => {
		const mentor = await world.as('mentor');
		expect(await mentor.collection('deletion_requests').getFullList({ filter: `learner = "${world.users.learner.id}"` })).toEqual([]);
		const teacher = await world.as('teacher');
		expect(await teacher.collection('deletion_requests').getFullList({ expand: 'learner', filter: 'removePosts = true' })).toEqual([]);
		// the coordinator sees who asks, through expand
		const coordinator = await world.as('coordinator');
		const [seen] = await coordinator.collection('deletion_requests').getFullList({ filter: `id = "${R.mine.id}"`, expand: 'learner' });
		expect(seen!.expand?.learner?.name).toBe(world.users.learner.name);
	});

	it('realtime: only the learner and their coordinator hear of a change', async () => {
		const watchers: Person[] = ['learner', 'coordinator', 'coordinatorB', 'mentor', 'teacher', 'classmate'];
		const heard = new Map<Person, string[]>();
		const devices = [];
		for (const who of watchers) {
			const pb = await realtimeClient(world, who);
			heard.set(who, []);
			await pb.collection('deletion_requests').subscribe('*', (e) => heard.get(who)!.push(e.record.id));
			devices.push(pb);
		}
		try {
			await world.su.collection('deletion_requests').update(R.mine.id, { note: 'Jeg er færdig nu' });
			await expect.poll(() => heard.get('learner')!.length + heard.get('coordinator')!.length, { timeout: 30_000 }).toBe(2);
			await new Promise((r) => setTimeout(r, 1000)); // stray copies
			expect(watchers.filter((w) => heard.get(w)!.includes(R.mine.id))).toEqual(['learner', 'coordinator']);
		} finally {
			for (const pb of devices) await pb.realtime.unsubscribe().catch(() => undefined);
		}
	});
});

describe('deletion_requests: asking', () => {
	it('a learner asks for themselves (requested); a second open request is refused; their coordinator hears of it', async () => {
		const since = justNow();
		const me = await world.tempUser('A', 'learner');
		const pb = await world.signIn(me);
		const made = await pb.collection('deletion_requests').create({ learner: me.id, school: me.school, status: 'requested', removePosts: true, note: 'Slet alt' });
		world.cleanUp('deletion_requests', made.id);
		expect(await world.reread('deletion_requests', made.id)).toMatchObject({ learner: me.id, status: 'requested', removePosts: true, decidedBy: '' });
		expect(await failureStatus(pb.collection('deletion_requests').create({ learner: me.id, school: me.school, status: 'requested' }))).toBe(400);
		const heard = await notificationsFor(world, 'coordinator', since);
		expect(heard.filter((n) => n.tag === `sletning-${made.id}`)).toHaveLength(1);
		expect((await notificationsFor(world, 'coordinatorB', since)).filter((n) => n.tag === `sletning-${made.id}`)).toHaveLength(0);
	});

	refusedCreates(
		() => world,
		'deletion_requests',
		[
			['anonymous', 'anonymous', () => request('learner')],
			['a learner, for someone else', 'stranger', () => request('classmate')],
			['a learner, already confirmed', 'stranger', () => request('stranger', { status: 'confirmed' })],
			['a learner, without a status', 'stranger', () => ({ learner: world.users.stranger.id, school: world.users.stranger.school })],
			['a learner, with who decided', 'stranger', () => request('stranger', { decidedBy: world.users.coordinator.id })],
			['a learner, when it was done', 'stranger', () => request('stranger', { doneAt: '2026-01-01 10:00:00.000Z' })],
			['a learner, for another school', 'stranger', () => ({ ...request('stranger'), school: world.schools.B.id })],
			['a mentor, for their learner', 'mentor', () => request('learner')],
			['a teacher, for a learner of their class', 'teacher', () => request('learner')],
			['a coordinator, for a learner of their school', 'coordinator', () => request('stranger')],
			['a coordinator of another school', 'coordinatorB', () => request('stranger')]
		] as const,
		(data) => ({ collection: 'deletion_requests', filter: 'learner = {:l} && created > @todayStart', params: { l: data.learner }, count: 'asBefore' })
	);
});

describe('deletion_requests: changing', () => {
	const temp = (p: Person, extra: Record<string, unknown> = {}) => world.temp('deletion_requests', request(p, extra));

	it('the learner cancels their own, and may change their wish while it waits', async () => {
		const r = await temp('stranger');
		const pb = await world.as('stranger');
		await pb.collection('deletion_requests').update(r.id, { removePosts: true, note: 'Også mine opslag' });
		await pb.collection('deletion_requests').update(r.id, { status: 'cancelled' });
		expect(await world.reread('deletion_requests', r.id)).toMatchObject({ status: 'cancelled', removePosts: true, note: 'Også mine opslag' });
	});

	refusedUpdates(
		() => world,
		'deletion_requests',
		[
			['the learner, confirming their own', 'stranger', () => temp('stranger'), () => ({ status: 'confirmed' })],
			['the learner, marking it done', 'stranger', () => temp('stranger'), () => ({ status: 'done' })],
			['the learner, moving it to someone else', 'stranger', () => temp('stranger'), () => ({ learner: world.users.classmate.id })],
			['the learner, moving it to another school', 'stranger', () => temp('stranger'), () => ({ school: world.schools.B.id })],
			['the learner, setting who decided', 'stranger', () => temp('stranger'), () => ({ decidedBy: world.users.coordinator.id })],
			['the learner, setting when it was decided', 'stranger', () => temp('stranger'), () => ({ decidedAt: '2026-01-01 10:00:00.000Z' })],
			['the coordinator, setting when it was decided', 'coordinator', () => temp('stranger'), () => ({ status: 'confirmed', decidedAt: '2026-01-01 10:00:00.000Z' })],
			['the coordinator, setting when it was done', 'coordinator', () => temp('stranger'), () => ({ status: 'confirmed', doneAt: '2026-01-01 10:00:00.000Z' })],
			['the learner, setting when it was done', 'stranger', () => temp('stranger'), () => ({ doneAt: '2026-01-01 10:00:00.000Z' })],
			['the learner, reopening a cancelled one', 'stranger', () => temp('stranger', { status: 'cancelled' }), () => ({ status: 'requested' })],
			['another learner, cancelling it', 'classmate', () => temp('stranger'), () => ({ status: 'cancelled' })],
			['the mentor, confirming it', 'mentor', () => temp('learner', { status: 'cancelled' }), () => ({ status: 'confirmed' })],
			['a teacher, confirming it', 'teacher', () => temp('stranger'), () => ({ status: 'confirmed' })],
			['the coordinator, cancelling it', 'coordinator', () => temp('stranger'), () => ({ status: 'cancelled' })],
			['the coordinator, changing the wish about posts', 'coordinator', () => temp('stranger'), () => ({ status: 'confirmed', removePosts: true })],
			['the coordinator, changing the note', 'coordinator', () => temp('stranger'), () => ({ status: 'confirmed', note: 'Rettet' })],
			['the coordinator, setting who decided', 'coordinator', () => temp('stranger'), () => ({ status: 'confirmed', decidedBy: world.users.mentor.id })],
			['the coordinator, confirming a cancelled one', 'coordinator', () => temp('stranger', { status: 'cancelled' }), () => ({ status: 'confirmed' })],
			['a coordinator of another school, confirming it', 'coordinatorB', () => temp('stranger'), () => ({ status: 'confirmed' })],
			['anonymous', 'anonymous', () => temp('stranger'), () => ({ status: 'cancelled' })]
		] as const
	);

	const everyone: Actor[] = ['anonymous', 'learner', 'classmate', 'mentor', 'teacher', 'coordinator', 'coordinatorB'];
	refusedDeletes(
		() => world,
		'deletion_requests',
		everyone.map((a) => [a, a, (w) => w.reread('deletion_requests', R.mine.id)] as const),
		[403, 404]
	);
});
