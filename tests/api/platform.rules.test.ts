// The offline and push platform's collections: tombstones (ids of deleted records),
// push_subscriptions (one per device, only its owner) and notifications (written by
// hooks and the push worker only; people read their own).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, everyKindOfActor, failureStatus, listIds, type Actor, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const device = (user: string, n: string) => ({
	user,
	endpoint: `https://fcm.googleapis.com/fcm/send/${world.tag}/${n}`,
	p256dh: 'BKey',
	auth: 'secret'
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

	it.each(everyKindOfActor)('%s cannot create, edit or delete tombstones', async (actor) => {
		const pb = await world.as(actor);
		expect(await failureStatus(pb.collection('tombstones').create({ collection: 'classes', record: 'x' }))).toBe(403);
		const stone = (await world.su.collection('tombstones').getList(1, 1)).items[0];
		expect(stone).toBeDefined();
		expect(await failureStatus(pb.collection('tombstones').update(stone!.id, { record: 'y' }))).toBe(403);
		expect(await failureStatus(pb.collection('tombstones').delete(stone!.id))).toBe(403);
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

	it.each(['anonymous', 'mentor', 'coordinator', 'coordinatorB'] as Actor[])(
		"%s cannot see, change or delete the learner's device",
		async (actor) => {
			const sub = await world.temp('push_subscriptions', device(world.users.learner.id, `other-${actor}`));
			const pb = await world.as(actor);
			expect(await listIds(pb, 'push_subscriptions', `id = "${sub.id}"`)).toEqual([]);
			expect(await failureStatus(pb.collection('push_subscriptions').getOne(sub.id))).toBe(404);
			expect(await failureStatus(pb.collection('push_subscriptions').update(sub.id, { auth: 'x' }))).toBe(404);
			expect(await failureStatus(pb.collection('push_subscriptions').delete(sub.id))).toBe(404);
			expect((await world.reread('push_subscriptions', sub.id)).auth).toBe('secret');
		}
	);

	it.each(['mentor', 'coordinator'] as Actor[])('%s cannot register a device for someone else', async (actor) => {
		const data = device(world.users.learner.id, `forged-${actor}`);
		expect(await failureStatus((await world.as(actor)).collection('push_subscriptions').create(data))).toBe(400);
		expect(await world.count('push_subscriptions', 'endpoint = {:e}', { e: data.endpoint })).toBe(0);
	});

	it('the owner cannot hand their device over to someone else', async () => {
		const sub = await world.temp('push_subscriptions', device(world.users.learner.id, 'handover'));
		const request = (await world.as('learner')).collection('push_subscriptions').update(sub.id, { user: world.users.mentor.id });
		expect(await failureStatus(request)).toBe(404);
		expect((await world.reread('push_subscriptions', sub.id)).user).toBe(world.users.learner.id);
	});

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
	it('people read only their own notifications', async () => {
		const own = await world.temp('notifications', {
			user: world.users.learner.id,
			title: 'Til dig',
			importance: 'normal',
			status: 'queued'
		});
		expect(await listIds(await world.as('learner'), 'notifications', `id = "${own.id}"`)).toEqual([own.id]);
		for (const actor of ['anonymous', 'mentor', 'coordinator', 'classmate'] as Actor[]) {
			const pb = await world.as(actor);
			expect(await listIds(pb, 'notifications', `id = "${own.id}"`), actor).toEqual([]);
			expect(await failureStatus(pb.collection('notifications').getOne(own.id)), actor).toBe(404);
		}
	});

	it.each(everyKindOfActor)('%s cannot create, edit or delete notifications directly', async (actor) => {
		const own = await world.temp('notifications', {
			user: world.users.learner.id,
			title: 'Uændret',
			importance: 'normal',
			status: 'queued'
		});
		const pb = await world.as(actor);
		const fake = { user: world.users.learner.id, title: 'Falsk', importance: 'important', status: 'queued' };
		expect(await failureStatus(pb.collection('notifications').create(fake))).toBe(403);
		expect(await failureStatus(pb.collection('notifications').update(own.id, { title: 'Ændret' }))).toBe(403);
		expect(await failureStatus(pb.collection('notifications').delete(own.id))).toBe(403);
		expect((await world.reread('notifications', own.id)).title).toBe('Uændret');
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

	it('hours outside 0–23 and unknown levels are refused, nothing stored', async () => {
		const pb = await world.as('classmate');
		const id = world.users.classmate.id;
		expect(await failureStatus(pb.collection('users').update(id, { quietFrom: 24 }))).toBe(400);
		expect(await failureStatus(pb.collection('users').update(id, { notifyLevel: 'loud' }))).toBe(400);
		expect(await world.reread('users', id)).toMatchObject({ quietFrom: 0, notifyLevel: '' });
	});

	it.each(['mentor', 'teacher'] as Actor[])("%s cannot change a learner's notification settings", async (actor) => {
		const request = (await world.as(actor)).collection('users').update(world.users.stranger.id, { notifyLevel: 'none' });
		expect(await failureStatus(request)).toBe(404);
		expect((await world.reread('users', world.users.stranger.id)).notifyLevel).toBe('');
	});
});
