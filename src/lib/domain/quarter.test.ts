import { describe, expect, it } from 'vitest';
import { parseQuarter, quarterBounds, quarterDays, quarterKey, quarterOf, shiftQuarter } from './quarter';

describe('quarters in Copenhagen time', () => {
	it('reads and writes "2026-3"', () => {
		expect(parseQuarter('2026-3')).toEqual({ year: 2026, q: 3 });
		expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, q: 4 });
		for (const bad of ['2026-5', '2026-0', 'x', '', null, '26-1']) expect(parseQuarter(bad)).toBeNull();
		expect(quarterKey({ year: 2026, q: 2 })).toBe('2026-2');
	});

	it('a quarter starts at midnight on Copenhagen’s clock, not UTC', () => {
		// 30 June 23:30 UTC is already 1 July 01:30 in Copenhagen (summer time)
		expect(quarterOf(Date.parse('2026-06-30T23:30:00Z'))).toEqual({ year: 2026, q: 3 });
		expect(quarterOf(Date.parse('2026-06-30T21:59:00Z'))).toEqual({ year: 2026, q: 2 });
		// New Year: 31 December 23:30 UTC is 1 January in Copenhagen (winter time)
		expect(quarterOf(Date.parse('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, q: 1 });
	});

	it('days and bounds', () => {
		expect(quarterDays({ year: 2026, q: 1 })).toEqual({ first: '2026-01-01', last: '2026-03-31' });
		expect(quarterDays({ year: 2024, q: 4 })).toEqual({ first: '2024-10-01', last: '2024-12-31' });
		const { start, end } = quarterBounds({ year: 2026, q: 3 });
		expect(new Date(start).toISOString()).toBe('2026-06-30T22:00:00.000Z');
		expect(new Date(end).toISOString()).toBe('2026-09-30T22:00:00.000Z');
		const q4 = quarterBounds({ year: 2026, q: 4 });
		expect(new Date(q4.end).toISOString()).toBe('2026-12-31T23:00:00.000Z');
	});

	it('moves by quarters across years', () => {
		expect(shiftQuarter({ year: 2026, q: 1 }, -1)).toEqual({ year: 2025, q: 4 });
		expect(shiftQuarter({ year: 2026, q: 4 }, 1)).toEqual({ year: 2027, q: 1 });
		expect(shiftQuarter({ year: 2026, q: 2 }, 0)).toEqual({ year: 2026, q: 2 });
	});
});
