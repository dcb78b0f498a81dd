// Writing Aftaler: through the outbox like everything else, so booking works offline and
// is sent once. A booking the server refuses because the time was just taken stays in
// the outbox as failed, with the Danish reason ("Tiden er lige blevet taget.").
import { weeklySeries } from '$lib/domain/appointments';
import { pbDate } from '$lib/domain/time';
import { newRecordId } from '$lib/sync/ids';
import { sync } from '$lib/sync/engine.svelte';
import type { Slot } from './appointments';

/** The learner books a time (the slot's time and place travel along for showing it offline; the server copies them anyway). */
export function book(me: string, slot: Slot): Promise<string> {
	return sync.create('appointments', {
		slot: slot.id,
		learner: me,
		mentor: slot.mentor,
		status: 'booked',
		startsAt: slot.startsAt,
		endsAt: slot.endsAt,
		place: slot.place,
		placeText: slot.placeText
	});
}

/** Cancels a booking (the learner, or the mentor). */
export function cancelBooking(id: string) {
	return sync.update('appointments', id, { status: 'cancelled' });
}

/** Moving is cancelling and booking another, in that order in the outbox. */
export async function moveBooking(me: string, from: string, to: Slot): Promise<string> {
	await cancelBooking(from);
	return book(me, to);
}

export type NewTimes = {
	mentor: string;
	startsAt: number;
	minutes: number;
	place: 'skole' | 'telefon' | 'video';
	placeText: string;
	weeks: number;
	forLearner: string;
};

/** The mentor publishes one time, or the same time every week for N weeks (concrete times sharing a series). */
export async function publishTimes(t: NewTimes): Promise<number> {
	const series = t.weeks > 1 ? newRecordId() : '';
	const times = weeklySeries(t.startsAt, t.startsAt + t.minutes * 60_000, t.weeks);
	for (const time of times) {
		await sync.create('appointment_slots', {
			mentor: t.mentor,
			startsAt: pbDate(time.startsAt),
			endsAt: pbDate(time.endsAt),
			place: t.place,
			placeText: t.placeText.trim(),
			forLearner: t.forLearner,
			series,
			cancelled: false
		});
	}
	return times.length;
}

/** The mentor cancels a time (its booking is cancelled by the server, and the learner hears). */
export function cancelTime(id: string) {
	return sync.update('appointment_slots', id, { cancelled: true });
}

/** The mentor writes what was agreed (the learner reads it). */
export function writeAgreedNote(id: string, agreedNote: string) {
	return sync.update('appointments', id, { agreedNote: agreedNote.trim() });
}

export function markHeld(id: string) {
	return sync.update('appointments', id, { status: 'done' });
}
