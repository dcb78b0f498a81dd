import { pb } from '$lib/pb/client';

export type LearnerOverview = {
	school: string;
	mentor: string | null;
	classes: { id: string; name: string; programme: string | null; teachers: string[] }[];
};

const stillCurrent = (end: string) => !end || new Date(end) > new Date();

/** Who and what surrounds a learner: their school, their mentor and their classes. */
export async function loadLearnerOverview(userId: string, schoolId: string): Promise<LearnerOverview> {
	const [school, mentorships, memberships] = await Promise.all([
		pb.collection('schools').getOne(schoolId),
		pb.collection('mentorships').getFullList({ filter: pb.filter('learner = {:id}', { id: userId }), sort: '-start' }),
		pb.collection('class_members').getFullList({ filter: pb.filter('user = {:id}', { id: userId }) })
	]);
	const current = mentorships.find((m) => stillCurrent(m.end));
	const classIds = memberships.map((m) => m.class);

	const [mentor, classes, members, programmes, people] = await Promise.all([
		current ? pb.collection('people').getOne(current.mentor) : null,
		classIds.length ? pb.collection('classes').getFullList({ filter: anyOf('id', classIds) }) : [],
		classIds.length ? pb.collection('class_members').getFullList({ filter: anyOf('class', classIds) }) : [],
		pb.collection('programmes').getFullList(),
		pb.collection('people').getFullList({ filter: 'role = "teacher"' })
	]);
	const teacherName = new Map(people.map((p) => [p.id, p.name]));

	return {
		school: school.name,
		mentor: mentor?.name ?? null,
		classes: classes.map((c) => ({
			id: c.id,
			name: c.name,
			programme: programmes.find((p) => p.id === c.programme)?.name ?? null,
			teachers: members
				.filter((m) => m.class === c.id && teacherName.has(m.user))
				.map((m) => teacherName.get(m.user) as string)
		}))
	};
}

/** `field = a || field = b …`, built safely. */
export function anyOf(field: string, ids: string[]): string {
	return ids.map((id, i) => pb.filter(`${field} = {:v${i}}`, { [`v${i}`]: id })).join(' || ');
}
