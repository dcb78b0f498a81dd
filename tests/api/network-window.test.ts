// Fællesskab (issue 14): the author's edit window for a post is the kernel's
// EDIT_WINDOW_MINUTES (the same 15 minutes as messages). PocketBase sets `created`
// itself, so this file runs its own PocketBase with a test-only route that moves a
// post back in time (see messages-pocketbase.ts).
import PocketBase, { type RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDIT_WINDOW_MINUTES } from '$lib/domain/network';
import { failureStatus, PASSWORD } from './fixtures';
import { startPocketBaseWithTestHooks, type TestPocketBase } from './messages-pocketbase';

const backdateRoute = `
routerAdd("POST", "/api/test/backdate-post/{id}", (e) => {
  const minutes = Number(e.requestInfo().body["minutes"]);
  $app.db()
    .newQuery("UPDATE posts SET created = strftime('%Y-%m-%d %H:%M:%fZ', 'now', {:shift}) WHERE id = {:id}")
    .bind({ shift: "-" + minutes + " minutes", id: e.request.pathValue("id") })
    .execute();
  return e.json(200, { ok: true });
}, $apis.requireSuperuserAuth());
`;

let server: TestPocketBase;
let author: PocketBase;
let authorId: string;
let moderator: PocketBase;
let group: RecordModel;

beforeAll(async () => {
	server = await startPocketBaseWithTestHooks(backdateRoute);
	const su = server.su;
	const school = await su.collection('schools').create({ name: 'Tidsskolen' });
	const user = (email: string, role: string, name: string) =>
		su.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name, role, school: school.id });
	authorId = (await user('forfatter@tid.test', 'learner', 'Frida Forfatter')).id;
	const moderatorId = (await user('moderator@tid.test', 'mentor', 'Mads Moderator')).id;
	for (const id of [authorId, moderatorId]) await su.collection('network_profiles').create({ user: id });
	group = await su.collection('groups').create({ name: 'Tidsgruppen', kind: 'open', status: 'approved', createdBy: moderatorId });
	await su.collection('group_members').create({ group: group.id, user: authorId, role: 'member' });
	const signIn = async (email: string) => {
		const pb = new PocketBase(server.url);
		pb.autoCancellation(false);
		await pb.collection('users').authWithPassword(email, PASSWORD);
		return pb;
	};
	author = await signIn('forfatter@tid.test');
	moderator = await signIn('moderator@tid.test');
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

async function postWritten(minutesAgo: number): Promise<RecordModel> {
	const p = await author.collection('posts').create({ group: group.id, author: authorId, text: 'Oprindelig tekst', status: 'visible' });
	await server.su.send(`/api/test/backdate-post/${p.id}`, { method: 'POST', body: { minutes: minutesAgo } });
	return server.su.collection('posts').getOne(p.id);
}

describe("the author's edit window", () => {
	it('is the kernel’s 15 minutes', () => expect(EDIT_WINDOW_MINUTES).toBe(15));

	it('inside it: the author edits and deletes', async () => {
		const p = await postWritten(EDIT_WINDOW_MINUTES - 1);
		await author.collection('posts').update(p.id, { text: 'Rettet' });
		expect((await server.su.collection('posts').getOne(p.id)).text).toBe('Rettet');
		await author.collection('posts').delete(p.id);
		expect(await failureStatus(server.su.collection('posts').getOne(p.id))).toBe(404);
	});

	it('after it: the words are fixed and it stays; a moderator still hides it', async () => {
		const p = await postWritten(EDIT_WINDOW_MINUTES + 1);
		expect(await failureStatus(author.collection('posts').update(p.id, { text: 'For sent' }))).toBe(404);
		expect(await failureStatus(author.collection('posts').delete(p.id))).toBe(404);
		expect(await server.su.collection('posts').getOne(p.id)).toEqual(p);
		await moderator.collection('posts').update(p.id, { status: 'hidden', hiddenReason: 'Gammelt' });
		expect((await server.su.collection('posts').getOne(p.id)).status).toBe('hidden');
	});
});
