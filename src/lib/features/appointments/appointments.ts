// Aftaler over the device's data: the free times of my mentor, my bookings, the next one,
// and the mentor's own times with their bookings. The rules decide what the device has
// (a learner holds only their mentor's free times and their own); these only sort and join.
import { copenhagenDay, timeOf } from '$lib/domain/time';
import { currentMentor } from '$lib/people/current-mentor';
import { namesOf } from '$lib/people/names';
import type { AppointmentSlotsResponse, AppointmentsResponse } from '$lib/pb/types.gen';
import { hasTable, type SammenDb } from '$lib/sync/db';

export type Slot = AppointmentSlotsResponse;
export type Appointment = AppointmentsResponse;
export type Booking = Appointment & { when: string; ends: string; mentorName: string };

const byStart = (a: { startsAt?: string }, b: { startsAt?: string }) => timeOf(a.startsAt) - timeOf(b.startsAt);

async function slotsOf(db: SammenDb, mentor: string): Promise<Slot[]> {
	if (!hasTable(db, 'appointment_slots')) return [];
	return (await db.records('appointment_slots').where('mentor').equals(mentor).toArray()) as unknown as Slot[];
}

async function bookingsOn(db: SammenDb, field: 'learner' | 'mentor', id: string): Promise<Appointment[]> {
	if (!hasTable(db, 'appointments')) return [];
	return (await db.records('appointments').where(field).equals(id).toArray()) as unknown as Appointment[];
}

/** The learner's view: their mentor, the free times they may book (not begun), their bookings (newest last). */
export async function learnerAppointments(db: SammenDb, me: string, now = Date.now()) {
	const mentor = await currentMentor(db, me);
	const mine = await bookingsOn(db, 'learner', me);
	const slots = mentor ? await slotsOf(db, mentor.id) : [];
	const slotById = new Map(slots.map((s) => [s.id, s]));
	// a booking made on this device shows its slot's time until the server's copy arrives
	const bookings: Booking[] = mine
		.map((a) => {
			const slot = slotById.get(a.slot);
			return { ...a, when: a.startsAt || slot?.startsAt || '', ends: a.endsAt || slot?.endsAt || '', mentorName: mentor?.name ?? '' };
		})
		.sort((a, b) => timeOf(a.when) - timeOf(b.when));
	const heldByMe = new Set(mine.filter((a) => a.status !== 'cancelled').map((a) => a.slot));
	const free = slots
		.filter((s) => !s.cancelled && !s.bookedBy && !heldByMe.has(s.id) && (!s.forLearner || s.forLearner === me))
		.filter((s) => timeOf(s.startsAt) > now)
		.sort(byStart);
	return { mentor, free, bookings };
}

/** The learner's next booked talk that has not ended, or null. */
export async function nextAppointment(db: SammenDb, me: string, now = Date.now()): Promise<Booking | null> {
	const { bookings } = await learnerAppointments(db, me, now);
	return bookings.find((b) => b.status === 'booked' && timeOf(b.ends || b.when) > now) ?? null;
}

export type MentorSlot = Slot & { booking: Appointment | null; learnerName: string; forName: string };

/** The mentor's times that have not ended, each with its booking (if any) and names. */
export async function mentorTimes(db: SammenDb, me: string, now = Date.now()): Promise<MentorSlot[]> {
	const [slots, bookings] = await Promise.all([slotsOf(db, me), bookingsOn(db, 'mentor', me)]);
	const holding = new Map(bookings.filter((a) => a.status !== 'cancelled').map((a) => [a.slot, a]));
	const upcoming = slots.filter((s) => !s.cancelled && timeOf(s.endsAt) > now).sort(byStart);
	const names = await namesOf(db, [...upcoming.map((s) => holding.get(s.id)?.learner), ...upcoming.map((s) => s.forLearner)]);
	return upcoming.map((s) => {
		const booking = holding.get(s.id) ?? null;
		return { ...s, booking, learnerName: names.get(booking?.learner ?? '') ?? '', forName: names.get(s.forLearner) ?? '' };
	});
}

export type TodayBooking = Appointment & { learnerName: string };

/** "I dag": the mentor's booked talks on today's Danish date, in time order. */
export async function todaysAppointments(db: SammenDb, me: string, now = Date.now()): Promise<TodayBooking[]> {
	const today = copenhagenDay(now);
	const mine = (await bookingsOn(db, 'mentor', me)).filter(
		(a) => a.status !== 'cancelled' && a.startsAt && copenhagenDay(timeOf(a.startsAt)) === today
	);
	const names = await namesOf(db, mine.map((a) => a.learner));
	return mine.sort(byStart).map((a) => ({ ...a, learnerName: names.get(a.learner) ?? '' }));
}

/** The mentor's next booked talk after today (shown on I dag when today has none), or null. */
export async function mentorNextAppointment(db: SammenDb, me: string, now = Date.now()): Promise<TodayBooking | null> {
	const today = copenhagenDay(now);
	const later = (await bookingsOn(db, 'mentor', me))
		.filter((a) => a.status === 'booked' && a.startsAt && copenhagenDay(timeOf(a.startsAt)) > today)
		.sort(byStart)[0];
	if (!later) return null;
	const names = await namesOf(db, [later.learner]);
	return { ...later, learnerName: names.get(later.learner) ?? '' };
}
