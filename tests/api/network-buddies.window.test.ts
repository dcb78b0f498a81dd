// Buddy messages keep the messages' rule of 15 minutes (the kernel's EDIT_WINDOW_MINUTES):
// the sender changes or takes back their words until then, not after. PocketBase sets
// `created` itself, so this file runs its own PocketBase with a route that moves it back.
import PocketBase, { type RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureStatus, PASSWORD } from './fixtures';
import { startPocketBaseWithTestHooks, type TestPocketBase } from './messages-pocketbase';

const backdateRoute = `
routerAdd("POST", "/api/test/backdate-buddy-message/{id}", (e) => {
  const minutes = Number(e.requestInfo().body["minutes"]);
  $app.db()
    .newQuery("UPDATE buddy_messages SET created = strftime('%Y-%m-%d %H:%M:%fZ', 'now', {:shift}) WHERE id = {:id}")
    .bind({ shift: "-" + minutes + " minutes", id: e.request.pathValue("id") })
    .execute();
  return e.json(200, { ok: true });
}, $apis.requireSuperuserAuth());
`;

let server: TestPocketBase;
let sofie: PocketBase;
let sofieId: string;
let pairId: string;

beforeAll(async () => {
	server = await startPocketBaseWithTestHooks(backdateRoute);
	const su = server.su;
	const school = await su.collection('schools').create({ name: 'Makkerskolen' });
	const learner = (email: string, name: string) =>
		su.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name, role: 'learner', school: school.id });
	sofieId = (await learner('sofie@makker.test', 'Sofie Sørensen')).id;
	const mikkelId = (await learner('mikkel@makker.test', 'Mikkel Madsen')).id;
	for (const user of [sofieId, mikkelId]) await su.collection('network_profiles').create({ user, wantsBuddy: true });
	pairId = (await su.collection('buddies').create({ from: sofieId, to: mikkelId, status: 'accepted' })).id;
	sofie = new PocketBase(server.url);
	sofie.autoCancellation(false);
	await sofie.collection('users').authWithPassword('sofie@makker.test', PASSWORD);
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

async function messageWritten(minutesAgo: number): Promise<RecordModel> {
	const m = await sofie.collection('buddy_messages').create({ pair: pairId, sender: sofieId, text: 'Oprindelig tekst' });
	await server.su.send(`/api/test/backdate-buddy-message/${m.id}`, { method: 'POST', body: { minutes: minutesAgo } });
	return server.su.collection('buddy_messages').getOne(m.id);
}

describe("the sender's 15 minutes", () => {
	it('14 minutes after: the sender changes the words (marked edited) and takes it back', async () => {
		const m = await messageWritten(14);
		await sofie.collection('buddy_messages').update(m.id, { text: 'Rettet tekst' });
		const edited = await server.su.collection('buddy_messages').getOne(m.id);
		expect(edited.text).toBe('Rettet tekst');
		expect(edited.editedAt).not.toBe('');
		await sofie.collection('buddy_messages').delete(m.id);
		expect((await server.su.collection('buddy_messages').getList(1, 1, { filter: `id = "${m.id}"` })).totalItems).toBe(0);
	});

	it('16 minutes after: the words stay, and so does the message', async () => {
		const m = await messageWritten(16);
		expect(await failureStatus(sofie.collection('buddy_messages').update(m.id, { text: 'For sent' }))).toBe(404);
		expect(await failureStatus(sofie.collection('buddy_messages').delete(m.id))).toBe(404);
		expect(await server.su.collection('buddy_messages').getOne(m.id)).toEqual(m);
	});
});
