// "Føj til kalender": an iCalendar file made on the device from the synced appointment
// (no server round trip, works offline), with the `ics` library. Times go in UTC (the
// calendar shows them in the person's own zone); the id stays the same, so adding it
// again updates the event instead of making a second one.
import { createEvent } from 'ics';
import { timeOf } from '$lib/domain/time';
import { m } from './words';

export type CalendarAppointment = { id: string; when: string; ends: string; place: string; placeText: string; agreedNote?: string; mentorName: string };

/** The .ics text of one appointment; throws when the times are missing. */
export function appointmentIcs(a: CalendarAppointment): string {
	const start = timeOf(a.when);
	const end = timeOf(a.ends) || start + 30 * 60_000;
	if (!start) throw new Error('appointment without a time');
	const { error, value } = createEvent({
		uid: `${a.id}@sammen`,
		title: m.calendarTitle(a.mentorName || 'din mentor'),
		start,
		startInputType: 'utc',
		startOutputType: 'utc',
		end,
		endInputType: 'utc',
		endOutputType: 'utc',
		location: [m.place(a.place), a.placeText].filter(Boolean).join(': '),
		description: a.agreedNote ?? '',
		productId: 'sammen/aftaler',
		status: 'CONFIRMED'
	});
	if (error || !value) throw error ?? new Error('no calendar file');
	return value;
}

/** Hands the file to the browser as a download ("aftale.ics"); the phone offers its calendar. */
export function downloadIcs(a: CalendarAppointment) {
	const blob = new Blob([appointmentIcs(a)], { type: 'text/calendar;charset=utf-8' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = 'aftale.ics';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
