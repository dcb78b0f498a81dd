// Calendar quarters in Copenhagen time (issue 16: the quarterly report). The one quarter
// rule for the app and the hooks (bundled into pb_hooks/lib/kernel.gen.js): Q1 is January
// to March, and a quarter begins at 00:00 on its first day on Copenhagen's clock.
import { copenhagenTransitions } from './copenhagen-tz.gen';
import { addDays, copenhagenDay, copenhagenDayStart, copenhagenOffsetMinutes, type Day } from './time';

export type Quarter = { year: number; q: 1 | 2 | 3 | 4 };

/** "2026-3" (also "2026-Q3", "2026Q3") as a quarter; null when it is not one. */
export function parseQuarter(text: string | null | undefined): Quarter | null {
	const m = /^(\d{4})-?[Qq]?([1-4])$/.exec(String(text ?? '').trim());
	if (!m) return null;
	const year = Number(m[1]);
	if (year < 1970 || year > 2200) return null;
	return { year, q: Number(m[2]) as Quarter['q'] };
}

/** "2026-3": how a quarter is written in URLs and the API. */
export function quarterKey(quarter: Quarter): string {
	return `${quarter.year}-${quarter.q}`;
}

/** The quarter a moment falls in, on Copenhagen's calendar. */
export function quarterOf(time: Date | number = new Date()): Quarter {
	const day = copenhagenDay(time);
	return { year: Number(day.slice(0, 4)), q: (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as Quarter['q'] };
}

/** The quarter's first and last calendar day ("2026-07-01", "2026-09-30"). */
export function quarterDays(quarter: Quarter): { first: Day; last: Day } {
	const month = (quarter.q - 1) * 3 + 1;
	const first = `${quarter.year}-${String(month).padStart(2, '0')}-01`;
	const next = quarter.q === 4 ? `${quarter.year + 1}-01-01` : `${quarter.year}-${String(month + 3).padStart(2, '0')}-01`;
	return { first, last: addDays(next, -1) };
}

/** The quarter as moments: from its first midnight in Copenhagen to the next quarter's (excluded). */
export function quarterBounds(quarter: Quarter): { start: number; end: number } {
	const { first, last } = quarterDays(quarter);
	return { start: copenhagenDayStart(first), end: copenhagenDayStart(addDays(last, 1)) };
}

/** The quarter `n` quarters after this one (before, when negative). */
export function shiftQuarter(quarter: Quarter, n: number): Quarter {
	const index = quarter.year * 4 + (quarter.q - 1) + n;
	return { year: Math.floor(index / 4), q: ((index % 4) + 1) as Quarter['q'] };
}

/**
 * Copenhagen's UTC offset over [start, end) as pieces: from each moment on, `minutes`
 * ahead of UTC (one piece, or two when the clocks change inside). Lets a database query
 * group moments by Copenhagen day the same way copenhagenDay does.
 */
export function offsetPieces(start: number, end: number): { from: number; minutes: number }[] {
	const pieces = [{ from: start, minutes: copenhagenOffsetMinutes(start) }];
	for (const [at, minutes] of copenhagenTransitions) {
		if (at > start && at < end) pieces.push({ from: at, minutes });
	}
	return pieces;
}
