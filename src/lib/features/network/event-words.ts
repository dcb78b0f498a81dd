import { defineWords } from '$lib/i18n/words';
import type { EventRsvpsAnswerOptions } from '$lib/pb/types.gen';

const daAnswer: Record<EventRsvpsAnswerOptions, string> = { kommer: 'Jeg kommer', maaske: 'Måske', kommer_ikke: 'Jeg kommer ikke' };
const enAnswer: Record<EventRsvpsAnswerOptions, string> = { kommer: "I'm coming", maaske: 'Maybe', kommer_ikke: "I'm not coming" };

// Arrangementer: the events of my groups.
export const eventWords = defineWords({
	da: {
		title: 'Arrangementer',
		intro: 'Her er det, der sker i dine grupper. Sig, om du kommer. Så ved de andre det.',
		loading: 'Henter arrangementer …',
		none: 'Der er ingen arrangementer i dine grupper lige nu.',
		noneHint: 'Når nogen laver et arrangement i en af dine grupper, kommer det her.',
		inGroup: (group: string) => `I gruppen ${group}`,
		when: (day: string, time: string) => `${day} kl. ${time}`,
		until: (time: string) => `til kl. ${time}`,
		place: 'Sted',
		link: 'Se mere',
		cancelled: 'Aflyst',
		cancelledWhy: (reason: string) => `Aflyst: ${reason}`,
		yourAnswer: 'Kommer du?',
		answer: (a: EventRsvpsAnswerOptions) => daAnswer[a],
		count: (coming: number, maybe: number) => `${coming} kommer, ${maybe} måske`,
		waiting: 'Dit svar bliver sendt, når du er på nettet.',
		failed: 'Dit svar kunne ikke sendes. Prøv igen.',
		addToCalendar: 'Føj til kalender',
		calendarHint: 'Hent en fil, som din kalender kan åbne.',
		saved: 'Dit svar er gemt.',
		error: 'Noget gik galt. Prøv igen om lidt.'
	},
	en: {
		title: 'Events',
		intro: 'This is what is happening in your groups. Say if you are coming. Then the others know.',
		loading: 'Loading events …',
		none: 'There are no events in your groups right now.',
		noneHint: 'When someone plans an event in one of your groups, it shows up here.',
		inGroup: (group: string) => `In the group ${group}`,
		when: (day: string, time: string) => `${day} at ${time}`,
		until: (time: string) => `until ${time}`,
		place: 'Place',
		link: 'See more',
		cancelled: 'Cancelled',
		cancelledWhy: (reason: string) => `Cancelled: ${reason}`,
		yourAnswer: 'Are you coming?',
		answer: (a: EventRsvpsAnswerOptions) => enAnswer[a],
		count: (coming: number, maybe: number) => `${coming} coming, ${maybe} maybe`,
		waiting: 'Your answer will be sent when you are online.',
		failed: 'Your answer could not be sent. Try again.',
		addToCalendar: 'Add to calendar',
		calendarHint: 'Download a file your calendar can open.',
		saved: 'Your answer is saved.',
		error: 'Something went wrong. Try again in a moment.'
	}
});
