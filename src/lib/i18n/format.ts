import { copenhagenDay, dayNumber } from '$lib/domain/time';
import type { Locale } from './locale.svelte';

// Dates and times are always shown in Danish time, whatever the device's zone.
export const timeZone = 'Europe/Copenhagen';

const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

function toDate(value: Date | string | number): Date {
	return value instanceof Date ? value : new Date(value);
}

/** "tirsdag 3. december" (or with the year when it is not this year). */
export function formatDate(value: Date | string | number, locale: Locale = 'da', now = new Date()): string {
	const date = toDate(value);
	const sameYear = yearIn(date) === yearIn(now);
	return new Intl.DateTimeFormat(intlLocale[locale], {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(sameYear ? {} : { year: 'numeric' })
	}).format(date);
}

/** "1. december 2026": a date on paper, with the year, without the weekday. */
export function formatPaperDate(value: Date | string | number, locale: Locale = 'da'): string {
	return new Intl.DateTimeFormat(intlLocale[locale], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(
		toDate(value)
	);
}

/** "14.30" in Danish, "14:30" in English. */
export function formatTime(value: Date | string | number, locale: Locale = 'da'): string {
	return new Intl.DateTimeFormat(intlLocale[locale], { timeZone, hour: '2-digit', minute: '2-digit' }).format(
		toDate(value)
	);
}

function yearIn(date: Date): string {
	return copenhagenDay(date).slice(0, 4);
}

/** Calendar day number in Copenhagen, so "i går" means yesterday there, not 24 hours ago. */
const copenhagenDayNumber = (date: Date) => dayNumber(copenhagenDay(date));

/**
 * Plain relative time for days and beyond: "i dag", "i morgen", "i går", "om 3 dage",
 * "om 2 uger", "for 3 måneder siden".
 */
export function formatRelativeDay(value: Date | string | number, locale: Locale = 'da', now = new Date()): string {
	const days = copenhagenDayNumber(toDate(value)) - copenhagenDayNumber(now);
	const rtf = new Intl.RelativeTimeFormat(intlLocale[locale], { numeric: 'auto' });
	const size = Math.abs(days);
	if (size < 14) return rtf.format(days, 'day');
	if (size < 60) return rtf.format(Math.round(days / 7), 'week');
	if (size < 730) return rtf.format(Math.round(days / 30.44), 'month');
	return rtf.format(Math.round(days / 365.25), 'year');
}

/** Numbers and money with Danish separators: "12.500,50". */
export function formatNumber(value: number, locale: Locale = 'da', options: Intl.NumberFormatOptions = {}): string {
	return new Intl.NumberFormat(intlLocale[locale], options).format(value);
}

export function formatKroner(value: number, locale: Locale = 'da'): string {
	return formatNumber(value, locale, { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });
}
