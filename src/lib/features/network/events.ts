// Fællesskab, arrangementer: the upcoming events of my groups (read from the device, Dexie),
// my answer and the counts, and "Føj til kalender" (an .ics made on the device).
import { icsFileName, icsText } from '$lib/calendar/ics';
import type { EventRsvpsAnswerOptions, EventRsvpsResponse, EventsResponse, GroupsResponse } from '$lib/pb/types.gen';
import { parsePbDate, timeOf } from '$lib/domain/time';
import type { SammenDb } from '$lib/sync/db';
import { sync } from '$lib/sync/engine.svelte';

export type Answer = EventRsvpsAnswerOptions;
export const ANSWERS: Answer[] = ['kommer', 'maaske', 'kommer_ikke'];

export type UpcomingEvent = EventsResponse & {
	groupName: string;
	mine: EventRsvpsResponse | undefined;
	counts: Record<Answer, number>;
};

/** An event counts as upcoming until it ends (or, without an end, until 3 hours after its start). */
export function isUpcoming(event: Pick<EventsResponse, 'startsAt' | 'endsAt'>, now = Date.now()): boolean {
	const end = event.endsAt ? timeOf(event.endsAt) : timeOf(event.startsAt) + 3 * 60 * 60 * 1000;
	return end >= now;
}

/** The upcoming events of the groups I am in, soonest first, with my answer and the counts. */
export async function upcomingEvents(db: SammenDb, me: string, now = Date.now()): Promise<UpcomingEvent[]> {
	const memberships = await db.records('group_members').where('user').equals(me).toArray();
	const groupIds = memberships.map((m) => m.group);
	if (groupIds.length === 0) return [];
	const [events, groups] = await Promise.all([
		db.records('events').where('group').anyOf(groupIds).toArray(),
		db.records('groups').bulkGet(groupIds)
	]);
	const names = new Map(groups.filter((g) => g !== undefined).map((g) => [g.id, g.name]));
	const upcoming = events.filter((e) => isUpcoming(e, now)).sort((a, b) => timeOf(a.startsAt) - timeOf(b.startsAt));
	const answers = await db.records('event_rsvps').where('event').anyOf(upcoming.map((e) => e.id)).toArray();
	return upcoming.map((e) => {
		const theirs = answers.filter((a) => a.event === e.id);
		const counts = { kommer: 0, maaske: 0, kommer_ikke: 0 } as Record<Answer, number>;
		for (const a of theirs) counts[a.answer] += 1;
		return { ...e, groupName: names.get(e.group) ?? '', mine: theirs.find((a) => a.user === me), counts };
	});
}

/** My answer: the first one makes my row, a change updates it (one row per event and person). */
export async function answerEvent(db: SammenDb, me: string, eventId: string, answer: Answer): Promise<void> {
	const mine = await db.records('event_rsvps').where('[event+user]').equals([eventId, me]).first();
	if (mine) await sync.update('event_rsvps', mine.id, { answer });
	else await sync.create('event_rsvps', { event: eventId, user: me, answer });
}

/** The event as an iCalendar file (lib/calendar), made on the device from the synced event. */
export function eventIcs(event: Pick<EventsResponse, 'id' | 'title' | 'description' | 'place' | 'link' | 'startsAt' | 'endsAt' | 'cancelled'>, host = 'sammen.app'): string {
	const start = parsePbDate(event.startsAt);
	if (!start) throw new Error('the event has no start');
	const end = parsePbDate(event.endsAt) ?? new Date(start.getTime() + 60 * 60 * 1000);
	return icsText(
		{ uid: `${event.id}@${host}`, start, end, title: event.title, description: event.description, location: event.place, url: event.link, cancelled: event.cancelled },
		'Faellesskab'
	);
}

/** A file name for the download: the title in plain letters. */
export const eventFileName = (title: string) => icsFileName(title, 'arrangement');

const STAFF = ['mentor', 'teacher', 'coordinator'];

/**
 * The groups I may arrange events in, by the same rule as the server's (the migration's
 * arrangerOf): approved groups I moderate; as a coordinator those of my school or of no
 * school; as staff the groups I am a member of.
 */
export async function groupsIArrange(db: SammenDb, me: { id: string; role: string; school: string }): Promise<GroupsResponse[]> {
	const memberships = await db.records('group_members').where('user').equals(me.id).toArray();
	const all = await db.records('groups').toArray();
	const mine = new Map(memberships.map((m) => [m.group, m.role]));
	return all
		.filter((g) => g.status === 'approved')
		.filter(
			(g) =>
				mine.get(g.id) === 'moderator' ||
				(me.role === 'coordinator' && (g.school === me.school || !g.school)) ||
				(STAFF.includes(me.role) && mine.has(g.id))
		)
		.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export type NewEvent = Pick<EventsResponse, 'group' | 'title' | 'description' | 'place' | 'link' | 'startsAt' | 'endsAt'>;

/** An arranger makes an event; saved on the device at once, sent when online. */
export function createEvent(me: string, event: NewEvent): Promise<string> {
	return sync.create('events', { ...event, title: event.title.trim(), createdBy: me, cancelled: false });
}

/** An arranger cancels; those coming are told by the server (with the reason). */
export function cancelEvent(id: string, reason: string) {
	return sync.update('events', id, { cancelled: true, cancelReason: reason.trim() });
}

export type EventMove = Pick<EventsResponse, 'startsAt' | 'endsAt' | 'place'>;

/** An arranger moves the time or place; those coming are told by the server (network-events.pb.js). */
export function moveEvent(id: string, change: EventMove) {
	return sync.update('events', id, { ...change, place: change.place.trim() });
}
