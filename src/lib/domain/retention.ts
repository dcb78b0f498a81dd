// How long a learner's data is kept after they finish or stop (issue 16, GDPR): the
// school keeps it for `months` after the day the course ended, then it is deleted
// (anonymised). One rule, used by the retention cron (pb_hooks/privacy.pb.js, through
// the kernel) and by the words on /privatliv.
import { copenhagenDay, copenhagenDayStart, type Day } from './time';

/** When nothing else is set (SAMMEN_RETENTION_MONTHS). */
export const DEFAULT_RETENTION_MONTHS = 12;

/** A whole number of months from the setting (text from the environment), else the default. */
export function retentionMonths(setting: string | number | undefined | null): number {
	const text = String(setting ?? '').trim();
	const months = typeof setting === 'number' ? setting : /^\d+$/.test(text) ? Number(text) : NaN;
	return Number.isInteger(months) && months >= 1 && months <= 120 ? months : DEFAULT_RETENTION_MONTHS;
}

/** The Copenhagen day `months` before `day` (the 31st becomes the month's last day). */
export function monthsBefore(day: Day, months: number): Day {
	const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
	const total = y * 12 + (m - 1) - months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The cut-off instant: a course that ended before it (completed or stopped) is due for
 * deletion now. Midnight in Copenhagen, `months` before today.
 */
export function retentionCutoff(now: Date | number, months: number): number {
	return copenhagenDayStart(monthsBefore(copenhagenDay(now), months));
}

/** Whether a course that ended at `endedAt` is past the retention time at `now`. */
export function isPastRetention(endedAt: Date | number, now: Date | number, months: number): boolean {
	return new Date(endedAt).getTime() < retentionCutoff(now, months);
}
