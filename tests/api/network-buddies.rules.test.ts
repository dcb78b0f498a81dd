// Fællesskab (issue 14), makker: an opt-in study buddy. Only learners who said "Jeg vil
// gerne have en makker" ask each other, in their school, never across a block; the one
// asked says yes or no; either ends it. Their messages are for the two of them while the
// pair is accepted, and nobody else (not mentors, teachers or coordinators).
import { beforeAll, describe, expect, it } from 'vitest';
import { listIds } from './fixtures';
import type { NetActor } from './network.fixtures';
import { buildBuddiesWorld, type BuddiesWorld } from './network2.fixtures';
import { refusals, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let net: BuddiesWorld;
beforeAll(async () => {
	net = await buildBuddiesWorld();
});
const w = () => net;
type Who = Parameters<BuddiesWorld['uid']>[0];
const me = (who: Who) => net.uid(who);

describe('network_profiles: the buddy fields', () => {
	it('a person turns on "Jeg vil gerne have en makker" with a municipality and situations', async () => {
		const pb = await net.as('paused');
		await pb.collection('network_profiles').update(net.profiles.paused.id, { wantsBuddy: true, municipality: 'Skive', situation: ['ledig', 'ordblind'] });
		expect(await net.reread('network_profiles', net.profiles.paused.id)).toMatchObject({ wantsBuddy: true, municipality: 'Skive', situation: ['ledig', 'ordblind'] });
		await net.su.collection('network_profiles').update(net.profiles.paused.id, { wantsBuddy: false, municipality: '', situation: [] });
	});
	refusedUpdates<NetActor>(w, 'network_profiles', [
		['someone else', 'classmate', () => net.reread('network_profiles', net.profiles.stranger.id), () => ({ wantsBuddy: false })],
		['the coordinator', 'coordinator', () => net.reread('network_profiles', net.profiles.stranger.id), () => ({ municipality: 'x' })]
	]);
});

describe('buddies: reading', () => {
	type Key = keyof BuddiesWorld['pairs'];
	whoSees<Key, NetActor>({
		world: w,
		collection: 'buddies',
		records: () => net.pairs,
		noun: 'pairs',
		field: 'status',
		table: [
			['anonymous', []],
			['learner', ['accepted', 'proposed']],
			['classmate', ['accepted', 'ended']],
			['stranger', ['proposed', 'ended']],
			['learnerB', []],
			['mentor', []], // the learner's own mentor: not theirs to read
			['teacher', []],
			['coordinator', []],
			['coordinatorB', []],
			['blocked', []],
			['formerLearner', []]
		]
	});
	it('a filter or an expand reaches nothing more', async () => {
		const pb = await net.as('blocked');
		expect(await listIds(pb, 'buddies', `from = "${me('classmate')}" || to = "${me('learner')}"`)).toEqual([]);
		const mine = await (await net.as('learner')).collection('buddies').getFullList({ expand: 'from,to' });
		// their own e-mail is theirs to see; nobody else's
		for (const other of ['classmate', 'stranger'] as const) expect(JSON.stringify(mine)).not.toContain(net.email(other));
	});
});

describe('buddies: asking and answering', () => {
	const ask = (from: Who, to: Who, extra: Record<string, unknown> = {}) => ({ from: me(from), to: me(to), status: 'proposed', hello: 'Hej, vil du være min makker?', ...extra });

	it('a learner who wants a buddy asks another; the other says yes; either ends it', async () => {
		const asked = await (await net.as('blocked')).collection('buddies').create(ask('blocked', 'classmate'));
		net.cleanUp('buddies', asked.id);
		const classmate = await net.as('classmate');
		await classmate.collection('buddies').update(asked.id, { status: 'accepted' });
		expect((await net.reread('buddies', asked.id)).status).toBe('accepted');
		await (await net.as('blocked')).collection('buddies').update(asked.id, { status: 'ended' });
		expect((await net.reread('buddies', asked.id)).status).toBe('ended');
	});

	it('the asked says no; the one asking takes it back; asking again after an end is fine', async () => {
		const first = await (await net.as('classmate')).collection('buddies').create(ask('classmate', 'stranger'));
		net.cleanUp('buddies', first.id);
		await (await net.as('stranger')).collection('buddies').update(first.id, { status: 'declined' });
		const second = await (await net.as('blocked')).collection('buddies').create(ask('blocked', 'stranger'));
		net.cleanUp('buddies', second.id);
		await (await net.as('blocked')).collection('buddies').update(second.id, { status: 'ended' });
		expect((await net.reread('buddies', second.id)).status).toBe('ended');
	});

	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'buddies',
		[
			['anonymous', 'anonymous', () => ask('learner', 'stranger')],
			['a learner, someone they blocked', 'learner', () => ask('learner', 'blocked')],
			['the blocked person, the one who blocked them', 'blocked', () => ask('blocked', 'learner')],
			['a learner, the other school learner', 'classmate', () => ask('classmate', 'learnerB')],
			['the other school learner, school A', 'learnerB', () => ask('learnerB', 'classmate')],
			['a learner, someone without a profile', 'stranger', () => ask('stranger', 'formerLearner')],
			['someone without a profile', 'formerLearner', () => ask('formerLearner', 'stranger')],
			['a learner, someone who does not want a buddy', 'stranger', () => ask('stranger', 'paused')],
			['a learner who does not want a buddy', 'paused', () => ask('paused', 'stranger')],
			['a mentor', 'mentor', () => ask('mentor', 'stranger')],
			['a teacher', 'teacher', () => ask('teacher', 'classmate')],
			['the coordinator', 'coordinator', () => ask('coordinator', 'classmate')],
			['the other school coordinator', 'coordinatorB', () => ask('coordinatorB', 'learnerB')],
			['a learner, in the name of another', 'blocked', () => ask('classmate', 'stranger')],
			['a learner, themselves', 'stranger', () => ask('stranger', 'stranger')],
			['a learner, accepted at once', 'blocked', () => ask('blocked', 'stranger', { status: 'accepted' })],
			['a learner, a second open pair', 'learner', () => ask('learner', 'classmate')],
			['a learner, a hello too long', 'blocked', () => ask('blocked', 'stranger', { hello: 'x'.repeat(301) })]
		],
		(data) => ({ collection: 'buddies', filter: 'from = {:f} && to = {:t}', params: { f: data.from, t: data.to }, count: 'asBefore' })
	);

	const proposed = () => net.pairs.proposed;
	const accepted = () => net.pairs.accepted;
	const ended = () => net.pairs.ended;
	refusedUpdates<NetActor>(w, 'buddies', [
		['anonymous', 'anonymous', proposed, () => ({ status: 'accepted' })],
		['the one asking, accepting their own', 'stranger', proposed, () => ({ status: 'accepted' })],
		['the asked, changing the hello', 'learner', proposed, () => ({ status: 'accepted', hello: 'x' })],
		['the asked, moving it to someone else', 'learner', proposed, () => ({ status: 'accepted', to: me('classmate') })],
		['someone else', 'classmate', proposed, () => ({ status: 'declined' })],
		['the learner mentor', 'mentor', accepted, () => ({ status: 'ended' })],
		['the coordinator', 'coordinator', accepted, () => ({ status: 'ended' })],
		['the blocked person', 'blocked', accepted, () => ({ status: 'ended' })],
		['either of an accepted pair, back to proposed', 'learner', accepted, () => ({ status: 'proposed' })],
		['either of an ended pair, accepting again', 'classmate', ended, () => ({ status: 'accepted' })]
	]);
	refusedDeletes<NetActor>(
		w,
		'buddies',
		[
			['the one asking', 'stranger', proposed],
			['either of the pair', 'learner', accepted],
			['the coordinator', 'coordinator', accepted]
		],
		[403, 404]
	);
});

describe('buddy_messages', () => {
	type Key = keyof BuddiesWorld['buddyMessages'];
	whoSees<Key, NetActor>({
		world: w,
		collection: 'buddy_messages',
		records: () => net.buddyMessages,
		noun: 'buddy messages',
		field: 'text',
		table: [
			['anonymous', []],
			['learner', ['fromClassmate', 'fromLearner']],
			['classmate', ['fromClassmate', 'fromLearner']],
			['stranger', []], // their pair ended: its messages are gone for both
			['mentor', []],
			['teacher', []],
			['coordinator', []],
			['coordinatorB', []],
			['learnerB', []],
			['blocked', []],
			['formerLearner', []]
		]
	});

	it('the two write, edit within the window (marked edited) and withdraw; the other is the recipient', async () => {
		const pb = await net.as('learner');
		const m = await pb.collection('buddy_messages').create({ pair: net.pairs.accepted.id, sender: me('learner'), text: 'Ses vi kl. 8?' });
		net.cleanUp('buddy_messages', m.id);
		expect((await net.reread('buddy_messages', m.id)).recipient).toBe(me('classmate'));
		await pb.collection('buddy_messages').update(m.id, { text: 'Ses vi kl. 9?' });
		const edited = await net.reread('buddy_messages', m.id);
		expect(edited.text).toBe('Ses vi kl. 9?');
		expect(edited.editedAt).not.toBe('');
		await pb.collection('buddy_messages').delete(m.id);
		expect(await net.count('buddy_messages', 'id = {:id}', { id: m.id })).toBe(0);
	});

	const message = (pair: keyof BuddiesWorld['pairs'], who: Who, extra: Record<string, unknown> = {}) => ({
		pair: net.pairs[pair].id,
		sender: me(who),
		text: `Hej ${net.tag} ${who}`,
		...extra
	});
	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'buddy_messages',
		[
			['anonymous', 'anonymous', () => message('accepted', 'learner')],
			['someone else', 'stranger', () => message('accepted', 'stranger')],
			['the learner mentor', 'mentor', () => message('accepted', 'mentor')],
			['the coordinator', 'coordinator', () => message('accepted', 'coordinator')],
			['the blocked person', 'blocked', () => message('accepted', 'blocked')],
			['one of a proposed pair', 'stranger', () => message('proposed', 'stranger')],
			['one of an ended pair', 'classmate', () => message('ended', 'classmate')],
			['one of the pair, in the name of the other', 'learner', () => message('accepted', 'classmate')],
			['one of the pair, naming the recipient', 'learner', () => message('accepted', 'learner', { recipient: me('stranger') })],
			['one of the pair, marked edited', 'learner', () => message('accepted', 'learner', { editedAt: '2026-01-01 10:00:00Z' })],
			['one of the pair, too long', 'learner', () => message('accepted', 'learner', { text: 'x'.repeat(2001) })],
			['one of the pair, empty', 'learner', () => message('accepted', 'learner', { text: '' })]
		],
		(data) => ({ collection: 'buddy_messages', filter: 'pair = {:p} && sender = {:s} && text = {:t}', params: { p: data.pair, s: data.sender, t: data.text } })
	);

	const theirs = () => net.buddyMessages.fromClassmate;
	refusedUpdates<NetActor>(w, 'buddy_messages', [
		['anonymous', 'anonymous', theirs, () => ({ text: 'x' })],
		['the other of the pair', 'learner', theirs, () => ({ text: 'x' })],
		['the learner mentor', 'mentor', theirs, () => ({ text: 'x' })],
		['the sender, moving it to another pair', 'classmate', theirs, () => ({ pair: net.pairs.ended.id })],
		['the sender, as the other', 'classmate', theirs, () => ({ sender: me('learner') })],
		['the sender, marking it edited', 'classmate', theirs, () => ({ editedAt: '2026-01-01 10:00:00Z' })]
	]);
	refusals<undefined, NetActor>(w, [
		{
			name: 'the sender, after the pair ended',
			as: 'stranger',
			status: 404,
			attempt: (pb) => pb.collection('buddy_messages').update(net.buddyMessages.inEnded.id, { text: 'x' }),
			unchanged: () => ({ collection: 'buddy_messages', record: net.buddyMessages.inEnded })
		}
	]);
	refusedDeletes<NetActor>(w, 'buddy_messages', [
		['anonymous', 'anonymous', theirs],
		['the other of the pair', 'learner', theirs],
		['the coordinator', 'coordinator', theirs],
		['the sender, after the pair ended', 'stranger', () => net.buddyMessages.inEnded]
	]);
});
