// Fællesskab, historier: a learner who finishes is invited (once) to tell their story;
// the school's coordinator says yes or no with a plain reason; the author reads the
// reason and may send the story again. The invitation is the learner's own to read and
// nobody's to write (hooks only).
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureStatus, listIds } from './fixtures';
import { buildNetworkWorld, type NetActor, type NetWorld } from './network.fixtures';
import { buildPlans, type PlanWorld } from './plan-fixtures';
import { watchLive } from './realtime-watch';
import { refusedUpdates, whoSees } from './scenarios';

let net: NetWorld;
let plans: PlanWorld;
let declined: RecordModel;
let invitations: Record<'learner' | 'classmate', RecordModel>;
beforeAll(async () => {
	net = await buildNetworkWorld();
	plans = await buildPlans(net.world);
	declined = await net.su.collection('stories').create({
		title: `Afvist ${net.tag}`,
		body: 'Min historie med fulde navne.',
		status: 'declined',
		declineReason: 'Tag venligst navnene på dine kolleger ud.',
		author: net.uid('learner'),
		school: net.schools.A.id
	});
	invitations = {
		learner: await net.su.collection('story_invitations').create({ learner: net.uid('stranger') }),
		classmate: await net.su.collection('story_invitations').create({ learner: net.uid('classmate') })
	};
});
const w = () => net;
const tagged = (user: string, tag: string) => net.count('notifications', 'user = {:u} && tag = {:t}', { u: user, t: tag });
const pendingStory = (who: 'stranger' | 'learnerB', school: 'A' | 'B') =>
	net.temp('stories', { title: `Venter ${net.tag} ${Math.random()}`, body: 'Jeg klarede det.', status: 'pending', author: net.uid(who), school: net.schools[school].id });

describe('a no with a reason', () => {
	it('the coordinator must give a reason; with one the story is declined and the author told (not the words)', async () => {
		const s = await pendingStory('stranger', 'A');
		const pb = await net.as('coordinator');
		const refused = pb.collection('stories').update(s.id, { status: 'declined', declineReason: '  ' });
		expect(await failureStatus(refused)).toBe(400);
		expect((await net.reread('stories', s.id)).status).toBe('pending');
		await pb.collection('stories').update(s.id, { status: 'declined', declineReason: 'Skriv lidt mere om, hvad der hjalp dig.' });
		expect(await net.reread('stories', s.id)).toMatchObject({ status: 'declined', declineReason: 'Skriv lidt mere om, hvad der hjalp dig.' });
		expect(await tagged(net.uid('stranger'), `historie-${s.id}`)).toBe(1);
		const told = await net.su.collection('notifications').getFullList({ filter: net.su.filter('tag = {:t}', { t: `historie-${s.id}` }) });
		expect(JSON.stringify(told)).not.toContain('Jeg klarede det');
	});

	it('the author reads the reason, changes the story and sends it again: the old reason goes', async () => {
		const s = await pendingStory('stranger', 'A');
		await (await net.as('coordinator')).collection('stories').update(s.id, { status: 'declined', declineReason: 'For kort.' });
		const pb = await net.as('stranger');
		expect((await pb.collection('stories').getOne(s.id)).declineReason).toBe('For kort.');
		await pb.collection('stories').update(s.id, { body: 'Jeg klarede det, fordi min mentor troede på mig.', status: 'pending' });
		expect(await net.reread('stories', s.id)).toMatchObject({ status: 'pending', declineReason: '' });
	});

	whoSees<'declined', NetActor>({
		world: w,
		collection: 'stories',
		records: () => ({ declined }),
		noun: 'declined stories',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['declined']], // the author
			['classmate', []],
			['mentor', []],
			['teacher', []],
			['coordinator', ['declined']],
			['coordinatorB', []],
			['learnerB', []],
			['blocked', []]
		]
	});

	refusedUpdates<NetActor>(w, 'stories', [
		['the author, writing the reason', 'learner', () => declined, () => ({ declineReason: '' })],
		['the author, declining it', 'stranger', () => pendingStory('stranger', 'A'), () => ({ status: 'declined', declineReason: 'Nej tak' })],
		['the author, publishing after a no', 'learner', () => declined, () => ({ status: 'published' })],
		['a classmate, declining', 'classmate', () => pendingStory('stranger', 'A'), () => ({ status: 'declined', declineReason: 'Nej' })],
		['the learner mentor, declining', 'mentor', () => pendingStory('stranger', 'A'), () => ({ status: 'declined', declineReason: 'Nej' })],
		['the other school coordinator, declining', 'coordinatorB', () => pendingStory('stranger', 'A'), () => ({ status: 'declined', declineReason: 'Nej' })]
	]);
});

describe('story_invitations: reading and writing', () => {
	whoSees<'learner' | 'classmate', NetActor>({
		world: w,
		collection: 'story_invitations',
		records: () => invitations,
		noun: 'invitations',
		table: [
			['anonymous', []],
			['stranger', ['learner']],
			['classmate', ['classmate']],
			['learner', []],
			['mentor', []],
			['teacher', []],
			['coordinator', []],
			['coordinatorB', []],
			['learnerB', []]
		]
	});

	it('a filter or an expand reaches no one else', async () => {
		const pb = await net.as('stranger');
		expect(await listIds(pb, 'story_invitations', `learner = "${net.uid('classmate')}"`)).toEqual([]);
		const expanded = await pb.collection('story_invitations').getFullList({ expand: 'learner' });
		expect(expanded.map((i) => i.learner)).toEqual([net.uid('stranger')]);
	});

	for (const who of ['stranger', 'coordinator', 'mentor'] as const) {
		it(`${who} cannot create, change or delete an invitation (only hooks write them)`, async () => {
			const pb = await net.as(who);
			expect(await failureStatus(pb.collection('story_invitations').create({ learner: net.uid('learner') }))).toBe(403);
			expect(await net.count('story_invitations', 'learner = {:l}', { l: net.uid('learner') })).toBe(0);
			expect([403, 404]).toContain(await failureStatus(pb.collection('story_invitations').update(invitations.learner.id, { learner: net.uid('learner') })));
			expect([403, 404]).toContain(await failureStatus(pb.collection('story_invitations').delete(invitations.learner.id)));
			expect((await net.reread('story_invitations', invitations.learner.id)).learner).toBe(net.uid('stranger'));
		});
	}
});

describe('the invitation when the plan is done', () => {
	it('the last milestone done invites the learner once (a push and the row); merit does not count', async () => {
		const { own, confirmed, mentors } = plans.plans.learner.steps;
		const learner = net.uid('learner');
		const invited = () => net.count('story_invitations', 'learner = {:l}', { l: learner });
		await net.su.collection('milestones').update(own.id, { status: 'done' });
		await net.su.collection('milestones').update(confirmed.id, { status: 'merit' });
		expect(await invited()).toBe(0);
		await net.su.collection('milestones').update(mentors.id, { status: 'done' });
		expect(await invited()).toBe(1);
		expect(await tagged(learner, 'historie-invitation')).toBe(1);
		// undone and done again: still invited once
		await net.su.collection('milestones').update(mentors.id, { status: 'todo' });
		await net.su.collection('milestones').update(mentors.id, { status: 'done' });
		expect(await invited()).toBe(1);
		expect(await tagged(learner, 'historie-invitation')).toBe(1);
		const pb = await net.as('learner');
		expect((await pb.collection('story_invitations').getFullList()).map((i) => i.learner)).toEqual([learner]);
	});

	it('a plan with something left invites nobody', async () => {
		await net.su.collection('milestones').update(plans.plans.learnerB.steps.own.id, { status: 'done' });
		await net.su.collection('milestones').update(plans.plans.learnerB.steps.mentors.id, { status: 'done' });
		expect(await net.count('story_invitations', 'learner = {:l}', { l: net.uid('learnerB') })).toBe(0);
		expect(await tagged(net.uid('learnerB'), 'historie-invitation')).toBe(0);
	});
});

describe('story_invitations: realtime', () => {
	it('the invitation reaches the learner live, and nobody else', async () => {
		const watching = await watchLive(net.world, ['formerLearner', 'classmate', 'coordinator'] as const);
		try {
			const { own, confirmed, mentors } = plans.plans.formerLearner.steps;
			for (const step of [own, confirmed, mentors]) await net.su.collection('milestones').update(step.id, { status: 'done' });
			const learner = net.uid('formerLearner');
			const got = await watching.receivers(['formerLearner'], (c) => c.collection === 'story_invitations' && c.record.learner === learner);
			expect(got).toEqual(['formerLearner']);
		} finally {
			await watching.stop();
		}
	});
});
