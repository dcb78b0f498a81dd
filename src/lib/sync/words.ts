import { defineWords } from '$lib/i18n/words';

export const m = defineWords({
	da: {
		online: 'Alt er sendt',
		offline: 'Ikke på nettet. Det, du gør, bliver gemt og sendt senere.',
		waiting: (n: number) => (n === 1 ? '1 ændring venter' : `${n} ændringer venter`),
		problems: (n: number) => (n === 1 ? '1 ændring kunne ikke sendes' : `${n} ændringer kunne ikke sendes`),
		needsLogin: 'Log ind igen, så vi kan sende dine ændringer.',
		loginAgain: 'Log ind igen',
		retry: 'Prøv igen',
		keepMine: 'Behold min ændring',
		discard: 'Kassér',
		useTheirs: 'Brug den nye',
		conflict: 'Nogen har ændret det samme imens.',
		change: (what: string) => `Ændring af ${what}`,
		unsentTitle: 'Ændringer er ikke sendt',
		unsentText: (n: number) =>
			`Du har ${n === 1 ? '1 ændring' : `${n} ændringer`}, der ikke er sendt endnu. Hvis du logger ud nu, bliver de slettet.`,
		stay: 'Bliv logget ind',
		logoutAnyway: 'Log ud alligevel',
		syncStatus: 'Status for sending'
	},
	en: {
		online: 'Everything is sent',
		offline: 'Offline. What you do is saved and sent later.',
		waiting: (n: number) => (n === 1 ? '1 change waiting' : `${n} changes waiting`),
		problems: (n: number) => (n === 1 ? '1 change could not be sent' : `${n} changes could not be sent`),
		needsLogin: 'Log in again, so we can send your changes.',
		loginAgain: 'Log in again',
		retry: 'Try again',
		keepMine: 'Keep my change',
		discard: 'Discard',
		useTheirs: 'Use the new one',
		conflict: 'Someone changed the same thing meanwhile.',
		change: (what: string) => `Change of ${what}`,
		unsentTitle: 'Changes not sent',
		unsentText: (n: number) =>
			`You have ${n === 1 ? '1 change' : `${n} changes`} not sent yet. If you log out now, they are deleted.`,
		stay: 'Stay logged in',
		logoutAnyway: 'Log out anyway',
		syncStatus: 'Sending status'
	}
});

/** What a change was about, in the user's words. */
export const subjects = defineWords({
	da: {
		users: 'din profil',
		people: 'en person',
		schools: 'skolen',
		programmes: 'en uddannelse',
		classes: 'et hold',
		class_members: 'et hold',
		mentorships: 'en mentor',
		notifications: 'en besked',
		push_subscriptions: 'beskeder på denne enhed',
		tombstones: 'en sletning',
		help_articles: 'en hjælpetekst',
		help_requests: 'et ønske om hjælp',
		conversations: 'en samtale',
		messages: 'en besked',
		plan_templates: 'en skabelon',
		plans: 'en plan',
		plan_phases: 'en del af en plan',
		milestones: 'en milepæl i en plan',
		milestone_evidence: 'et billede eller en fil',
		plan_changes: 'historikken'
	},
	en: {
		users: 'your profile',
		people: 'a person',
		schools: 'the school',
		programmes: 'a programme',
		classes: 'a class',
		class_members: 'a class',
		mentorships: 'a mentor',
		notifications: 'a notification',
		push_subscriptions: 'notifications on this device',
		tombstones: 'a deletion',
		help_articles: 'a help text',
		help_requests: 'a request for help',
		conversations: 'a conversation',
		messages: 'a message',
		plan_templates: 'a template',
		plans: 'a plan',
		plan_phases: 'a part of a plan',
		milestones: 'a milestone in a plan',
		milestone_evidence: 'a photo or file',
		plan_changes: 'the history'
	}
});
