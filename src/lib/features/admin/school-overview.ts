import { pb } from '$lib/pb/client';
import type { ClassesResponse, UsersResponse } from '$lib/pb/types.gen';

export type SchoolOverview = {
	school: string;
	users: UsersResponse[];
	classes: ClassesResponse[];
	currentMentorships: number;
	learnersWithoutMentor: UsersResponse[];
};

/** The coordinator's school at a glance (the rules limit every list to that school). */
export async function loadSchoolOverview(schoolId: string): Promise<SchoolOverview> {
	const [school, users, classes, mentorships] = await Promise.all([
		pb.collection('schools').getOne(schoolId),
		pb.collection('users').getFullList({ sort: 'role,name' }),
		pb.collection('classes').getFullList({ sort: 'name' }),
		pb.collection('mentorships').getFullList({ filter: 'end = "" || end > @now' })
	]);
	const mentored = new Set(mentorships.map((m) => m.learner));
	return {
		school: school.name,
		users,
		classes,
		currentMentorships: mentorships.length,
		learnersWithoutMentor: users.filter((u) => u.role === 'learner' && !mentored.has(u.id))
	};
}
