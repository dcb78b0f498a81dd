import { describe, expect, it } from 'vitest';
import { addWorkingDays, copenhagenOffset, isWeekend } from './working-days';

// 2026-11-20 is a Friday; 2026-11-23 a Monday.
const at = (iso: string) => new Date(iso);

describe('working days', () => {
	it('skips Saturday and Sunday', () => {
		expect(addWorkingDays(at('2026-11-20T09:00:00Z'), 2).toISOString()).toBe('2026-11-24T09:00:00.000Z'); // Fri → Tue
		expect(addWorkingDays(at('2026-11-23T09:00:00Z'), 2).toISOString()).toBe('2026-11-25T09:00:00.000Z'); // Mon → Wed
		expect(addWorkingDays(at('2026-11-21T12:00:00Z'), 1).toISOString()).toBe('2026-11-23T12:00:00.000Z'); // Sat → Mon
		expect(addWorkingDays(at('2026-11-18T12:00:00Z'), 5).toISOString()).toBe('2026-11-25T12:00:00.000Z'); // a week
	});

	it('counts weekends in Copenhagen time, not UTC', () => {
		// Friday 23:30 UTC is Saturday 00:30 in Copenhagen (winter)
		expect(isWeekend(at('2026-11-20T23:30:00Z'))).toBe(true);
		expect(isWeekend(at('2026-11-20T22:30:00Z'))).toBe(false);
		// Sunday 22:30 UTC in summer is Monday 00:30 in Copenhagen
		expect(isWeekend(at('2026-06-14T22:30:00Z'))).toBe(false);
	});

	it('knows summer and winter time', () => {
		expect(copenhagenOffset(at('2026-01-15T12:00:00Z'))).toBe(1);
		expect(copenhagenOffset(at('2026-07-15T12:00:00Z'))).toBe(2);
		expect(copenhagenOffset(at('2026-03-29T00:59:00Z'))).toBe(1); // the last Sunday of March, before 01:00 UTC
		expect(copenhagenOffset(at('2026-03-29T01:00:00Z'))).toBe(2);
		expect(copenhagenOffset(at('2026-10-25T01:00:00Z'))).toBe(1);
	});

	it('zero days is now', () => {
		expect(addWorkingDays(at('2026-11-21T12:00:00Z'), 0).toISOString()).toBe('2026-11-21T12:00:00.000Z');
	});
});
