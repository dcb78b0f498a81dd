// handovers: a coordinator moves a learner to another mentor. While the handover is
// open they may read the learner's notes (notes.rules.test.ts); marking it done ends
// the current mentorship and starts the next in one go, writes a timeline entry, tells
// the new mentor, and everything about the learner follows: flags, notes, comments.
// timeline: events only the server knows (handover, escalation), for the current mentor.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, daysFromNow, everyKindOfActor, failureStatus, listIds, type Actor, type World } from './fixtures';
import { justNow, makeFlag, notificationsFor } from './flags.fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const handoverBody = (learner: string, extra: Record<string, unknown> = {}) => ({
	learner,
	school: world.schools.A.id,
	coordinator: world.users.coordinator.id,
	status: 'open',
	reason: 'Karen går på orlov',
	...extra
});

/** A throwaway learner in class A, mentored by `mentor`, with a flag, a comment and a note. */
async function learnerWithHistory() {
	const learner = await world.tempUser('A', 'learner');
	await world.temp('class_members', { class: world.classes.A.id, user: learner.id });
	const mentorship = await world.temp('mentorships', {
		learner: learner.id,
		mentor: world.users.mentor.id,
		school: world.schools.A.id,
		start: daysFromNow(-60)
	});
	const flag = await world.temp('flags', {
		learner: learner.id,
		school: world.schools.A.id,
		raisedBy: world.users.teacher.id,
		category: 'reading',
		urgency: 'concern',
		status: 'new'
	});
	const comment = await world.temp('flag_comments', {
		flag: flag.id,
		learner: learner.id,
		author: world.users.teacher.id,
		thread: 'staff',
		body: 'Læser langsomt'
	});
	const note = await world.temp('notes', { learner: learner.id, author: world.users.mentor.id, body: 'Ordblind, bruger AppWriter' });
	return { learner, mentorship, flag, comment, note };
}

/** Mentorships the hook made are removed after the test (before the learner goes). */
async function cleanUpNewMentorships(learner: string) {
	const made = await world.su.collection('mentorships').getFullList({ filter: `learner = "${learner}"` });
	for (const m of made) world.cleanUp('mentorships', m.id);
}

describe('handovers: the whole move', () => {
	it('open → done: mentorships, timeline, notification, audit, and the new mentor sees everything', async () => {
		const { learner, mentorship, flag, comment, note } = await learnerWithHistory();
		const coordinator = await world.as('coordinator');
		const since = justNow();

		const h = await coordinator.collection('handovers').create(handoverBody(learner.id));
		world.cleanUp('handovers', h.id);
		const opened = await world.reread('handovers', h.id);
		expect(opened.fromMentor).toBe(world.users.mentor.id);
		const expires = new Date(opened.expiresAt.replace(' ', 'T')).getTime();
		expect(expires - Date.now()).toBeGreaterThan(55 * 60 * 1000);
		expect(expires - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);
		// starting a handover is itself in the learner's "who looked"
		const learnerPb = await world.signIn(learner);
		const started = await learnerPb.collection('audit_log').getFullList({ filter: 'kind = "handover"' });
		expect(started.map((r) => r.actorName)).toEqual([world.users.coordinator.name]);

		const before = await world.as('otherMentor');
		for (const [collection, record] of [['flags', flag], ['notes', note], ['flag_comments', comment]] as const) {
			expect(await listIds(before, collection, `id = "${record.id}"`), collection).toEqual([]);
		}

		await coordinator.collection('handovers').update(h.id, { toMentor: world.users.otherMentor.id, status: 'done' });
		await cleanUpNewMentorships(learner.id);

		const ended = await world.reread('mentorships', mentorship.id);
		expect(ended.end).not.toBe('');
		const next = await world.su
			.collection('mentorships')
			.getFullList({ filter: `learner = "${learner.id}" && mentor = "${world.users.otherMentor.id}"` });
		expect(next.map((m) => m.end)).toEqual(['']);
		expect((await world.reread('handovers', h.id)).doneAt).not.toBe('');

		// the new mentor sees the flag, its comment and the notes; the old one no longer
		const after = await world.as('otherMentor');
		const old = await world.as('mentor');
		for (const [collection, record] of [['flags', flag], ['notes', note], ['flag_comments', comment]] as const) {
			expect(await listIds(after, collection, `id = "${record.id}"`), collection).toEqual([record.id]);
			expect(await listIds(old, collection, `id = "${record.id}"`), collection).toEqual([]);
			// touched, so the new mentor's device pulls it with its next delta
			expect((await world.reread(collection, record.id)).updated >= since, collection).toBe(true);
		}
		// the timeline tells the story, to the new mentor only
		const entries = await after.collection('timeline').getFullList({ filter: `learner = "${learner.id}"` });
		expect(entries.map((t) => [t.kind, t.text])).toEqual([
			['handover', `Overdraget fra ${world.users.mentor.name} til ${world.users.otherMentor.name}. Karen går på orlov`]
		]);
		expect(await listIds(old, 'timeline', `learner = "${learner.id}"`)).toEqual([]);
		const heard = await notificationsFor(world, 'otherMentor', since);
		expect(heard.map((n) => [n.title, n.url])).toEqual([[`Du har fået en ny elev: ${learner.name}`, `/elever/${learner.id}`]]);
		// and the coordinator can no longer read the notes through it
		const viaDone = await coordinator.collection('notes').getFullList({ query: { handover: h.id } });
		expect(viaDone).toEqual([]);
	});

	it('nothing changes when the handover is refused (no new mentor, or the same one)', async () => {
		const { learner, mentorship } = await learnerWithHistory();
		const coordinator = await world.as('coordinator');
		const h = await coordinator.collection('handovers').create(handoverBody(learner.id));
		world.cleanUp('handovers', h.id);
		expect(await failureStatus(coordinator.collection('handovers').update(h.id, { status: 'done' }))).toBe(400);
		expect(
			await failureStatus(coordinator.collection('handovers').update(h.id, { status: 'done', toMentor: world.users.mentor.id }))
		).toBe(400);
		expect((await world.reread('mentorships', mentorship.id)).end).toBe('');
		expect(await world.count('mentorships', 'learner = {:l}', { l: learner.id })).toBe(1);
		expect((await world.reread('handovers', h.id)).status).toBe('open');
		await coordinator.collection('handovers').update(h.id, { status: 'cancelled' });
		expect((await world.reread('mentorships', mentorship.id)).end).toBe('');
	});
});

describe('handovers: who may', () => {
	it('the coordinator of the school lists and views them; nobody else', async () => {
		const h = await world.temp('handovers', handoverBody(world.users.stranger.id));
		for (const actor of ['coordinator', 'coordinatorB', 'mentor', 'otherMentor', 'teacher', 'stranger', 'anonymous'] as Actor[]) {
			const pb = await world.as(actor);
			const seen = actor === 'coordinator';
			expect(await listIds(pb, 'handovers', `id = "${h.id}"`), actor).toEqual(seen ? [h.id] : []);
			if (!seen) expect(await failureStatus(pb.collection('handovers').getOne(h.id)), actor).toBe(404);
		}
	});

	const refused: [string, Actor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => handoverBody(world.users.stranger.id)],
		['a mentor', 'mentor', () => handoverBody(world.users.learner.id, { coordinator: world.users.mentor.id })],
		['a teacher', 'teacher', () => handoverBody(world.users.learner.id, { coordinator: world.users.teacher.id })],
		['a learner', 'learner', () => handoverBody(world.users.learner.id, { coordinator: world.users.learner.id })],
		["another school's coordinator", 'coordinatorB', () => handoverBody(world.users.learner.id, { coordinator: world.users.coordinatorB.id })],
		['the coordinator, for a learner of another school', 'coordinator', () => handoverBody(world.users.learnerB.id)],
		['the coordinator, for a teacher', 'coordinator', () => handoverBody(world.users.teacher.id)],
		['the coordinator, filed under another school', 'coordinator', () => handoverBody(world.users.stranger.id, { school: world.schools.B.id })],
		['the coordinator, in the name of another', 'coordinator', () => handoverBody(world.users.stranger.id, { coordinator: world.users.coordinatorB.id })],
		['the coordinator, already done', 'coordinator', () => handoverBody(world.users.stranger.id, { status: 'done' })],
		['the coordinator, naming the old mentor', 'coordinator', () => handoverBody(world.users.stranger.id, { fromMentor: world.users.mentor.id })],
		['the coordinator, with its own expiry', 'coordinator', () => handoverBody(world.users.stranger.id, { expiresAt: daysFromNow(30) })],
		['the coordinator, stamped done', 'coordinator', () => handoverBody(world.users.stranger.id, { doneAt: daysFromNow(0) })],
		['the coordinator, to a teacher', 'coordinator', () => handoverBody(world.users.stranger.id, { toMentor: world.users.teacher.id })],
		["the coordinator, to another school's mentor", 'coordinator', () => handoverBody(world.users.stranger.id, { toMentor: world.users.mentorB.id })]
	];
	it.each(refused)('%s cannot start one (400, nothing stored)', async (_, actor, body) => {
		const data = body();
		const before = await world.count('handovers', 'learner = {:l}', { l: data.learner });
		expect(await failureStatus((await world.as(actor)).collection('handovers').create(data))).toBe(400);
		expect(await world.count('handovers', 'learner = {:l}', { l: data.learner })).toBe(before);
	});

	const refusedEdits: [string, Actor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => ({ status: 'cancelled' })],
		['the mentor', 'mentor', () => ({ status: 'cancelled' })],
		["another school's coordinator", 'coordinatorB', () => ({ status: 'cancelled' })],
		['the coordinator, moving it to another learner', 'coordinator', () => ({ learner: world.users.classmate.id })],
		['the coordinator, stretching the expiry', 'coordinator', () => ({ expiresAt: daysFromNow(30) })],
		['the coordinator, changing the old mentor', 'coordinator', () => ({ fromMentor: world.users.otherMentor.id })],
		['the coordinator, to a teacher', 'coordinator', () => ({ toMentor: world.users.teacher.id })],
		['the coordinator, moving it to another school', 'coordinator', () => ({ school: world.schools.B.id })]
	];
	it.each(refusedEdits)('%s cannot change it (404, nothing changes)', async (_, actor, change) => {
		const h = await world.temp('handovers', handoverBody(world.users.stranger.id));
		const before = await world.reread('handovers', h.id);
		expect(await failureStatus((await world.as(actor)).collection('handovers').update(h.id, change()))).toBe(404);
		expect(await world.reread('handovers', h.id)).toEqual(before);
	});

	it('a closed handover cannot be reopened or changed', async () => {
		const h = await world.temp('handovers', handoverBody(world.users.stranger.id));
		await (await world.as('coordinator')).collection('handovers').update(h.id, { status: 'cancelled' });
		const pb = await world.as('coordinator');
		expect(await failureStatus(pb.collection('handovers').update(h.id, { status: 'open' }))).toBe(404);
	});

	it.each(everyKindOfActor)('%s cannot delete a handover', async (actor) => {
		const h = await world.temp('handovers', handoverBody(world.users.stranger.id));
		expect(await failureStatus((await world.as(actor)).collection('handovers').delete(h.id))).toBe(403);
	});
});

describe('timeline', () => {
	let entry: RecordModel;
	beforeAll(async () => {
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'other' }, false);
		entry = await world.su
			.collection('timeline')
			.create({ learner: world.users.learner.id, kind: 'escalated', flag: flag.id, text: 'Sendt til koordinatoren' });
	});

	const readers: [Actor, boolean][] = [
		['mentor', true],
		['learner', false],
		['otherMentor', false],
		['teacher', false],
		['coordinator', false],
		['mentorB', false],
		['anonymous', false]
	];
	it.each(readers)('%s reads it: %s', async (actor, seen) => {
		const pb = await world.as(actor);
		expect(await listIds(pb, 'timeline', `id = "${entry.id}"`)).toEqual(seen ? [entry.id] : []);
		if (!seen) expect(await failureStatus(pb.collection('timeline').getOne(entry.id))).toBe(404);
	});

	it.each(everyKindOfActor)('%s cannot write, change or delete it (only hooks do)', async (actor) => {
		const pb = await world.as(actor);
		const body = { learner: world.users.learner.id, kind: 'handover', text: 'falsk' };
		expect(await failureStatus(pb.collection('timeline').create(body))).toBe(403);
		expect(await failureStatus(pb.collection('timeline').update(entry.id, { text: 'x' }))).toBe(403);
		expect(await failureStatus(pb.collection('timeline').delete(entry.id))).toBe(403);
	});
});
