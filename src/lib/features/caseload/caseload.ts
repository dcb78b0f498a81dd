import { pb } from '$lib/pb/client';
import { anyOf } from '$lib/features/plan/learner-overview';
import type { UsersResponse } from '$lib/pb/types.gen';

export type CaseloadEntry = { learner: UsersResponse; since: string };

/** The mentor's current learners (the access rules return only those). */
export async function loadCaseload(mentorId: string): Promise<CaseloadEntry[]> {
	const mentorships = await pb.collection('mentorships').getFullList({
		filter: pb.filter('mentor = {:id} && (end = "" || end > @now)', { id: mentorId })
	});
	if (mentorships.length === 0) return [];
	const learners = await pb
		.collection('users')
		.getFullList({ filter: anyOf('id', mentorships.map((m) => m.learner)), sort: 'name' });
	const since = new Map(mentorships.map((m) => [m.learner, m.start]));
	return learners.map((learner) => ({ learner, since: since.get(learner.id) ?? '' }));
}
