// "Føj til kalender", once for every feature (network events, appointments): an
// iCalendar file (RFC 5545) made on the device from synced data with ical-generator, so
// it works offline and asks the server nothing. Times go in UTC (Z): every calendar
// shows them in its own zone (Copenhagen for our users). The uid stays the same for the
// same thing, so adding it again updates the entry instead of making a second one.
import ical from 'ical-generator';

export type CalendarEntry = {
	uid: string;
	start: Date;
	end: Date;
	title: string;
	description?: string;
	location?: string;
	url?: string;
	cancelled?: boolean;
};

/** The .ics text of one entry. */
export function icsText(entry: CalendarEntry, product = 'Sammen'): string {
	const calendar = ical({ prodId: { company: 'Sammen', product, language: 'DA' }, name: 'Sammen' });
	calendar.createEvent({
		id: entry.uid,
		start: entry.start,
		end: entry.end,
		summary: entry.title,
		description: entry.description || undefined,
		location: entry.location || undefined,
		url: entry.url || undefined,
		status: entry.cancelled ? 'CANCELLED' : 'CONFIRMED'
	} as Parameters<typeof calendar.createEvent>[0]);
	return calendar.toString();
}

/** A file name for the download: the words in plain letters ("Lektiecafé" → "lektiecafe.ics"). */
export function icsFileName(title: string, fallback = 'kalender'): string {
	const plain = title
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${plain || fallback}.ics`;
}

/** Hands the file to the browser as a download; a phone offers its calendar. */
export function downloadIcs(text: string, fileName: string) {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
