// Beskeder: only the two participants (the learner and their CURRENT mentor) read a
// conversation and its messages; the sender is always the signed-in user; the
// recipient sets only the read receipt; the sender edits or withdraws for 15 minutes
// (the closed window is tested in messages-window.test.ts); files are protected.
// Every refusal leaves nothing stored and nothing changed.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, daysFromNow, failureStatus, listIds, type Actor, type Person, type World } from './fixtures';
import { pdf, png, textFile, webm } from './messages-files';
import { refusals, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
/** Conversations (id = the learner's id) and the messages in them, made as superuser. */
let conv: { learner: RecordModel; formerLearner: RecordModel; learnerB: RecordModel };
let msg: {
	fromLearner: RecordModel;
	fromMentor: RecordModel;
	/** to formerLearner from `mentor`, before the handover */
	beforeHandover: RecordModel;
	/** to formerLearner from `otherMentor`, after it */
	afterHandover: RecordModel;
	/** a photo from the learner */
	photo: RecordModel;
	B: RecordModel;
};

const id = (p: Person) => world.users[p].id;

beforeAll(async () => {
	world = await buildWorld();
	const su = world.su;
	const conversation = (p: Person) => su.collection('conversations').create({ id: id(p), learner: id(p) });
	conv = {
		learner: await conversation('learner'),
		formerLearner: await conversation('formerLearner'),
		learnerB: await conversation('learnerB')
	};
	const message = (c: RecordModel, sender: Person, data: Record<string, unknown> = {}) =>
		su.collection('messages').create({ conversation: c.id, sender: id(sender), text: `Hej fra ${sender}`, ...data });
	msg = {
		fromLearner: await message(conv.learner, 'learner'),
		fromMentor: await message(conv.learner, 'mentor'),
		beforeHandover: await message(conv.formerLearner, 'mentor'),
		afterHandover: await message(conv.formerLearner, 'otherMentor'),
		photo: await message(conv.learner, 'learner', { text: '', attachment: png() }),
		B: await message(conv.learnerB, 'mentorB')
	};
});

// ------------------------------------------------------------------ reading

type ConvKey = keyof typeof conv;
const conversationsVisibleTo: [Actor, ConvKey[]][] = [
	['anonymous', []],
	['learner', ['learner']],
	['mentor', ['learner']], // not the former learner's: access ended with the mentorship
	['otherMentor', ['formerLearner']], // the new mentor sees the history
	['formerLearner', ['formerLearner']],
	['classmate', []],
	['stranger', []],
	['teacher', []],
	['coTeacher', []],
	['coordinator', []], // coordinators do not read messages
	['coordinatorB', []],
	['learnerB', ['learnerB']],
	['mentorB', ['learnerB']]
];

type MsgKey = keyof typeof msg;
const messagesVisibleTo: [Actor, MsgKey[]][] = [
	['anonymous', []],
	['learner', ['fromLearner', 'fromMentor', 'photo']],
	['mentor', ['fromLearner', 'fromMentor', 'photo']], // not beforeHandover, though they wrote it
	['otherMentor', ['beforeHandover', 'afterHandover']],
	['formerLearner', ['beforeHandover', 'afterHandover']],
	['classmate', []],
	['stranger', []],
	['teacher', []],
	['coordinator', []],
	['coordinatorB', []],
	['learnerB', ['B']],
	['mentorB', ['B']]
];

describe('conversations and messages: reading', () => {
	whoSees({
		world: () => world,
		collection: 'conversations',
		records: () => conv,
		noun: 'conversations they take part in',
		field: 'learner',
		table: conversationsVisibleTo,
		scoped: true
	});

	whoSees({
		world: () => world,
		collection: 'messages',
		records: () => msg,
		noun: 'messages of their conversations',
		field: 'text',
		table: messagesVisibleTo,
		scoped: true
	});

	it('a learner cannot read the mentor\'s user record by expanding the sender', async () => {
		const m = await (await world.as('learner')).collection('messages').getOne(msg.fromMentor.id, { expand: 'sender' });
		expect(m.sender).toBe(id('mentor'));
		expect(m.expand?.sender).toBeUndefined();
	});

	it('a coordinator cannot probe message text through a filter on conversations', async () => {
		const pb = await world.as('coordinator');
		const probe = pb.filter('messages_via_conversation.text ?~ {:t}', { t: 'Hej' });
		expect(await listIds(pb, 'conversations', probe)).toEqual([]);
	});
});

describe('files are protected: only participants, only with a file token', () => {
	const fileUrl = (pb: PocketBase, token = '') =>
		pb.files.getURL(msg.photo, msg.photo.attachment as string, token ? { token } : {});

	it('the learner fetches the photo with a file token, and not without one', async () => {
		const pb = await world.as('learner');
		const token = await pb.files.getToken();
		expect((await fetch(fileUrl(pb, token))).status).toBe(200);
		expect((await fetch(fileUrl(pb))).status).toBe(404);
	});

	it('the mentor fetches it with a file token; thumbnails too', async () => {
		const pb = await world.as('mentor');
		const token = await pb.files.getToken();
		expect((await fetch(fileUrl(pb, token))).status).toBe(200);
		const thumb = pb.files.getURL(msg.photo, msg.photo.attachment as string, { token, thumb: '480x0' });
		expect((await fetch(thumb)).status).toBe(200);
	});

	it.each(['coordinator', 'teacher', 'otherMentor', 'classmate'] as Actor[])(
		'%s gets nothing even with their own file token',
		async (actor) => {
			const pb = await world.as(actor);
			const token = await pb.files.getToken();
			expect((await fetch(fileUrl(pb, token))).status).toBe(404);
		}
	);
});

// ------------------------------------------------------------------ conversations: creating

describe('conversations: creating', () => {
	/** A learner of school A with `mentor` as current mentor, both deleted after the test. */
	async function freshLearner(withMentor: Person | null = 'mentor', end = '') {
		const learner = await world.tempUser('A', 'learner');
		if (withMentor) {
			await world.temp('mentorships', {
				learner: learner.id,
				mentor: id(withMentor),
				school: world.schools.A.id,
				start: '2026-01-01 00:00:00.000Z',
				end
			});
		}
		return learner;
	}

	it('the learner starts their own, with their id as its id', async () => {
		const learner = await freshLearner();
		const pb = await world.signIn(learner);
		await pb.collection('conversations').create({ id: learner.id, learner: learner.id });
		expect((await world.reread('conversations', learner.id)).learner).toBe(learner.id);
	});

	it('the current mentor starts it for their learner', async () => {
		const learner = await freshLearner();
		await (await world.as('mentor')).collection('conversations').create({ id: learner.id, learner: learner.id });
		expect(await world.count('conversations', 'learner = {:l}', { l: learner.id })).toBe(1);
	});

	it('a second device starting it again gets the same conversation: still exactly one', async () => {
		const learner = await freshLearner();
		const pb = await world.signIn(learner);
		const first = await pb.collection('conversations').create({ id: learner.id, learner: learner.id });
		const again = await (await world.as('mentor')).collection('conversations').create({ id: learner.id, learner: learner.id });
		expect(again).toMatchObject({ id: first.id, learner: learner.id, created: first.created });
		expect(await world.count('conversations', 'learner = {:l}', { l: learner.id })).toBe(1);
	});

	const refused: [string, Actor | 'fresh', (l: RecordModel) => Record<string, unknown>, Person | null, string?][] = [
		['anonymous', 'anonymous', (l) => ({ id: l.id, learner: l.id }), 'mentor'],
		['the learner, with another id', 'fresh', (l) => ({ id: 'abcdefghij12345', learner: l.id }), 'mentor'],
		['the learner, with lastMessageAt set', 'fresh', (l) => ({ id: l.id, learner: l.id, lastMessageAt: '2026-01-01 00:00:00.000Z' }), 'mentor'],
		['another learner', 'learner', (l) => ({ id: l.id, learner: l.id }), 'mentor'],
		['a mentor who is not theirs', 'otherMentor', (l) => ({ id: l.id, learner: l.id }), 'mentor'],
		['their former mentor', 'mentor', (l) => ({ id: l.id, learner: l.id }), 'mentor', '2026-02-01 00:00:00.000Z'],
		['a teacher', 'teacher', (l) => ({ id: l.id, learner: l.id }), 'mentor'],
		['a coordinator', 'coordinator', (l) => ({ id: l.id, learner: l.id }), 'mentor'],
		["another school's mentor", 'mentorB', (l) => ({ id: l.id, learner: l.id }), 'mentor']
	];
	refusals<RecordModel>(
		() => world,
		refused.map(([who, actor, body, mentor, end]) => ({
			name: `${who} cannot start it (nothing stored)`,
			as: actor === 'fresh' ? (learner, w) => w.signIn(learner) : actor,
			status: [400, 403],
			given: () => freshLearner(mentor, end ?? ''),
			attempt: (pb, learner) => pb.collection('conversations').create(body(learner)),
			unchanged: (learner) => ({ collection: 'conversations', filter: 'learner = {:l}', params: { l: learner.id } })
		}))
	);

	it('a mentor cannot start a conversation for a staff member (only learners have one)', async () => {
		const teacher = id('teacher');
		const request = (await world.as('teacher')).collection('conversations').create({ id: teacher, learner: teacher });
		expect(await failureStatus(request)).toBe(400);
		expect(await world.count('conversations', 'learner = {:l}', { l: teacher })).toBe(0);
	});

	const actors = ['learner', 'mentor', 'coordinator'] as const;
	const learners = (w: World) => w.reread('conversations', conv.learner.id);
	const lastMessageAt = () => ({ lastMessageAt: '2020-01-01 00:00:00.000Z' });
	refusedUpdates(() => world, 'conversations', actors.map((actor) => [actor, actor, learners, lastMessageAt]), 403);
	refusedDeletes(() => world, 'conversations', actors.map((actor) => [actor, actor, learners]), 403);
});

// ------------------------------------------------------------------ messages: sending

describe('messages: sending', () => {
	const send = async (actor: Actor, data: Record<string, unknown>) => {
		const created = await (await world.as(actor)).collection('messages').create(data);
		world.cleanUp('messages', created.id);
		return created;
	};
	const text = (c: RecordModel, sender: Person, words = `Besked ${Math.random()}`) => ({
		conversation: c.id,
		sender: id(sender),
		text: words
	});

	it('the learner writes to their mentor, and the mentor answers', async () => {
		const a = await send('learner', text(conv.learner, 'learner', 'Jeg er syg i dag.'));
		const b = await send('mentor', text(conv.learner, 'mentor', 'God bedring!'));
		expect((await world.reread('messages', a.id)).sender).toBe(id('learner'));
		expect((await world.reread('messages', b.id)).readAt).toBe('');
	});

	it('the new mentor writes in the conversation that began with the former one', async () => {
		const m = await send('otherMentor', text(conv.formerLearner, 'otherMentor', 'Hej, jeg er din nye mentor.'));
		expect((await world.reread('messages', m.id)).conversation).toBe(conv.formerLearner.id);
	});

	it('a voice note with its length, and a transcript by the sender', async () => {
		const m = await send('learner', {
			conversation: conv.learner.id,
			sender: id('learner'),
			voice: webm(),
			voiceSeconds: 12,
			transcript: 'Jeg kommer lidt senere.'
		});
		const stored = await world.reread('messages', m.id);
		expect(stored.voice).toMatch(/\.webm$/);
		expect(stored.voiceSeconds).toBe(12);
	});

	it('a PDF with no words', async () => {
		const m = await send('mentor', { conversation: conv.learner.id, sender: id('mentor'), attachment: pdf() });
		expect((await world.reread('messages', m.id)).attachment).toMatch(/\.pdf$/);
	});

	const bigText = 'a'.repeat(4001);
	const refused: [string, Actor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => text(conv.learner, 'learner')],
		['the learner, as if the mentor wrote it', 'learner', () => text(conv.learner, 'mentor')],
		['the learner, without a sender', 'learner', () => ({ conversation: conv.learner.id, text: `Uden afsender ${Math.random()}` })],
		["the learner, in someone else's conversation", 'learner', () => text(conv.formerLearner, 'learner')],
		['a classmate', 'classmate', () => text(conv.learner, 'classmate')],
		['another mentor', 'otherMentor', () => text(conv.learner, 'otherMentor')],
		['the former mentor, after the handover', 'mentor', () => text(conv.formerLearner, 'mentor')],
		['a teacher', 'teacher', () => text(conv.learner, 'teacher')],
		['a coordinator', 'coordinator', () => text(conv.learner, 'coordinator')],
		["another school's mentor", 'mentorB', () => text(conv.learner, 'mentorB')],
		['the learner, already marked read', 'learner', () => ({ ...text(conv.learner, 'learner'), readAt: '2026-01-01 00:00:00.000Z' })],
		['the learner, already marked edited', 'learner', () => ({ ...text(conv.learner, 'learner'), editedAt: '2026-01-01 00:00:00.000Z' })]
	];
	refusedCreates(
		() => world,
		'messages',
		refused,
		(body) => ({ collection: 'messages', filter: 'text = {:t}', params: { t: body.text } }),
		[400, 403]
	);

	const badInput: [string, () => Record<string, unknown>, string][] = [
		['empty', () => ({ text: '' }), 'text'],
		['only spaces', () => ({ text: '   \n  ' }), 'text'],
		['over 4,000 characters', () => ({ text: bigText }), 'text'],
		['a voice note without its length', () => ({ voice: webm() }), 'voiceSeconds'],
		['a voice note over 2 minutes', () => ({ voice: webm(), voiceSeconds: 121 }), 'voiceSeconds'],
		['a voice note over 5 MB', () => ({ voice: webm(5 * 1024 * 1024 + 1), voiceSeconds: 30 }), 'voice'],
		['a "voice note" that is a PDF', () => ({ voice: pdf(), voiceSeconds: 5 }), 'voice'],
		['a file over 10 MB', () => ({ attachment: pdf(10 * 1024 * 1024 + 1) }), 'attachment'],
		['a file of an unsupported type', () => ({ attachment: textFile() }), 'attachment'],
		['a transcript without a voice note', () => ({ text: 'Hej', transcript: 'Hej' }), 'transcript']
	];
	it.each(badInput)('%s is refused with a reason on the field, nothing stored', async (_, data, field) => {
		const before = await world.count('messages', 'conversation = {:c}', { c: conv.learner.id });
		const request = (await world.as('learner'))
			.collection('messages')
			.create({ conversation: conv.learner.id, sender: id('learner'), ...data() });
		try {
			await request;
			expect.fail('the message was stored');
		} catch (error) {
			const response = (error as { status: number; response: { data: Record<string, unknown> } });
			expect(response.status).toBe(400);
			expect(Object.keys(response.response.data)).toContain(field);
		}
		expect(await world.count('messages', 'conversation = {:c}', { c: conv.learner.id })).toBe(before);
	});

	it('exactly 4,000 characters is fine', async () => {
		const m = await send('learner', text(conv.learner, 'learner', 'æ'.repeat(4000)));
		expect((await world.reread('messages', m.id)).text).toHaveLength(4000);
	});
});

// ------------------------------------------------------------------ messages: milestones

describe('messages about a plan step', () => {
	async function milestoneOf(p: Person) {
		const plan = await world.temp('plans', {
			learner: id(p),
			school: world.schools.A.id,
			title: `Plan ${p}`,
			start: '2026-08-10 00:00:00.000Z'
		});
		const phase = await world.temp('plan_phases', { plan: plan.id, learner: id(p), title: 'Grundforløb' });
		return world.temp('milestones', {
			plan: plan.id,
			learner: id(p),
			phase: phase.id,
			title: 'Find en læreplads',
			owner: 'learner',
			status: 'todo'
		});
	}

	it('the learner asks about their own step', async () => {
		const step = await milestoneOf('learner');
		const m = await (await world.as('learner'))
			.collection('messages')
			.create({ conversation: conv.learner.id, sender: id('learner'), text: 'Hvordan gør jeg?', milestone: step.id });
		world.cleanUp('messages', m.id);
		expect((await world.reread('messages', m.id)).milestone).toBe(step.id);
	});

	it("a message cannot point at another learner's step", async () => {
		const step = await milestoneOf('classmate');
		const body = { conversation: conv.learner.id, sender: id('learner'), text: `Om ${world.tag}`, milestone: step.id };
		expect(await failureStatus((await world.as('learner')).collection('messages').create(body))).toBe(400);
		expect(await world.count('messages', 'text = {:t}', { t: body.text })).toBe(0);
	});
});

// ------------------------------------------------------------------ messages: changing

describe('messages: editing, read receipts, transcripts', () => {
	const fresh = (sender: Person, data: Record<string, unknown> = {}, c = conv.learner) =>
		world.temp('messages', { conversation: c.id, sender: id(sender), text: `Første udgave ${Math.random()}`, ...data });

	it('the sender edits their words within 15 minutes; the server marks it edited', async () => {
		const m = await fresh('learner');
		await (await world.as('learner')).collection('messages').update(m.id, { text: 'Rettet udgave' });
		const stored = await world.reread('messages', m.id);
		expect(stored.text).toBe('Rettet udgave');
		expect(stored.editedAt).not.toBe('');
	});

	it('the recipient marks it read, with the server\'s time; a second receipt changes nothing', async () => {
		const m = await fresh('learner');
		const pb = await world.as('mentor');
		const before = Date.now();
		await pb.collection('messages').update(m.id, { readAt: '2000-01-01 00:00:00.000Z' });
		const first = (await world.reread('messages', m.id)).readAt as string;
		expect(new Date(first.replace(' ', 'T')).getTime()).toBeGreaterThan(before - 60_000);
		await pb.collection('messages').update(m.id, { readAt: '2030-01-01 00:00:00.000Z' });
		expect((await world.reread('messages', m.id)).readAt).toBe(first);
	});

	it('the mentor adds a transcript to the learner\'s voice note; the learner to their own', async () => {
		const m = await fresh('learner', { text: '', voice: webm(), voiceSeconds: 4 });
		await (await world.as('mentor')).collection('messages').update(m.id, { transcript: 'Jeg er forsinket.' });
		expect((await world.reread('messages', m.id)).transcript).toBe('Jeg er forsinket.');
		await (await world.as('learner')).collection('messages').update(m.id, { transcript: 'Jeg er 10 min forsinket.' });
		expect((await world.reread('messages', m.id)).transcript).toBe('Jeg er 10 min forsinket.');
	});

	const refusedEdits: [string, Actor, Person, () => Record<string, unknown>][] = [
		['the recipient, changing the words', 'mentor', 'learner', () => ({ text: 'Ændret af mentor' })],
		['the sender, marking their own message read', 'learner', 'learner', () => ({ readAt: '2026-01-01 00:00:00.000Z' })],
		['the sender, moving it to another conversation', 'learner', 'learner', () => ({ conversation: conv.formerLearner.id })],
		['the sender, changing the sender', 'learner', 'learner', () => ({ sender: id('mentor') })],
		['the sender, adding a file afterwards', 'learner', 'learner', () => ({ attachment: png() })],
		['the sender, changing the length of nothing', 'learner', 'learner', () => ({ voiceSeconds: 5 })],
		['the sender, faking an edit time', 'learner', 'learner', () => ({ editedAt: '2020-01-01 00:00:00.000Z' })],
		['the former mentor', 'mentor', 'otherMentor', () => ({ readAt: '2026-01-01 00:00:00.000Z' })],
		['a coordinator', 'coordinator', 'learner', () => ({ readAt: '2026-01-01 00:00:00.000Z' })],
		['a teacher', 'teacher', 'learner', () => ({ text: 'x' })],
		['anonymous', 'anonymous', 'learner', () => ({ text: 'x' })]
	];
	refusedUpdates(
		() => world,
		'messages',
		refusedEdits.map(([who, actor, sender, change]) => [
			who,
			actor,
			() => fresh(sender, {}, actor === 'mentor' && sender === 'otherMentor' ? conv.formerLearner : conv.learner),
			change
		]),
		[400, 404]
	);

	it('the recipient cannot mark a message unread again', async () => {
		const m = await fresh('learner');
		const pb = await world.as('mentor');
		await pb.collection('messages').update(m.id, { readAt: '2026-01-01 00:00:00.000Z' });
		const read = await world.reread('messages', m.id);
		expect(await failureStatus(pb.collection('messages').update(m.id, { readAt: '' }))).toBe(404);
		expect(await world.reread('messages', m.id)).toEqual(read);
	});

	it("the learner cannot add a transcript to the mentor's voice note", async () => {
		const m = await fresh('mentor', { text: '', voice: webm(), voiceSeconds: 4 });
		const request = (await world.as('learner')).collection('messages').update(m.id, { transcript: 'x' });
		expect(await failureStatus(request)).toBe(404);
		expect((await world.reread('messages', m.id)).transcript).toBe('');
	});

	it('the sender cannot edit a message into nothing', async () => {
		const m = await fresh('learner');
		expect(await failureStatus((await world.as('learner')).collection('messages').update(m.id, { text: '  ' }))).toBe(400);
		expect(await world.reread('messages', m.id)).toEqual(m);
	});
});

describe('messages: withdrawing', () => {
	it('the sender withdraws within 15 minutes; other devices learn it from a tombstone', async () => {
		const m = await world.temp('messages', { conversation: conv.learner.id, sender: id('learner'), text: 'Ups' });
		await (await world.as('learner')).collection('messages').delete(m.id);
		expect(await world.count('messages', 'id = {:id}', { id: m.id })).toBe(0);
		expect(await world.count('tombstones', 'record = {:id} && collection = "messages"', { id: m.id })).toBe(1);
	});

	refusedDeletes(
		() => world,
		'messages',
		(['mentor', 'coordinator', 'teacher', 'anonymous', 'otherMentor'] as const).map((actor) => [
			`${actor}, the learner's message`,
			actor,
			(w) => w.temp('messages', { conversation: conv.learner.id, sender: id('learner'), text: 'Bliver' })
		])
	);
});

// ------------------------------------------------------------------ handover

describe('a handover: the former mentor loses access, the new mentor sees the whole history', () => {
	async function learnerWith(mentor: Person, end = '') {
		const learner = await world.tempUser('A', 'learner');
		const ms = await world.temp('mentorships', { learner: learner.id, mentor: id(mentor), school: world.schools.A.id, start: '2026-01-01 00:00:00.000Z', end });
		await world.temp('conversations', { id: learner.id, learner: learner.id });
		const pb = await world.signIn(learner);
		const fromLearner = await pb.collection('messages').create({ conversation: learner.id, sender: learner.id, text: 'Hej mentor' });
		const fromMentor = await (await world.as(mentor)).collection('messages').create({ conversation: learner.id, sender: id(mentor), text: 'Hej elev' });
		return { learner, ms, ids: [fromLearner.id, fromMentor.id].sort() };
	}

	it('the coordinator ends one mentorship and starts the next', async () => {
		const { learner, ms, ids } = await learnerWith('mentor');
		const before = (await world.reread('messages', ids[0]!)).updated as string;
		const coordinator = await world.as('coordinator');
		await coordinator.collection('mentorships').update(ms.id, { end: daysFromNow(-0.0001) });
		const next = await coordinator
			.collection('mentorships')
			.create({ learner: learner.id, mentor: id('otherMentor'), school: world.schools.A.id, start: daysFromNow(-0.0001) });
		world.cleanUp('mentorships', next.id);

		const former = await world.as('mentor');
		expect(await listIds(former, 'messages', `conversation = "${learner.id}"`)).toEqual([]);
		expect(await listIds(former, 'conversations', `id = "${learner.id}"`)).toEqual([]);
		expect(await failureStatus(former.collection('messages').getOne(ids[0]!))).toBe(404);
		const write = former.collection('messages').create({ conversation: learner.id, sender: id('mentor'), text: 'Må jeg?' });
		expect(await failureStatus(write)).toBe(400);

		const now = await world.as('otherMentor');
		expect(await listIds(now, 'messages', `conversation = "${learner.id}"`)).toEqual(ids);
		// the history got a new `updated`, so the new mentor's device pulls it in its next delta
		expect(await listIds(now, 'messages', `conversation = "${learner.id}" && updated > "${before}"`)).toEqual(ids);
		// and the learner still sees everything
		expect(await listIds(await world.signIn(learner), 'messages', `conversation = "${learner.id}"`)).toEqual(ids);
	});

	it('a mentorship that ends later still gives access until then', async () => {
		const { learner, ids } = await learnerWith('mentor', daysFromNow(1));
		expect(await listIds(await world.as('mentor'), 'messages', `conversation = "${learner.id}"`)).toEqual(ids);
		expect((await world.reread('conversations', learner.id)).mentor).toBe(id('mentor'));
	});

	it('deleting the mentorship takes the access away', async () => {
		const { learner, ms } = await learnerWith('mentor');
		await (await world.as('coordinator')).collection('mentorships').delete(ms.id);
		expect(await listIds(await world.as('mentor'), 'messages', `conversation = "${learner.id}"`)).toEqual([]);
		expect((await world.reread('conversations', learner.id)).mentor).toBe('');
	});

	const senders = ['learner', 'mentor'] as const;
	refusedCreates(
		() => world,
		'messages',
		senders.map((actor) => [
			`${actor}, making someone else a reader,`,
			actor,
			() => ({ conversation: conv.learner.id, sender: id(actor), text: `Læser ${Math.random()}`, mentor: id('otherMentor') })
		]),
		(data) => ({ collection: 'messages', filter: 'text = {:t}', params: { t: data.text } })
	);
	refusedUpdates(
		() => world,
		'messages',
		senders.map((actor) => [
			`${actor}, making someone else a reader,`,
			actor,
			async (w) => w.reread('messages', (await w.temp('messages', { conversation: conv.learner.id, sender: id(actor), text: 'Min' })).id),
			() => ({ mentor: id('otherMentor'), mentorUntil: '' })
		])
	);
});

// ------------------------------------------------------------------ the hook: last message and push

describe('a new message updates the conversation and notifies the recipient once per conversation', () => {
	const notificationsFor = (user: string, tag: string) =>
		world.su.collection('notifications').getFullList({ filter: world.su.filter('user = {:user} && tag = {:tag}', { user, tag }), sort: 'created' });

	it('the learner writes twice: the mentor has one notification waiting, counting both', async () => {
		const learner = await world.tempUser('A', 'learner');
		await world.temp('mentorships', { learner: learner.id, mentor: id('otherMentor'), school: world.schools.A.id, start: '2026-01-01 00:00:00.000Z' });
		const pb = await world.signIn(learner);
		await pb.collection('conversations').create({ id: learner.id, learner: learner.id });
		const first = await pb.collection('messages').create({ conversation: learner.id, sender: learner.id, text: 'Hej' });
		await pb.collection('messages').create({ conversation: learner.id, sender: learner.id, text: 'Er du der?' });

		const c = await world.reread('conversations', learner.id);
		expect(c.lastSender).toBe(learner.id);
		expect(c.lastMessageAt >= first.created).toBe(true);

		const tag = `samtale-${learner.id}`;
		const all = await notificationsFor(id('otherMentor'), tag);
		expect(all.map((n) => n.status)).toEqual(['skipped', 'queued']);
		expect(all[1]).toMatchObject({ title: '2 nye beskeder fra Midlertidig', url: `/beskeder/${learner.id}`, importance: 'normal' });
		// the words stay in the app
		expect(all[1]?.body).not.toContain('Er du der');

		// the mentor answers: the learner is notified, with a link to their messages
		await (await world.as('otherMentor')).collection('messages').create({ conversation: learner.id, sender: id('otherMentor'), text: 'Ja!' });
		const toLearner = await notificationsFor(learner.id, tag);
		expect(toLearner).toHaveLength(1);
		expect(toLearner[0]).toMatchObject({ title: 'Ny besked fra Mette', url: '/beskeder', status: 'queued' });
		expect((await world.reread('conversations', learner.id)).lastSender).toBe(id('otherMentor'));
	});

	it('read in the app before the push went out: the waiting notification is dropped', async () => {
		const learner = await world.tempUser('A', 'learner');
		await world.temp('mentorships', { learner: learner.id, mentor: id('otherMentor'), school: world.schools.A.id, start: '2026-01-01 00:00:00.000Z' });
		const pb = await world.signIn(learner);
		await pb.collection('conversations').create({ id: learner.id, learner: learner.id });
		const a = await pb.collection('messages').create({ conversation: learner.id, sender: learner.id, text: 'En' });
		const b = await pb.collection('messages').create({ conversation: learner.id, sender: learner.id, text: 'To' });
		const tag = `samtale-${learner.id}`;
		const mentor = await world.as('otherMentor');
		await mentor.collection('messages').update(a.id, { readAt: a.created });
		// one still unread: the notification still waits
		expect((await notificationsFor(id('otherMentor'), tag)).map((n) => n.status)).toEqual(['skipped', 'queued']);
		await mentor.collection('messages').update(b.id, { readAt: b.created });
		expect((await notificationsFor(id('otherMentor'), tag)).map((n) => n.status)).toEqual(['skipped', 'skipped']);
	});

	it('a learner without a current mentor writes: nobody is notified', async () => {
		const learner = await world.tempUser('A', 'learner');
		const pb = await world.signIn(learner);
		await pb.collection('conversations').create({ id: learner.id, learner: learner.id });
		await pb.collection('messages').create({ conversation: learner.id, sender: learner.id, text: 'Hallo?' });
		expect(await world.count('notifications', 'tag = {:tag}', { tag: `samtale-${learner.id}` })).toBe(0);
	});

	it('withdrawing the last message moves the conversation back to the one before', async () => {
		const before = await world.temp('messages', { conversation: conv.learnerB.id, sender: id('mentorB'), text: 'Først' });
		const last = await (await world.as('learnerB'))
			.collection('messages')
			.create({ conversation: conv.learnerB.id, sender: id('learnerB'), text: 'Sidst' });
		expect((await world.reread('conversations', conv.learnerB.id)).lastSender).toBe(id('learnerB'));
		await (await world.as('learnerB')).collection('messages').delete(last.id);
		const c = await world.reread('conversations', conv.learnerB.id);
		expect(c.lastSender).toBe(id('mentorB'));
		expect(c.lastMessageAt).toBe(before.created);
	});
});
