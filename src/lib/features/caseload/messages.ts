import { defineMessages } from '$lib/i18n/messages';

export const m = defineMessages({
	da: {
		title: 'I dag',
		intro: 'Dine elever. Her kommer snart, hvem der har brug for dig i dag.',
		count: (n: number) => (n === 1 ? '1 elev' : `${n} elever`),
		empty: 'Du har ingen elever endnu. Koordinatoren giver dig elever.',
		since: (when: string) => `Din elev siden ${when}`
	},
	en: {
		title: 'Today',
		intro: 'Your learners. Soon you will see here who needs you today.',
		count: (n: number) => (n === 1 ? '1 learner' : `${n} learners`),
		empty: 'You have no learners yet. The coordinator assigns learners to you.',
		since: (when: string) => `Your learner since ${when}`
	}
});
