import type { UsersResponse } from '$lib/pb/types.gen';
import { isCurrent } from '$lib/features/plan/learner-overview';
import type { SammenDb } from '$lib/sync/db';

export type CaseloadEntry = { learner: UsersResponse; since: string };

/** The mentor's current learners, by name. */
export async function caseload(db: SammenDb, mentorId: string): Promise<CaseloadEntry[]> {
	const mentorships = (await db.records('mentorships').where('mentor').equals(mentorId).toArray()).filter((m) =>
		isCurrent(m)
	);
	const learners = await db.records('users').bulkGet(mentorships.map((m) => m.learner));
	return mentorships
		.flatMap((m, i) => {
			const learner = learners[i];
			return learner ? [{ learner, since: m.start }] : [];
		})
		.sort((a, b) => a.learner.name.localeCompare(b.learner.name, 'da'));
}
