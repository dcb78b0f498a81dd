import { defineWords } from '$lib/i18n/words';

// Ros: what the teacher gives and what the learner and mentor read.
export const m = defineWords({
	da: {
		giveKudos: 'Giv ros',
		kudosLabel: 'Hvad gjorde eleven godt? (kan udelades)',
		kudosSend: 'Send ros',
		kudosSent: (name: string) => `Ros sendt til ${name}.`,
		kudosDefault: 'Godt gået!',
		kudosTitle: 'Giv ros',
		orKudos: 'Eller giv eleven ros',
		kudosFor: 'Ros til dig',
		kudosFrom: (name: string, when: string) => `Fra ${name} · ${when}`,
	},
	en: {
		giveKudos: 'Give praise',
		kudosLabel: 'What did the learner do well? (optional)',
		kudosSend: 'Send praise',
		kudosSent: (name: string) => `Praise sent to ${name}.`,
		kudosDefault: 'Well done!',
		kudosTitle: 'Give praise',
		orKudos: 'Or give the learner praise',
		kudosFor: 'Praise for you',
		kudosFrom: (name: string, when: string) => `From ${name} · ${when}`,
	}
});
