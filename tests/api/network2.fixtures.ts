// The network's second slice (issue 14): events, stories and study buddies, on top of the
// network's world (network.fixtures.ts). Built as superuser; the hooks still run.
//
// Who is where (from the first slice): the open group (across schools, no school): the
// mentor (its moderator), learner, classmate, learnerB, blocked, paused; hold A's group:
// learner, classmate, teacher; school A's group: everyone of school A in the network;
// school B's group: learnerB, coordinatorB. Not in the network: formerLearner,
// otherMentor, coTeacher, otherTeacher, mentorB. The learner has blocked `blocked`.
import type { RecordModel } from 'pocketbase';
import { daysFromNow } from './fixtures';
import { buildNetworkWorld, type NetWorld } from './network.fixtures';

/** The second slice's table rows: every kind of person the brief names. */
export const roles = {
	learner: 'learner',
	classmate: 'classmate',
	otherSchoolLearner: 'learnerB',
	mentor: 'mentor',
	teacher: 'teacher',
	coordinator: 'coordinator',
	otherSchoolCoordinator: 'coordinatorB',
	anonymous: 'anonymous',
	blocked: 'blocked',
	nonMember: 'stranger',
	noProfile: 'formerLearner'
} as const;

export interface EventsWorld extends NetWorld {
	events: Record<'open' | 'classA' | 'schoolA' | 'schoolB' | 'cancelled', RecordModel>;
	rsvps: Record<'learnerOpen' | 'learnerBOpen' | 'classmateClassA' | 'learnerBSchoolB', RecordModel>;
}

export async function buildEventsWorld(): Promise<EventsWorld> {
	const net = await buildNetworkWorld();
	const create = (collection: string, data: Record<string, unknown>) => net.su.collection(collection).create(data);
	const event = (group: keyof NetWorld['groups'], by: Parameters<NetWorld['uid']>[0], title: string, extra: Record<string, unknown> = {}) =>
		create('events', {
			group: net.groups[group].id,
			createdBy: net.uid(by),
			title: `${title} ${net.tag}`,
			place: 'Kantinen',
			startsAt: daysFromNow(10),
			endsAt: daysFromNow(10.1),
			...extra
		});
	const events = {
		open: await event('open', 'mentor', 'Kaffe for karriereskiftere'),
		classA: await event('classA', 'teacher', 'Studiecafé for holdet'),
		schoolA: await event('schoolA', 'coordinator', 'Fællesspisning'),
		schoolB: await event('schoolB', 'coordinatorB', 'Gåtur i Aalborg'),
		cancelled: await event('open', 'mentor', 'Aflyst tur', { cancelled: true, cancelReason: 'For få tilmeldte' })
	};
	const rsvp = (e: RecordModel, who: Parameters<NetWorld['uid']>[0], answer: string) => create('event_rsvps', { event: e.id, user: net.uid(who), answer });
	const rsvps = {
		learnerOpen: await rsvp(events.open, 'learner', 'kommer'),
		learnerBOpen: await rsvp(events.open, 'learnerB', 'maaske'),
		classmateClassA: await rsvp(events.classA, 'classmate', 'kommer'),
		learnerBSchoolB: await rsvp(events.schoolB, 'learnerB', 'kommer_ikke')
	};
	return { ...net, events, rsvps };
}

export interface BuddiesWorld extends NetWorld {
	pairs: Record<'accepted' | 'proposed' | 'ended', RecordModel>;
	buddyMessages: Record<'fromClassmate' | 'fromLearner' | 'inEnded', RecordModel>;
}

export async function buildBuddiesWorld(): Promise<BuddiesWorld> {
	const net = await buildNetworkWorld();
	const su = net.su;
	// opted in: the learners of school A (not `paused`) and learnerB in school B
	for (const who of ['learner', 'classmate', 'stranger', 'blocked', 'learnerB'] as const) {
		await su.collection('network_profiles').update(net.profiles[who].id, { wantsBuddy: true, municipality: 'Viborg' });
	}
	const pair = (from: Parameters<NetWorld['uid']>[0], to: Parameters<NetWorld['uid']>[0], status: string) =>
		su.collection('buddies').create({ from: net.uid(from), to: net.uid(to), status, hello: 'Hej! Skal vi læse sammen?' });
	const pairs = {
		accepted: await pair('classmate', 'learner', 'accepted'),
		proposed: await pair('stranger', 'learner', 'proposed'),
		ended: await pair('stranger', 'classmate', 'accepted')
	};
	const message = (p: RecordModel, who: Parameters<NetWorld['uid']>[0], text: string) =>
		su.collection('buddy_messages').create({ pair: p.id, sender: net.uid(who), text });
	const buddyMessages = {
		fromClassmate: await message(pairs.accepted, 'classmate', 'Skal vi tage bussen sammen i morgen?'),
		fromLearner: await message(pairs.accepted, 'learner', 'Ja, den kl. 7.40.'),
		inEnded: await message(pairs.ended, 'stranger', 'Tak for i dag.')
	};
	pairs.ended = await su.collection('buddies').update(pairs.ended.id, { status: 'ended' });
	return { ...net, pairs, buddyMessages };
}
