// Fællesskab (issue 14), arrangementer: who reads and writes events and answers (RSVPs).
// Members of the event's group read it (as posts); the group's coordinators too. The
// group's moderators, its coordinators and staff who are members arrange; a member
// answers as themselves, not to a cancelled event. Hooks: network-events.hooks.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { daysFromNow, failureStatus, listIds } from './fixtures';
import type { NetActor } from './network.fixtures';
import { buildEventsWorld, type EventsWorld } from './network2.fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let net: EventsWorld;
beforeAll(async () => {
	net = await buildEventsWorld();
});
const w = () => net;
const me = (who: Parameters<EventsWorld['uid']>[0]) => net.uid(who);

describe('events: reading', () => {
	type Key = keyof EventsWorld['events'];
	whoSees<Key, NetActor>({
		world: w,
		collection: 'events',
		records: () => net.events,
		noun: 'events',
		field: 'title',
		// any coordinator reads the open groups across schools, also other files' worlds
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['open', 'classA', 'schoolA', 'cancelled']],
			['classmate', ['open', 'classA', 'schoolA', 'cancelled']],
			['learnerB', ['open', 'schoolB', 'cancelled']], // the open group across schools
			['mentor', ['open', 'schoolA', 'cancelled']], // not in hold A
			['teacher', ['classA', 'schoolA']], // not in the open group
			['coordinator', ['open', 'classA', 'schoolA', 'cancelled']], // the school's groups, and the one across schools
			['coordinatorB', ['open', 'schoolB', 'cancelled']],
			['blocked', ['open', 'schoolA', 'cancelled']],
			['stranger', ['schoolA']], // not a member of the open group or the hold
			['formerLearner', []], // no network profile
			['otherMentor', []]
		]
	});

	it('a filter or an expand reaches nothing more: no e-mail, no events of another group', async () => {
		const pb = await net.as('stranger');
		expect(await listIds(pb, 'events', `group = "${net.groups.open.id}"`)).toEqual([]);
		expect(await listIds(pb, 'events', `group.name ~ "Karriereskift"`)).toEqual([]);
		const asLearner = await (await net.as('learner')).collection('events').getFullList({ expand: 'createdBy,group' });
		expect(JSON.stringify(asLearner)).not.toContain('@sammen.test');
	});
});

describe('events: writing', () => {
	const draft = (group: keyof EventsWorld['groups'], by: Parameters<EventsWorld['uid']>[0], extra: Record<string, unknown> = {}) => ({
		group: net.groups[group].id,
		createdBy: me(by),
		title: `Nyt arrangement ${net.tag}`,
		description: 'Vi ses!',
		place: 'Lokale 12',
		link: 'https://example.org/kort',
		startsAt: daysFromNow(5),
		endsAt: daysFromNow(5.1),
		...extra
	});

	it.each([
		['the group moderator', 'mentor', 'open'],
		['a teacher who is a member of the hold group', 'teacher', 'classA'],
		['the school coordinator', 'coordinator', 'classA'],
		['any coordinator, a group across schools', 'coordinatorB', 'open']
	] as const)('%s arranges an event, with every field', async (_, who, group) => {
		const created = await (await net.as(who)).collection('events').create(draft(group, who));
		net.cleanUp('events', created.id);
		const stored = await net.reread('events', created.id);
		expect(stored).toMatchObject({ title: `Nyt arrangement ${net.tag}`, place: 'Lokale 12', link: 'https://example.org/kort', cancelled: false });
	});

	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'events',
		[
			['anonymous', 'anonymous', () => draft('open', 'mentor')],
			['a learner member', 'learner', () => draft('open', 'learner')],
			['a learner in the hold group', 'classmate', () => draft('classA', 'classmate')],
			['the other school learner', 'learnerB', () => draft('open', 'learnerB')],
			['the blocked person', 'blocked', () => draft('open', 'blocked')],
			['a non-member', 'stranger', () => draft('open', 'stranger')],
			['someone without a profile', 'formerLearner', () => draft('schoolA', 'formerLearner')],
			['a teacher not in the group', 'teacher', () => draft('open', 'teacher')],
			['a mentor not in the hold group', 'mentor', () => draft('classA', 'mentor')],
			['the other school coordinator, school A', 'coordinatorB', () => draft('classA', 'coordinatorB')],
			['the moderator, in the name of another', 'mentor', () => draft('open', 'learner')],
			['the moderator, cancelled at once', 'mentor', () => draft('open', 'mentor', { cancelled: true })],
			['the moderator, with a reminder already sent', 'mentor', () => draft('open', 'mentor', { remindedAt: daysFromNow(0) })],
			['a coordinator, in a group not yet approved', 'coordinator', () => draft('proposed', 'coordinator')],
			['the moderator, ending before it starts', 'mentor', () => draft('open', 'mentor', { endsAt: daysFromNow(4) })],
			['the moderator, a title too long', 'mentor', () => draft('open', 'mentor', { title: 'x'.repeat(121) })],
			['the moderator, a link that is no link', 'mentor', () => draft('open', 'mentor', { link: 'ikke et link' })],
			['the moderator, a date that is no date', 'mentor', () => draft('open', 'mentor', { startsAt: '2026-13-45' })]
		],
		(data) => ({ collection: 'events', filter: 'title = {:t} && group = {:g}', params: { t: data.title, g: data.group } })
	);

	it('the arrangers edit every field and cancel with a reason', async () => {
		const e = await net.temp('events', draft('open', 'mentor'));
		const pb = await net.as('mentor');
		const changed = {
			title: `Flyttet ${net.tag}`,
			description: 'Ny tekst',
			place: 'Biblioteket',
			link: 'https://example.org/ny',
			startsAt: daysFromNow(6),
			endsAt: daysFromNow(6.1)
		};
		await pb.collection('events').update(e.id, changed);
		await (await net.as('coordinatorB')).collection('events').update(e.id, { cancelled: true, cancelReason: 'Syg' });
		expect(await net.reread('events', e.id)).toMatchObject({ ...changed, startsAt: expect.any(String), cancelled: true, cancelReason: 'Syg' });
	});

	const open = () => net.events.open;
	const classA = () => net.events.classA;
	refusedUpdates<NetActor>(w, 'events', [
		['anonymous', 'anonymous', open, () => ({ title: 'x' })],
		['a learner member', 'learner', open, () => ({ title: 'x' })],
		['the blocked person', 'blocked', open, () => ({ cancelled: true })],
		['a non-member', 'stranger', open, () => ({ title: 'x' })],
		['someone without a profile', 'formerLearner', open, () => ({ title: 'x' })],
		['the other school learner', 'learnerB', open, () => ({ place: 'x' })],
		['a teacher not in the group', 'teacher', open, () => ({ title: 'x' })],
		['the other school coordinator, school A', 'coordinatorB', classA, () => ({ title: 'x' })],
		['the moderator, moving it to another group', 'mentor', open, () => ({ group: net.groups.schoolA.id })],
		['the moderator, changing who made it', 'mentor', open, () => ({ createdBy: me('learner') })],
		['the moderator, marking it reminded', 'mentor', open, () => ({ remindedAt: daysFromNow(0) })]
	]);
	// a member who reads it is refused by the rule's own check (403), one who cannot see it gets 404
	refusedUpdates<NetActor>(w, 'events', [['a learner member, cancelling', 'classmate', classA, () => ({ cancelled: true })]], [403, 404]);
	refusedUpdates<NetActor>(w, 'events', [['the moderator, ending before the start', 'mentor', open, () => ({ endsAt: daysFromNow(1) })]], 400);

	refusedDeletes<NetActor>(w, 'events', [
		['anonymous', 'anonymous', open],
		['a learner member', 'learner', open],
		['the blocked person', 'blocked', open],
		['a non-member', 'stranger', open],
		['the other school learner', 'learnerB', open],
		['the other school coordinator, school A', 'coordinatorB', classA],
		['a teacher not in the group', 'teacher', open]
	]);
	it('the moderator deletes an event (its answers go with it)', async () => {
		const e = await net.temp('events', draft('open', 'mentor'));
		const r = await net.temp('event_rsvps', { event: e.id, user: me('learner'), answer: 'kommer' });
		await (await net.as('mentor')).collection('events').delete(e.id);
		expect(await net.count('event_rsvps', 'id = {:id}', { id: r.id })).toBe(0);
	});
});

describe('event_rsvps: reading', () => {
	type Key = keyof EventsWorld['rsvps'];
	whoSees<Key, NetActor>({
		world: w,
		collection: 'event_rsvps',
		records: () => net.rsvps,
		noun: 'answers',
		field: 'answer',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['learnerOpen', 'learnerBOpen', 'classmateClassA']],
			['classmate', ['learnerOpen', 'learnerBOpen', 'classmateClassA']],
			['learnerB', ['learnerOpen', 'learnerBOpen', 'learnerBSchoolB']],
			['mentor', ['learnerOpen', 'learnerBOpen']],
			['teacher', ['classmateClassA']],
			['coordinator', ['learnerOpen', 'learnerBOpen', 'classmateClassA']],
			['coordinatorB', ['learnerOpen', 'learnerBOpen', 'learnerBSchoolB']],
			['blocked', ['learnerOpen', 'learnerBOpen']],
			['stranger', []],
			['formerLearner', []]
		]
	});

	it('a filter through the event or an expand of the person reaches nothing more', async () => {
		const stranger = await net.as('stranger');
		expect(await listIds(stranger, 'event_rsvps', `event.group = "${net.groups.open.id}"`)).toEqual([]);
		const asTeacher = await (await net.as('teacher')).collection('event_rsvps').getFullList({ expand: 'user,event' });
		expect(JSON.stringify(asTeacher)).not.toContain('@sammen.test');
		expect(asTeacher.map((r) => r.expand?.event?.id)).toEqual([net.events.classA.id]);
	});
});

describe('event_rsvps: writing', () => {
	it.each([
		['a learner member', 'classmate', 'open'],
		['the other school coordinator, a member of its school group', 'coordinatorB', 'schoolB'],
		['a teacher member', 'teacher', 'classA'],
		['the blocked person, a member', 'blocked', 'open']
	] as const)('%s answers as themselves, changes the answer and takes it back', async (_, who, event) => {
		const pb = await net.as(who);
		const r = await pb.collection('event_rsvps').create({ event: net.events[event].id, user: me(who), answer: 'kommer' });
		net.cleanUp('event_rsvps', r.id);
		await pb.collection('event_rsvps').update(r.id, { answer: 'maaske' });
		expect((await net.reread('event_rsvps', r.id)).answer).toBe('maaske');
		await pb.collection('event_rsvps').delete(r.id);
		expect(await net.count('event_rsvps', 'id = {:id}', { id: r.id })).toBe(0);
	});

	const answer = (event: keyof EventsWorld['events'], who: Parameters<EventsWorld['uid']>[0], extra: Record<string, unknown> = {}) => ({
		event: net.events[event].id,
		user: me(who),
		answer: 'kommer',
		...extra
	});
	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'event_rsvps',
		[
			['anonymous', 'anonymous', () => answer('open', 'learner')],
			['a non-member', 'stranger', () => answer('open', 'stranger')],
			['someone without a profile', 'formerLearner', () => answer('schoolA', 'formerLearner')],
			['the other school learner, hold A', 'learnerB', () => answer('classA', 'learnerB')],
			['the other school coordinator, not a member', 'coordinatorB', () => answer('open', 'coordinatorB')],
			['a mentor not in the hold group', 'mentor', () => answer('classA', 'mentor')],
			['a learner, for someone else', 'classmate', () => answer('open', 'stranger')],
			['a learner member, to a cancelled event', 'classmate', () => answer('cancelled', 'classmate')],
			['a learner, a second answer', 'learner', () => answer('open', 'learner', { answer: 'maaske' })],
			['a learner member, an answer that is not one', 'classmate', () => answer('open', 'classmate', { answer: 'ja' })]
		],
		(data) => ({ collection: 'event_rsvps', filter: 'event = {:e} && user = {:u} && answer = {:a}', params: { e: data.event, u: data.user, a: data.answer }, count: 'asBefore' })
	);

	const mine = () => net.rsvps.learnerOpen;
	refusedUpdates<NetActor>(w, 'event_rsvps', [
		['anonymous', 'anonymous', mine, () => ({ answer: 'maaske' })],
		['the other school learner, in the same group', 'learnerB', mine, () => ({ answer: 'kommer_ikke' })],
		['the moderator', 'mentor', mine, () => ({ answer: 'kommer_ikke' })],
		['the coordinator', 'coordinator', mine, () => ({ answer: 'kommer_ikke' })],
		['a non-member', 'stranger', mine, () => ({ answer: 'maaske' })],
		['the person, moving it to another event', 'learner', mine, () => ({ event: net.events.schoolA.id })],
		['the person, giving it to someone else', 'learner', mine, () => ({ user: me('classmate') })]
	]);
	it('an answer to a cancelled event stays as it was', async () => {
		const e = await net.temp('events', { group: net.groups.open.id, createdBy: me('mentor'), title: `Snart aflyst ${net.tag}`, startsAt: daysFromNow(3) });
		const r = await net.temp('event_rsvps', { event: e.id, user: me('learner'), answer: 'kommer' });
		await net.su.collection('events').update(e.id, { cancelled: true });
		expect(await failureStatus((await net.as('learner')).collection('event_rsvps').update(r.id, { answer: 'maaske' }))).toBe(404);
		expect((await net.reread('event_rsvps', r.id)).answer).toBe('kommer');
	});
	refusedDeletes<NetActor>(w, 'event_rsvps', [
		['anonymous', 'anonymous', mine],
		['the other school learner', 'learnerB', mine],
		['the moderator', 'mentor', mine],
		['the coordinator', 'coordinator', mine],
		['the blocked person', 'blocked', mine]
	]);
});
