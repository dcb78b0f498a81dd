import { isCurrent } from '$lib/domain/people';
import type { SammenDb } from '$lib/sync/db';

export type LearnerOverview = {
	school: string | null;
	mentor: string | null;
	classes: { id: string; name: string; programme: string | null; teachers: string[] }[];
};


/** Who and what surrounds a learner: their school, their mentor and their classes. */
export async function learnerOverview(db: SammenDb, userId: string, schoolId: string): Promise<LearnerOverview> {
	const [school, mentorships, memberships] = await Promise.all([
		db.records('schools').get(schoolId),
		db.records('mentorships').where('learner').equals(userId).toArray(),
		db.records('class_members').where('user').equals(userId).toArray()
	]);
	const current = mentorships.find((m) => isCurrent(m));
	const classIds = memberships.map((m) => m.class);
	const [mentor, classes, members] = await Promise.all([
		current ? db.records('people').get(current.mentor) : undefined,
		db.records('classes').bulkGet(classIds),
		db.records('class_members').where('class').anyOf(classIds).toArray()
	]);
	const teachers = (await db.records('people').bulkGet(members.map((m) => m.user))).filter(
		(p) => p?.role === 'teacher'
	);
	const programmes = await db.records('programmes').bulkGet(classes.map((c) => c?.programme ?? ''));

	return {
		school: school?.name ?? null,
		mentor: mentor?.name ?? null,
		classes: classes
			.filter((c) => c !== undefined)
			.map((c) => ({
				id: c.id,
				name: c.name,
				programme: programmes.find((p) => p?.id === c.programme)?.name ?? null,
				teachers: members
					.filter((m) => m.class === c.id)
					.flatMap((m) => teachers.filter((t) => t?.id === m.user).map((t) => t?.name ?? ''))
			}))
	};
}
