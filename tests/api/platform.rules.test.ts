// The offline and push platform's collections: tombstones (ids of deleted records),
// push_subscriptions (one per device, only its owner) and notifications (written by
// hooks and the push worker only; people read their own).
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, everyKindOfActor, failureStatus, listIds, type Actor, type World } from './fixtures';
import { nobodyWrites, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
/** The learner's phone and a notification for the learner: what nobody else may reach. */
let learners: { device: RecordModel; notification: RecordModel };
beforeAll(async () => {
	world = await buildWorld();
	learners = {
		device: await world.su.collection('push_subscriptions').create(device(world.users.learner.id, 'learners-phone')),
		notification: await world.su.collection('notifications').create(notification('Til dig'))
	};
});

const device = (user: string, n: string) => ({
	user,
	endpoint: `https://fcm.googleapis.com/fcm/send/${world.tag}/${n}`,
	p256dh: 'BKey',
	auth: 'secret'
});
const notification = (title: string, importance = 'normal') => ({
	user: world.users.learner.id,
	title,
	importance,
	status: 'queued'
});

describe('tombstones', () => {
	it('a deleted record leaves a tombstone that every logged-in user can read', async () => {
		const cls = await world.su.collection('classes').create({ name: `Slettes ${world.tag}`, school: world.schools.A.id });
		await world.su.collection('classes').delete(cls.id);
		for (const actor of ['learner', 'teacher', 'coordinatorB'] as Actor[]) {
			const stones = await (await world.as(actor))
				.collection('tombstones')
				.getFullList({ filter: `record = "${cls.id}"` });
			expect(stones.map((s) => s.collection)).toEqual(['classes']);
		}
	});

	it('anonymous reads no tombstones', async () => {
		expect(await listIds(await world.as('anonymous'), 'tombstones')).toEqual([]);
	});

	describe('nobody writes tombstones', () => {
		nobodyWrites({
			world: () => world,
			collection: 'tombstones',
			actors: everyKindOfActor,
			create: () => ({ collection: 'classes', record: 'x' }),
			stored: () => 'collection = "classes" && record = "x"',
			existing: async (w) => {
				const [stone] = (await w.su.collection('tombstones').getList(1, 1)).items;
				expect(stone).toBeDefined();
				return stone!;
			},
			change: { record: 'y' }
		});
	});
});

describe('push_subscriptions', () => {
	it('the owner creates, lists, views, updates and deletes their own device', async () => {
		const pb = await world.as('learner');
		const sub = await pb.collection('push_subscriptions').create(device(world.users.learner.id, 'own'));
		expect(await listIds(pb, 'push_subscriptions')).toContain(sub.id);
		expect((await pb.collection('push_subscriptions').getOne(sub.id)).endpoint).toBe(sub.endpoint);
		await pb.collection('push_subscriptions').update(sub.id, { auth: 'renewed' });
		expect((await world.reread('push_subscriptions', sub.id)).auth).toBe('renewed');
		await pb.collection('push_subscriptions').delete(sub.id);
		expect(await world.count('push_subscriptions', 'id = {:id}', { id: sub.id })).toBe(0);
	});

	const others: Actor[] = ['anonymous', 'mentor', 'coordinator', 'coordinatorB'];
	whoSees({
		world: () => world,
		collection: 'push_subscriptions',
		records: () => ({ device: learners.device }),
		noun: "devices of the learner's",
		field: 'endpoint',
		table: [['learner', ['device']], ...others.map((actor) => [actor, []] as [Actor, 'device'[]])],
		scoped: true
	});
	refusedUpdates(() => world, 'push_subscriptions', [
		...others.map((actor) => [actor, actor, () => learners.device, () => ({ auth: 'x' })] as const),
		[
			'the owner, handing it over to someone else',
			'learner',
			(w) => w.temp('push_subscriptions', device(w.users.learner.id, 'handover')),
			() => ({ user: world.users.mentor.id })
		]
	]);
	refusedDeletes(() => world, 'push_subscriptions', others.map((actor) => [actor, actor, () => learners.device]));
	refusedCreates(
		() => world,
		'push_subscriptions',
		(['mentor', 'coordinator'] as const).map((actor) => [
			`${actor}, for someone else`,
			actor,
			() => device(world.users.learner.id, `forged-${actor}`)
		]),
		(data) => ({ collection: 'push_subscriptions', filter: 'endpoint = {:e}', params: { e: data.endpoint } })
	);

	it('a device that another account used becomes the new account’s (one endpoint, one owner)', async () => {
		const data = device(world.users.classmate.id, 'shared-phone');
		const old = await world.su.collection('push_subscriptions').create(data);
		const mine = await (await world.as('learner'))
			.collection('push_subscriptions')
			.create({ ...data, user: world.users.learner.id });
		world.cleanUp('push_subscriptions', mine.id);
		expect(await world.count('push_subscriptions', 'endpoint = {:e}', { e: data.endpoint })).toBe(1);
		expect(await world.count('push_subscriptions', 'id = {:id}', { id: old.id })).toBe(0);
	});
});

describe('notifications', () => {
	whoSees({
		world: () => world,
		collection: 'notifications',
		records: () => ({ own: learners.notification }),
		noun: 'notifications (their own)',
		field: 'title',
		table: [
			['learner', ['own']],
			...(['anonymous', 'mentor', 'coordinator', 'classmate'] as const).map((actor) => [actor, []] as [Actor, 'own'[]])
		],
		scoped: true
	});

	describe('nobody writes notifications directly', () => {
		nobodyWrites({
			world: () => world,
			collection: 'notifications',
			actors: everyKindOfActor,
			create: () => notification(`Falsk ${world.tag}`, 'important'),
			stored: (fake) => `title = "${fake.title}"`,
			existing: (w) => w.temp('notifications', notification('Uændret')),
			change: { title: 'Ændret' }
		});
	});

	it('the test trigger queues one important notification for the caller only', async () => {
		const pb = await world.as('mentor');
		const { id } = await pb.send<{ id: string }>('/api/sammen/test-push', { method: 'POST' });
		world.cleanUp('notifications', id);
		expect(await world.reread('notifications', id)).toMatchObject({
			user: world.users.mentor.id,
			importance: 'important',
			status: 'queued',
			url: '/indstillinger'
		});
		expect(await failureStatus((await world.as('anonymous')).send('/api/sammen/test-push', { method: 'POST' }))).toBe(401);
	});
});

describe('notification settings on the user', () => {
	it('a user sets their own level and quiet hours', async () => {
		await (await world.as('learner')).collection('users').update(world.users.learner.id, {
			notifyLevel: 'important',
			quietFrom: 22,
			quietTo: 6
		});
		expect(await world.reread('users', world.users.learner.id)).toMatchObject({ notifyLevel: 'important', quietFrom: 22, quietTo: 6 });
	});

	const now = (person: 'classmate' | 'stranger') => (w: World) => w.reread('users', w.users[person].id);
	refusedUpdates(
		() => world,
		'users',
		[
			['an hour outside 0–23', 'classmate', now('classmate'), () => ({ quietFrom: 24 })],
			['an unknown level', 'classmate', now('classmate'), () => ({ notifyLevel: 'loud' })]
		],
		400
	);
	refusedUpdates(
		() => world,
		'users',
		(['mentor', 'teacher'] as const).map((actor) => [`${actor}, for a learner`, actor, now('stranger'), () => ({ notifyLevel: 'none' })])
	);
});
