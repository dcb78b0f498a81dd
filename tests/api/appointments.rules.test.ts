// Aftaler (issue 15): the mentor's times and the learners' bookings. The mentor writes
// their own times; their current learners see the free, uncancelled ones (and those
// proposed to them); a learner books for themselves and may cancel; the learner's current
// mentor reads and updates the bookings. Never teachers, coordinators or other learners.
// One booking per slot: a second one (also two at once) gets a plain Danish 400 with the
// nearest three free times. Reminders: the day before and the hour before (moved clock).
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, daysFromNow, failureStatus, listIds, PASSWORD, type Actor, type World } from './fixtures';
import { justNow, notificationsFor } from './flags.fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees, type WorldAs } from './scenarios';

type A = Actor | 'learner2';
let world: World;
let w: WorldAs<A>;
let learner2: RecordModel;
let S: Record<'free' | 'forLearner' | 'forLearner2' | 'booked' | 'bookedByOther' | 'cancelled' | 'old' | 'other' | 'otherBooked' | 'B', RecordModel>;
let AP: Record<'learner' | 'learner2' | 'classmate' | 'former' | 'B', RecordModel>;

const HOUR = 3600_000;
const at = (days: number, hours = 0) => daysFromNow(days + hours / 24);
const slotBody = (mentor: string, days: number, extra: Record<string, unknown> = {}) => ({
	mentor,
	startsAt: at(days),
	endsAt: at(days, 0.5),
	place: 'skole',
	placeText: 'Lokale 12',
	...extra
});

beforeAll(async () => {
	world = await buildWorld();
	const su = world.su;
	const id = (p: keyof World['users']) => world.users[p].id;
	learner2 = await su.collection('users').create({
		email: `learner2.${world.tag}@sammen.test`,
		password: PASSWORD,
		passwordConfirm: PASSWORD,
		name: 'Anden Lærling',
		role: 'learner',
		school: world.schools.A.id
	});
	await su.collection('mentorships').create({ learner: learner2.id, mentor: id('mentor'), school: world.schools.A.id, start: daysFromNow(-10) });
	let learner2Pb: PocketBase | undefined;
	w = {
		...world,
		async as(actor: A) {
			if (actor !== 'learner2') return world.as(actor);
			learner2Pb ??= await world.signIn(learner2);
			return learner2Pb;
		}
	};
	const slot = (data: Record<string, unknown>) => su.collection('appointment_slots').create(data);
	S = {
		free: await slot(slotBody(id('mentor'), 3)),
		forLearner: await slot(slotBody(id('mentor'), 4, { forLearner: id('learner'), place: 'video', placeText: 'https://meet.example.dk/x' })),
		forLearner2: await slot(slotBody(id('mentor'), 4.5, { forLearner: learner2.id })),
		booked: await slot(slotBody(id('mentor'), 5)),
		bookedByOther: await slot(slotBody(id('mentor'), 6)),
		cancelled: await slot(slotBody(id('mentor'), 7, { cancelled: true })),
		old: await slot(slotBody(id('mentor'), -40)),
		other: await slot(slotBody(id('otherMentor'), 3)),
		otherBooked: await slot(slotBody(id('otherMentor'), 5)),
		B: await slot(slotBody(id('mentorB'), 3))
	};
	const book = (s: RecordModel, learner: string, mentor: string, status = 'booked') =>
		su.collection('appointments').create({ slot: s.id, learner, mentor, status });
	AP = {
		learner: await book(S.booked, id('learner'), id('mentor')),
		learner2: await book(S.bookedByOther, learner2.id, id('mentor')),
		classmate: await book(S.otherBooked, id('classmate'), id('otherMentor')),
		former: await book(S.old, id('formerLearner'), id('mentor'), 'done'),
		B: await book(S.B, id('learnerB'), id('mentorB'))
	};
	// bookedBy as the hook keeps it
	for (const key of ['booked', 'bookedByOther', 'old', 'otherBooked', 'B'] as const) S[key] = await world.reread('appointment_slots', S[key].id);
});

const nobodyElse: A[] = ['anonymous', 'stranger', 'teacher', 'coTeacher', 'otherTeacher', 'coordinator', 'coordinatorB'];

describe('appointment_slots: who sees', () => {
	whoSees<keyof typeof S, A>({
		world: () => w,
		collection: 'appointment_slots',
		records: () => S,
		noun: 'times',
		field: 'startsAt',
		scoped: true,
		table: [
			['learner', ['free', 'forLearner', 'booked']],
			['learner2', ['free', 'forLearner2', 'bookedByOther']],
			['classmate', ['other', 'otherBooked']],
			['formerLearner', ['other']], // the old time with their former mentor: no more
			['mentor', ['free', 'forLearner', 'forLearner2', 'booked', 'bookedByOther', 'cancelled', 'old']],
			['otherMentor', ['other', 'otherBooked']],
			['learnerB', ['B']],
			['mentorB', ['B']],
			...nobodyElse.map((a) => [a, []] as [A, []])
		]
	});

	it('the hook keeps bookedBy: the booker, or empty once cancelled', () => {
		expect(S.booked.bookedBy).toBe(world.users.learner.id);
		expect(S.free.bookedBy).toBe('');
	});
});

describe('appointments: who sees', () => {
	whoSees<keyof typeof AP, A>({
		world: () => w,
		collection: 'appointments',
		records: () => AP,
		noun: 'appointments',
		field: 'startsAt',
		scoped: true,
		table: [
			['learner', ['learner']],
			['learner2', ['learner2']],
			['classmate', ['classmate']],
			['formerLearner', ['former']],
			['mentor', ['learner', 'learner2']], // not the former learner's any more
			['otherMentor', ['classmate', 'former']], // the history follows the learner
			['learnerB', ['B']],
			['mentorB', ['B']],
			...nobodyElse.map((a) => [a, []] as [A, []])
		]
	});

	it('a booking carries its slot’s time and place (copied by the hook)', () => {
		expect([AP.learner.startsAt, AP.learner.endsAt, AP.learner.place, AP.learner.placeText]).toEqual([
			S.booked.startsAt,
			S.booked.endsAt,
			'skole',
			'Lokale 12'
		]);
	});

	it('expand and filters follow the rules of each collection', async () => {
		const mine = await (await w.as('learner')).collection('appointments').getFullList({ expand: 'slot' });
		expect(mine.map((a) => a.expand?.slot?.id)).toEqual([S.booked.id]);
		// learner2 cannot reach the learner's booking through the slot's back-relation
		const through = await (await w.as('learner2'))
			.collection('appointment_slots')
			.getFullList({ filter: `appointments_via_slot.learner = "${world.users.learner.id}"` });
		expect(through).toEqual([]);
		// the mentor expands the bookings of their own times
		const own = await (await w.as('mentor')).collection('appointment_slots').getOne(S.booked.id, { expand: 'appointments_via_slot' });
		// (one booking per slot: PocketBase expands the back-relation as one record)
		expect([own.expand?.appointments_via_slot].flat().map((a: RecordModel) => a.id)).toEqual([AP.learner.id]);
		// a teacher asking by the learner gets nothing
		expect(await listIds(await w.as('teacher'), 'appointments', `learner = "${world.users.learner.id}"`)).toEqual([]);
		expect(await listIds(await w.as('coordinator'), 'appointment_slots', `mentor = "${world.users.mentor.id}"`)).toEqual([]);
	});
});

describe('appointment_slots: writing', () => {
	it('the mentor publishes a time, proposes one to a learner, edits, cancels and deletes an unbooked one', async () => {
		const pb = await w.as('mentor');
		const mentor = world.users.mentor.id;
		const one = await pb.collection('appointment_slots').create(slotBody(mentor, 10, { place: 'telefon', placeText: '12 34 56 78', series: 'uge-1' }));
		world.cleanUp('appointment_slots', one.id);
		const proposal = await pb.collection('appointment_slots').create(slotBody(mentor, 11, { forLearner: world.users.learner.id }));
		world.cleanUp('appointment_slots', proposal.id);
		await pb.collection('appointment_slots').update(one.id, { placeText: 'Lokale 3', place: 'skole', startsAt: at(10, 1), endsAt: at(10, 1.5) });
		expect((await world.reread('appointment_slots', one.id)).placeText).toBe('Lokale 3');
		await pb.collection('appointment_slots').update(proposal.id, { cancelled: true });
		await pb.collection('appointment_slots').delete(one.id);
		expect(await world.count('appointment_slots', 'id = {:id}', { id: one.id })).toBe(0);
	});

	const mentorId = () => world.users.mentor.id;
	const stored = (data: Record<string, unknown>) => ({
		collection: 'appointment_slots',
		filter: 'mentor = {:m} && startsAt = {:s}',
		params: { m: data.mentor, s: data.startsAt }
	});
	refusedCreates<Record<string, unknown>, A>(
		() => w,
		'appointment_slots',
		[
			['anonymous', 'anonymous', () => slotBody(mentorId(), 20)],
			['a learner, in their mentor’s name', 'learner', () => slotBody(mentorId(), 20)],
			['a learner, for themselves', 'learner', () => slotBody(world.users.learner.id, 20)],
			['a teacher', 'teacher', () => slotBody(world.users.teacher.id, 20)],
			['the coordinator', 'coordinator', () => slotBody(world.users.coordinator.id, 20)],
			['another mentor, in the mentor’s name', 'otherMentor', () => slotBody(mentorId(), 20)],
			['the mentor, already booked', 'mentor', () => slotBody(mentorId(), 20, { bookedBy: world.users.learner.id })],
			['the mentor, already cancelled', 'mentor', () => slotBody(mentorId(), 20, { cancelled: true })],
			['the mentor, proposed to another mentor’s learner', 'mentor', () => slotBody(mentorId(), 20, { forLearner: world.users.classmate.id })],
			['the mentor, proposed to a former learner', 'mentor', () => slotBody(mentorId(), 20, { forLearner: world.users.formerLearner.id })],
			['the mentor, ending before it starts', 'mentor', () => slotBody(mentorId(), 20, { endsAt: at(19) })],
			['the mentor, a place text over 200', 'mentor', () => slotBody(mentorId(), 20, { placeText: 'x'.repeat(201) })],
			['the mentor, an unknown kind of place', 'mentor', () => slotBody(mentorId(), 20, { place: 'cafe' })],
			["another school's mentor, for this mentor", 'mentorB', () => slotBody(mentorId(), 20)]
		],
		stored
	);

	refusedUpdates<A>(() => w, 'appointment_slots', [
		['anonymous', 'anonymous', () => S.free, () => ({ placeText: 'x' })],
		['a learner who sees it', 'learner', () => S.free, () => ({ placeText: 'x' })],
		['a learner, booking it by hand', 'learner', () => S.free, () => ({ bookedBy: world.users.learner.id })],
		['another mentor', 'otherMentor', () => S.free, () => ({ placeText: 'x' })],
		['a teacher', 'teacher', () => S.free, () => ({ placeText: 'x' })],
		['the coordinator', 'coordinator', () => S.free, () => ({ cancelled: true })],
		['the mentor, setting who booked it', 'mentor', () => S.free, () => ({ bookedBy: world.users.learner.id })],
		['the mentor, giving it to another mentor', 'mentor', () => S.free, () => ({ mentor: world.users.otherMentor.id })],
		['the mentor, proposing it to another mentor’s learner', 'mentor', () => S.free, () => ({ forLearner: world.users.classmate.id })],
		['the mentor, moving a booked time', 'mentor', () => S.booked, () => ({ startsAt: at(5, 2), endsAt: at(5, 2.5) })],
		['mentorB', 'mentorB', () => S.free, () => ({ placeText: 'x' })]
	]);

	refusedDeletes<A>(() => w, 'appointment_slots', [
		['anonymous', 'anonymous', () => S.free],
		['a learner', 'learner', () => S.free],
		['another mentor', 'otherMentor', () => S.free],
		['a teacher', 'teacher', () => S.free],
		['the coordinator', 'coordinator', () => S.free],
		['the mentor, a booked time (cancel it instead)', 'mentor', () => S.booked]
	]);
});

describe('appointments: booking', () => {
	const bookingOf = (slot: () => RecordModel, learner: () => string, extra: Record<string, unknown> = {}) => () => ({
		slot: slot().id,
		learner: learner(),
		mentor: slot().mentor,
		status: 'booked',
		...extra
	});
	const me = () => world.users.learner.id;

	it('the learner books a free time, the slot is theirs, the mentor hears; cancelling frees it again', async () => {
		const since = justNow();
		const slot = await world.temp('appointment_slots', slotBody(world.users.mentor.id, 12));
		const pb = await w.as('learner');
		// what the device sends: it may carry the slot's time for showing it offline; the hook copies anyway
		const a = await pb.collection('appointments').create({ ...bookingOf(() => slot, me)(), startsAt: at(1) });
		world.cleanUp('appointments', a.id);
		const stored = await world.reread('appointments', a.id);
		expect([stored.status, stored.startsAt, stored.place]).toEqual(['booked', slot.startsAt, 'skole']);
		expect((await world.reread('appointment_slots', slot.id)).bookedBy).toBe(me());
		// no longer offered to learner2
		expect(await listIds(await w.as('learner2'), 'appointment_slots', `id = "${slot.id}"`)).toEqual([]);
		expect((await notificationsFor(world, 'mentor', since)).map((n) => n.title)).toContain('Ny aftale');
		await pb.collection('appointments').update(a.id, { status: 'cancelled' });
		expect((await world.reread('appointment_slots', slot.id)).bookedBy).toBe('');
		expect(await listIds(await w.as('learner2'), 'appointment_slots', `id = "${slot.id}"`)).toEqual([slot.id]);
		// moving: book another (the cancelled booking stays as history)
		const other = await world.temp('appointment_slots', slotBody(world.users.mentor.id, 13));
		const moved = await pb.collection('appointments').create(bookingOf(() => other, me)());
		world.cleanUp('appointments', moved.id);
		expect((await world.reread('appointment_slots', other.id)).bookedBy).toBe(me());
	});

	it('a time proposed to the learner: they book it', async () => {
		const slot = await world.temp('appointment_slots', slotBody(world.users.mentor.id, 14, { forLearner: me() }));
		const a = await (await w.as('learner')).collection('appointments').create(bookingOf(() => slot, me)());
		world.cleanUp('appointments', a.id);
		expect((await world.reread('appointments', a.id)).status).toBe('booked');
	});

	it('a second booking of a taken time: 400 "Tiden er lige blevet taget." with the nearest three free times', async () => {
		const pb = await w.as('learner2');
		let error: ClientResponseError | undefined;
		try {
			await pb.collection('appointments').create(bookingOf(() => S.booked, () => learner2.id)());
		} catch (e) {
			error = e as ClientResponseError;
		}
		expect(error?.status).toBe(400);
		expect(error?.response.message).toBe('Tiden er lige blevet taget.');
		const nearest = error?.response.data.slot.params.nearest as { id: string }[];
		expect(error?.response.data.slot.code).toBe('sammen_slot_taken');
		// free times of that mentor learner2 may book, closest to the taken one (day 5): 4.5, 3 (… no others)
		expect(nearest.map((s) => s.id).sort()).toEqual([S.free.id, S.forLearner2.id].sort());
		expect(await world.count('appointments', 'slot = {:s}', { s: S.booked.id })).toBe(1);
	});

	it('the race: two learners of the same mentor book the same time at once: exactly one gets it', async () => {
		const mentor = world.users.mentor.id;
		const [a, b] = [await world.tempUser('A', 'learner'), await world.tempUser('A', 'learner')];
		for (const l of [a, b]) await world.temp('mentorships', { learner: l.id, mentor, school: world.schools.A.id, start: daysFromNow(-1) });
		const slot = await world.temp('appointment_slots', slotBody(mentor, 15));
		const near = await world.temp('appointment_slots', slotBody(mentor, 15.1));
		const [pa, pb] = [await world.signIn(a), await world.signIn(b)];
		const results = await Promise.allSettled(
			[pa, pb].map((pb, i) => pb.collection('appointments').create({ slot: slot.id, learner: [a, b][i]!.id, mentor, status: 'booked' }))
		);
		const won = results.filter((r) => r.status === 'fulfilled');
		const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
		expect(won).toHaveLength(1);
		expect(lost).toHaveLength(1);
		const error = lost[0]!.reason as ClientResponseError;
		expect([error.status, error.response.message]).toEqual([400, 'Tiden er lige blevet taget.']);
		expect((error.response.data.slot.params.nearest as { id: string }[]).map((s) => s.id)).toContain(near.id);
		const winner = (won[0] as PromiseFulfilledResult<RecordModel>).value;
		world.cleanUp('appointments', winner.id);
		expect(await world.count('appointments', "slot = {:s} && status = 'booked'", { s: slot.id })).toBe(1);
		expect((await world.reread('appointment_slots', slot.id)).bookedBy).toBe(winner.learner);
	});

	refusedCreates<Record<string, unknown>, A>(
		() => w,
		'appointments',
		[
			['anonymous', 'anonymous', bookingOf(() => S.free, me)],
			['the learner, for another learner', 'learner', bookingOf(() => S.free, () => learner2.id)],
			['the learner, another mentor’s time', 'learner', bookingOf(() => S.other, me)],
			['the learner, a cancelled time', 'learner', bookingOf(() => S.cancelled, me)],
			['the learner, a time proposed to someone else', 'learner', bookingOf(() => S.forLearner2, me)],
			['the learner, a time that has passed', 'learner', bookingOf(() => S.old, me)],
			['the learner, as done', 'learner', bookingOf(() => S.free, me, { status: 'done' })],
			['the learner, with an agreed note', 'learner', bookingOf(() => S.free, me, { agreedNote: 'Vi aftalte' })],
			['the learner, naming another mentor', 'learner', () => ({ ...bookingOf(() => S.free, me)(), mentor: world.users.otherMentor.id })],
			['the former learner, their former mentor’s time', 'formerLearner', bookingOf(() => S.free, () => world.users.formerLearner.id)],
			['a classmate, the learner’s mentor’s time', 'classmate', bookingOf(() => S.free, () => world.users.classmate.id)],
			['the mentor, for their learner', 'mentor', bookingOf(() => S.free, me)],
			['a teacher', 'teacher', bookingOf(() => S.free, me)],
			['the coordinator', 'coordinator', bookingOf(() => S.free, me)],
			["another school's learner", 'learnerB', bookingOf(() => S.free, () => world.users.learnerB.id)]
		],
		(data) => ({ collection: 'appointments', filter: 'slot = {:s} && learner = {:l}', params: { s: data.slot, l: data.learner } })
	);
});

describe('appointments: changing', () => {
	it('the mentor writes the agreed note and marks it done; the learner reads it', async () => {
		const slot = await world.temp('appointment_slots', slotBody(world.users.mentor.id, 16));
		const a = await (await w.as('learner')).collection('appointments').create({
			slot: slot.id,
			learner: world.users.learner.id,
			mentor: world.users.mentor.id,
			status: 'booked'
		});
		world.cleanUp('appointments', a.id);
		await (await w.as('mentor')).collection('appointments').update(a.id, { agreedNote: 'Du ringer til praktikstedet.', status: 'done' });
		const seen = await (await w.as('learner')).collection('appointments').getOne(a.id);
		expect([seen.agreedNote, seen.status]).toEqual(['Du ringer til praktikstedet.', 'done']);
	});

	it('a slot the mentor cancels cancels its booking, and the learner hears', async () => {
		const since = justNow();
		const slot = await world.temp('appointment_slots', slotBody(world.users.mentor.id, 17));
		const a = await (await w.as('learner')).collection('appointments').create({
			slot: slot.id,
			learner: world.users.learner.id,
			mentor: world.users.mentor.id,
			status: 'booked'
		});
		world.cleanUp('appointments', a.id);
		await (await w.as('mentor')).collection('appointment_slots').update(slot.id, { cancelled: true });
		expect((await world.reread('appointments', a.id)).status).toBe('cancelled');
		expect((await notificationsFor(world, 'learner', since)).map((n) => n.title)).toContain('En aftale er aflyst');
	});

	const mine = () => AP.learner;
	refusedUpdates<A>(() => w, 'appointments', [
		['anonymous', 'anonymous', mine, () => ({ status: 'cancelled' })],
		['the learner, writing the agreed note', 'learner', mine, () => ({ agreedNote: 'x' })],
		['the learner, marking it done', 'learner', mine, () => ({ status: 'done' })],
		['the learner, moving it to another slot', 'learner', mine, () => ({ slot: S.free.id })],
		['the learner, changing its time', 'learner', mine, () => ({ status: 'cancelled', startsAt: at(30) })],
		['another learner of the same mentor', 'learner2', mine, () => ({ status: 'cancelled' })],
		['a classmate', 'classmate', mine, () => ({ status: 'cancelled' })],
		['another mentor', 'otherMentor', mine, () => ({ agreedNote: 'x' })],
		['a teacher', 'teacher', mine, () => ({ agreedNote: 'x' })],
		['the coordinator', 'coordinator', mine, () => ({ status: 'cancelled' })],
		['the mentor, giving it to another learner', 'mentor', mine, () => ({ learner: learner2.id })],
		['the mentor, moving its time', 'mentor', mine, () => ({ startsAt: at(30) })],
		['the mentor, another slot', 'mentor', mine, () => ({ slot: S.free.id })],
		['the former mentor, their old appointment', 'mentor', () => AP.former, () => ({ agreedNote: 'x' })],
		['the new mentor, an appointment with the former mentor', 'otherMentor', () => AP.former, () => ({ agreedNote: 'x' })],
		["another school's mentor", 'mentorB', mine, () => ({ agreedNote: 'x' })]
	]);

	refusedDeletes<A>(
		() => w,
		'appointments',
		(['anonymous', 'learner', 'mentor', 'otherMentor', 'teacher', 'coordinator', 'coordinatorB'] as A[]).map(
			(a) => [a, a, mine] as const
		),
		[403, 404]
	);
});

describe('appointments: reminders (moved clock)', () => {
	const remind = (now: Date) => world.su.send('/api/sammen/appointment-reminders', { method: 'POST', body: { now: now.toISOString() } });

	it('the day before (from 9 Danish time) to the learner, the hour before to both; once each', async () => {
		const since = justNow();
		const slot = await world.temp('appointment_slots', slotBody(world.users.mentor.id, 20));
		const a = await (await w.as('learner')).collection('appointments').create({
			slot: slot.id,
			learner: world.users.learner.id,
			mentor: world.users.mentor.id,
			status: 'booked'
		});
		world.cleanUp('appointments', a.id);
		const start = new Date(slot.startsAt.replace(' ', 'T')).getTime();
		const tags = async (who: 'learner' | 'mentor') =>
			(await notificationsFor(world, who, since)).map((n) => n.tag).filter((t: string) => t.endsWith(a.id) && t !== `aftale-${a.id}`);
		await remind(new Date(start - 3 * 86_400_000));
		expect(await tags('learner')).toEqual([]);
		// the Danish day before, at noon there (11:00 UTC is 12 or 13 in Copenhagen)
		const dayBefore = new Date(start - 86_400_000);
		dayBefore.setUTCHours(11, 0, 0, 0);
		await remind(dayBefore);
		await remind(new Date(dayBefore.getTime() + 20 * 60_000));
		expect(await tags('learner')).toEqual([`aftale-dagen-foer-${a.id}`]);
		expect(await tags('mentor')).toEqual([]);
		await remind(new Date(start - 30 * 60_000));
		await remind(new Date(start - 20 * 60_000));
		expect(await tags('learner')).toEqual([`aftale-dagen-foer-${a.id}`, `aftale-om-en-time-${a.id}`]);
		expect(await tags('mentor')).toEqual([`aftale-om-en-time-${a.id}`]);
		const hour = (await notificationsFor(world, 'learner', since)).find((n) => n.tag === `aftale-om-en-time-${a.id}`);
		expect(hour?.importance).toBe('important');
	});

	it('nobody but a superuser runs it', async () => {
		for (const actor of ['anonymous', 'learner', 'mentor', 'coordinator'] as const) {
			expect([401, 403]).toContain(
				await failureStatus((await world.as(actor)).send('/api/sammen/appointment-reminders', { method: 'POST', body: {} }))
			);
		}
	});
});
