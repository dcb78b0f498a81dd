// "Føj til kalender" for an appointment, through the one calendar file maker (lib/calendar).
import { downloadIcs as download, icsText } from '$lib/calendar/ics';
import { timeOf } from '$lib/domain/time';
import { m } from './words';

export type CalendarAppointment = { id: string; when: string; ends: string; place: string; placeText: string; agreedNote?: string; mentorName: string };

/** The .ics text of one appointment; throws when the times are missing. */
export function appointmentIcs(a: CalendarAppointment): string {
	const start = timeOf(a.when);
	if (!start) throw new Error('appointment without a time');
	const end = timeOf(a.ends) || start + 30 * 60_000;
	return icsText(
		{
			uid: `${a.id}@sammen`,
			start: new Date(start),
			end: new Date(end),
			title: m.calendarTitle(a.mentorName || 'din mentor'),
			location: [m.place(a.place), a.placeText].filter(Boolean).join(': '),
			description: a.agreedNote ?? ''
		},
		'Aftaler'
	);
}

/** Offers the appointment as "aftale.ics"; the phone offers its calendar. */
export function downloadIcs(a: CalendarAppointment) {
	download(appointmentIcs(a), 'aftale.ics');
}
