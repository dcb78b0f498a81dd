import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventFileName, eventIcs, isUpcoming } from './events';

const event = {
	id: 'abc123',
	title: 'Lektiecafé med børnepasning',
	description: 'Vi læser sammen, mens børnene leger.',
	place: 'Lokale 1.12',
	link: 'https://example.org/kort',
	startsAt: '2031-01-15 16:00:00.000Z',
	endsAt: '2031-01-15 18:00:00.000Z',
	cancelled: false
};

describe('eventIcs', () => {
	it('makes a calendar file that a parser reads back: title, place, times in UTC', () => {
		const text = eventIcs(event);
		expect(text).toContain('DTSTART:20310115T160000Z');
		const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
		const parsed = new ICAL.Event(vevent);
		expect(parsed.summary).toBe(event.title);
		expect(parsed.location).toBe('Lokale 1.12');
		expect(parsed.description).toBe(event.description);
		expect(parsed.uid).toBe('abc123@sammen.app');
		// 17.00 in Copenhagen is 16.00 UTC in January
		expect(parsed.startDate.toJSDate().toISOString()).toBe('2031-01-15T16:00:00.000Z');
		expect(parsed.endDate.toJSDate().toISOString()).toBe('2031-01-15T18:00:00.000Z');
		expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
	});

	it('gives an event without an end one hour, and says when it is cancelled', () => {
		const parsed = new ICAL.Component(ICAL.parse(eventIcs({ ...event, endsAt: '', cancelled: true }))).getFirstSubcomponent('vevent')!;
		expect(new ICAL.Event(parsed).endDate.toJSDate().toISOString()).toBe('2031-01-15T17:00:00.000Z');
		expect(parsed.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('names the file in plain letters', () => {
		expect(eventFileName('Lektiecafé med børnepasning')).toBe('lektiecafe-med-boernepasning.ics');
		expect(eventFileName('!!!')).toBe('arrangement.ics');
	});
});

describe('isUpcoming', () => {
	it('until the end, or 3 hours after a start without an end', () => {
		const now = Date.parse('2031-01-15T17:00:00Z');
		expect(isUpcoming(event, now)).toBe(true);
		expect(isUpcoming({ ...event, endsAt: '' }, now)).toBe(true);
		expect(isUpcoming({ ...event, endsAt: '' }, Date.parse('2031-01-15T19:30:00Z'))).toBe(false);
		expect(isUpcoming(event, Date.parse('2031-01-15T18:30:00Z'))).toBe(false);
	});
});
