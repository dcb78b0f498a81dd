import type { SammenDb } from '$lib/sync/db';

export type TeacherClass = { id: string; name: string; learners: { id: string; name: string }[] };

/** The teacher's classes (hold) and the learners in each. */
export async function myClasses(db: SammenDb, teacherId: string): Promise<TeacherClass[]> {
	const mine = await db.records('class_members').where('user').equals(teacherId).toArray();
	const classIds = mine.map((m) => m.class);
	const [classes, members] = await Promise.all([
		db.records('classes').bulkGet(classIds),
		db.records('class_members').where('class').anyOf(classIds).toArray()
	]);
	const people = await db.records('people').bulkGet(members.map((m) => m.user));
	const learners = people.filter((p) => p?.role === 'learner');
	return classes
		.filter((c) => c !== undefined)
		.sort((a, b) => a.name.localeCompare(b.name, 'da'))
		.map((c) => {
			const inClass = new Set(members.filter((m) => m.class === c.id).map((m) => m.user));
			return {
				id: c.id,
				name: c.name,
				learners: learners
					.filter((l) => l !== undefined && inClass.has(l.id))
					.map((l) => ({ id: l!.id, name: l!.name }))
					.sort((a, b) => a.name.localeCompare(b.name, 'da'))
			};
		});
}
