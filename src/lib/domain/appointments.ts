// Aftaler (issue 15): times in Danish words, a weekly series of concrete times, and the
// nearest free times when one was just taken. In the kernel: the hooks (the refusal of a
// second booking, reminders) and the app say the same.
import { addDays, copenhagenMoment, copenhagenDay, copenhagenOffsetMinutes, dayNumber, DAY_MS, timeOf } from './time';

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** Copenhagen's wall clock at `time`: "10.00" (Danish writes a dot between hours and minutes). */
export function copenhagenClockText(time: Date | number): string {
	const clock = new Date(+time + copenhagenOffsetMinutes(time) * 60_000);
	return `${String(clock.getUTCHours()).padStart(2, '0')}.${String(clock.getUTCMinutes()).padStart(2, '0')}`;
}

/** "tirsdag 8. december kl. 10.00", in Copenhagen time. */
export function danishWhen(time: Date | number): string {
	const day = copenhagenDay(time);
	const n = dayNumber(day);
	const weekday = WEEKDAYS[(((n + 3) % 7) + 7) % 7]!;
	const date = new Date(n * DAY_MS);
	return `${weekday} ${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} kl. ${copenhagenClockText(time)}`;
}

/** Minutes after midnight on Copenhagen's clock at `time`. */
export function copenhagenMinutes(time: Date | number): number {
	const clock = new Date(+time + copenhagenOffsetMinutes(time) * 60_000);
	return clock.getUTCHours() * 60 + clock.getUTCMinutes();
}

/**
 * A weekly series: the same Danish wall-clock time on the same weekday for `weeks` weeks
 * (so 10.00 stays 10.00 across a change to or from summer time), as concrete times.
 */
export function weeklySeries(startsAt: number, endsAt: number, weeks: number): { startsAt: number; endsAt: number }[] {
	const day = copenhagenDay(startsAt);
	const from = copenhagenMinutes(startsAt);
	const length = endsAt - startsAt;
	const out: { startsAt: number; endsAt: number }[] = [];
	for (let i = 0; i < Math.max(1, Math.min(52, Math.floor(weeks))); i++) {
		const start = copenhagenMoment(addDays(day, 7 * i), from) ?? NaN;
		out.push({ startsAt: start, endsAt: start + length });
	}
	return out;
}

export type FreeSlot = { id: string; startsAt: string; endsAt?: string; place?: string; placeText?: string };

/**
 * The `count` free times closest to `around` (the time that was taken), only those that
 * have not begun at `now`, in time order.
 */
export function nearestFree<T extends FreeSlot>(slots: readonly T[], around: number, now: number, count = 3): T[] {
	return slots
		.filter((s) => timeOf(s.startsAt) > now)
		.sort((a, b) => Math.abs(timeOf(a.startsAt) - around) - Math.abs(timeOf(b.startsAt) - around) || timeOf(a.startsAt) - timeOf(b.startsAt))
		.slice(0, count)
		.sort((a, b) => timeOf(a.startsAt) - timeOf(b.startsAt));
}

/** Which reminder of an appointment is due at `now`: the day before (from 9 o'clock to 20), or the hour before. */
export function appointmentReminderDue(startsAt: number, now: number): 'day-before' | 'hour-before' | null {
	if (startsAt <= now) return null;
	if (startsAt - now <= 60 * 60_000) return 'hour-before';
	const hour = Math.floor(copenhagenMinutes(now) / 60);
	if (copenhagenDay(now) === addDays(copenhagenDay(startsAt), -1) && hour >= 9 && hour < 21) return 'day-before';
	return null;
}
