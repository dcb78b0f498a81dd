// The kernel's time code: the same code the hooks run (pb_hooks/lib/kernel.gen.js).
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addWorkingDays,
	copenhagenDay,
	copenhagenDayStart,
	copenhagenHour,
	copenhagenOffsetMinutes,
	danishHolidays,
	dayNumber,
	daysBetween,
	DEFAULT_FLAG_RESPONSE_DAYS,
	flagResponseDays,
	isDanishHoliday,
	isWorkingDay,
	parsePbDate,
	pbDate,
	timeOf
} from './time';

// 2026-11-20 is a Friday; 2026-11-23 a Monday.
const at = (iso: string) => new Date(iso);
const isWeekend = (date: Date) => [0, 6].includes(new Date(copenhagenDay(date)).getUTCDay());

describe('PocketBase dates', () => {
	it('writes and reads PocketBase’s format', () => {
		expect(pbDate(at('2026-11-22T01:45:03.123Z'))).toBe('2026-11-22 01:45:03.123Z');
		expect(parsePbDate('2026-11-22 01:45:03.123Z')?.toISOString()).toBe('2026-11-22T01:45:03.123Z');
		expect(timeOf('2026-11-22 01:45:03.123Z')).toBe(Date.parse('2026-11-22T01:45:03.123Z'));
		expect(timeOf('2026-11-20T10:00:00Z')).toBe(Date.parse('2026-11-20T10:00:00Z')); // ISO too
	});
	it('empty or broken is no date', () => {
		expect(parsePbDate('')).toBeNull();
		expect(parsePbDate('not a date')).toBeNull();
		expect(timeOf(undefined)).toBe(0);
		expect(timeOf('nope')).toBe(0);
	});
	it('counts whole days, rounding down, never negative', () => {
		const t = Date.parse('2026-11-20T09:00:00Z');
		expect(daysBetween(t, t + 86_400_000 * 2.9)).toBe(2);
		expect(daysBetween(t, t)).toBe(0);
		expect(daysBetween(t + 86_400_000 * 3, t)).toBe(0); // a clock a little ahead is no minus days
	});
	it('adds and numbers calendar days', () => {
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(dayNumber('2026-12-03') - dayNumber('2026-11-22')).toBe(11);
	});
});

describe('Copenhagen time, from the tz database', () => {
	it('knows summer and winter time', () => {
		expect(copenhagenOffsetMinutes(at('2026-01-15T12:00:00Z'))).toBe(60);
		expect(copenhagenOffsetMinutes(at('2026-07-15T12:00:00Z'))).toBe(120);
		expect(copenhagenOffsetMinutes(at('2026-03-29T00:59:00Z'))).toBe(60); // the last Sunday of March, before 01:00 UTC
		expect(copenhagenOffsetMinutes(at('2026-03-29T01:00:00Z'))).toBe(120);
		expect(copenhagenOffsetMinutes(at('2026-10-25T01:00:00Z'))).toBe(60);
	});

	it('agrees with Intl (the browser’s and Node’s tz data) on day and hour, 1990–2099', () => {
		const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
		const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: 'numeric', hourCycle: 'h23' });
		// every 37 hours and 11 minutes: all hours of the day, all seasons, both clock changes
		for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2100, 0, 1); t += 37 * 3600_000 + 11 * 60_000) {
			expect(copenhagenDay(t)).toBe(day.format(t));
			expect(copenhagenHour(t)).toBe(Number(hour.format(t)));
		}
	});

	it('the day starts at midnight in Copenhagen', () => {
		expect(new Date(copenhagenDayStart('2026-07-01')).toISOString()).toBe('2026-06-30T22:00:00.000Z');
		expect(new Date(copenhagenDayStart('2026-12-01')).toISOString()).toBe('2026-11-30T23:00:00.000Z');
		expect(copenhagenDay(copenhagenDayStart('2026-03-29'))).toBe('2026-03-29');
	});

	it('counts weekends in Copenhagen time, not UTC', () => {
		// Friday 23:30 UTC is Saturday 00:30 in Copenhagen (winter)
		expect(isWeekend(at('2026-11-20T23:30:00Z'))).toBe(true);
		expect(isWorkingDay(at('2026-11-20T23:30:00Z'))).toBe(false);
		expect(isWeekend(at('2026-11-20T22:30:00Z'))).toBe(false);
		expect(isWorkingDay(at('2026-11-20T22:30:00Z'))).toBe(true);
		// Sunday 22:30 UTC in summer is Monday 00:30 in Copenhagen
		expect(isWeekend(at('2026-06-14T22:30:00Z'))).toBe(false);
		expect(isWorkingDay(at('2026-06-14T22:30:00Z'))).toBe(true);
	});
});

describe('Danish public holidays', () => {
	it('knows the holidays of a year, Easter and all that hangs on it', () => {
		// Easter Sunday 2027 is 28 March
		expect(danishHolidays(2027)).toEqual([
			'2027-01-01',
			'2027-03-25', // skærtorsdag
			'2027-03-26', // langfredag
			'2027-03-28', // påskedag
			'2027-03-29', // 2. påskedag
			'2027-05-06', // Kristi himmelfartsdag
			'2027-05-16', // pinsedag
			'2027-05-17', // 2. pinsedag
			'2027-12-25',
			'2027-12-26'
		]);
		expect(danishHolidays(2026)).toContain('2026-04-05'); // Easter Sunday 2026
	});
	it('Store Bededag until 2023, not after', () => {
		expect(isDanishHoliday('2023-05-05')).toBe(true);
		expect(danishHolidays(2024)).toHaveLength(10);
		expect(danishHolidays(2023)).toHaveLength(11);
	});
	it('a holiday is no working day, in Copenhagen time', () => {
		expect(isWorkingDay(at('2026-12-25T10:00:00Z'))).toBe(false);
		expect(isWorkingDay(at('2026-12-24T22:59:00Z'))).toBe(true); // 23:59 on the 24th in Copenhagen
		expect(isWorkingDay(at('2026-12-24T23:00:00Z'))).toBe(false); // midnight: Christmas Day
	});
});

describe('working days', () => {
	it('skips Saturday and Sunday', () => {
		expect(addWorkingDays(at('2026-11-20T09:00:00Z'), 2).toISOString()).toBe('2026-11-24T09:00:00.000Z'); // Fri → Tue
		expect(addWorkingDays(at('2026-11-23T09:00:00Z'), 2).toISOString()).toBe('2026-11-25T09:00:00.000Z'); // Mon → Wed
		expect(addWorkingDays(at('2026-11-21T12:00:00Z'), 1).toISOString()).toBe('2026-11-23T12:00:00.000Z'); // Sat → Mon
		expect(addWorkingDays(at('2026-11-18T12:00:00Z'), 5).toISOString()).toBe('2026-11-25T12:00:00.000Z'); // a week
	});

	it('skips Easter: Wednesday before it → Wednesday after', () => {
		// steps of 24 hours: summer time begins on Easter Sunday 2027, so 10:00 becomes 11:00
		expect(addWorkingDays(at('2027-03-24T09:00:00Z'), 2).toISOString()).toBe('2027-03-31T09:00:00.000Z');
		expect(addWorkingDays(at('2027-03-24T09:00:00Z'), 1).toISOString()).toBe('2027-03-30T09:00:00.000Z');
	});

	it('zero days is now', () => {
		expect(addWorkingDays(at('2026-11-21T12:00:00Z'), 0).toISOString()).toBe('2026-11-21T12:00:00.000Z');
	});

	it('a flag’s response target: the school’s, else 2 working days', () => {
		expect(DEFAULT_FLAG_RESPONSE_DAYS).toBe(2);
		expect(flagResponseDays(0)).toBe(2);
		expect(flagResponseDays(null)).toBe(2);
		expect(flagResponseDays(5)).toBe(5);
	});
});
