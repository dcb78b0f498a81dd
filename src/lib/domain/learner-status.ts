// Where a learner is in their course (issue 16): one rule for the app and the hooks. The
// history is append-only rows; the status on a day is the row with the latest `from` on or
// before that day (rows of the same day: the one made last). No row yet: active.
import { copenhagenDay, timeOf, type Day } from './time';

export const LEARNER_STATUSES = ['active', 'leave', 'completed', 'stopped'] as const;
export type LearnerStatus = (typeof LEARNER_STATUSES)[number];

export const STOP_REASONS = ['job', 'health', 'family', 'moved', 'other_education', 'other'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export type StatusRow = {
	status: string;
	from: string;
	certificateDate?: string;
	stopReason?: string;
	created?: string;
};

/** A PocketBase date (or ISO string) as its Copenhagen day; '' when empty. */
export function dayOf(value: string | undefined | null): Day {
	const t = timeOf(value);
	return t ? copenhagenDay(t) : '';
}

/** The rows newest first: by `from` day, then by when they were made. */
export function statusHistory<T extends StatusRow>(rows: readonly T[]): T[] {
	return [...rows].sort((a, b) => {
		const byDay = dayOf(b.from).localeCompare(dayOf(a.from));
		return byDay !== 0 ? byDay : timeOf(b.created) - timeOf(a.created);
	});
}

/** The row in force on `day` (default: the newest row of all), or null when none had begun. */
export function statusOn<T extends StatusRow>(rows: readonly T[], day?: Day): T | null {
	for (const row of statusHistory(rows)) {
		if (day === undefined || dayOf(row.from) <= day) return row;
	}
	return null;
}

/**
 * What is missing or does not belong in a new status row, by field, as the hooks' codes:
 * completed needs the certificate's day, stopped needs a reason; neither belongs elsewhere.
 */
export function statusProblems(row: StatusRow): Record<string, string> {
	const problems: Record<string, string> = {};
	if (!(LEARNER_STATUSES as readonly string[]).includes(row.status)) problems.status = 'validation_invalid_value';
	if (!dayOf(row.from)) problems.from = 'validation_required';
	if (row.status === 'completed' && !dayOf(row.certificateDate)) problems.certificateDate = 'sammen_status_certificate_date';
	if (row.status !== 'completed' && row.certificateDate) problems.certificateDate = 'sammen_status_not_completed';
	if (row.status === 'stopped' && !row.stopReason) problems.stopReason = 'sammen_status_stop_reason';
	if (row.status !== 'stopped' && row.stopReason) problems.stopReason = 'sammen_status_not_stopped';
	return problems;
}
