import type { MilestonesResponse, ProgrammesEndDocumentOptions } from '$lib/pb/types.gen';
import { copenhagenDay, parsePbDate } from '$lib/domain/time';
import { dayOf, type Day } from './dates';

/**
 * One status model for a milestone, so every screen (the learner's home and milestone page,
 * the mentor's plan, the caseload signals) says the same thing about it.
 *
 * - todo: the learner does it, not done yet, its day not passed
 * - overdue: not done and its day has passed (whoever does it)
 * - others: someone else does it (mentor, school, workplace), not done yet
 * - waiting: the learner ticked it; the mentor has not approved it yet
 * - done, merit: finished, or skipped because of credit from the RKV
 *
 * A date goes with the state, and a date in the past tense is never in the future: a "done"
 * or "ticked" day after today (a wrong clock, a bad import) is left out instead of shown as
 * "Klaret om 6 uger".
 */
export type MilestoneState = 'todo' | 'overdue' | 'others' | 'waiting' | 'done' | 'merit';

export type MilestoneDate =
	| { kind: 'none' }
	/** to be done on that day (today or later) */
	| { kind: 'due'; day: Day }
	/** was to be done on that day (before today) */
	| { kind: 'overdue'; day: Day }
	/** the learner ticked it that day (today or before) */
	| { kind: 'ticked'; day: Day }
	/** done or approved that day (today or before) */
	| { kind: 'done'; day: Day };

export type MilestoneFacts = Pick<MilestonesResponse, 'status' | 'due' | 'owner'> &
	Partial<Pick<MilestonesResponse, 'doneAt' | 'confirmedAt'>>;

/** The Danish day of a moment (doneAt, confirmedAt), if it is today or before. */
const past = (value: string | undefined, today: Day): Day => {
	const time = parsePbDate(value);
	const day = time ? copenhagenDay(time) : '';
	return day && day <= today ? day : '';
};

export function milestoneState(m: MilestoneFacts, today: Day): MilestoneState {
	if (m.status === 'merit' || m.status === 'done' || m.status === 'waiting') return m.status;
	const due = dayOf(m.due);
	if (due && due < today) return 'overdue';
	return m.owner && m.owner !== 'learner' ? 'others' : 'todo';
}

export function milestoneDate(m: MilestoneFacts, today: Day): MilestoneDate {
	if (m.status === 'merit') return { kind: 'none' };
	if (m.status === 'done') {
		const day = past(m.confirmedAt, today) || past(m.doneAt, today);
		return day ? { kind: 'done', day } : { kind: 'none' };
	}
	if (m.status === 'waiting') {
		const day = past(m.doneAt, today);
		return day ? { kind: 'ticked', day } : { kind: 'none' };
	}
	const due = dayOf(m.due);
	if (!due) return { kind: 'none' };
	return due < today ? { kind: 'overdue', day: due } : { kind: 'due', day: due };
}

/** Not done yet and past its day, whoever does it (the caseload's "over tiden"). */
export const isOverdue = (m: MilestoneFacts, today: Day) => milestoneState(m, today) === 'overdue';

/** The learner can act on it now: theirs, and not ticked, done or skipped. */
export const learnerCanAct = (m: MilestoneFacts) => m.status === 'todo' && (!m.owner || m.owner === 'learner');

/** The end of the path, named by the programme (empty: not told, say "færdig"). */
export type EndDocument = ProgrammesEndDocumentOptions | '';
