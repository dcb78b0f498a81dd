import { defineWords } from '$lib/i18n/words';

// Words of the app shell: the header, navigation and shared buttons.
export const shell = defineWords({
	da: {
		appName: 'Sammen',
		skipToContent: 'Gå til indholdet',
		help: 'Hjælp',
		writeToMentor: 'Skriv til din mentor',
		messages: 'Beskeder',
		settings: 'Indstillinger',
		logout: 'Log ud',
		home: 'Forside',
		otherLanguage: 'English',
		otherLanguageName: 'Skift sprog til engelsk',
		mainNav: 'Hovedmenu',
		helpNav: 'Hjælp og kontakt',
		loading: 'Henter …',
		save: 'Gem',
		saved: 'Gemt.',
		notSyncedOffline: 'Du er ikke på nettet. Vi henter dine ting, så snart du er på nettet igen.',
		learnerHome: 'Mit forløb',
		mentorHome: 'I dag',
		teacherHome: 'Mine hold',
		coordinatorHome: 'Administration'
	},
	en: {
		appName: 'Sammen',
		skipToContent: 'Skip to content',
		help: 'Help',
		writeToMentor: 'Write to your mentor',
		messages: 'Messages',
		settings: 'Settings',
		logout: 'Log out',
		home: 'Home',
		otherLanguage: 'Dansk',
		otherLanguageName: 'Change language to Danish',
		mainNav: 'Main menu',
		helpNav: 'Help and contact',
		loading: 'Loading …',
		save: 'Save',
		saved: 'Saved.',
		notSyncedOffline: 'You are offline. We fetch your things as soon as you are online again.',
		learnerHome: 'My path',
		mentorHome: 'Today',
		teacherHome: 'My classes',
		coordinatorHome: 'Administration'
	}
});
