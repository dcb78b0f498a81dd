import { defineWords } from '$lib/i18n/words';
import type { Role } from '$lib/auth/roles';

const daRoles: Record<Role, string> = { learner: 'Elever', mentor: 'Mentorer', teacher: 'Undervisere', coordinator: 'Koordinatorer', it_helper: 'IT-hjælpere' };
const enRoles: Record<Role, string> = { learner: 'Learners', mentor: 'Mentors', teacher: 'Teachers', coordinator: 'Coordinators', it_helper: 'IT helpers' };

export const m = defineWords({
	da: {
		title: 'Administration',
		intro: 'Overblik over skolens brugere, hold og mentorer.',
		people: 'Brugere',
		role: (role: Role) => daRoles[role],
		classes: 'Hold',
		noClasses: 'Ingen hold endnu.',
		mentorships: (n: number) => `${n} elever har en mentor nu.`,
		withoutMentor: 'Elever uden mentor',
		allHaveMentor: 'Alle elever har en mentor.',
		email: 'E-mail'
	},
	en: {
		title: 'Administration',
		intro: 'Overview of the school’s users, classes and mentors.',
		people: 'Users',
		role: (role: Role) => enRoles[role],
		classes: 'Classes',
		noClasses: 'No classes yet.',
		mentorships: (n: number) => `${n} learners have a mentor now.`,
		withoutMentor: 'Learners without a mentor',
		allHaveMentor: 'All learners have a mentor.',
		email: 'E-mail'
	}
});
