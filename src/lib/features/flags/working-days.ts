// Working days for the flags' response target. The same rule as the server's
// (pocketbase/pb_hooks/lib/time.js), which decides when a flag escalates: Saturdays
// and Sundays in Copenhagen do not count. (Danish holidays are not counted out.)

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day of the month of the last Sunday of a month (UTC), for the EU summer-time rule. */
function lastSunday(year: number, month: number): number {
	const last = new Date(Date.UTC(year, month + 1, 0));
	return last.getUTCDate() - last.getUTCDay();
}

/** Hours Copenhagen is ahead of UTC at `date`: 2 in summer time, else 1. */
export function copenhagenOffset(date: Date): number {
	const y = date.getUTCFullYear();
	const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
	const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
	const t = date.getTime();
	return t >= start && t < end ? 2 : 1;
}

/** Saturday or Sunday in Copenhagen. */
export function isWeekend(date: Date): boolean {
	const local = new Date(date.getTime() + copenhagenOffset(date) * 3600 * 1000);
	const day = local.getUTCDay();
	return day === 0 || day === 6;
}

/**
 * `days` working days after `from`: each step is a calendar day, and only steps that
 * land on Monday to Friday count. Raised Friday 10:00 with 2 days: due Tuesday 10:00.
 */
export function addWorkingDays(from: Date, days: number): Date {
	let t = from.getTime();
	let left = days;
	while (left > 0) {
		t += DAY_MS;
		if (!isWeekend(new Date(t))) left -= 1;
	}
	return new Date(t);
}

/** The default response target, in working days, when the school has none. */
export const defaultResponseDays = 2;
