// The sync engine's outbox against a real PocketBase: IndexedDB is fake-indexeddb
// (Node has none), the server is real. Ordering, idempotent replay, 401 pause,
// validation dead-letter and the conflict rule.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newRecordId } from '$lib/sync/ids';
import { retryOp, writeLocal } from '$lib/sync/outbox';
import { drainOutbox } from '$lib/sync/push';
import { freshDb } from '$lib/sync/test-fixtures';
import { buildWorld, newClient, type World } from './fixtures';

let world: World;

beforeAll(async () => {
	world = await buildWorld();
});

const subscription = (user: string, n = randomUUID()) => ({
	user,
	endpoint: `https://fcm.googleapis.com/fcm/send/${n}`,
	p256dh: 'BPublicKeyOfTheBrowser',
	auth: 'secret'
});

describe('outbox', () => {
	it('sends create, update and delete of one record in the order they were made', async () => {
		const learner = await world.as('learner');
		const me = world.users.learner.id;
		const db = freshDb();
		const kept = newRecordId();
		const dropped = newRecordId();
		await writeLocal(db, 'push_subscriptions', 'create', kept, subscription(me));
		await writeLocal(db, 'push_subscriptions', 'update', kept, { userAgent: 'second' });
		await writeLocal(db, 'push_subscriptions', 'create', dropped, subscription(me));
		await writeLocal(db, 'push_subscriptions', 'delete', dropped);

		expect(await drainOutbox(db, learner)).toEqual({ kind: 'done', sent: 4 });
		world.cleanUp('push_subscriptions', kept);
		expect((await world.reread('push_subscriptions', kept)).userAgent).toBe('second');
		expect(await world.count('push_subscriptions', 'id = {:id}', { id: dropped })).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('replays a create whose first attempt got through as sent, without a duplicate', async () => {
		const learner = await world.as('learner');
		const db = freshDb();
		const id = newRecordId();
		const data = subscription(world.users.learner.id);
		// The first attempt reached the server, but its answer was lost.
		await learner.collection('push_subscriptions').create({ ...data, id });
		world.cleanUp('push_subscriptions', id);
		await writeLocal(db, 'push_subscriptions', 'create', id, data);

		expect(await drainOutbox(db, learner)).toEqual({ kind: 'done', sent: 1 });
		expect(await world.count('push_subscriptions', 'endpoint = {:e}', { e: data.endpoint })).toBe(1);
	});

	it('counts a delete that meets 404 as done', async () => {
		const db = freshDb();
		await writeLocal(db, 'push_subscriptions', 'delete', newRecordId());
		expect(await drainOutbox(db, await world.as('learner'))).toEqual({ kind: 'done', sent: 1 });
		expect(await db.outbox.count()).toBe(0);
	});

	it('pauses on 401 without losing anything, and sends after logging in again', async () => {
		const db = freshDb();
		const id = newRecordId();
		await writeLocal(db, 'push_subscriptions', 'create', id, subscription(world.users.learner.id));
		const expired = newClient();
		expired.authStore.save('not-a-valid-token', null);

		expect(await drainOutbox(db, expired)).toEqual({ kind: 'needs-login', sent: 0 });
		expect(await db.outbox.count()).toBe(1);
		expect(await world.count('push_subscriptions', 'id = {:id}', { id })).toBe(0);

		await expired.collection('users').authWithPassword(world.email('learner'), 'sammen-test-password-1');
		expect(await drainOutbox(db, expired)).toEqual({ kind: 'done', sent: 1 });
		world.cleanUp('push_subscriptions', id);
		expect(await world.count('push_subscriptions', 'id = {:id}', { id })).toBe(1);
	});

	it('pauses when the server no longer accepts the token (password changed elsewhere)', async () => {
		const user = await world.tempUser('A', 'learner');
		const client = await world.signIn(user);
		await world.su.collection('users').update(user.id, { password: 'a-new-password-99', passwordConfirm: 'a-new-password-99' });
		const db = freshDb();
		const id = newRecordId();
		await writeLocal(db, 'push_subscriptions', 'create', id, subscription(user.id));

		expect(await drainOutbox(db, client)).toEqual({ kind: 'needs-login', sent: 0 });
		expect((await db.outbox.toArray()).map((op) => op.state)).toEqual(['pending']);
	});

	it('keeps ops for later when the server cannot be reached', async () => {
		const db = freshDb();
		await writeLocal(db, 'push_subscriptions', 'create', newRecordId(), subscription(world.users.learner.id));
		const learner = await world.as('learner');
		const unreachable = newClient(undefined, 'http://127.0.0.1:9');
		unreachable.authStore.save(learner.authStore.token, learner.authStore.record);
		expect(await drainOutbox(db, unreachable)).toEqual({ kind: 'retry-later', sent: 0 });
		const [op] = await db.outbox.toArray();
		expect(op).toMatchObject({ state: 'pending', attempts: 1 });
	});

	it('moves a refused op to "kunne ikke sendes" with a Danish reason, holds its record, sends the others', async () => {
		const learner = await world.as('learner');
		const db = freshDb();
		const bad = newRecordId();
		const good = newRecordId();
		await writeLocal(db, 'push_subscriptions', 'create', bad, { ...subscription(world.users.learner.id), endpoint: 'ikke en adresse' });
		await writeLocal(db, 'push_subscriptions', 'update', bad, { userAgent: 'after the bad one' });
		await writeLocal(db, 'push_subscriptions', 'create', good, subscription(world.users.learner.id));

		expect(await drainOutbox(db, learner)).toEqual({ kind: 'done', sent: 1 });
		world.cleanUp('push_subscriptions', good);
		const ops = await db.outbox.orderBy('seq').toArray();
		expect(ops.map((op) => [op.kind, op.state])).toEqual([
			['create', 'failed'],
			['update', 'pending']
		]);
		expect(ops[0]?.error).toBe('Noget er ikke udfyldt rigtigt. Se felterne med rød tekst.');
		expect(await world.count('push_subscriptions', 'id = {:id}', { id: bad })).toBe(0);
	});

	it('refuses an edit made on an old version (409), keeps it as a conflict, and "keep mine" sends it', async () => {
		const coordinator = await world.as('coordinator');
		const cls = await world.temp('classes', { name: 'Hold før', school: world.schools.A.id });
		const db = freshDb();
		await db.records('classes').put(cls as never);
		// Someone else renames the class after this device got it.
		await new Promise((r) => setTimeout(r, 5));
		await world.su.collection('classes').update(cls.id, { name: 'Deres navn' });
		await writeLocal(db, 'classes', 'update', cls.id, { name: 'Mit navn' });

		expect(await drainOutbox(db, coordinator)).toEqual({ kind: 'done', sent: 0 });
		const [op] = await db.outbox.toArray();
		expect(op?.state).toBe('conflict');
		expect((await world.reread('classes', cls.id)).name).toBe('Deres navn');

		await retryOp(db, op?.seq as number);
		expect(await drainOutbox(db, coordinator)).toEqual({ kind: 'done', sent: 1 });
		expect((await world.reread('classes', cls.id)).name).toBe('Mit navn');
	});

	it('counts a checked update whose first attempt got through (409 on replay) as sent', async () => {
		const coordinator = await world.as('coordinator');
		const cls = await world.temp('classes', { name: 'Hold 1', school: world.schools.A.id });
		const db = freshDb();
		await db.records('classes').put(cls as never);
		await writeLocal(db, 'classes', 'update', cls.id, { name: 'Hold 2' });
		// The first attempt got through; the answer was lost.
		await coordinator.collection('classes').update(cls.id, { name: 'Hold 2', _base: cls.updated });

		expect(await drainOutbox(db, coordinator)).toEqual({ kind: 'done', sent: 1 });
		expect(await db.outbox.count()).toBe(0);
	});
});
