import { defineWords } from '$lib/i18n/words';
import type { LikeMeReason } from '$lib/domain/stories';

const daReason: Record<LikeMeReason, string> = { fag: 'Samme fag', alder: 'Samme alder', situation: 'Samme situation' };
const enReason: Record<LikeMeReason, string> = { fag: 'Same trade', alder: 'Same age', situation: 'Same situation' };
const daSituation: Record<string, string> = {
	ledig: 'Ledig',
	karriereskift: 'Nyt fag',
	barsel: 'Barsel',
	ordblind: 'Ordblind',
	voksenlaerling: 'Voksenlærling',
	uddannelsesloeft: 'Uddannelsesløft'
};
const enSituation: Record<string, string> = {
	ledig: 'Unemployed',
	karriereskift: 'Career change',
	barsel: 'Parental leave',
	ordblind: 'Dyslexic',
	voksenlaerling: 'Adult apprentice',
	uddannelsesloeft: 'Education boost'
};

// Historier: stories of people who made it.
export const storyWords = defineWords({
	da: {
		title: 'Historier',
		intro: 'Læs om voksne, der har klaret det. Måske er der en, der ligner dig.',
		loading: 'Henter historier …',
		none: 'Der er ingen historier endnu.',
		all: 'Alle historier',
		likeMe: 'Vis historier om nogen som mig',
		likeMeNone: 'Vi fandt ingen historier om nogen som dig. Se alle historierne i stedet.',
		likeMeHow: 'Vi ser på dit fag, din alder og din situation.',
		reason: (r: LikeMeReason) => daReason[r],
		situation: (s: string) => daSituation[s] ?? s,
		age: (band: string) => `${band} år`,
		read: 'Læs historien',
		back: 'Tilbage til historierne',
		listen: 'Hør historien',
		playOffline: 'Du kan høre den, når du er på nettet.',
		notFound: 'Historien findes ikke, eller du kan ikke se den.',
		yours: 'Dine historier',
		waitingForYes: 'Venter på ja fra skolen',
		draft: 'Kladde',
		tell: 'Fortæl din egen historie',
		tellIntro: 'Skriv, hvordan det gik dig. Skolen læser den, før andre kan se den.',
		storyTitle: 'Overskrift',
		storyBody: 'Din historie',
		storyBodyHint: 'Skriv kort og ligetil. Du kan også tale ind.',
		storyTrade: 'Dit fag',
		send: 'Send til skolen',
		sent: 'Tak! Skolen læser din historie snart.',
		missing: 'Skriv en overskrift og din historie.',
		toApprove: 'Venter på dit ja',
		toApproveIntro: 'Læs historien. Er den klar, så tryk Udgiv. Så kan alle i fællesskabet læse den.',
		publish: 'Udgiv',
		noneToApprove: 'Ingen historier venter lige nu.'
	},
	en: {
		title: 'Stories',
		intro: 'Read about adults who made it. Maybe one of them is like you.',
		loading: 'Loading stories …',
		none: 'There are no stories yet.',
		all: 'All stories',
		likeMe: 'Show stories about someone like me',
		likeMeNone: 'We found no stories about someone like you. See all the stories instead.',
		likeMeHow: 'We look at your trade, your age and your situation.',
		reason: (r: LikeMeReason) => enReason[r],
		situation: (s: string) => enSituation[s] ?? s,
		age: (band: string) => `${band} years`,
		read: 'Read the story',
		back: 'Back to the stories',
		listen: 'Listen to the story',
		playOffline: 'You can listen when you are online.',
		notFound: 'The story does not exist, or you cannot see it.',
		yours: 'Your stories',
		waitingForYes: 'Waiting for a yes from the school',
		draft: 'Draft',
		tell: 'Tell your own story',
		tellIntro: 'Write how it went for you. The school reads it before others can see it.',
		storyTitle: 'Headline',
		storyBody: 'Your story',
		storyBodyHint: 'Write short and simple. You can also speak it.',
		storyTrade: 'Your trade',
		send: 'Send to the school',
		sent: 'Thank you! The school will read your story soon.',
		missing: 'Write a headline and your story.',
		toApprove: 'Waiting for your yes',
		toApproveIntro: 'Read the story. If it is ready, press Publish. Then everyone in the community can read it.',
		publish: 'Publish',
		noneToApprove: 'No stories are waiting right now.'
	}
});
