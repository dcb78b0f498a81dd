import { describe, expect, it } from 'vitest';
import { checkinPromptDue, checkinSignal, copenhagenWeek, copenhagenWeekday, isLowMood, isoWeekOfDay, isWeekText } from './checkins';

describe('weeks', () => {
	it.each([
		['2026-01-01', '2026-W01'], // a Thursday
		['2027-01-01', '2026-W53'], // a Friday: still 2026's last week
		['2024-12-30', '2025-W01'], // a Monday in 2025's first week
		['2026-12-05', '2026-W49'],
		['2026-12-28', '2026-W53']
	])('%s is in %s', (day, week) => expect(isoWeekOfDay(day)).toBe(week));

	it('counts in Copenhagen: Sunday 23:30 UTC is already Monday there', () => {
		const sundayLate = Date.UTC(2026, 11, 6, 23, 30); // Sun 6 Dec, 00:30 Mon in Copenhagen
		expect(copenhagenWeek(sundayLate)).toBe('2026-W50');
		expect(copenhagenWeekday(sundayLate)).toBe(1);
	});

	it('knows real week texts', () => {
		expect(isWeekText('2026-W53')).toBe(true);
		expect(isWeekText('2025-W53')).toBe(false);
		expect(isWeekText('2026-W00')).toBe(false);
		expect(isWeekText('2026-49')).toBe(false);
	});
});

describe('the signal', () => {
	const w = (n: number, mood: number) => ({ week: `2026-W${String(n).padStart(2, '0')}`, mood });
	it('low: the newest mood is 2 or less', () => {
		expect(checkinSignal([w(10, 4), w(11, 2)])).toEqual({ kind: 'low', reason: 'low-mood', week: '2026-W11', mood: 2 });
		expect(checkinSignal([w(11, 1)])?.reason).toBe('low-mood');
		expect(checkinSignal([w(11, 3)])).toBeNull();
		expect(checkinSignal([])).toBeNull();
	});
	it('low: two falls in a row, in any order given', () => {
		expect(checkinSignal([w(12, 3), w(10, 5), w(11, 4)])?.reason).toBe('falling');
		expect(checkinSignal([w(10, 5), w(11, 4)])).toBeNull(); // one fall
		expect(checkinSignal([w(10, 4), w(11, 4), w(12, 3)])).toBeNull(); // a flat week in between
		expect(checkinSignal([w(10, 5), w(11, 3), w(12, 4)])).toBeNull(); // up again
	});
	it('only the newest answer counts', () => {
		expect(checkinSignal([w(10, 1), w(11, 4)])).toBeNull();
	});
	it('isLowMood', () => {
		expect([1, 2, 3, 4, 5].map(isLowMood)).toEqual([true, true, false, false, false]);
	});
});

describe('when the weekly question may come', () => {
	// Wednesday 14 January 2026; 09:00 UTC = 10:00 in Copenhagen
	const at = (utcHour: number) => Date.UTC(2026, 0, 14, utcHour, 5);
	it('on the chosen day from 10 o’clock, not in quiet hours', () => {
		expect(checkinPromptDue(at(9), { checkinDay: 3 })).toBe(true);
		expect(checkinPromptDue(at(8), { checkinDay: 3 })).toBe(false); // 09:05
		expect(checkinPromptDue(at(9), { checkinDay: 2 })).toBe(false);
		expect(checkinPromptDue(at(9), { checkinDay: null })).toBe(false);
		expect(checkinPromptDue(at(20), { checkinDay: 3 })).toBe(false); // 21:05: default quiet hours
		expect(checkinPromptDue(at(10), { checkinDay: 3, quietFrom: 11, quietTo: 13 })).toBe(false);
		expect(checkinPromptDue(at(12), { checkinDay: 3, quietFrom: 11, quietTo: 13 })).toBe(true);
	});
});
