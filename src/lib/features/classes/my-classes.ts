import { pb } from '$lib/pb/client';
import { anyOf } from '$lib/features/plan/learner-overview';

export type TeacherClass = { id: string; name: string; learners: { id: string; name: string }[] };

/** The teacher's classes (hold) and the learners in each. */
export async function loadMyClasses(teacherId: string): Promise<TeacherClass[]> {
	const mine = await pb.collection('class_members').getFullList({ filter: pb.filter('user = {:id}', { id: teacherId }) });
	const classIds = mine.map((m) => m.class);
	if (classIds.length === 0) return [];
	const [classes, members, learners] = await Promise.all([
		pb.collection('classes').getFullList({ filter: anyOf('id', classIds), sort: 'name' }),
		pb.collection('class_members').getFullList({ filter: anyOf('class', classIds) }),
		pb.collection('people').getFullList({ filter: 'role = "learner"', sort: 'name' })
	]);
	return classes.map((c) => {
		const inClass = new Set(members.filter((m) => m.class === c.id).map((m) => m.user));
		return { id: c.id, name: c.name, learners: learners.filter((l) => inClass.has(l.id)) };
	});
}
