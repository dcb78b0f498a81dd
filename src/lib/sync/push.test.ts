// Sending the outbox (push.ts), against a stand-in for the network (fake-server.ts):
// order, replays that count as sent, pauses (offline, server trouble, login gone),
// refusals that hold back only their own record, conflicts, and the backoff.
import { describe, expect, it } from 'vitest';
import { FakeServer } from './fake-server';
import { writeLocal } from './outbox';
import { backoffMs, drainOutbox } from './push';
import { freshDb } from './test-fixtures';

const states = async (db: ReturnType<typeof freshDb>) =>
	(await db.outbox.orderBy('seq').toArray()).map((op) => [op.recordId, op.kind, op.state, op.attempts]);

describe('drainOutbox', () => {
	it('sends every op in the order it was made, once, and empties the outbox', async () => {
		const db = freshDb();
		const server = new FakeServer();
		await writeLocal(db, 'classes', 'create', 'c1', { name: 'Hold 1' });
		await writeLocal(db, 'classes', 'update', 'c1', { name: 'Hold 1b' });
		await writeLocal(db, 'classes', 'create', 'c2', { name: 'Hold 2' });
		await writeLocal(db, 'classes', 'delete', 'c2');

		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 4 });
		expect(server.calls.map((c) => `${c.method} ${c.id}`)).toEqual(['create c1', 'update c1', 'create c2', 'delete c2']);
		expect(await db.outbox.count()).toBe(0);
		expect(server.table('classes').get('c1')?.name).toBe('Hold 1b');
		expect(server.table('classes').has('c2')).toBe(false);
		// a second drain has nothing to send
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 0 });
	});

	it("takes the server's answer into the local copy when nothing else waits for the record", async () => {
		const db = freshDb();
		const server = new FakeServer();
		await writeLocal(db, 'classes', 'create', 'c1', { name: 'Hold 1' });
		await drainOutbox(db, server.client());
		const local = await db.records('classes').get('c1');
		expect(local?.updated).toBe(server.table('classes').get('c1')?.updated);
		expect(local?.updated).toMatch(/^2026-11-20 12:00:00\.\d{3}Z$/);
	});

	it('leaving a group (my member row deleted) takes its posts off the device at once; other deletes sweep nothing', async () => {
		const db = freshDb();
		const server = new FakeServer();
		const now = new Date().toISOString().replace('T', ' ');
		const member = server.put('group_members', { id: 'gm1', group: 'g1', user: 'me', role: 'member' });
		const kept = server.put('posts', { id: 'p2', group: 'g2', author: 'x', text: 'Bliver', created: now });
		await db.records('group_members').put(member as never);
		await db.records('posts').bulkPut([{ id: 'p1', group: 'g1', author: 'x', text: 'Går', created: now, updated: now }, kept] as never);
		// the server no longer shows me g1's posts once I have left (its list rule)
		await writeLocal(db, 'group_members', 'delete', 'gm1');
		await writeLocal(db, 'classes', 'delete', 'c9');
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 2 });
		expect((await db.records('posts').toArray()).map((p) => p.id)).toEqual(['p2']);
		expect(server.callsOf('getList')).toEqual(['posts', 'post_reactions', 'events', 'event_rsvps']);
	});

	it('a replayed create that meets its own id, and a delete that meets 404, count as sent', async () => {
		const db = freshDb();
		const server = new FakeServer();
		server.put('classes', { id: 'c1', name: 'Hold 1' }); // the first try got through, its answer was lost
		await writeLocal(db, 'classes', 'create', 'c1', { name: 'Hold 1' });
		await writeLocal(db, 'classes', 'delete', 'gone');
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 2 });
		expect(await db.outbox.count()).toBe(0);
	});

	it('a replayed update that meets 409 counts as sent when the server already has its values', async () => {
		const db = freshDb();
		const server = new FakeServer();
		const stored = server.put('classes', { id: 'c1', name: 'Hold 1' });
		await db.records('classes').put(stored as never);
		await writeLocal(db, 'classes', 'update', 'c1', { name: 'Nyt navn' });
		// the first try got through (the server moved on), the answer was lost
		server.put('classes', { id: 'c1', name: 'Nyt navn' });
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 1 });
		expect(await db.outbox.count()).toBe(0);
	});

	it('an update made on an old version of a checked record becomes a conflict, and holds back later ops of that record', async () => {
		const db = freshDb();
		const server = new FakeServer();
		const stored = server.put('classes', { id: 'c1', name: 'Hold 1' });
		await db.records('classes').put(stored as never);
		await writeLocal(db, 'classes', 'update', 'c1', { name: 'Mit navn' });
		await writeLocal(db, 'classes', 'update', 'c1', { name: 'Mit andet navn' });
		await writeLocal(db, 'classes', 'create', 'c2', { name: 'Hold 2' });
		server.put('classes', { id: 'c1', name: 'Deres navn' }); // someone else saved first

		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 1 });
		expect(await states(db)).toEqual([
			['c1', 'update', 'conflict', 0],
			['c1', 'update', 'pending', 0]
		]);
		expect((await db.outbox.toArray())[0]?.error).toBeTruthy();
		expect(server.table('classes').get('c1')?.name).toBe('Deres navn');
		expect(server.callsOf('update')).toEqual(['classes/c1']); // the second edit was not tried
		expect(server.table('classes').has('c2')).toBe(true); // another record goes on
	});

	it('two edits in a row of a checked record: the second builds on the version the first made', async () => {
		const db = freshDb();
		const server = new FakeServer();
		const stored = server.put('classes', { id: 'c1', name: 'Hold 1' });
		await db.records('classes').put(stored as never);
		await writeLocal(db, 'classes', 'update', 'c1', { name: 'Første' });
		await writeLocal(db, 'classes', 'update', 'c1', { name: 'Anden' });
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 2 });
		expect(server.table('classes').get('c1')?.name).toBe('Anden');
	});

	it('a refused op (bad input) waits with a plain Danish reason; the same record waits behind it, others go', async () => {
		const db = freshDb();
		const server = new FakeServer();
		server.refuseNext({ method: 'create', id: 'm1', status: 400, data: { text: { code: 'validation_required', message: 'Missing.' } } });
		await writeLocal(db, 'messages', 'create', 'm1', { text: '' });
		await writeLocal(db, 'messages', 'update', 'm1', { text: 'rettet' });
		await writeLocal(db, 'messages', 'create', 'm2', { text: 'Hej' });

		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 1 });
		const [failed, behind] = await db.outbox.orderBy('seq').toArray();
		expect([failed?.state, behind?.state]).toEqual(['failed', 'pending']);
		expect(failed?.error).toBe('Noget er ikke udfyldt rigtigt. Se felterne med rød tekst.');
		expect(server.table('messages').has('m2')).toBe(true);
	});

	it.each([
		['offline', 0],
		['too many requests', 429],
		['server trouble', 503]
	])('%s: stops at once, counts the attempt and says to try later', async (_, status) => {
		const db = freshDb();
		const server = new FakeServer();
		await writeLocal(db, 'classes', 'create', 'c1', { name: 'Hold 1' });
		await writeLocal(db, 'classes', 'create', 'c2', { name: 'Hold 2' });
		if (status === 0) server.offline = true;
		else server.refuseNext({ method: 'create', id: 'c1', status });

		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'retry-later', sent: 0 });
		expect(await states(db)).toEqual([
			['c1', 'create', 'pending', 1],
			['c2', 'create', 'pending', 0]
		]);
		expect(server.callsOf('create')).toEqual(['classes/c1']);
		// later it all goes, in order
		server.offline = false;
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'done', sent: 2 });
	});

	it('without a valid login nothing is sent', async () => {
		const db = freshDb();
		const server = new FakeServer();
		server.loggedIn = false;
		await writeLocal(db, 'classes', 'create', 'c1', { name: 'Hold 1' });
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'needs-login', sent: 0 });
		expect(server.calls).toEqual([]);
		expect(await states(db)).toEqual([['c1', 'create', 'pending', 0]]);
	});

	it('a 401 pauses sending until the next login', async () => {
		const db = freshDb();
		const server = new FakeServer();
		server.refuseNext({ method: 'create', status: 401 });
		await writeLocal(db, 'classes', 'create', 'c1', { name: 'Hold 1' });
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'needs-login', sent: 0 });
		expect(await states(db)).toEqual([['c1', 'create', 'pending', 1]]);
	});

	it('a refusal from a token the server no longer accepts (password changed elsewhere) is a login problem, not a failed op', async () => {
		const db = freshDb();
		const server = new FakeServer();
		server.tokenRevoked = true;
		server.refuseNext({ method: 'create', status: 403 });
		await writeLocal(db, 'classes', 'create', 'c1', { name: 'Hold 1' });
		expect(await drainOutbox(db, server.client())).toEqual({ kind: 'needs-login', sent: 0 });
		expect(server.callsOf('authRefresh')).toEqual(['users']);
		expect(await states(db)).toEqual([['c1', 'create', 'pending', 1]]);
	});
});

describe('backoffMs', () => {
	it('doubles from 1 s up to a minute', () => {
		const middle = () => 0.5; // no jitter
		expect([0, 1, 2, 3, 5, 6, 10].map((n) => backoffMs(n, middle))).toEqual([1000, 2000, 4000, 8000, 32_000, 60_000, 60_000]);
	});

	it('spreads retries by ±25 %', () => {
		expect(backoffMs(2, () => 0)).toBe(3000);
		expect(backoffMs(2, () => 0.999_999)).toBe(5000);
	});
});
