// Fællesskab (issue 14), safety: reporting a person and a story (who may, who decides,
// what the person is told), no reply to someone who blocked you, posting limits for new
// members, and "someone who leaves the school leaves its groups" (also off their device).
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { NEW_MEMBER_POSTS_PER_DAY } from '$lib/domain/network';
import { pullCollection } from '$lib/sync/pull';
import { subscribeAll } from '$lib/sync/realtime';
import { freshDb } from '$lib/sync/test-fixtures';
import { failureStatus, listIds } from './fixtures';
import { justNow, notificationsFor, realtimeClient } from './flags.fixtures';
import { buildNetworkWorld, type NetActor, type NetWorld } from './network.fixtures';
import { refusedCreates, refusedUpdates } from './scenarios';

let net: NetWorld;
let story: RecordModel;
let draft: RecordModel;
beforeAll(async () => {
	net = await buildNetworkWorld();
	// the classmate's published story, and a draft of theirs nobody else sees
	const base = { title: `Fra lager til tømrer ${net.tag}`, body: 'Jeg startede som 41-årig.', school: net.schools.A.id, author: net.uid('classmate') };
	story = await net.su.collection('stories').create({ ...base, status: 'published' });
	draft = await net.su.collection('stories').create({ ...base, title: `Kladde ${net.tag}`, status: 'draft' });
});
const w = () => net;

/** Someone's report, deleted after the test. */
async function report(who: NetActor, data: Record<string, unknown>) {
	const r = await (await net.as(who)).collection('reports').create({ reason: 'uvenligt', reporter: net.uid(who as 'learner'), status: 'open', ...data });
	net.cleanUp('reports', r.id);
	return r;
}
const decide = async (who: NetActor, r: RecordModel, decision: string, extra: Record<string, unknown> = {}) =>
	(await net.as(who)).collection('reports').update(r.id, { decision, ...extra });
const code = async (request: Promise<unknown>) =>
	request.then(
		() => 'allowed',
		(e) => Object.values((e.response?.data ?? {}) as Record<string, { code?: string }>)[0]?.code ?? `${e.status} ${e.response?.message}`
	);

describe('reporting a person', () => {
	it('the coordinators of their school decide: warn tells them why in plain Danish; keep tells nothing', async () => {
		const since = justNow();
		const r = await report('learnerB', { target: 'network_profiles', profile: net.profiles.classmate.id, reason: 'uvenligt' });
		// group moderators have no say over a person, nor another school's coordinator
		for (const who of ['mentor', 'coordinatorB', 'classmate', 'learner'] as const) {
			expect(await listIds(await net.as(who), 'reports', `id = "${r.id}"`), who).toEqual([]);
			expect(await failureStatus(decide(who, r, 'warn')), who).toBe(404);
		}
		await decide('coordinator', r, 'warn');
		const told = await notificationsFor(net.world, 'classmate', since);
		expect(told.map((n) => [n.title, n.body])).toEqual([
			['En advarsel fra fællesskabet', 'Nogen syntes, det var uvenligt. Skriv venligt til de andre, ellers kan du blive sat på pause.']
		]);
		const log = await net.su.collection('moderation_log').getFullList({ filter: `report = "${r.id}"` });
		expect(log.map((l) => [l.decision, l.subject, l.actor])).toEqual([['warn', net.uid('classmate'), net.uid('coordinator')]]);

		const since2 = justNow();
		const again = await report('stranger', { target: 'network_profiles', profile: net.profiles.classmate.id, reason: 'spam' });
		await decide('coordinator', again, 'keep');
		expect(await notificationsFor(net.world, 'classmate', since2)).toEqual([]);
	});

	it('pause N days: they cannot post until then and are told the date and why (the moderator note)', async () => {
		const since = justNow();
		const r = await report('learner', { target: 'network_profiles', profile: net.profiles.stranger.id, reason: 'spam' });
		await decide('coordinator', r, 'pause', { pauseDays: 2, decisionNote: 'Du har sendt reklame til mange.' });
		const [told] = await notificationsFor(net.world, 'stranger', since);
		expect(told!.title).toBe('Du er sat på pause');
		expect(told!.body).toMatch(/^Du har sendt reklame til mange\. Du kan ikke skrive i fællesskabet før \d+\. \w+\./);
		const profile = await net.reread('network_profiles', net.profiles.stranger.id);
		expect(profile.pausedUntil).not.toBe('');
		const group = net.groups.schoolA.id;
		expect(await code((await net.as('stranger')).collection('posts').create({ group, author: net.uid('stranger'), text: 'Hej', status: 'visible' }))).toBe(
			'validation_paused'
		);
		await net.su.collection('network_profiles').update(profile.id, { pausedUntil: '' });
	});

	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'reports',
		[
			['anonymous', 'anonymous', () => ({ target: 'network_profiles', profile: net.profiles.classmate.id, reason: 'spam', reporter: net.uid('learner'), status: 'open' })],
			['someone not in the network', 'formerLearner', () => ({ target: 'network_profiles', profile: net.profiles.classmate.id, reason: 'spam', reporter: net.users.formerLearner.id, status: 'open' })],
			['a member, themselves', 'learner', () => ({ target: 'network_profiles', profile: net.profiles.learner.id, reason: 'spam', reporter: net.uid('learner'), status: 'open' })],
			['a member, a person and a post at once', 'learner', () => ({ target: 'network_profiles', profile: net.profiles.classmate.id, post: net.posts.visible.id, reason: 'spam', reporter: net.uid('learner'), status: 'open' })],
			['a member, a person and a story at once', 'learner', () => ({ target: 'network_profiles', profile: net.profiles.classmate.id, story: story.id, reason: 'spam', reporter: net.uid('learner'), status: 'open' })]
		],
		(data) => ({ collection: 'reports', filter: 'reporter = {:r} && reason = "spam" && (profile = {:p} || post = {:p})', params: { r: data.reporter, p: data.profile }, count: 'asBefore' })
	);
});

describe('reporting a story', () => {
	it('anyone in the network, of any school, reports a published story; its school coordinators decide; hide takes it down and tells the author', async () => {
		const since = justNow();
		const r = await report('learnerB', { target: 'stories', story: story.id, reason: 'private_oplysninger' });
		expect([r.school, r.subject, r.group]).toEqual([net.schools.A.id, net.uid('classmate'), '']);
		const sees = async (who: NetActor) => (await listIds(await net.as(who), 'reports', `id = "${r.id}"`)).length === 1;
		const table: [NetActor, boolean][] = [
			['learnerB', true],
			['coordinator', true],
			['coordinatorB', false],
			['classmate', false], // the author is not told who
			['mentor', false],
			['teacher', false],
			['anonymous', false]
		];
		for (const [who, expected] of table) expect(await sees(who), who).toBe(expected);
		// a second report of the same story by the same person: refused in Danish
		expect(await failureStatus(report('learnerB', { target: 'stories', story: story.id }))).toBe(400);
		await decide('coordinator', r, 'hide');
		expect((await net.reread('stories', story.id)).status).toBe('draft');
		const told = await notificationsFor(net.world, 'classmate', since);
		expect(told.map((n) => [n.title, n.body])).toEqual([['Din historie er taget ned', 'Der stod noget privat. En moderator har taget den ned. Du kan rette den og sende den igen.']]);
		// out of the network's sight now
		expect(await listIds(await net.as('learnerB'), 'stories', `id = "${story.id}"`)).toEqual([]);
		story = await net.su.collection('stories').update(story.id, { status: 'published' });
	});

	it('allowed for everyone in the network but its author: a paused or blocked member, another school, staff', async () => {
		for (const who of ['paused', 'blocked', 'learnerB', 'learner', 'mentor', 'teacher', 'coordinatorB'] as const) {
			const r = await report(who, { target: 'stories', story: story.id, reason: 'andet' });
			expect([r.status, r.school, r.subject], who).toEqual(['open', net.schools.A.id, net.uid('classmate')]);
		}
	});

	const storyReport = (who: 'learner' | 'classmate' | 'formerLearner', target: () => RecordModel, extra: () => Record<string, unknown> = () => ({})) => () => ({
		target: 'stories',
		story: target().id,
		reason: 'andet',
		reporter: net.users[who].id,
		status: 'open',
		...extra()
	});
	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'reports',
		[
			['anonymous', 'anonymous', storyReport('learner', () => story)],
			['someone not in the network', 'formerLearner', storyReport('formerLearner', () => story)],
			['the author, their own', 'classmate', storyReport('classmate', () => story)],
			['a member, a draft (not theirs to see)', 'learner', storyReport('learner', () => draft)],
			['a member, in the name of another', 'learner', storyReport('classmate', () => story)],
			['a member, a story and a post at once', 'learner', storyReport('learner', () => story, () => ({ post: net.posts.visible.id }))],
			['a member, deciding it too', 'learner', storyReport('learner', () => story, () => ({ decision: 'remove' }))]
		],
		(data) => ({ collection: 'reports', filter: 'story = {:s} && reporter = {:r}', params: { s: data.story, r: data.reporter }, count: 'asBefore' })
	);

	const openStoryReport = () => report('learner', { target: 'stories', story: story.id });
	refusedUpdates<NetActor>(
		w,
		'reports',
		[
			['the reporter', 'learner', openStoryReport, () => ({ decision: 'remove' })],
			['the author', 'classmate', openStoryReport, () => ({ decision: 'keep' })],
			['a group moderator', 'mentor', openStoryReport, () => ({ decision: 'hide' })],
			["another school's coordinator", 'coordinatorB', openStoryReport, () => ({ decision: 'hide' })],
			['the coordinator, moving it to another story', 'coordinator', openStoryReport, () => ({ decision: 'keep', story: draft.id })]
		],
		[400, 404]
	);
});

describe('a block', () => {
	it('the blocked person cannot reply to the blocker; others can', async () => {
		// the learner blocked `blocked` (the fixtures)
		const post = await net.temp('posts', { group: net.groups.open.id, author: net.uid('learner'), text: `Hvem vil læse med? ${net.tag}`, status: 'visible' });
		const reply = (who: 'blocked' | 'classmate') =>
			net.as(who).then((pb) => pb.collection('posts').create({ group: net.groups.open.id, author: net.uid(who), parent: post.id, text: 'Mig!', status: 'visible' }));
		// a plain refusal: only the blocker knows of a block
		expect(await code(reply('blocked'))).toBe('400 Failed to create record.');
		expect(await net.count('posts', 'parent = {:p}', { p: post.id })).toBe(0);
		const ok = await reply('classmate');
		net.cleanUp('posts', ok.id);
		// the paused member cannot reply either (the hook); a hidden post takes no replies (gone for the members)
		expect(await code(net.as('paused').then((pb) => pb.collection('posts').create({ group: net.groups.open.id, author: net.uid('paused'), parent: post.id, text: 'Mig', status: 'visible' })))).toBe(
			'validation_paused'
		);
		expect(
			await code(net.as('learnerB').then((pb) => pb.collection('posts').create({ group: net.groups.open.id, author: net.uid('learnerB'), parent: net.posts.hidden.id, text: 'Mig', status: 'visible' })))
		).toBe('400 Failed to create record.');
		// the other way round is fine: the blocker may answer (they just do not see the other's posts)
		const theirs = await net.temp('posts', { group: net.groups.open.id, author: net.uid('blocked'), text: 'Bøger til salg', status: 'visible' });
		const answer = await (await net.as('learner')).collection('posts').create({ group: net.groups.open.id, author: net.uid('learner'), parent: theirs.id, text: 'Nej tak', status: 'visible' });
		net.cleanUp('posts', answer.id);
	});
});

describe('posting limits for new members', () => {
	it(`a new learner writes ${NEW_MEMBER_POSTS_PER_DAY} posts and replies a day, then gets a plain-Danish refusal; staff are not limited`, async () => {
		const newbie = await net.tempUser('A', 'learner');
		await net.temp('network_profiles', { user: newbie.id });
		const pb = await net.signIn(newbie);
		const group = net.groups.schoolA.id;
		const write = (text: string, parent = '') => pb.collection('posts').create({ group, author: newbie.id, text, parent, status: 'visible' });
		const first = await write('Hej, jeg er ny');
		net.cleanUp('posts', first.id);
		for (let i = 1; i < NEW_MEMBER_POSTS_PER_DAY; i++) net.cleanUp('posts', (await write(`Svar ${i}`, first.id)).id);
		const refused = await write('Et til').catch((e) => e);
		expect(refused.status).toBe(400);
		expect(refused.response.data.text.code).toBe('validation_new_member_limit');
		expect(refused.response.message).toMatch(/^Som ny i fællesskabet kan du skrive \d+ opslag og svar i døgnet de første \d+ dage\. Du kan skrive igen (i morgen )?kl\. \d+\.\d\d\.$/);
		expect(await net.count('posts', 'author = {:a}', { a: newbie.id })).toBe(NEW_MEMBER_POSTS_PER_DAY);

		// a mentor who just joined writes on (staff take part as themselves)
		const mentor = await net.tempUser('A', 'mentor');
		await net.temp('network_profiles', { user: mentor.id });
		const mpb = await net.signIn(mentor);
		for (let i = 0; i <= NEW_MEMBER_POSTS_PER_DAY; i++) {
			net.cleanUp('posts', (await mpb.collection('posts').create({ group, author: mentor.id, text: `Velkommen ${i}`, status: 'visible' })).id);
		}
	});
});

describe('someone who leaves the school leaves its groups', () => {
	async function memberOf(user: string) {
		const rows = await net.su.collection('group_members').getFullList({ filter: `user = "${user}"`, expand: 'group' });
		return rows.map((r) => r.expand!.group.autoKey || r.expand!.group.name).sort();
	}

	it("moving to another school: out of the old school's groups (automatic and its own), into the new school's; open groups stay", async () => {
		const mover = await net.tempUser('A', 'learner');
		await net.temp('class_members', { class: net.classes.A.id, user: mover.id });
		await net.temp('network_profiles', { user: mover.id });
		const own = await net.temp('groups', { name: `Kaffeklubben ${net.tag}`, kind: 'open', status: 'approved', school: net.schools.A.id });
		for (const g of [own.id, net.groups.open.id]) await net.temp('group_members', { group: g, user: mover.id, role: 'member' });
		const A = net.schools.A.id;
		expect(await memberOf(mover.id)).toEqual(
			[`class:${net.classes.A.id}`, `programme:${net.programmes.A.id}`, `school:${A}`, own.name, net.groups.open.name].sort()
		);
		await net.su.collection('users').update(mover.id, { school: net.schools.B.id });
		expect(await memberOf(mover.id)).toEqual([`school:${net.schools.B.id}`, net.groups.open.name].sort());
		const profile = await net.su.collection('network_profiles').getFirstListItem(`user = "${mover.id}"`);
		expect(profile.school).toBe(net.schools.B.id);
		// their hold's posts are no longer theirs to read
		const pb = await net.signIn(mover);
		expect(await listIds(pb, 'posts', `id = "${net.posts.classA.id}"`)).toEqual([]);
		expect(await listIds(pb, 'posts', `id = "${net.posts.visible.id}"`)).toEqual([net.posts.visible.id]);
	});

	it('deactivated by the coordinator: out of every group, also across schools', async () => {
		const leaver = await net.tempUser('A', 'learner');
		await net.temp('network_profiles', { user: leaver.id });
		await net.temp('group_members', { group: net.groups.open.id, user: leaver.id, role: 'member' });
		expect(await memberOf(leaver.id)).toEqual([`school:${net.schools.A.id}`, net.groups.open.name].sort());
		await (await net.as('coordinator')).collection('users').update(leaver.id, { deactivated: true });
		expect(await memberOf(leaver.id)).toEqual([]);
	});

	it("a device drops the hold's posts at once when its person moves school", async () => {
		// the learner (in hold A) has a classmate's post of the hold on their device
		const holdPost = await net.temp('posts', { group: net.groups.classA.id, author: net.uid('classmate'), text: `Kage fredag? ${net.tag}`, status: 'visible' });
		const db = freshDb('network-leaves-school');
		const device = await realtimeClient(net.world, 'learner');
		for (const c of ['group_members', 'posts']) await pullCollection(db, device, c);
		expect(await db.records('posts').get(holdPost.id)).toBeDefined();
		const stop = await subscribeAll(db, device, () => undefined);
		// registered after freshDb's clean-up, so it runs first: no live change into a closed database
		onTestFinished(async () => {
			await stop();
			device.realtime.unsubscribe().catch(() => undefined);
			await net.su.collection('users').update(net.uid('learner'), { school: net.schools.A.id });
		});
		await net.su.collection('users').update(net.uid('learner'), { school: net.schools.B.id });
		await expect.poll(async () => (await db.records('posts').get(holdPost.id)) === undefined, { timeout: 30_000 }).toBe(true);
		// what they may still read stays (the open group across schools)
		expect(await db.records('posts').get(net.posts.visible.id)).toBeDefined();
	});
});
