import { defineWords } from '$lib/i18n/words';

// "Who looked", for the learner.
export const m = defineWords({
	da: {
		whoLooked: 'Hvem har set mine oplysninger?',
		whoLookedIntro:
			'Her kan du se, hvem fra skolen der har set dine markeringer og din mentors noter. Det står her, hver gang nogen har hentet dem.',
		whoLookedNone: 'Ingen har set dem endnu.',
		whoLookedRow: (name: string, role: string, what: string, when: string) => `${name} (${role}) så ${what} · ${when}`,
		whoLookedHandover: (name: string, when: string) => `${name} startede en overdragelse til en ny mentor · ${when}`,
		whatFlags: 'markeringer',
		whatNotes: 'noter',
		whatComments: 'beskeder om en markering',
		roleMentor: 'mentor',
		roleTeacher: 'underviser',
		roleCoordinator: 'koordinator',
		roleOther: 'personale',
	},
	en: {
		whoLooked: 'Who has seen my information?',
		whoLookedIntro:
			'Here you see who at the school has seen your flags and your mentor’s notes. It is written here every time someone fetched them.',
		whoLookedNone: 'Nobody has seen them yet.',
		whoLookedRow: (name: string, role: string, what: string, when: string) => `${name} (${role}) saw ${what} · ${when}`,
		whoLookedHandover: (name: string, when: string) => `${name} started a handover to a new mentor · ${when}`,
		whatFlags: 'flags',
		whatNotes: 'notes',
		whatComments: 'messages about a flag',
		roleMentor: 'mentor',
		roleTeacher: 'teacher',
		roleCoordinator: 'coordinator',
		roleOther: 'staff',
	}
});
