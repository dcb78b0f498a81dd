import { describe, expect, it } from 'vitest';
import { formatDate, formatKroner, formatRelativeDay, formatTime } from './format';

const now = new Date('2026-11-22T10:00:00Z');

describe('formatDate', () => {
	it('writes Danish weekday, day and month', () => {
		expect(formatDate('2026-12-01T12:00:00Z', 'da', now)).toBe('tirsdag 1. december');
	});
	it('adds the year when it is another year', () => {
		expect(formatDate('2027-03-02T12:00:00Z', 'da', now)).toBe('tirsdag den 2. marts 2027');
	});
	it('uses Copenhagen time, not UTC: 23.30 UTC on 30 Nov is already 1 December', () => {
		expect(formatDate('2026-11-30T23:30:00Z', 'da', now)).toBe('tirsdag 1. december');
	});
	it('speaks English when asked', () => {
		expect(formatDate('2026-12-01T12:00:00Z', 'en', now)).toBe('Tuesday 1 December');
	});
});

describe('formatRelativeDay', () => {
	it.each([
		['2026-11-22T20:00:00Z', 'i dag'],
		['2026-11-23T08:00:00Z', 'i morgen'],
		['2026-11-21T08:00:00Z', 'i går'],
		['2026-11-25T08:00:00Z', 'om 3 dage'],
		['2026-12-06T08:00:00Z', 'om 2 uger'],
		['2026-08-22T08:00:00Z', 'for 3 måneder siden']
	])('%s is "%s"', (date, expected) => {
		expect(formatRelativeDay(date, 'da', now)).toBe(expected);
	});
	it('counts days in Copenhagen: 23.30 UTC tonight is tomorrow there', () => {
		expect(formatRelativeDay('2026-11-22T23:30:00Z', 'da', now)).toBe('i morgen');
	});
});

describe('numbers', () => {
	it('uses Danish separators and kroner', () => {
		expect(formatKroner(12500, 'da').replace(/\s/g, ' ')).toBe('12.500 kr.');
	});
	it('formats time with a dot in Danish', () => {
		expect(formatTime('2026-11-22T13:30:00Z', 'da')).toBe('14.30');
	});
});
