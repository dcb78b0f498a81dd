import { describe, expect, it } from 'vitest';
import { appointmentIcs } from './ics';

/** A small reader of iCalendar text: unfolds continuation lines, then NAME → value. */
function parse(text: string): Record<string, string> {
	const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
	const out: Record<string, string> = {};
	for (const line of lines) {
		const colon = line.indexOf(':');
		if (colon < 0) continue;
		const name = line.slice(0, colon).split(';')[0]!;
		if (!(name in out)) out[name] = line.slice(colon + 1);
	}
	return out;
}

describe('Føj til kalender', () => {
	it('makes a calendar event of the appointment, in UTC, with a stable id', () => {
		const text = appointmentIcs({
			id: 'abc123',
			when: '2026-12-08 09:00:00.000Z',
			ends: '2026-12-08 09:45:00.000Z',
			place: 'skole',
			placeText: 'Lokale 2.14',
			agreedNote: 'Tag din plan med.',
			mentorName: 'Karen'
		});
		expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
		const e = parse(text);
		expect(e.BEGIN).toBe('VCALENDAR');
		expect(e.UID).toBe('abc123@sammen');
		expect(e.SUMMARY).toBe('Snak med Karen');
		expect(e.DTSTART).toBe('20261208T090000Z');
		expect(e.DTEND).toBe('20261208T094500Z');
		expect(e.LOCATION).toBe('På skolen: Lokale 2.14');
		expect(e.DESCRIPTION).toBe('Tag din plan med.');
		expect(text).toContain('END:VEVENT');
	});

	it('refuses an appointment without a time', () => {
		expect(() => appointmentIcs({ id: 'x', when: '', ends: '', place: 'video', placeText: '', mentorName: '' })).toThrow();
	});
});
