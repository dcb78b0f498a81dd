// The kernel's people code: the same code the hooks run (pb_hooks/lib/kernel.gen.js).
import { describe, expect, it } from 'vitest';
import { currentMentorIds, currentMentorships, displayName, firstName, isCurrent } from './people';

const now = new Date('2026-11-22T12:00:00Z');

describe('current mentorship', () => {
	it('is current without an end, or with an end in the future', () => {
		expect(isCurrent({ end: '' }, now)).toBe(true);
		expect(isCurrent({}, now)).toBe(true);
		expect(isCurrent({ end: '2026-11-23 00:00:00.000Z' }, now)).toBe(true);
		expect(isCurrent({ end: '2026-11-22 12:00:00.000Z' }, now)).toBe(false); // ended just now
		expect(isCurrent({ end: '2026-01-01 00:00:00.000Z' }, now)).toBe(false);
	});

	it('current mentors from the rows: ended ones out, the latest started first, each once', () => {
		const rows = [
			{ mentor: 'old', start: '2025-01-01 00:00:00.000Z', end: '2026-11-01 00:00:00.000Z' },
			{ mentor: 'first', start: '2026-11-01 00:00:00.000Z', end: '' },
			{ mentor: 'second', start: '2026-11-10 00:00:00.000Z', end: '2027-01-01 00:00:00.000Z' },
			{ mentor: 'first', start: '2026-10-01 00:00:00.000Z', end: '' }
		];
		expect(currentMentorIds(rows, now)).toEqual(['second', 'first']);
		expect(currentMentorships(rows, now).map((m) => m.start)).toEqual([
			'2026-11-10 00:00:00.000Z',
			'2026-11-01 00:00:00.000Z',
			'2026-10-01 00:00:00.000Z'
		]);
		expect(currentMentorIds([], now)).toEqual([]);
	});
});

describe('names', () => {
	it('shows a trimmed name, or nothing', () => {
		expect(displayName({ name: '  Sarah Jensen ' })).toBe('Sarah Jensen');
		expect(displayName(null)).toBe('');
		expect(firstName('Sarah Marie Jensen')).toBe('Sarah');
		expect(firstName('')).toBe('');
	});
});
