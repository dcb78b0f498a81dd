import { session } from '$lib/auth/session.svelte';
import { live } from '$lib/sync/live.svelte';
import { learnerOverview } from './learner-overview';
import { learnerPlan } from './queries';

// The signed-in learner's own reads, for the pages under /hjem (Mit forløb, Vis min plan,
// Tid og økonomi): one place that says which plan is "mine". Call while a component initialises.

/** The signed-in learner's plan, read locally and kept live. */
export function myPlan() {
	return live((db, id) => (id ? learnerPlan(db, id) : Promise.resolve(null)), null, () => session.user?.id);
}

/** The signed-in learner's school, mentor and classes, read locally and kept live. */
export function myOverview() {
	return live(
		(db, u) => (u ? learnerOverview(db, u.id, u.school) : Promise.resolve(null)),
		null,
		() => (session.user ? { id: session.user.id, school: session.user.school } : null)
	);
}
