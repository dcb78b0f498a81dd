import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_MONTHS, isPastRetention, monthsBefore, retentionCutoff, retentionMonths } from './retention';

describe('retention', () => {
	it('reads the setting, and falls back to the default for nonsense', () => {
		expect(retentionMonths('6')).toBe(6);
		expect(retentionMonths(24)).toBe(24);
		for (const bad of [undefined, '', 'tolv', '0', '-3', '1.5', '500']) expect(retentionMonths(bad)).toBe(DEFAULT_RETENTION_MONTHS);
	});

	it('counts months back in the calendar, the 31st becoming the last day', () => {
		expect(monthsBefore('2026-12-05', 12)).toBe('2025-12-05');
		expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
		expect(monthsBefore('2024-05-31', 3)).toBe('2024-02-29');
		expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
	});

	it('cuts off at midnight in Copenhagen (winter and summer time)', () => {
		expect(new Date(retentionCutoff(Date.parse('2026-12-05T10:00:00Z'), 12)).toISOString()).toBe('2025-12-04T23:00:00.000Z');
		expect(new Date(retentionCutoff(Date.parse('2026-12-05T10:00:00Z'), 6)).toISOString()).toBe('2026-06-04T22:00:00.000Z');
		// just after midnight in Copenhagen is already the next day there
		expect(new Date(retentionCutoff(Date.parse('2026-12-04T23:30:00Z'), 1)).toISOString()).toBe('2026-11-04T23:00:00.000Z');
	});

	it('a course that ended before the cut-off is due; one on the cut-off day is not yet', () => {
		const now = Date.parse('2026-12-05T10:00:00Z');
		expect(isPastRetention(Date.parse('2025-12-04T12:00:00Z'), now, 12)).toBe(true);
		expect(isPastRetention(Date.parse('2025-12-05T12:00:00Z'), now, 12)).toBe(false);
		expect(isPastRetention(Date.parse('2026-11-01T12:00:00Z'), now, 12)).toBe(false);
	});
});
