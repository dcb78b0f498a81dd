// The quarterly report (issue 16), computed from plain records: the hooks run this very
// code (GET /api/sammen/report, pb_hooks/report.pb.js) and the tests check it against
// fixtures with known answers. Every figure is defined here, once, in plain words:
//
// - A learner's course starts on `startDate` (no start date: not counted; `missingStart`).
// - In course in the quarter (`inCourse`): started on or before its last day, and not
//   completed or stopped on the day before it began. Each of them ends the quarter as
//   exactly one of active · leave · completed · stopped: their status on the last day
//   (learner-status.ts). So inCourse = active + leave + completed + stopped.
// - `started`: the start date is in the quarter.
// - `retention`: the share of those in course who did not stop in the quarter.
// - Age: the quarter's year minus the birth year, in bands.
// - Mentor contact: a contact is a day on which the mentor wrote to the learner (a message
//   sent by the conversation's mentor) or held an appointment with them (status done).
//   Days between contacts: the gaps between one learner's contact days in the quarter,
//   all learners' gaps together, median. Learners in course without any contact are counted.
// - Flags: raised in the quarter (duplicates joined to another left out); the median time
//   from raised to acknowledged (days, one decimal); the share now closed (closing needs an
//   outcome, which the teacher who raised it reads: the loop is closed).
// - Help requests: asked in the quarter; how many are solved now.
import { LEARNER_STATUSES, STOP_REASONS, dayOf, statusOn, type StatusRow } from './learner-status';
import { quarterBounds, quarterDays, quarterKey, type Quarter } from './quarter';
import { addDays, dayNumber, timeOf, DAY_MS, type Day } from './time';

export type ReportLearner = {
	id: string;
	startDate?: string;
	birthYear?: number | null;
	funding?: string;
	referral?: string;
	track?: string;
};
export type ReportStatus = StatusRow & { learner: string };
export type ReportInput = {
	quarter: Quarter;
	learners: readonly ReportLearner[];
	statuses: readonly ReportStatus[];
	/** Moments the learner's mentor wrote to them or held an appointment with them. */
	contacts: readonly { learner: string; at: string }[];
	flags: readonly { learner: string; created: string; acknowledgedAt?: string; status: string; joinedTo?: string }[];
	helpRequests: readonly { learner: string; created: string; status: string }[];
};

export type Figures = {
	inCourse: number;
	started: number;
	active: number;
	leave: number;
	completed: number;
	stopped: number;
	/** 0–1, or null when nobody was in course. */
	retention: number | null;
};
export type Breakdown = { key: string; figures: Figures }[];

export const TRACKS = ['EUV1', 'EUV2', 'EUV3'] as const;
export const FUNDINGS = ['uddannelsesloeft', 'voksenlaerling', 'veu', 'loen'] as const;
export const REFERRALS = ['jobcenter', 'a_kasse', 'arbejdsgiver', 'selv'] as const;
export const AGE_BANDS = ['u25', '25-34', '35-44', '45-54', '55+'] as const;
/** The key of a breakdown's row for learners where the record does not say. */
export const UNKNOWN = 'ukendt';

export type QuarterReport = {
	quarter: string;
	first: Day;
	last: Day;
	learners: number;
	missingStart: number;
	totals: Figures;
	byTrack: Breakdown;
	byFunding: Breakdown;
	byReferral: Breakdown;
	byAge: Breakdown;
	stopReasons: { key: string; count: number }[];
	contact: { learners: number; withContact: number; withoutContact: number; gaps: number; medianDaysBetween: number | null };
	flags: { raised: number; acknowledged: number; medianDaysToAcknowledge: number | null; closed: number; closedShare: number | null };
	help: { requests: number; solved: number };
};

/** The median of the numbers, or null for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/** The age band of a learner born in `birthYear`, in `year`. */
export function ageBand(birthYear: number | null | undefined, year: number): string {
	if (!birthYear) return UNKNOWN;
	const age = year - birthYear;
	if (age < 25) return 'u25';
	if (age < 35) return '25-34';
	if (age < 45) return '35-44';
	if (age < 55) return '45-54';
	return '55+';
}

type Outcome = { learner: ReportLearner; started: boolean; end: string; stopReason: string };

function figuresOf(rows: readonly Outcome[]): Figures {
	const count = (status: string) => rows.filter((r) => r.end === status).length;
	const stopped = count('stopped');
	return {
		inCourse: rows.length,
		started: rows.filter((r) => r.started).length,
		active: count('active'),
		leave: count('leave'),
		completed: count('completed'),
		stopped,
		retention: share(rows.length - stopped, rows.length)
	};
}

function breakdown(rows: readonly Outcome[], keys: readonly string[], keyOf: (l: ReportLearner) => string | undefined): Breakdown {
	// one pass to group (a school has thousands of learners; the hooks' engine is slow)
	const groups = new Map<string, Outcome[]>([...keys, UNKNOWN].map((k) => [k, []]));
	for (const r of rows) {
		const k = keyOf(r.learner);
		groups.get(k && groups.has(k) && k !== UNKNOWN ? k : UNKNOWN)!.push(r);
	}
	return [...groups].map(([key, group]) => ({ key, figures: figuresOf(group) }));
}

export function quarterReport(input: ReportInput): QuarterReport {
	const { first, last } = quarterDays(input.quarter);
	// by moments, not days: the same test (a quarter's days run from its first Copenhagen
	// midnight to the next quarter's), without working out a day for each of thousands of rows
	const { start, end } = quarterBounds(input.quarter);
	const inQuarter = (value: string | undefined) => {
		const t = timeOf(value);
		return t >= start && t < end;
	};
	// contact days repeat (one per learner and day): each text is turned into a day once
	const dayTexts = new Map<string, Day>();
	const dayOfCached = (value: string) => {
		let day = dayTexts.get(value);
		if (day === undefined) dayTexts.set(value, (day = dayOf(value)));
		return day;
	};
	const statusesBy = new Map<string, ReportStatus[]>();
	for (const s of input.statuses) {
		const list = statusesBy.get(s.learner);
		if (list) list.push(s);
		else statusesBy.set(s.learner, [s]);
	}

	const dayBefore = addDays(first, -1);
	const outcomes: Outcome[] = [];
	let missingStart = 0;
	for (const learner of input.learners) {
		const start = dayOf(learner.startDate);
		if (!start) {
			missingStart++;
			continue;
		}
		if (start > last) continue;
		const rows = statusesBy.get(learner.id) ?? [];
		const before = start < first ? (statusOn(rows, dayBefore)?.status ?? 'active') : 'active';
		if (before === 'completed' || before === 'stopped') continue;
		const endRow = statusOn(rows, last);
		const end = endRow?.status ?? 'active';
		outcomes.push({ learner, started: start >= first, end, stopReason: end === 'stopped' ? (endRow?.stopReason ?? '') : '' });
	}

	const stopped = outcomes.filter((o) => o.end === 'stopped');
	const stopReasons = [...STOP_REASONS, UNKNOWN].map((key) => ({
		key,
		count: stopped.filter((o) => (key === UNKNOWN ? !(STOP_REASONS as readonly string[]).includes(o.stopReason) : o.stopReason === key)).length
	}));

	// mentor contact: distinct contact days per learner in course
	const inCourse = new Set(outcomes.map((o) => o.learner.id));
	const contactDays = new Map<string, Set<Day>>();
	for (const c of input.contacts) {
		if (!inCourse.has(c.learner) || !inQuarter(c.at)) continue;
		const days = contactDays.get(c.learner) ?? new Set<Day>();
		days.add(dayOfCached(c.at));
		contactDays.set(c.learner, days);
	}
	const gaps: number[] = [];
	for (const days of contactDays.values()) {
		const sorted = [...days].sort();
		for (let i = 1; i < sorted.length; i++) gaps.push(dayNumber(sorted[i]!) - dayNumber(sorted[i - 1]!));
	}

	const learnerIds = new Set(input.learners.map((l) => l.id));
	const flags = input.flags.filter((f) => learnerIds.has(f.learner) && !f.joinedTo && inQuarter(f.created));
	const acknowledged = flags.filter((f) => timeOf(f.acknowledgedAt) > 0);
	const closed = flags.filter((f) => f.status === 'closed').length;
	const help = input.helpRequests.filter((h) => learnerIds.has(h.learner) && inQuarter(h.created));

	return {
		quarter: quarterKey(input.quarter),
		first,
		last,
		learners: input.learners.length,
		missingStart,
		totals: figuresOf(outcomes),
		byTrack: breakdown(outcomes, TRACKS, (l) => l.track),
		byFunding: breakdown(outcomes, FUNDINGS, (l) => l.funding),
		byReferral: breakdown(outcomes, REFERRALS, (l) => l.referral),
		byAge: breakdown(outcomes, AGE_BANDS, (l) => ageBand(l.birthYear, input.quarter.year)),
		stopReasons,
		contact: {
			learners: outcomes.length,
			withContact: contactDays.size,
			withoutContact: outcomes.length - contactDays.size,
			gaps: gaps.length,
			medianDaysBetween: oneDecimal(median(gaps))
		},
		flags: {
			raised: flags.length,
			acknowledged: acknowledged.length,
			medianDaysToAcknowledge: oneDecimal(
				median(acknowledged.map((f) => (timeOf(f.acknowledgedAt) - timeOf(f.created)) / DAY_MS))
			),
			closed,
			closedShare: share(closed, flags.length)
		},
		help: { requests: help.length, solved: help.filter((h) => h.status === 'solved').length }
	};
}

/** The statuses in the report's fixed order (for tables and charts). */
export const REPORT_STATUSES = LEARNER_STATUSES;
