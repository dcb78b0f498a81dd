// Bringing the device up to date (pull.ts), against a stand-in for the network
// (fake-server.ts): keyset pages, the cursor and its look-back, unsent local changes
// kept, tombstones, and the hourly sweep of records the user may no longer see.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeServer } from './fake-server';
import { writeLocal } from './outbox';
import { applyServerRecords, pullCollection, shiftPbDate } from './pull';
import { postsWindowDays } from './schema';
import { freshDb } from './test-fixtures';

afterEach(() => vi.useRealTimers());

const localIds = async (db: ReturnType<typeof freshDb>, collection: string) =>
	((await db.records(collection).toCollection().primaryKeys()) as string[]).sort();

describe('pullCollection', () => {
	it('brings more than two pages whole, in keyset pages, and keeps where it got to', async () => {
		const db = freshDb();
		const server = new FakeServer();
		for (let i = 0; i < 1100; i++) server.put('notifications', { id: `n${String(i).padStart(4, '0')}`, title: `${i}` });

		expect(await pullCollection(db, server.client(), 'notifications')).toBe(1100);
		expect(await db.records('notifications').count()).toBe(1100);
		// pages of 500 + 500 + 100, then the sweep of ids in pages of 1,000
		expect(server.callsOf('getList')).toHaveLength(5);
		const newest = [...server.table('notifications').values()].at(-1)!;
		expect(await db.cursors.get('notifications')).toMatchObject({ updated: newest.updated, id: newest.id });
	});

	it('a second pull asks only for what changed since (a few seconds back), and stores it', async () => {
		const db = freshDb();
		const server = new FakeServer();
		server.put('classes', { id: 'c1', name: 'Hold 1', updated: '2026-11-20 10:00:00.000Z' });
		server.put('classes', { id: 'c2', name: 'Hold 2', updated: '2026-11-20 11:00:00.000Z' });
		server.put('classes', { id: 'c3', name: 'Hold 3', updated: '2026-11-20 10:59:58.000Z' });
		await pullCollection(db, server.client(), 'classes');
		server.put('classes', { id: 'c2', name: 'Hold 2, nyt navn' }); // now: 12:00

		const before = server.calls.length;
		// c2 changed; c3 is within the 5 s looked back (a late commit), so it comes again; c1 does not
		expect(await pullCollection(db, server.client(), 'classes')).toBe(2);
		expect(server.calls.length - before).toBe(1); // one page; no sweep within the hour
		expect((await db.records('classes').get('c2'))?.name).toBe('Hold 2, nyt navn');
		expect(await db.cursors.get('classes')).toMatchObject({ id: 'c2', updated: server.table('classes').get('c2')?.updated });
	});

	it('an empty collection still gets a cursor: pulled at least once', async () => {
		const db = freshDb();
		expect(await pullCollection(db, new FakeServer().client(), 'classes')).toBe(0);
		expect(await db.cursors.get('classes')).toMatchObject({ collection: 'classes', updated: '', id: '' });
	});

	it('keeps a local record with changes waiting to be sent, and takes the others', async () => {
		const db = freshDb();
		const server = new FakeServer();
		server.put('classes', { id: 'c1', name: 'Serverens navn' });
		server.put('classes', { id: 'c2', name: 'Hold 2' });
		await writeLocal(db, 'classes', 'update', 'c1', { name: 'Mit navn' });
		await pullCollection(db, server.client(), 'classes');
		expect((await db.records('classes').get('c1'))?.name).toBe('Mit navn');
		expect((await db.records('classes').get('c2'))?.name).toBe('Hold 2');
	});

	it('tombstones remove deleted records, except one with changes waiting', async () => {
		const db = freshDb();
		const server = new FakeServer();
		await db.records('classes').bulkPut([{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }] as never[]);
		await writeLocal(db, 'classes', 'update', 'c3', { name: 'Mit navn' });
		server.put('tombstones', { id: 't1', collection: 'classes', record: 'c1' });
		server.put('tombstones', { id: 't2', collection: 'classes', record: 'c3' });
		server.put('tombstones', { id: 't3', collection: 'not-synced', record: 'c2' });
		await pullCollection(db, server.client(), 'tombstones');
		expect(await localIds(db, 'classes')).toEqual(['c2', 'c3']);
	});

	it('the sweep removes records the server no longer shows (a handover), at most once an hour', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(Date.parse('2026-11-20T12:00:00Z'));
		const db = freshDb();
		const server = new FakeServer();
		server.put('notes', { id: 'kept', body: 'a' });
		server.put('notes', { id: 'lost', body: 'b' });
		await pullCollection(db, server.client(), 'notes');
		expect(await localIds(db, 'notes')).toEqual(['kept', 'lost']);

		server.table('notes').delete('lost'); // no longer ours to see: no tombstone comes
		await pullCollection(db, server.client(), 'notes');
		expect(await localIds(db, 'notes')).toEqual(['kept', 'lost']); // swept less than an hour ago

		vi.setSystemTime(Date.parse('2026-11-20T13:00:01Z'));
		await pullCollection(db, server.client(), 'notes');
		expect(await localIds(db, 'notes')).toEqual(['kept']);
	});

	it('a collection with a window (posts) keeps only its recent records; the sweep drops those grown older', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(Date.parse('2026-11-20T12:00:00Z'));
		const db = freshDb();
		const server = new FakeServer();
		const daysAgo = (days: number) => shiftPbDate('2026-11-20 12:00:00.000Z', -days * 24 * 60 * 60 * 1000);
		server.put('posts', { id: 'today', created: daysAgo(0) });
		server.put('posts', { id: 'lastWeek', created: daysAgo(7) });
		server.put('posts', { id: 'nearlyOld', created: daysAgo(postsWindowDays - 1) });
		server.put('posts', { id: 'old', created: daysAgo(postsWindowDays + 1) });
		expect(await pullCollection(db, server.client(), 'posts')).toBe(3);
		expect(await localIds(db, 'posts')).toEqual(['lastWeek', 'nearlyOld', 'today']);

		// two days on: at the next sweep (an hour apart) the post that left the window goes
		vi.setSystemTime(Date.parse('2026-11-22T13:00:00Z'));
		await pullCollection(db, server.client(), 'posts');
		expect(await localIds(db, 'posts')).toEqual(['lastWeek', 'today']);
		// a collection without a window keeps everything (see the first test)
	});

	it('fails (for the engine to retry) when the network is gone, and keeps the cursor', async () => {
		const db = freshDb();
		const server = new FakeServer();
		server.put('classes', { id: 'c1', name: 'Hold 1' });
		await pullCollection(db, server.client(), 'classes');
		const cursor = await db.cursors.get('classes');
		server.offline = true;
		await expect(pullCollection(db, server.client(), 'classes')).rejects.toMatchObject({ status: 0 });
		expect(await db.cursors.get('classes')).toEqual(cursor);
	});
});

describe('applyServerRecords', () => {
	it('stores plain records (no expand) and skips those with changes waiting', async () => {
		const db = freshDb();
		await writeLocal(db, 'classes', 'create', 'mine', { name: 'Mit hold' });
		await applyServerRecords(db, 'classes', [
			{ id: 'mine', name: 'Fra serveren' },
			{ id: 'other', name: 'Andet hold', expand: { school: { id: 's' } } }
		]);
		expect(await db.records('classes').get('mine')).toMatchObject({ name: 'Mit hold' });
		expect(await db.records('classes').get('other')).toEqual({ id: 'other', name: 'Andet hold' });
	});
});

describe('shiftPbDate', () => {
	it('moves a PocketBase date by milliseconds, in its own format', () => {
		expect(shiftPbDate('2026-11-22 01:45:03.123Z', -5000)).toBe('2026-11-22 01:44:58.123Z');
		expect(shiftPbDate('2026-12-31 23:59:59.000Z', 1000)).toBe('2027-01-01 00:00:00.000Z');
	});
});
