import { addDays, copenhagenDay, dayNumber, type Day } from '$lib/domain/time';

/**
 * Plan dates are calendar days. They are stored as midnight UTC of that day
 * ("2026-12-03 00:00:00.000Z"), which is the same day in Danish time, so the day is
 * simply the first ten characters. Day arithmetic is the kernel's (src/lib/domain/time.ts).
 */
export { addDays, type Day };

/** "2026-12-03 00:00:00.000Z" (or any ISO date) → "2026-12-03"; "" stays "". */
export function dayOf(value: string | undefined | null): Day {
	return value ? value.slice(0, 10) : '';
}

/** "2026-12-03" → the stored form; "" stays "" (no date). */
export function storedDay(day: Day): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day} 00:00:00.000Z` : '';
}

/** Today in Danish time, whatever the device's zone. */
export function today(now = new Date()): Day {
	return copenhagenDay(now);
}

/** Whole months from `from` to `to` (rounded; 30.44 days a month). */
export function monthsBetween(from: Day, to: Day): number {
	return Math.round((dayNumber(to) - dayNumber(from)) / 30.44);
}
