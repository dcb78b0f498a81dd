import type { MilestonesResponse, PlanPhasesResponse } from '$lib/pb/types.gen';
import { dayOf, monthsBetween, type Day } from './dates';

export type Step = MilestonesResponse;
export type Phase = PlanPhasesResponse;

export type PhaseState = 'done' | 'current' | 'later';

export type PhaseView = {
	id: string;
	/** Missing for people who may not read phases (teachers): then all steps are one group. */
	phase: Phase | null;
	steps: Step[];
	/** Steps that count (not skipped for merit), and how many of them are done. */
	total: number;
	done: number;
	state: PhaseState;
};

export type PlanView = {
	phases: PhaseView[];
	/** Every step in the order of the path. */
	steps: Step[];
	total: number;
	done: number;
	/** Ticked by the learner, waiting for the mentor. */
	waiting: number;
	/** "Dit næste skridt": the next one to three steps not done yet, the soonest first. */
	next: Step[];
	/** Index of the phase the learner is in now ("Du er her"). */
	current: number;
	/** The day of the last step: the svendebrev. */
	finish: Day;
	/** Whole months from today to the svendebrev (null without dates). */
	monthsLeft: number | null;
	/** 0–100, for the bar. */
	percent: number;
};

const byOrder = (a: { order?: number; title?: string }, b: { order?: number; title?: string }) =>
	(a.order ?? 0) - (b.order ?? 0) || (a.title ?? '').localeCompare(b.title ?? '', 'da');

/** Steps skipped because of merit from the RKV do not count. */
export const counts = (s: Pick<Step, 'status'>) => s.status !== 'merit';
export const isDone = (s: Pick<Step, 'status'>) => s.status === 'done';

export function isOverdue(s: Pick<Step, 'status' | 'due'>, todayDay: Day): boolean {
	return s.status === 'todo' && Boolean(s.due) && dayOf(s.due) < todayDay;
}

/** Where a learner is on their path, from the local records of one plan. */
export function planView(phases: Phase[], steps: Step[], todayDay: Day): PlanView {
	const sortedPhases = [...phases].sort(byOrder);
	const known = new Set(sortedPhases.map((p) => p.id));
	const groups: PhaseView[] = sortedPhases.map((phase) => ({
		id: phase.id,
		phase,
		steps: steps.filter((s) => s.phase === phase.id).sort(byOrder),
		total: 0,
		done: 0,
		state: 'later'
	}));
	const loose = steps.filter((s) => !known.has(s.phase));
	if (loose.length > 0) {
		const sortLoose = (a: Step, b: Step) => (dayOf(a.due) || '9999').localeCompare(dayOf(b.due) || '9999') || byOrder(a, b);
		groups.push({ id: '', phase: null, steps: loose.sort(sortLoose), total: 0, done: 0, state: 'later' });
	}
	for (const g of groups) {
		g.total = g.steps.filter(counts).length;
		g.done = g.steps.filter(isDone).length;
	}
	// The current phase is the first with something left to do.
	let current = groups.findIndex((g) => g.done < g.total);
	if (current < 0) current = Math.max(0, groups.length - 1);
	const allDone = groups.every((g) => g.done >= g.total);
	groups.forEach((g, i) => {
		g.state = g.total > 0 && g.done >= g.total ? 'done' : i === current && !allDone ? 'current' : i < current ? 'done' : 'later';
	});

	const ordered = groups.flatMap((g) => g.steps);
	const counted = ordered.filter(counts);
	const done = counted.filter(isDone).length;
	const finish = counted.map((s) => dayOf(s.due)).filter(Boolean).sort().at(-1) ?? '';
	return {
		phases: groups,
		steps: ordered,
		total: counted.length,
		done,
		waiting: counted.filter((s) => s.status === 'waiting').length,
		// the soonest first; steps without a date keep their place on the path after those with one
		next: ordered
			.filter((s) => s.status === 'todo')
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
