import type { PlanView } from './progress';

/** What to celebrate: a finished phase (bigger) or finished steps (small and calm). */
export type Celebration = { kind: 'phase'; title: string } | { kind: 'step'; title: string };

export type Seen = { steps: string[]; phases: string[] };

/** Done steps and finished phases of a plan. */
export function finished(view: PlanView): Seen {
	return {
		steps: view.steps.filter((s) => s.status === 'done').map((s) => s.id),
		phases: view.phases.filter((p) => p.phase && p.total > 0 && p.done >= p.total).map((p) => p.id)
	};
}

/**
 * What became done since the learner last looked (e.g. the mentor confirmed a step).
 * The first time nothing is celebrated: the plan may already be half done.
 */
export function whatIsNew(view: PlanView, seen: Seen | null): Celebration | null {
	if (!seen) return null;
	const now = finished(view);
	const phase = view.phases.find((p) => now.phases.includes(p.id) && !seen.phases.includes(p.id));
	if (phase?.phase) return { kind: 'phase', title: phase.phase.title };
	const step = view.steps.find((s) => now.steps.includes(s.id) && !seen.steps.includes(s.id));
	return step ? { kind: 'step', title: step.title } : null;
}

const key = (userId: string) => `sammen-plan-seen-${userId}`;

export function loadSeen(userId: string): Seen | null {
	try {
		const raw = localStorage.getItem(key(userId));
		return raw ? (JSON.parse(raw) as Seen) : null;
	} catch {
		return null;
	}
}

export function saveSeen(userId: string, seen: Seen) {
	try {
		localStorage.setItem(key(userId), JSON.stringify(seen));
	} catch {
		// private mode or full storage: celebrations may repeat, nothing else breaks
	}
}
