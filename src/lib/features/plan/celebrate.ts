import type { PlanView } from './progress';

/** What to celebrate: a finished phase (bigger) or finished milestones (small and calm). */
export type Celebration = { kind: 'phase'; title: string } | { kind: 'milestone'; title: string };

export type Seen = { milestones: string[]; phases: string[] };

/** Done milestones and finished phases of a plan. */
export function finished(view: PlanView): Seen {
	return {
		milestones: view.milestones.filter((s) => s.status === 'done').map((s) => s.id),
		phases: view.phases.filter((p) => p.phase && p.total > 0 && p.done >= p.total).map((p) => p.id)
	};
}

/**
 * What became done since the learner last looked (e.g. the mentor confirmed a milestone).
 * The first time nothing is celebrated: the plan may already be half done.
 */
export function whatIsNew(view: PlanView, seen: Seen | null): Celebration | null {
	if (!seen) return null;
	const now = finished(view);
	const phase = view.phases.find((p) => now.phases.includes(p.id) && !seen.phases.includes(p.id));
	if (phase?.phase) return { kind: 'phase', title: phase.phase.title };
	const milestone = view.milestones.find((s) => now.milestones.includes(s.id) && !seen.milestones.includes(s.id));
	return milestone ? { kind: 'milestone', title: milestone.title } : null;
}

const key = (userId: string) => `sammen-plan-seen-${userId}`;

export function loadSeen(userId: string): Seen | null {
	try {
		const raw = localStorage.getItem(key(userId));
		if (!raw) return null;
		// before the rename, done milestones were kept as `steps`
		const seen = JSON.parse(raw) as Partial<Seen> & { steps?: string[] };
		return { milestones: seen.milestones ?? seen.steps ?? [], phases: seen.phases ?? [] };
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
