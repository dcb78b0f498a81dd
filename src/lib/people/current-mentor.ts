// "Who is the learner's mentor now?" over the device's data. Which mentorship is current is
// the kernel's rule (src/lib/domain/people.ts), the same the hooks run.
import { currentMentorIds, isCurrent } from '$lib/domain/people';
import type { SammenDb } from '$lib/sync/db';

/** The learner's current mentor (the latest started, if two overlap): id and name ("" when unknown), or null. */
export async function currentMentor(db: SammenDb, learnerId: string): Promise<{ id: string; name: string } | null> {
	const mentorships = await db.records('mentorships').where('learner').equals(learnerId).toArray();
	const id = currentMentorIds(mentorships)[0];
	if (!id) return null;
	const person = await db.records('people').get(id);
	return { id, name: person?.name ?? '' };
}

/** Is `mentorId` the learner's current mentor, as far as this device knows? */
export async function isMentorOf(db: SammenDb, mentorId: string, learnerId: string): Promise<boolean> {
	const mentorships = await db.records('mentorships').where('mentor').equals(mentorId).toArray();
	return mentorships.some((m) => m.learner === learnerId && isCurrent(m));
}
