import type { PrivateKind } from '$lib/domain/network';
import { defineWords } from '$lib/i18n/words';
import type { ReportsReasonOptions } from '$lib/pb/types.gen';

const daReasons: Record<ReportsReasonOptions, string> = {
	uvenligt: 'Det er uvenligt',
	spam: 'Det er reklame eller spam',
	private_oplysninger: 'Der står noget privat',
	andet: 'Noget andet'
};
const enReasons: Record<ReportsReasonOptions, string> = {
	uvenligt: 'It is unkind',
	spam: 'It is advertising or spam',
	private_oplysninger: 'It shares something private',
	andet: 'Something else'
};
const daPrivate: Record<PrivateKind, string> = { cpr: 'et cpr-nummer', phone: 'et telefonnummer', email: 'en e-mail' };
const enPrivate: Record<PrivateKind, string> = { cpr: 'a CPR number', phone: 'a phone number', email: 'an e-mail address' };
const daAudience = { group: 'Alle i gruppen kan læse det.', buddy: 'Din makker kan læse det.' } as const;
const enAudience = { group: 'Everyone in the group can read it.', buddy: 'Your buddy can read it.' } as const;
export type Audience = keyof typeof daAudience;

const list = (items: string[], and: string) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : (items[0] ?? ''));

// Fællesskab (issue 14), safety: reporting a person or a story, the warning before sharing
// private data, new members' posting limits, the moderators' queue for people and stories.
export const safetyWords = defineWords({
	da: {
		reportPerson: 'Anmeld person',
		reportPersonOf: (name: string) => `Anmeld ${name}`,
		reportStory: 'Anmeld historien',
		reportPersonTitle: (name: string) => `Hvorfor vil du anmelde ${name}?`,
		reportStoryTitle: 'Hvorfor vil du anmelde historien?',
		reportPostTitle: 'Hvorfor vil du anmelde det?',
		reason: (r: ReportsReasonOptions) => daReasons[r],
		reportText: 'Skriv mere, hvis du vil',
		sendReport: 'Send anmeldelse',
		cancel: 'Fortryd',
		waiting: 'Venter på at blive sendt',
		failed: 'Anmeldelsen kunne ikke sendes.',
		retry: 'Prøv igen',
		reported: 'Tak. En moderator ser på det.',
		alreadyReported: 'Du har anmeldt det. En moderator ser på det.',
		// the private-data warning
		privateWarning: (kinds: PrivateKind[], audience: Audience) =>
			`Der står vist ${list(
				kinds.map((k) => daPrivate[k]),
				'og'
			)}. ${daAudience[audience]} Vil du sende det alligevel?`,
		sendAnyway: 'Send alligevel',
		// new members
		postsLeft: (n: number) => (n === 1 ? 'Som ny kan du skrive 1 opslag eller svar mere i dag.' : `Som ny kan du skrive ${n} opslag eller svar mere i dag.`),
		noPostsLeft: (time: string) => `Som ny i fællesskabet kan du skrive et par opslag om dagen. Du kan skrive igen kl. ${time}.`,
		// the author's own hidden or removed post
		why: (reason: string) => `Hvorfor: ${reason}`,
		// the moderators' queue
		aboutPerson: (name: string) => `Anmeldt person: ${name}`,
		aboutStory: (title: string) => `Anmeldt historie: ${title}`,
		note: 'Hvorfor? Personen får det at vide.',
		decisionFor: (target: string): string => (target === 'network_profiles' ? 'Hvad skal der ske med personen?' : 'Hvad skal der ske?'),
		hideStory: 'Tag historien ned'
	},
	en: {
		reportPerson: 'Report person',
		reportPersonOf: (name: string) => `Report ${name}`,
		reportStory: 'Report the story',
		reportPersonTitle: (name: string) => `Why do you want to report ${name}?`,
		reportStoryTitle: 'Why do you want to report the story?',
		reportPostTitle: 'Why do you want to report it?',
		reason: (r: ReportsReasonOptions) => enReasons[r],
		reportText: 'Write more if you like',
		sendReport: 'Send report',
		cancel: 'Cancel',
		waiting: 'Waiting to be sent',
		failed: 'The report could not be sent.',
		retry: 'Try again',
		reported: 'Thank you. A moderator will look at it.',
		alreadyReported: 'You reported it. A moderator will look at it.',
		privateWarning: (kinds: PrivateKind[], audience: Audience) =>
			`It looks like ${list(
				kinds.map((k) => enPrivate[k]),
				'and'
			)}. ${enAudience[audience]} Send it anyway?`,
		sendAnyway: 'Send anyway',
		postsLeft: (n: number) => (n === 1 ? 'As a new member you can write 1 more post or reply today.' : `As a new member you can write ${n} more posts or replies today.`),
		noPostsLeft: (time: string) => `As a new member you can write a few posts a day. You can write again at ${time}.`,
		why: (reason: string) => `Why: ${reason}`,
		aboutPerson: (name: string) => `Reported person: ${name}`,
		aboutStory: (title: string) => `Reported story: ${title}`,
		note: 'Why? The person is told.',
		decisionFor: (target: string): string => (target === 'network_profiles' ? 'What should happen to the person?' : 'What should happen?'),
		hideStory: 'Take the story down'
	}
});
