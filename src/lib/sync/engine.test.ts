// The sync engine (engine.svelte.ts) as features use it: writes are local at once and
// sent exactly once, in order; it waits while offline or logged out and goes on by
// itself; a pull of every collection marks the device hydrated. The network boundary
// (the app's one PocketBase client) is the stand-in from fake-server.ts; IndexedDB is
// fake-indexeddb; window and navigator are the few bits of the browser it listens to.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import type PocketBase from 'pocketbase';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeServer } from './fake-server';
import { syncedCollections } from './schema';

const network = vi.hoisted(() => ({ client: null as unknown as PocketBase }));
vi.mock('$lib/pb/client', () => ({
	pb: new Proxy({}, { get: (_, key) => (network.client as unknown as Record<string | symbol, unknown>)[key] })
}));
// logging out is the session's business; here the test calls wipe() itself
vi.mock('$lib/auth/session.svelte', () => ({ onLogout: () => undefined }));

// the browser bits the engine listens to (Node has neither)
const browserWindow = new EventTarget();
vi.stubGlobal('window', browserWindow);
vi.stubGlobal('navigator', { onLine: true });

let sync: typeof import('./engine.svelte').sync;
let server: FakeServer;
beforeAll(async () => {
	({ sync } = await import('./engine.svelte'));
});
beforeEach(() => {
	server = new FakeServer();
	network.client = server.client();
});
afterEach(async () => {
	browserWindow.dispatchEvent(new Event('online'));
	await sync.wipe();
});

/** Waits on a real condition (no fixed sleeps); generous for a busy machine. */
const until = (check: () => unknown | Promise<unknown>) => vi.waitFor(check, { timeout: 30_000, interval: 10 });
const sent = () => until(async () => expect(await sync.db!.outbox.count()).toBe(0));
const start = () => sync.start(`user-${randomUUID()}`);

// waits on real conditions; a generous budget, as a busy machine is slow to get there
describe('sync engine', { timeout: 60_000 }, () => {
	it('a write is in the local table at once, and sent to the server exactly once', async () => {
		await start();
		const id = await sync.create('classes', { name: 'Hold 1' });
		expect((await sync.db!.records('classes').get(id))?.name).toBe('Hold 1');
		await sent();
		expect(server.callsOf('create')).toEqual([`classes/${id}`]);
		expect(server.table('classes').get(id)?.name).toBe('Hold 1');
	});

	it('quick writes one after another are sent in order, each once (one drain at a time)', async () => {
		await start();
		const id = await sync.create('messages', { text: '0' });
		for (let i = 1; i <= 10; i++) await sync.update('messages', id, { text: String(i) });
		await sync.remove('messages', await sync.create('messages', { text: 'ups' }));
		await sent();
		const mine = server.calls.filter((c) => c.method !== 'getList' && c.method !== 'authRefresh');
		expect(mine.map((c) => c.method)).toEqual(['create', ...Array(10).fill('update'), 'create', 'delete']);
		expect(server.table('messages').get(id)?.text).toBe('10');
	});

	it('offline it keeps the changes; back online it sends them once', async () => {
		await start();
		browserWindow.dispatchEvent(new Event('offline'));
		expect(sync.online).toBe(false);
		const id = await sync.create('classes', { name: 'Offline hold' });
		await sync.update('classes', id, { name: 'Offline hold, rettet' });
		await until(() => expect(sync.pendingCount).toBe(2)); // shown as waiting
		expect(server.callsOf('create')).toEqual([]);

		browserWindow.dispatchEvent(new Event('online'));
		await sent();
		expect(server.callsOf('create')).toEqual([`classes/${id}`]);
		expect(server.table('classes').get(id)?.name).toBe('Offline hold, rettet');
	});

	it('withdraw: a record still waiting is dropped with its edits and never sent; a sent one is deleted on the server', async () => {
		await start();
		browserWindow.dispatchEvent(new Event('offline'));
		const waiting = await sync.create('messages', { text: 'Hov' });
		await sync.update('messages', waiting, { text: 'Hov, rettet' });
		await sync.withdraw('messages', waiting);
		expect(await sync.db!.records('messages').get(waiting)).toBeUndefined();
		browserWindow.dispatchEvent(new Event('online'));
		const kept = await sync.create('messages', { text: 'Hej' });
		await sent();
		expect(server.callsOf('create')).toEqual([`messages/${kept}`]);

		await sync.withdraw('messages', kept);
		await sent();
		expect(server.callsOf('delete')).toEqual([`messages/${kept}`]);
		expect(server.table('messages').get(kept)).toBeUndefined();
	});

	it('when the login expired it stops sending until the user logs in again (resume)', async () => {
		await start();
		server.refuseNext({ method: 'create', status: 401 });
		const first = await sync.create('classes', { name: 'Hold 1' });
		await until(() => expect(sync.needsLogin).toBe(true));
		await sync.create('classes', { name: 'Hold 2' });
		expect(server.callsOf('create')).toEqual([`classes/${first}`]); // the one refused try, nothing after
		sync.resume();
		await sent();
		expect(server.table('classes').size).toBe(2);
		expect(sync.needsLogin).toBe(false);
	});

	it('after server trouble it tries again by itself (backoff), and the op arrives once', async () => {
		await start();
		server.refuseNext({ method: 'create', status: 503 });
		const id = await sync.create('classes', { name: 'Hold 1' });
		await sent();
		expect(server.callsOf('create')).toEqual([`classes/${id}`, `classes/${id}`]);
		expect(server.table('classes').size).toBe(1);
	});

	it('a refused op waits for the user: "try again" sends it, "discard" drops it and its local copy', async () => {
		await start();
		server.refuseNext({ method: 'create', status: 400, data: { name: { code: 'validation_required', message: 'Missing.' } } });
		server.refuseNext({ method: 'create', status: 400, data: { name: { code: 'validation_required', message: 'Missing.' } } });
		const retried = await sync.create('classes', { name: 'Første' });
		const dropped = await sync.create('classes', { name: 'Anden' });
		await until(() => expect(sync.problems.map((op) => op.recordId)).toEqual([retried, dropped]));

		await sync.retry(sync.problems[0]!.seq!);
		await until(() => expect(server.table('classes').has(retried)).toBe(true));
		await sync.discard(sync.problems.find((op) => op.recordId === dropped)!.seq!);
		await sent();
		expect(await sync.db!.records('classes').get(dropped)).toBeUndefined();
		expect(server.table('classes').has(dropped)).toBe(false);
	});

	it('pulls every synced collection; the device counts as hydrated only once the server was reached', async () => {
		server.offline = true;
		await start();
		expect(sync.hydrated).toBe(false);
		expect(server.callsOf('getList')).toHaveLength(1); // stopped at the first collection

		server.put('classes', { id: 'c1', name: 'Fra serveren' });
		server.offline = false;
		await sync.syncNow();
		expect(sync.hydrated).toBe(true);
		expect((await sync.db!.records('classes').get('c1'))?.name).toBe('Fra serveren');
		expect(await sync.db!.cursors.count()).toBe(syncedCollections.length);
	});

	it('each user has their own local database; logging out (wipe) deletes it', async () => {
		// offline, so nothing travels through the (shared) stand-in server between the two
		await sync.start('user-a');
		browserWindow.dispatchEvent(new Event('offline'));
		await sync.create('classes', { id: 'a1', name: 'A' });
		const nameA = sync.db!.name;
		expect(nameA).toBe('sammen-user-a');
		await sync.start('user-b');
		expect(sync.db!.name).toBe('sammen-user-b');
		expect(await sync.db!.records('classes').get('a1')).toBeUndefined();
		await sync.wipe();
		expect(await Dexie.exists('sammen-user-b')).toBe(false);
		expect(await Dexie.exists(nameA)).toBe(true);
		await Dexie.delete(nameA);
	});

	it('refuses writes when nobody is logged in', async () => {
		await expect(sync.create('classes', { name: 'x' })).rejects.toThrow(/not started/);
	});
});
