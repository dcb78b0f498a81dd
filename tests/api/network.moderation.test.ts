// Fællesskab (issue 14): reports and the moderators' decisions. "Anmeld" once per post
// and person; three different people (or one moderator or coordinator) hide a post at
// once; the group's moderators and the school's coordinators read the queue and decide
// (keep · hide · remove · warn · pause N days), which is logged and told to the author.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureStatus, listIds } from './fixtures';
import { justNow, notificationsFor } from './flags.fixtures';
import { buildNetworkWorld, type NetActor, type NetWorld } from './network.fixtures';
import { refusedCreates, refusedUpdates } from './scenarios';

let net: NetWorld;
beforeAll(async () => {
	net = await buildNetworkWorld();
});
const w = () => net;

/** A fresh visible post by `who` in the open group (deleted after the test). */
const freshPost = (who: 'classmate' | 'learnerB' = 'classmate') =>
	net.temp('posts', { group: net.groups.open.id, author: net.uid(who), text: `Opslag ${Math.random()}`, status: 'visible' });

const report = async (who: NetActor, post: RecordModel, reason = 'uvenligt') => {
	const r = await (await net.as(who)).collection('reports').create({
		target: 'posts',
		post: post.id,
		reason,
		text: 'Det var ikke pænt sagt.',
		reporter: net.uid(who as 'learner'),
		status: 'open'
	});
	net.cleanUp('reports', r.id);
	return r;
};
const statusOf = async (post: RecordModel) => (await net.reread('posts', post.id)).status;
const logOf = async (post: RecordModel) => {
	const rows = await net.su.collection('moderation_log').getFullList({ filter: `post = "${post.id}"`, sort: 'created' });
	for (const row of rows) net.cleanUp('moderation_log', row.id);
	return rows;
};

describe('reports', () => {
	it('three different people hide a post at once (two do not); the author is told; the log says so', async () => {
		const since = justNow();
		const post = await freshPost();
		const first = await report('learner', post);
		expect([first.status, first.group, first.subject, first.school]).toEqual(['open', net.groups.open.id, net.users.classmate.id, net.schools.A.id]);
		await report('blocked', post, 'spam');
		expect(await statusOf(post)).toBe('visible');
		await report('learnerB', post);
		expect(await statusOf(post)).toBe('hidden');
		expect((await logOf(post)).map((l) => [l.decision, l.actor])).toEqual([['auto_hide', '']]);
		expect((await notificationsFor(net.world, 'classmate', since)).map((n) => n.title)).toContain('Dit opslag er skjult lige nu');
		// members lose it at once
		expect(await listIds(await net.as('learnerB'), 'posts', `id = "${post.id}"`)).toEqual([]);
	});

	it('one report from a moderator hides it at once', async () => {
		const post = await freshPost();
		await report('mentor', post);
		expect(await statusOf(post)).toBe('hidden');
		expect((await logOf(post)).map((l) => [l.decision, l.actor])).toEqual([['auto_hide', net.users.mentor.id]]);
	});

	it('a second report of the same post by the same person is refused in Danish', async () => {
		const post = await freshPost();
		await report('learner', post);
		const again = await report('learner', post).catch((e) => e);
		expect(again.status).toBe(400);
	});

	it('the reporter reads their own; the queue is for the moderators and the coordinators', async () => {
		const post = await freshPost();
		const r = await report('learner', post);
		const sees = async (who: NetActor) => (await listIds(await net.as(who), 'reports', `id = "${r.id}"`)).length === 1;
		const table: [NetActor, boolean][] = [
			['anonymous', false],
			['learner', true],
			['classmate', false], // the author is not told who
			['learnerB', false],
			['mentor', true], // moderates the group
			['coordinator', true], // the author's school (a group across schools)
			['coordinatorB', false],
			['teacher', false]
		];
		for (const [who, expected] of table) expect(await sees(who), who).toBe(expected);
	});

	const postReport = (who: 'learner' | 'stranger' | 'formerLearner' | 'classmate', post: () => RecordModel, extra: Record<string, unknown> = {}) => () => ({
		target: 'posts',
		post: post().id,
		reason: 'spam',
		reporter: net.users[who].id,
		status: 'open',
		...extra
	});
	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'reports',
		[
			['anonymous', 'anonymous', postReport('learner', () => net.posts.visible)],
			['a non-member', 'stranger', postReport('stranger', () => net.posts.visible)],
			['someone not in the network', 'formerLearner', postReport('formerLearner', () => net.posts.visible)],
			['a member, in the name of another', 'learner', postReport('stranger', () => net.posts.visible)],
			['a member, already decided', 'learner', postReport('learner', () => net.posts.visible, { status: 'kept' })],
			['a member, deciding it too', 'learner', postReport('learner', () => net.posts.visible, { decision: 'remove' })],
			['the author, their own post', 'classmate', postReport('classmate', () => net.posts.visible)],
			['a member, an unknown reason', 'learner', postReport('learner', () => net.posts.visible, { reason: 'kedeligt' })]
		],
		(data) => ({ collection: 'reports', filter: 'post = {:p} && reporter = {:r}', params: { p: data.post, r: data.reporter }, count: 'asBefore' })
	);

	it('a profile can be reported by anyone in the network; the coordinators of its school decide', async () => {
		const r = await (await net.as('learnerB')).collection('reports').create({
			target: 'network_profiles',
			profile: net.profiles.classmate.id,
			reason: 'andet',
			reporter: net.users.learnerB.id,
			status: 'open'
		});
		net.cleanUp('reports', r.id);
		expect([r.school, r.subject, r.group]).toEqual([net.schools.A.id, net.users.classmate.id, '']);
		expect(await listIds(await net.as('coordinatorB'), 'reports', `id = "${r.id}"`)).toEqual([]);
		expect(await listIds(await net.as('coordinator'), 'reports', `id = "${r.id}"`)).toEqual([r.id]);
	});
});

describe('decisions', () => {
	const decide = async (who: NetActor, r: RecordModel, decision: string, extra: Record<string, unknown> = {}) =>
		(await net.as(who)).collection('reports').update(r.id, { decision, decisionNote: 'Set og besluttet', ...extra });

	it.each([
		['keep', 'kept', 'visible'],
		['hide', 'hidden', 'hidden'],
		['remove', 'removed', 'removed'],
		['warn', 'hidden', 'hidden']
	] as const)('%s: the report is %s, the post %s, logged and told', async (decision, reportStatus, postStatus) => {
		const since = justNow();
		const post = await freshPost();
		const r = await report('learner', post);
		const other = await report('blocked', post);
		await decide('mentor', r, decision);
		const decided = await net.reread('reports', r.id);
		expect([decided.status, decided.decidedBy, decided.decidedAt !== '']).toEqual([reportStatus, net.users.mentor.id, true]);
		// the other open report of the same post gets the same decision
		expect((await net.reread('reports', other.id)).status).toBe(reportStatus);
		expect(await statusOf(post)).toBe(postStatus);
		expect((await logOf(post)).map((l) => [l.decision, l.actor, l.note])).toEqual([[decision, net.users.mentor.id, 'Set og besluttet']]);
		expect((await notificationsFor(net.world, 'classmate', since)).length).toBeGreaterThan(0);
	});

	it('pause N days: the post goes, the author cannot post until then and is told the date', async () => {
		const since = justNow();
		const post = await freshPost('learnerB');
		const r = await report('learner', post);
		expect(await failureStatus(decide('coordinatorB', r, 'pause'))).toBe(400); // how many days?
		// a group across schools: the coordinator of the author's school (B) decides, not A's
		expect(await failureStatus(decide('coordinator', r, 'pause', { pauseDays: 3 }))).toBe(404);
		await decide('coordinatorB', r, 'pause', { pauseDays: 3 });
		expect(await statusOf(post)).toBe('removed');
		const profile = await net.reread('network_profiles', net.profiles.learnerB.id);
		expect(new Date(profile.pausedUntil.replace(' ', 'T')).getTime()).toBeGreaterThan(Date.now() + 2.9 * 24 * 3600 * 1000);
		const log = await logOf(post);
		expect(log.map((l) => [l.decision, l.actor, l.pausedUntil !== ''])).toEqual([['pause', net.users.coordinatorB.id, true]]);
		expect((await notificationsFor(net.world, 'learnerB', since)).map((n) => n.title)).toContain('Du er sat på pause');
		const refused = await (await net.as('learnerB')).collection('posts').create({ group: net.groups.open.id, author: net.users.learnerB.id, text: 'Hej', status: 'visible' }).catch((e) => e);
		expect(refused.status).toBe(400);
		await net.su.collection('network_profiles').update(profile.id, { pausedUntil: '' });
	});

	it('the moderation log is read by the group moderators and the school coordinators only', async () => {
		const post = await freshPost();
		const r = await report('learner', post);
		await decide('mentor', r, 'keep');
		const [row] = await logOf(post);
		const table: [NetActor, boolean][] = [
			['anonymous', false],
			['learner', false],
			['classmate', false],
			['mentor', true],
			['coordinator', true],
			['coordinatorB', false],
			['teacher', false]
		];
		for (const [who, expected] of table) expect((await listIds(await net.as(who), 'moderation_log', `id = "${row!.id}"`)).length, who).toBe(expected ? 1 : 0);
		// nobody writes it
		for (const who of ['mentor', 'coordinator'] as const) {
			const pb = await net.as(who);
			expect(await failureStatus(pb.collection('moderation_log').create({ decision: 'keep', post: post.id }))).toBe(403);
			expect(await failureStatus(pb.collection('moderation_log').update(row!.id, { note: 'x' }))).toBe(403);
			expect(await failureStatus(pb.collection('moderation_log').delete(row!.id))).toBe(403);
		}
	});

	const openReport = async () => report('learner', await freshPost());
	refusedUpdates<NetActor>(w, 'reports', [
		['the reporter', 'learner', openReport, () => ({ decision: 'remove' })],
		['the author', 'classmate', openReport, () => ({ decision: 'keep' })],
		['a member', 'blocked', openReport, () => ({ decision: 'remove' })],
		['a teacher', 'teacher', openReport, () => ({ decision: 'remove' })],
		['the moderator, rewriting the report', 'mentor', openReport, () => ({ decision: 'keep', text: 'x' })],
		['the moderator, setting the status', 'mentor', openReport, () => ({ decision: 'keep', status: 'removed' })],
		['the moderator, no decision', 'mentor', openReport, () => ({ decisionNote: 'x' })]
	], [400, 404]);

	it('a decided report is not decided again', async () => {
		const r = await openReport();
		await decide('mentor', r, 'keep');
		expect(await failureStatus(decide('mentor', r, 'remove'))).toBe(404);
	});
});
