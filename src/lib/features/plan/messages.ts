import { defineMessages } from '$lib/i18n/messages';

export const m = defineMessages({
	da: {
		title: 'Mit forløb',
		hello: (name: string) => `Hej ${name}`,
		intro: 'Her kan du se, hvem der hjælper dig, og hvor du er på vej hen.',
		yourMentor: 'Din mentor',
		noMentor: 'Du har ikke fået en mentor endnu. Skolen finder en til dig.',
		mentorHelps: (name: string) => `${name} hjælper dig hele vejen. Skriv, hvis du er i tvivl om noget.`,
		yourClasses: 'Dine hold',
		noClasses: 'Du er ikke på et hold endnu.',
		teachers: 'Undervisere',
		yourPlan: 'Din plan',
		planSoon: 'Her kommer din plan med små skridt mod dit svendebrev.',
		yourSchool: 'Din skole'
	},
	en: {
		title: 'My path',
		hello: (name: string) => `Hello ${name}`,
		intro: 'Here you can see who helps you, and where you are heading.',
		yourMentor: 'Your mentor',
		noMentor: 'You do not have a mentor yet. The school will find one for you.',
		mentorHelps: (name: string) => `${name} helps you all the way. Write if you are unsure about anything.`,
		yourClasses: 'Your classes',
		noClasses: 'You are not in a class yet.',
		teachers: 'Teachers',
		yourPlan: 'Your plan',
		planSoon: 'Your plan with small steps towards your certificate will be here.',
		yourSchool: 'Your school'
	}
});
