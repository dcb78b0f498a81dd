import { describe, expect, it } from 'vitest';
import { appointmentReminderDue, copenhagenClockText, danishWhen, nearestFree, weeklySeries } from './appointments';
import { pbDate } from './time';

describe('times in Danish', () => {
	it('says the day and the Copenhagen clock', () => {
		expect(danishWhen(Date.UTC(2026, 11, 8, 9, 0))).toBe('tirsdag 8. december kl. 10.00');
		expect(danishWhen(Date.UTC(2026, 5, 1, 22, 30))).toBe('tirsdag 2. juni kl. 00.30');
		expect(copenhagenClockText(Date.UTC(2026, 6, 1, 8, 5))).toBe('10.05');
	});
});

describe('a weekly series', () => {
	it('keeps the Danish clock across the change to winter time', () => {
		// Tuesday 20 October 2026 10:00 summer time (08:00 UTC); winter time from 25 October
		const start = Date.UTC(2026, 9, 20, 8, 0);
		const series = weeklySeries(start, start + 30 * 60_000, 3);
		expect(series.map((s) => danishWhen(s.startsAt))).toEqual([
			'tirsdag 20. oktober kl. 10.00',
			'tirsdag 27. oktober kl. 10.00',
			'tirsdag 3. november kl. 10.00'
		]);
		expect(series.every((s) => s.endsAt - s.startsAt === 30 * 60_000)).toBe(true);
	});
});

describe('the nearest free times', () => {
	const t = (h: number) => Date.UTC(2026, 11, 10, h);
	const slot = (id: string, h: number) => ({ id, startsAt: pbDate(t(h)) });
	it('closest to the taken one, not begun, at most three, in time order', () => {
		const slots = [slot('a', 8), slot('b', 9), slot('c', 11), slot('d', 13), slot('e', 20), slot('past', 1)];
		expect(nearestFree(slots, t(10), t(2)).map((s) => s.id)).toEqual(['a', 'b', 'c']);
		expect(nearestFree(slots, t(10), t(8)).map((s) => s.id)).toEqual(['b', 'c', 'd']);
		expect(nearestFree([], t(10), t(2))).toEqual([]);
	});
});

describe('reminders', () => {
	// Thursday 10 December 2026 at 14:00 in Copenhagen (13:00 UTC)
	const start = Date.UTC(2026, 11, 10, 13, 0);
	it('the day before from 9 to 21 Danish time, and the hour before', () => {
		expect(appointmentReminderDue(start, Date.UTC(2026, 11, 9, 7, 30))).toBeNull(); // 08:30 the day before
		expect(appointmentReminderDue(start, Date.UTC(2026, 11, 9, 8, 0))).toBe('day-before'); // 09:00
		expect(appointmentReminderDue(start, Date.UTC(2026, 11, 9, 19, 50))).toBe('day-before'); // 20:50
		expect(appointmentReminderDue(start, Date.UTC(2026, 11, 9, 20, 0))).toBeNull(); // 21:00
		expect(appointmentReminderDue(start, Date.UTC(2026, 11, 10, 8, 0))).toBeNull(); // the day itself, 09:00
		expect(appointmentReminderDue(start, start - 60 * 60_000)).toBe('hour-before');
		expect(appointmentReminderDue(start, start - 61 * 60_000)).toBeNull();
		expect(appointmentReminderDue(start, start)).toBeNull();
	});
});
