// What a date, a number and a birth year must look like before PocketBase stores them.
// PocketBase's date field silently stores "2026-13-45" or "yesterday" as empty, and its
// number field stores "abc" as 0, so the hooks check the raw request first
// (pb_hooks/lib/input.js). Plain TS, in the kernel's bundle for the hooks (hooks-entry.ts).
// isDateText is stricter than the kernel's parsePbDate (which reads what PocketBase wrote).

const dateShape = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The years a date in Sammen may have: anything else is a typo. */
export const dateYears = { min: 1900, max: 2200 };

/** A calendar date (and optional time) in the forms PocketBase and the app use. */
export function isDateText(value: unknown): boolean {
	if (typeof value !== 'string') return false;
	const match = dateShape.exec(value.trim());
	if (!match) return false;
	const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
	if (year === undefined || month === undefined || day === undefined) return false;
	if (year < dateYears.min || year > dateYears.max || hour > 23 || minute > 59 || second > 59) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A number as JSON sends it, or as a form field sends it ("12", "-3", "2.5"). */
export function isNumberText(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	return typeof value === 'string' && /^-?\d{1,15}(?:\.\d{1,15})?$/.test(value.trim());
}

/** People in Sammen are 14 to 100 years old this year. */
export function birthYearRange(now: Date): { min: number; max: number } {
	const year = now.getUTCFullYear();
	return { min: year - 100, max: year - 14 };
}
