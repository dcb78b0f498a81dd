// Time for the app and the PocketBase hooks alike (bundled into pb_hooks/lib/kernel.gen.js):
// PocketBase's date format, the Copenhagen day, Danish working days. Plain functions with no
// Intl: the hooks' JS engine (goja) has none, so Copenhagen's UTC offsets come from a table
// generated from the tz database (copenhagen-tz.gen.ts, `npm run typegen`).
import { easter } from 'date-easter';
import { copenhagenTransitions } from './copenhagen-tz.gen';

export const DAY_MS = 86_400_000;

/** A calendar day, "2026-12-03". */
export type Day = string;

/** PocketBase's date format: "2026-11-22 01:45:03.123Z". */
export function pbDate(date: Date | number = new Date()): string {
	return new Date(date).toISOString().replace('T', ' ');
}

/** A PocketBase date (or ISO string) as a Date; null when empty or not a date. */
export function parsePbDate(value: string | undefined | null): Date | null {
	if (!value) return null;
	const t = Date.parse(String(value).replace(' ', 'T'));
	return Number.isNaN(t) ? null : new Date(t);
}

/** A PocketBase date (or ISO string) as a time in ms; 0 when empty or not a date. */
export function timeOf(value: string | undefined | null): number {
	return parsePbDate(value)?.getTime() ?? 0;
}

/** Whole days from `from` to `to` (times in ms), rounded down, never negative (an age: "for 3 dage siden"). */
export function daysBetween(from: number, to: number): number {
	return Math.max(0, Math.floor((to - from) / DAY_MS));
}

/** Minutes Copenhagen is ahead of UTC at `time` (60 in winter, 120 in summer, as the tz database says). */
export function copenhagenOffsetMinutes(time: Date | number): number {
	const t = +time;
	let lo = 0;
	let hi = copenhagenTransitions.length - 1;
	if (hi < 0 || t < copenhagenTransitions[0]![0]) return 60;
	// the last transition at or before t
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (copenhagenTransitions[mid]![0] <= t) lo = mid;
		else hi = mid - 1;
	}
	return copenhagenTransitions[lo]![1];
}

/** Copenhagen's wall clock at `time`, as a Date whose UTC fields show it (for day, weekday, hour). */
function copenhagenClock(time: Date | number): Date {
	return new Date(+time + copenhagenOffsetMinutes(time) * 60_000);
}

/** The calendar day in Copenhagen at `time`, whatever the device's zone. */
export function copenhagenDay(time: Date | number = new Date()): Day {
	return copenhagenClock(time).toISOString().slice(0, 10);
}

/** The hour (0–23) on Copenhagen's clock at `time`. */
export function copenhagenHour(time: Date | number): number {
	return copenhagenClock(time).getUTCHours();
}

/** A day as a number (days since 1970-01-01), so days can be subtracted. */
export function dayNumber(day: Day): number {
	return Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** The day `days` after `day` (before, when negative). */
export function addDays(day: Day, days: number): Day {
	return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}


/**
 * The moment (ms) Copenhagen's clock shows `minutes` after midnight on `day`, whatever
 * the device's zone; null when `day` is not a real calendar day or `minutes` is not
 * within the day. The offset is looked up at the result itself, so summer and winter
 * time both come out right (the one wall-clock → moment rule: events, appointments).
 */
export function copenhagenMoment(day: string, minutes: number): number | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!d || !Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) return null;
	const [y, mo, da] = d.slice(1).map(Number) as [number, number, number];
	const wall = Date.UTC(y, mo - 1, da) + minutes * 60_000;
	if (new Date(wall).getUTCDate() !== da || new Date(wall).getUTCMonth() !== mo - 1) return null;
	const guess = wall - copenhagenOffsetMinutes(wall) * 60_000;
	return wall - copenhagenOffsetMinutes(guess) * 60_000;
}
/** When `day` begins in Copenhagen (00:00 there), in ms. */
export function copenhagenDayStart(day: Day): number {
	const midnightUtc = dayNumber(day) * DAY_MS;
	// The offset at that midnight: no Danish clock change happens near midnight.
	return midnightUtc - copenhagenOffsetMinutes(midnightUtc - 60 * 60_000) * 60_000;
}

const holidayCache: Record<number, Record<Day, true>> = {};

/**
 * Denmark's public holidays (helligdage) in `year`: New Year, Maundy Thursday, Good Friday,
 * Easter Sunday and Monday, Store Bededag (until 2023: abolished from 2024), Ascension,
 * Whit Sunday and Monday, Christmas Day and Boxing Day. Written here, with Easter from
 * `date-easter`, because the holiday libraries (date-holidays) pull in moment-timezone and
 * every country's data, far too much for the hooks' bundle.
 */
export function danishHolidays(year: number): Day[] {
	const e = easter(year);
	const easterDay = `${e.year}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`;
	const fromEaster = [-3, -2, 0, 1, ...(year <= 2023 ? [26] : []), 39, 49, 50];
	return [`${year}-01-01`, ...fromEaster.map((d) => addDays(easterDay, d)), `${year}-12-25`, `${year}-12-26`];
}

/** Whether `day` is a Danish public holiday. */
export function isDanishHoliday(day: Day): boolean {
	const year = Number(day.slice(0, 4));
	let days = holidayCache[year];
	if (!days) {
		days = {};
		for (const d of danishHolidays(year)) days[d] = true;
		holidayCache[year] = days;
	}
	return days[day.slice(0, 10)] === true;
}

/** Monday to Friday and not a public holiday, in Copenhagen. */
export function isWorkingDay(time: Date | number): boolean {
	const clock = copenhagenClock(time);
	const weekday = clock.getUTCDay();
	return weekday !== 0 && weekday !== 6 && !isDanishHoliday(clock.toISOString().slice(0, 10));
}

/**
 * `days` working days after `from`: each step is a calendar day, and only steps that land
 * on a working day count. With 2 days, a flag raised Friday 10:00 is due Tuesday 10:00,
 * and one raised the Wednesday before Easter is due the Wednesday after
 * (Maundy Thursday, Good Friday, the weekend and Easter Monday do not count).
 */
export function addWorkingDays(from: Date | number, days: number): Date {
	let t = +from;
	let left = days;
	while (left > 0) {
		t += DAY_MS;
		if (isWorkingDay(t)) left -= 1;
	}
	return new Date(t);
}

/** Working days a mentor has to answer a flag before it escalates, when the school set none. */
export const DEFAULT_FLAG_RESPONSE_DAYS = 2;

/** The school's response target in working days (its `flagResponseDays`, else the default). */
export function flagResponseDays(schoolDays: number | null | undefined): number {
	return schoolDays && schoolDays > 0 ? schoolDays : DEFAULT_FLAG_RESPONSE_DAYS;
}
