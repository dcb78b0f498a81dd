// What needs the database itself, so this file runs its own PocketBase with test-only
// routes (see messages-pocketbase.ts):
// - the sender may edit or withdraw a message for 15 minutes, then it is fixed
//   (PocketBase sets `created` itself: a route moves it back in time);
// - conversations and messages written with plain SQL (e.g. a benchmark seed) get their
//   readers (mentor, mentorUntil) from the periodic refresh.
import PocketBase, { type RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureStatus, PASSWORD } from './fixtures';
import { webm } from './messages-files';
import { startPocketBaseWithTestHooks, type TestPocketBase } from './messages-pocketbase';

const backdateRoute = `
routerAdd("POST", "/api/test/backdate-message/{id}", (e) => {
  const minutes = Number(e.requestInfo().body["minutes"]);
  $app.db()
    .newQuery("UPDATE messages SET created = strftime('%Y-%m-%d %H:%M:%fZ', 'now', {:shift}) WHERE id = {:id}")
    .bind({ shift: "-" + minutes + " minutes", id: e.request.pathValue("id") })
    .execute();
  return e.json(200, { ok: true });
}, $apis.requireSuperuserAuth());

routerAdd("POST", "/api/test/sql-conversation/{learner}", (e) => {
  const learner = e.request.pathValue("learner");
  const now = new Date().toISOString().replace("T", " ");
  $app.db().newQuery("INSERT INTO conversations (id, learner, created, updated) VALUES ({:l}, {:l}, {:now}, {:now})").bind({ l: learner, now }).execute();
  $app.db().newQuery("INSERT INTO messages (id, conversation, sender, text, created, updated) VALUES ('sqlmessage00001', {:l}, {:l}, 'Skrevet med SQL', {:now}, {:now})").bind({ l: learner, now }).execute();
  return e.json(200, { ok: true });
}, $apis.requireSuperuserAuth());

routerAdd("POST", "/api/test/refresh-participants", (e) => {
  return e.json(200, { changed: require(__hooks + "/lib/messages.js").refreshAllParticipants($app) });
}, $apis.requireSuperuserAuth());
`;

let server: TestPocketBase;
let learner: PocketBase;
let mentor: PocketBase;
let learnerId: string;
let mentorId: string;

async function signIn(email: string) {
	const pb = new PocketBase(server.url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, PASSWORD);
	return pb;
}

beforeAll(async () => {
	server = await startPocketBaseWithTestHooks(backdateRoute);
	const su = server.su;
	const school = await su.collection('schools').create({ name: 'Tidsskolen' });
	const user = (email: string, role: string, name: string) =>
		su.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name, role, school: school.id });
	learnerId = (await user('laerling@tid.test', 'learner', 'Lærke Lærling')).id;
	mentorId = (await user('mentor@tid.test', 'mentor', 'Mads Mentor')).id;
	await su.collection('mentorships').create({ learner: learnerId, mentor: mentorId, school: school.id, start: '2026-01-01 00:00:00.000Z' });
	await su.collection('conversations').create({ id: learnerId, learner: learnerId });
	learner = await signIn('laerling@tid.test');
	mentor = await signIn('mentor@tid.test');
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

/** A message from the learner, written `minutesAgo` minutes ago. */
async function messageFrom(pb: PocketBase, sender: string, minutesAgo: number, data: Record<string, unknown> = {}): Promise<RecordModel> {
	const m = await pb.collection('messages').create({ conversation: learnerId, sender, text: 'Oprindelig tekst', ...data });
	await server.su.send(`/api/test/backdate-message/${m.id}`, { method: 'POST', body: { minutes: minutesAgo } });
	return server.su.collection('messages').getOne(m.id);
}

describe('the sender\'s 15 minutes', () => {
	it('14 minutes after sending: the sender still edits and withdraws', async () => {
		const m = await messageFrom(learner, learnerId, 14);
		await learner.collection('messages').update(m.id, { text: 'Rettet' });
		expect((await server.su.collection('messages').getOne(m.id)).text).toBe('Rettet');
		await learner.collection('messages').delete(m.id);
		expect(await failureStatus(server.su.collection('messages').getOne(m.id))).toBe(404);
	});

	it('16 minutes after sending: the words are fixed and it can no longer be withdrawn', async () => {
		const m = await messageFrom(learner, learnerId, 16);
		expect(await failureStatus(learner.collection('messages').update(m.id, { text: 'For sent' }))).toBe(404);
		expect(await failureStatus(learner.collection('messages').delete(m.id))).toBe(404);
		expect(await server.su.collection('messages').getOne(m.id)).toEqual(m);
	});

	it('the same holds for the mentor\'s messages', async () => {
		const m = await messageFrom(mentor, mentorId, 30);
		expect(await failureStatus(mentor.collection('messages').update(m.id, { text: 'For sent' }))).toBe(404);
		expect(await failureStatus(mentor.collection('messages').delete(m.id))).toBe(404);
		expect((await server.su.collection('messages').getOne(m.id)).text).toBe('Oprindelig tekst');
	});

	it('after the 15 minutes the recipient still marks it read, and a transcript can still be added', async () => {
		const m = await messageFrom(learner, learnerId, 60, { text: '', voice: webm(), voiceSeconds: 3 });
		await mentor.collection('messages').update(m.id, { readAt: '2026-01-01 00:00:00.000Z', transcript: 'Jeg kommer i morgen.' });
		const stored = await server.su.collection('messages').getOne(m.id);
		expect(stored.readAt).not.toBe('');
		expect(stored.transcript).toBe('Jeg kommer i morgen.');
	});
});

describe('rows written with plain SQL', () => {
	it('get their readers from the periodic refresh', async () => {
		const su = server.su;
		const school = (await su.collection('schools').getFullList())[0]!;
		const learner = await su.collection('users').create({
			email: 'sql@tid.test',
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name: 'Sigrid SQL',
			role: 'learner',
			school: school.id
		});
		await su.collection('mentorships').create({ learner: learner.id, mentor: mentorId, school: school.id, start: '2026-01-01 00:00:00.000Z' });
		await su.send(`/api/test/sql-conversation/${learner.id}`, { method: 'POST' });
		// without the refresh the mentor cannot see them (the rule reads `mentor`)
		expect((await mentor.collection('messages').getList(1, 10, { filter: `conversation = "${learner.id}"` })).items).toHaveLength(0);
		expect(await su.send('/api/test/refresh-participants', { method: 'POST' })).toEqual({ changed: 1 });
		const seen = await mentor.collection('messages').getList(1, 10, { filter: `conversation = "${learner.id}"` });
		expect(seen.items.map((m) => m.text)).toEqual(['Skrevet med SQL']);
		expect(await su.send('/api/test/refresh-participants', { method: 'POST' })).toEqual({ changed: 0 });
	});
});
