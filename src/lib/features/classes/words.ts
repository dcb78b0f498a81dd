import { defineWords } from '$lib/i18n/words';

export const m = defineWords({
	da: {
		title: 'Mine hold',
		intro: 'Dine hold og eleverne på dem.',
		empty: 'Du har ingen hold endnu. Koordinatoren sætter dig på et hold.',
		learners: (n: number) => (n === 1 ? '1 elev' : `${n} elever`)
	},
	en: {
		title: 'My classes',
		intro: 'Your classes and the learners in them.',
		empty: 'You have no classes yet. The coordinator adds you to a class.',
		learners: (n: number) => (n === 1 ? '1 learner' : `${n} learners`)
	}
});
