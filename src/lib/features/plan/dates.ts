import { timeZone } from '$lib/i18n/format';

/**
 * Plan dates are calendar days. They are stored as midnight UTC of that day
 * ("2026-12-03 00:00:00.000Z"), which is the same day in Danish time, so the day is
 * simply the first ten characters.
 */
export type Day = string; // "2026-12-03"

const DAY_MS = 86_400_000;

/** "2026-12-03 00:00:00.000Z" (or any ISO date) → "2026-12-03"; "" stays "". */
export function dayOf(value: string | undefined | null): Day {
	return value ? value.slice(0, 10) : '';
}

/** "2026-12-03" → the stored form; "" stays "" (no date). */
export function storedDay(day: Day): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day} 00:00:00.000Z` : '';
}

export function addDays(day: Day, days: number): Day {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: Day, to: Day): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today in Danish time, whatever the device's zone. */
export function today(now = new Date()): Day {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole months from `from` to `to` (rounded; 30.44 days a month). */
export function monthsBetween(from: Day, to: Day): number {
	return Math.round(daysBetween(from, to) / 30.44);
}
