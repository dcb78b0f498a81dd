// Beskeder through the sync engine's outbox against a real PocketBase (IndexedDB is
// fake-indexeddb): written offline on two devices, sent when back, each exactly once,
// and the conversation exists once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SammenDb } from '$lib/sync/db';
import { newRecordId } from '$lib/sync/ids';
import { writeLocal } from '$lib/sync/outbox';
import { drainOutbox } from '$lib/sync/push';
import { freshDb } from '$lib/sync/test-fixtures';
import { buildWorld, type World } from './fixtures';
import { png, webm } from './messages-files';

let world: World;

beforeAll(async () => {
	world = await buildWorld();
});
/** One device: its own fresh database. */
const device = () => freshDb('device');

/** What the app's sendMessage writes: the conversation (id = learner) if new, then the message. */
async function writeMessage(db: SammenDb, learner: string, sender: string, data: Record<string, unknown>) {
	if (!(await db.records('conversations').get(learner))) {
		await writeLocal(db, 'conversations', 'create', learner, { id: learner, learner });
	}
	const id = newRecordId();
	await writeLocal(db, 'messages', 'create', id, { conversation: learner, sender, created: new Date().toISOString(), ...data });
	return id;
}

describe('messages written offline', () => {
	it('two devices start the conversation offline: one conversation, every message once', async () => {
		const learner = await world.tempUser('A', 'learner');
		await world.temp('mentorships', { learner: learner.id, mentor: world.users.mentor.id, school: world.schools.A.id, start: '2026-01-01 00:00:00.000Z' });
		const phone = device();
		const laptop = device();
		const mentorDevice = device();
		const a = await writeMessage(phone, learner.id, learner.id, { text: 'Fra telefonen' });
		const b = await writeMessage(laptop, learner.id, learner.id, { text: 'Fra computeren' });
		const c = await writeMessage(mentorDevice, learner.id, world.users.mentor.id, { text: 'Fra mentor' });

		const learnerClient = await world.signIn(learner);
		expect(await drainOutbox(phone, learnerClient)).toEqual({ kind: 'done', sent: 2 });
		expect(await drainOutbox(laptop, await world.signIn(learner))).toEqual({ kind: 'done', sent: 2 });
		expect(await drainOutbox(mentorDevice, await world.as('mentor'))).toEqual({ kind: 'done', sent: 2 });

		expect(await world.count('conversations', 'learner = {:l}', { l: learner.id })).toBe(1);
		const stored = await world.su.collection('messages').getFullList({ filter: `conversation = "${learner.id}"`, sort: 'created' });
		expect(stored.map((m) => m.id).sort()).toEqual([a, b, c].sort());
		for (const db of [phone, laptop, mentorDevice]) expect(await db.outbox.count()).toBe(0);
	});

	it('a voice note and a photo made offline arrive exactly once, even when the first answer was lost', async () => {
		const learner = await world.tempUser('A', 'learner');
		await world.temp('mentorships', { learner: learner.id, mentor: world.users.mentor.id, school: world.schools.A.id, start: '2026-01-01 00:00:00.000Z' });
		const db = device();
		const voice = await writeMessage(db, learner.id, learner.id, { text: '', voice: webm(), voiceSeconds: 7 });
		const photo = await writeMessage(db, learner.id, learner.id, { text: '', attachment: png() });
		// the files wait on the device as they are
		expect((await db.outbox.toArray()).map((op) => op.data?.voice ?? op.data?.attachment).filter(Boolean)).toHaveLength(2);

		const client = await world.signIn(learner);
		// The conversation and the voice note got through once before, but the answers never came back.
		await client.collection('conversations').create({ id: learner.id, learner: learner.id });
		await client.collection('messages').create({ id: voice, conversation: learner.id, sender: learner.id, voice: webm(), voiceSeconds: 7 });

		expect(await drainOutbox(db, client)).toEqual({ kind: 'done', sent: 3 });
		expect(await world.count('messages', 'conversation = {:c}', { c: learner.id })).toBe(2);
		const stored = await world.reread('messages', photo);
		expect(stored.attachment).toMatch(/\.png$/);
		// the device now holds the server's copy: file names instead of the files
		expect((await db.records('messages').get(photo))?.attachment).toBe(stored.attachment);
	});

	it('a message the server refuses waits with a Danish reason; the others go', async () => {
		const learner = await world.tempUser('A', 'learner');
		await world.temp('mentorships', { learner: learner.id, mentor: world.users.mentor.id, school: world.schools.A.id, start: '2026-01-01 00:00:00.000Z' });
		const db = device();
		const bad = await writeMessage(db, learner.id, learner.id, { text: 'x'.repeat(4001) });
		const good = await writeMessage(db, learner.id, learner.id, { text: 'Kort og godt' });
		expect(await drainOutbox(db, await world.signIn(learner))).toEqual({ kind: 'done', sent: 2 });
		const [op] = await db.outbox.toArray();
		expect(op).toMatchObject({ recordId: bad, state: 'failed', error: 'Noget er ikke udfyldt rigtigt. Se felterne med rød tekst.' });
		expect(await world.count('messages', 'id = {:id}', { id: good })).toBe(1);
		expect(await world.count('messages', 'id = {:id}', { id: bad })).toBe(0);
	});
});
