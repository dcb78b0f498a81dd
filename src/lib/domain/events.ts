// Fællesskab (issue 14), arrangementer: when an event's reminder is due and how its time
// reads in plain Danish, the same in the app and in the hooks (kernel.gen.js: goja has no
// Intl, so the words are written here).
import { addDays, copenhagenDay, copenhagenOffsetMinutes, parsePbDate, pbDate, timeOf } from './time';

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

/**
 * A day and a time on Copenhagen's clock ("2031-01-15", "17:00") as PocketBase's UTC date,
 * whatever the device's zone; null when either is not a real day or time. The offset is
 * looked up at the result itself, so summer and winter time both come out right.
 */
export function copenhagenTime(day: string, time: string): string | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	const t = /^(\d{2}):(\d{2})$/.exec(time);
	if (!d || !t) return null;
	const [y, mo, da, h, mi] = [...d.slice(1), ...t.slice(1)].map(Number) as [number, number, number, number, number];
	if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
	const wall = Date.UTC(y, mo - 1, da, h, mi);
	if (new Date(wall).getUTCDate() !== da) return null;
	let at = wall - copenhagenOffsetMinutes(wall) * 60_000;
	at = wall - copenhagenOffsetMinutes(at) * 60_000;
	return pbDate(at);
}
