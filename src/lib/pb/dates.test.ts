import { describe, expect, it } from 'vitest';
import { daysBetween, pbNow, timeOf } from './dates';

describe('PocketBase dates', () => {
	it('reads PocketBase and ISO dates, 0 when empty or unreadable', () => {
		expect(timeOf('2026-11-20 10:00:00.000Z')).toBe(Date.parse('2026-11-20T10:00:00Z'));
		expect(timeOf('2026-11-20T10:00:00Z')).toBe(Date.parse('2026-11-20T10:00:00Z'));
		expect(timeOf('')).toBe(0);
		expect(timeOf('soon')).toBe(0);
	});
	it('writes now in PocketBase’s format and counts whole days, never negative', () => {
		expect(pbNow(new Date('2026-11-20T10:00:00Z'))).toBe('2026-11-20 10:00:00.000Z');
		expect(daysBetween(0, 86_400_000 * 2.9)).toBe(2);
		expect(daysBetween(86_400_000, 0)).toBe(0);
	});
});
