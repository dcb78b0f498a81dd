// Fællesskab (issue 14), arrangementer: when an event's reminder is due and how its time
// reads in plain Danish, the same in the app and in the hooks (kernel.gen.js: goja has no
// Intl, so the words are written here).
import { addDays, copenhagenDay, copenhagenMoment, copenhagenOffsetMinutes, parsePbDate, pbDate, timeOf } from './time';

/** The answers that count as coming: they get the reminder and every change. */
export const COMING_ANSWERS = ['kommer', 'maaske'] as const;

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** Whether an event starting at `startsAt` is tomorrow on Copenhagen's calendar, seen at `now`. */
export function startsTomorrow(startsAt: string, now: Date | number = new Date()): boolean {
	const at = parsePbDate(startsAt)?.getTime();
	return at !== undefined && copenhagenDay(at) === addDays(copenhagenDay(now), 1);
}

/** "fredag 12. december kl. 17.00" on Copenhagen's clock, for notifications and the page. */
export function eventTimeText(startsAt: string): string {
	const at = parsePbDate(startsAt)?.getTime();
	if (at === undefined) return '';
	const clock = new Date(at + copenhagenOffsetMinutes(at) * 60_000);
	const hh = String(clock.getUTCHours()).padStart(2, '0');
	const mm = String(clock.getUTCMinutes()).padStart(2, '0');
	return `${WEEKDAYS[clock.getUTCDay()]} ${clock.getUTCDate()}. ${MONTHS[clock.getUTCMonth()]} kl. ${hh}.${mm}`;
}

/** What of an event the people coming must hear about: its time or place moved, or it was cancelled. */
export function eventChange(
	before: { startsAt: string; endsAt: string; place: string; cancelled: boolean },
	after: { startsAt: string; endsAt: string; place: string; cancelled: boolean }
): 'cancelled' | 'moved' | null {
	if (after.cancelled && !before.cancelled) return 'cancelled';
	if (after.cancelled) return null;
	const same = (a: string, b: string) => timeOf(a) === timeOf(b) || (a === '' && b === '');
	if (!same(before.startsAt, after.startsAt) || !same(before.endsAt, after.endsAt) || before.place.trim() !== after.place.trim()) return 'moved';
	return null;
}

/** An event's day and "HH:MM" on Copenhagen's clock as a PocketBase date; null when either is not real. */
export function eventTime(day: string, time: string): string | null {
	const t = /^(\d{2}):(\d{2})$/.exec(time);
	if (!t) return null;
	const [h, mi] = t.slice(1).map(Number) as [number, number];
	if (h > 23 || mi > 59) return null;
	const at = copenhagenMoment(day, h * 60 + mi);
	return at === null ? null : pbDate(at);
}

/** An event's moment as its day ("2026-12-12") and "HH:MM" on Copenhagen's clock (the inverse of eventTime); empty for no date. */
export function eventClock(at: string): { day: string; time: string } {
	const time = parsePbDate(at)?.getTime();
	if (time === undefined) return { day: '', time: '' };
	const clock = new Date(time + copenhagenOffsetMinutes(time) * 60_000);
	const hh = String(clock.getUTCHours()).padStart(2, '0');
	const mm = String(clock.getUTCMinutes()).padStart(2, '0');
	return { day: copenhagenDay(time), time: `${hh}:${mm}` };
}

/**
 * An event's time as a form gives it: a day and "HH:MM" start, and an optional end, on
 * Copenhagen's clock. The two PocketBase dates, or what is wrong with them.
 */
export function eventSpan(day: string, from: string, to: string): { startsAt: string; endsAt: string } | { problem: 'needWhen' | 'endBeforeStart' } {
	const startsAt = eventTime(day, from);
	const endsAt = to ? eventTime(day, to) : '';
	if (!startsAt || endsAt === null) return { problem: 'needWhen' };
	if (endsAt && timeOf(endsAt) < timeOf(startsAt)) return { problem: 'endBeforeStart' };
	return { startsAt, endsAt };
}
