import type { MilestonesResponse, PlanPhasesResponse } from '$lib/pb/types.gen';
import { dayOf, monthsBetween, type Day } from './dates';
import { isOverdue, learnerCanAct } from './milestone-state';

export type Milestone = MilestonesResponse;
export type Phase = PlanPhasesResponse;

export type PhaseState = 'done' | 'current' | 'later';

export type PhaseView = {
	id: string;
	/** Missing for people who may not read phases (teachers): then all milestones are one group. */
	phase: Phase | null;
	milestones: Milestone[];
	/** Milestones that count (not skipped for merit), and how many of them are done. */
	total: number;
	done: number;
	state: PhaseState;
};

export type PlanView = {
	phases: PhaseView[];
	/** Every milestone in the order of the path. */
	milestones: Milestone[];
	total: number;
	done: number;
	/** Ticked by the learner, waiting for the mentor. */
	waiting: number;
	/** "Din næste milepæl": the next one to three milestones the learner can act on (theirs, not ticked yet), the soonest first. */
	next: Milestone[];
	/** Index of the phase the learner is in now ("Du er her"). */
	current: number;
	/** The day of the last milestone: the svendebrev. */
	finish: Day;
	/** Whole months from today to the svendebrev (null without dates). */
	monthsLeft: number | null;
	/** 0–100, for the bar. */
	percent: number;
};

const byOrder = (a: { order?: number; title?: string }, b: { order?: number; title?: string }) =>
	(a.order ?? 0) - (b.order ?? 0) || (a.title ?? '').localeCompare(b.title ?? '', 'da');

/** Milestones skipped because of merit from the RKV do not count. */
export const counts = (s: Pick<Milestone, 'status'>) => s.status !== 'merit';
export const isDone = (s: Pick<Milestone, 'status'>) => s.status === 'done';

export { isOverdue };

/** Where a learner is on their path, from the local records of one plan. */
export function planView(phases: Phase[], milestones: Milestone[], todayDay: Day): PlanView {
	const sortedPhases = [...phases].sort(byOrder);
	const known = new Set(sortedPhases.map((p) => p.id));
	const groups: PhaseView[] = sortedPhases.map((phase) => ({
		id: phase.id,
		phase,
		milestones: milestones.filter((s) => s.phase === phase.id).sort(byOrder),
		total: 0,
		done: 0,
		state: 'later'
	}));
	const loose = milestones.filter((s) => !known.has(s.phase));
	if (loose.length > 0) {
		const sortLoose = (a: Milestone, b: Milestone) => (dayOf(a.due) || '9999').localeCompare(dayOf(b.due) || '9999') || byOrder(a, b);
		groups.push({ id: '', phase: null, milestones: loose.sort(sortLoose), total: 0, done: 0, state: 'later' });
	}
	for (const g of groups) {
		g.total = g.milestones.filter(counts).length;
		g.done = g.milestones.filter(isDone).length;
	}
	// The current phase is the first with something left to do.
	let current = groups.findIndex((g) => g.done < g.total);
	if (current < 0) current = Math.max(0, groups.length - 1);
	const allDone = groups.every((g) => g.done >= g.total);
	groups.forEach((g, i) => {
		g.state = g.total > 0 && g.done >= g.total ? 'done' : i === current && !allDone ? 'current' : i < current ? 'done' : 'later';
	});

	const ordered = groups.flatMap((g) => g.milestones);
	const counted = ordered.filter(counts);
	const done = counted.filter(isDone).length;
	const finish = counted.map((s) => dayOf(s.due)).filter(Boolean).sort().at(-1) ?? '';
	return {
		phases: groups,
		milestones: ordered,
		total: counted.length,
		done,
		waiting: counted.filter((s) => s.status === 'waiting').length,
		// the soonest first; milestones without a date keep their place on the path after those with one
		next: ordered
			.filter(learnerCanAct)
			.map((s, i) => ({ s, i, day: dayOf(s.due) || '9999' }))
			.sort((a, b) => a.day.localeCompare(b.day) || a.i - b.i)
			.slice(0, 3)
			.map(({ s }) => s),
		current,
		finish,
		monthsLeft: finish ? Math.max(0, monthsBetween(todayDay, finish)) : null,
		percent: counted.length ? Math.round((done / counted.length) * 100) : 0
	};
}

/** The first and last day of a phase's counted milestones ("" when none has a date). */
export function phaseSpan(group: Pick<PhaseView, 'milestones'>): { from: Day; to: Day } {
	const days = group.milestones
		.filter(counts)
		.flatMap((s) => [dayOf(s.start), dayOf(s.due)])
		.filter(Boolean)
		.sort();
	return { from: days[0] ?? '', to: days.at(-1) ?? '' };
}
