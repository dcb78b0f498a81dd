// Handover: a coordinator moves a learner to another mentor. Starting one opens a
// short window (an hour) in which that coordinator may read the learner's notes; doing
// it ends the current mentorship and starts the next on the server (pb_hooks/handovers.pb.js),
// where plan, conversation, flags and notes follow the learner.
import { isCurrent } from '$lib/domain/people';
import { pb } from '$lib/pb/client';
import type { HandoversResponse, NotesResponse } from '$lib/pb/types.gen';
import type { SammenDb } from '$lib/sync/db';
import { sync } from '$lib/sync/engine.svelte';
import { pbDate, timeOf } from '$lib/domain/time';
import { namesOf } from '$lib/people/names';

export type HandoverLearner = { id: string; name: string; mentorId: string; mentorName: string };
export type HandoverOverview = {
	learners: HandoverLearner[];
	mentors: { id: string; name: string }[];
	/** My open handovers that have not expired, by learner. */
	open: Map<string, HandoversResponse>;
};

export async function handoverOverview(db: SammenDb, school: string, me: string, now = new Date()): Promise<HandoverOverview> {
	const [users, people, mentorships, handovers] = await Promise.all([
		db.records('users').where('school').equals(school).toArray(),
		db.records('people').where('role').equals('mentor').toArray(),
		db.records('mentorships').toArray(),
		db.records('handovers').where('status').equals('open').toArray()
	]);
	const mentorOf = new Map(mentorships.filter((m) => isCurrent(m, now)).map((m) => [m.learner, m.mentor]));
	const names = await namesOf(db, [...mentorOf.values()]);
	const learners = users
		.filter((u) => u.role === 'learner')
		.map((u) => {
			const mentorId = mentorOf.get(u.id) ?? '';
			return { id: u.id, name: u.name, mentorId, mentorName: names.get(mentorId) ?? '' };
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'da'));
	const mentors = people
		.filter((p) => p.school === school)
		.map((p) => ({ id: p.id, name: p.name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'da'));
	// A handover made on this device has no expiry until the server has it: it counts as open.
	const open = new Map(
		handovers
			.filter((h) => h.coordinator === me && (!h.expiresAt || timeOf(h.expiresAt) > now.getTime()))
			.map((h) => [h.learner, h])
	);
	return { learners, mentors, open };
}

export async function startHandover(me: { id: string; school: string }, learner: string, reason: string) {
	return sync.create('handovers', {
		learner,
		school: me.school,
		coordinator: me.id,
		status: 'open',
		reason: reason.trim(),
		created: pbDate()
	});
}

export async function completeHandover(handover: HandoversResponse, toMentor: string) {
	await sync.update('handovers', handover.id, { toMentor, status: 'done' });
}

export async function cancelHandover(handover: HandoversResponse) {
	await sync.update('handovers', handover.id, { status: 'cancelled' });
}

/**
 * The learner's notes, read once during an open handover. Deliberately not synced: a
 * mentor's private notes are never stored on a coordinator's device. The access rule
 * allows it only while this coordinator's handover is open (and names it), and the
 * server writes an audit row the learner can see.
 */
export async function readNotesDuringHandover(handover: HandoversResponse): Promise<NotesResponse[]> {
	return pb.collection('notes').getFullList({
		query: { handover: handover.id },
		filter: pb.filter('learner = {:learner}', { learner: handover.learner }),
		sort: '-created',
		requestKey: null
	});
}
