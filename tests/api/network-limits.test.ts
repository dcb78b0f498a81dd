// Fællesskab (issue 14): posting limits for new members, across time. PocketBase sets
// `created` itself, so this file runs its own PocketBase with a test-only route that moves
// a profile (and posts) back in time (as network-window.test.ts does for the edit window).
import PocketBase, { type RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_MEMBER_DAYS, NEW_MEMBER_POSTS_PER_DAY } from '$lib/domain/network';
import { PASSWORD } from './fixtures';
import { startPocketBaseWithTestHooks, type TestPocketBase } from './messages-pocketbase';

const backdateRoute = `
routerAdd("POST", "/api/test/backdate/{collection}/{id}", (e) => {
  const collection = e.request.pathValue("collection");
  if (collection !== "posts" && collection !== "network_profiles") return e.json(400, {});
  const hours = Number(e.requestInfo().body["hours"]);
  $app.db()
    .newQuery("UPDATE " + collection + " SET created = strftime('%Y-%m-%d %H:%M:%fZ', 'now', {:shift}) WHERE id = {:id}")
    .bind({ shift: "-" + hours + " hours", id: e.request.pathValue("id") })
    .execute();
  return e.json(200, { ok: true });
}, $apis.requireSuperuserAuth());
`;

let server: TestPocketBase;
let group: RecordModel;
let school: RecordModel;

beforeAll(async () => {
	server = await startPocketBaseWithTestHooks(backdateRoute);
	school = await server.su.collection('schools').create({ name: 'Grænseskolen' });
	const maker = await member('moderator', 'mentor');
	group = await server.su.collection('groups').create({ name: 'Grænsegruppen', kind: 'open', status: 'approved', createdBy: maker.user.id });
}, 60_000);

afterAll(async () => {
	await server?.stop();
});

let n = 0;
/** A person in the network (their profile made now) and signed in. */
async function member(name: string, role = 'learner') {
	const email = `${name}-${++n}@graense.test`;
	const user = await server.su.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name: `${name} Prøve`, role, school: school.id });
	const profile = await server.su.collection('network_profiles').create({ user: user.id });
	const pb = new PocketBase(server.url);
	pb.autoCancellation(false);
	await pb.collection('users').authWithPassword(email, PASSWORD);
	return { user, profile, pb };
}
const backdate = (collection: string, id: string, hours: number) =>
	server.su.send(`/api/test/backdate/${collection}/${id}`, { method: 'POST', body: { hours } });
const write = (m: Awaited<ReturnType<typeof member>>, text = 'Hej') =>
	m.pb.collection('posts').create({ group: group.id, author: m.user.id, text, status: 'visible' });
const joinGroup = (m: Awaited<ReturnType<typeof member>>) => server.su.collection('group_members').create({ group: group.id, user: m.user.id, role: 'member' });

describe('posting limits for new members', () => {
	it(`a new learner's ${NEW_MEMBER_POSTS_PER_DAY} posts a day free up 24 hours later`, async () => {
		const m = await member('ny');
		await joinGroup(m);
		const posts = [];
		for (let i = 0; i < NEW_MEMBER_POSTS_PER_DAY; i++) posts.push(await write(m));
		const refused = await write(m).catch((e) => e);
		expect(refused.response.data.text.code).toBe('validation_new_member_limit');
		// the oldest is now a day old: one more may go
		await backdate('posts', posts[0]!.id, 24.1);
		await write(m);
		expect((await write(m).catch((e) => e)).status).toBe(400);
	});

	it(`after ${NEW_MEMBER_DAYS} days in the network there is no limit`, async () => {
		const m = await member('gammel');
		await joinGroup(m);
		await backdate('network_profiles', m.profile.id, NEW_MEMBER_DAYS * 24 + 1);
		for (let i = 0; i <= NEW_MEMBER_POSTS_PER_DAY + 1; i++) await write(m, `Opslag ${i}`);
		expect(await server.su.collection('posts').getList(1, 1, { filter: `author = "${m.user.id}"` }).then((l) => l.totalItems)).toBe(NEW_MEMBER_POSTS_PER_DAY + 2);
	});

	it('a day before that, the limit still holds', async () => {
		const m = await member('næsten');
		await joinGroup(m);
		await backdate('network_profiles', m.profile.id, (NEW_MEMBER_DAYS - 1) * 24);
		for (let i = 0; i < NEW_MEMBER_POSTS_PER_DAY; i++) await write(m);
		expect((await write(m).catch((e) => e)).response.data.text.code).toBe('validation_new_member_limit');
	});
});
