import type { ClassesResponse, UsersResponse } from '$lib/pb/types.gen';
import { isCurrent } from '$lib/domain/people';
import type { SammenDb } from '$lib/sync/db';

export type SchoolOverview = {
	school: string | null;
	users: UsersResponse[];
	classes: ClassesResponse[];
	currentMentorships: number;
	learnersWithoutMentor: UsersResponse[];
};

/** The coordinator's school at a glance (the rules limit every list to that school). */
export async function schoolOverview(db: SammenDb, schoolId: string): Promise<SchoolOverview> {
	const [school, users, classes, mentorships] = await Promise.all([
		db.records('schools').get(schoolId),
		db.records('users').where('school').equals(schoolId).toArray(),
		db.records('classes').where('school').equals(schoolId).toArray(),
		db.records('mentorships').toArray()
	]);
	const current = mentorships.filter((m) => isCurrent(m));
	const mentored = new Set(current.map((m) => m.learner));
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');
	return {
		school: school?.name ?? null,
		users: users.sort(byName),
		classes: classes.sort(byName),
		currentMentorships: current.length,
		learnersWithoutMentor: users.filter((u) => u.role === 'learner' && !mentored.has(u.id)).sort(byName)
	};
}
