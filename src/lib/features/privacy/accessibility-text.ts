import { defineWords } from '$lib/i18n/words';

// The accessibility statement (/tilgaengelighed), in the order of Digitaliseringsstyrelsen's
// template (was.digst.dk): duty, status, what is not accessible, how it was made, feedback
// and the complaint route. Plain Danish: short sentences (npm run lint:lix).
export const accessibilityText = defineWords({
	da: {
		title: 'Tilgængelighed',
		lead: 'Sammen skal kunne bruges af alle. Også hvis du er ordblind, ser dårligt eller bruger en skærmlæser.',
		dutyTitle: 'Skolens pligt',
		duty: 'Skolen skal gøre Sammen let at bruge for alle. Det står i loven om tilgængelighed. Loven bygger på en fælles standard i EU. Den hedder WCAG 2.1 AA.',
		statusTitle: 'Hvor langt er vi?',
		status: 'Sammen følger det meste af standarden. Men ikke alt. Det står nedenfor, hvad der mangler.',
		missingTitle: 'Det virker ikke helt endnu',
		missing1: 'Oplæsning bruger den stemme, din enhed har. Nogle enheder har ingen dansk stemme.',
		missing2: 'Billeder, som folk selv lægger op, har ikke altid en tekst, der siger, hvad de viser.',
		missing3: 'Lydbeskeder har kun tekst, hvis nogen skriver den.',
		missing4: 'Diagrammer har altid en tabel ved siden af. Men de kan være svære at læse med en skærmlæser.',
		helpsTitle: 'Det hjælper dig',
		helps1: 'Du kan få al tekst læst op.',
		helps2: 'Du kan gøre teksten større og vælge en skrift, der er let at læse.',
		helps3: 'Du kan styre det hele med tastaturet.',
		helps4: 'Appen virker også uden net.',
		madeTitle: 'Sådan har vi tjekket det',
		made: 'Vi har selv testet Sammen. Et program tjekker hver side for fejl, både på en lille og en stor skærm. Vi tester også med tastatur og skærmlæser. Vi så sidst på det i december 2026.',
		contactTitle: 'Fandt du en fejl?',
		contact: 'Skriv til din koordinator eller din mentor. Sig, hvilken side det er, og hvad der er svært. Vi svarer inden for 14 dage.',
		complainTitle: 'Klag',
		complain: 'Får du ikke et svar, du er glad for? Så kan du klage til Digitaliseringsstyrelsen. Det gør du på was.digst.dk.',
		privacyLink: 'Læs om privatliv'
	},
	en: {
		title: 'Accessibility',
		lead: 'Everyone should be able to use Sammen, also if you are dyslexic, see poorly or use a screen reader.',
		dutyTitle: 'The school’s duty',
		duty: 'The school must make Sammen easy for everyone to use. Danish law on accessibility says so. The law builds on a common EU standard called WCAG 2.1 AA.',
		statusTitle: 'How far are we?',
		status: 'Sammen follows most of the standard, but not all. What is missing is listed below.',
		missingTitle: 'Not quite there yet',
		missing1: 'Reading aloud uses your device’s voice. Some devices have no Danish voice.',
		missing2: 'Photos people upload do not always have a text saying what they show.',
		missing3: 'Voice messages only have text if someone writes it.',
		missing4: 'Charts always have a table beside them, but they can be hard to read with a screen reader.',
		helpsTitle: 'What helps you',
		helps1: 'You can have all text read aloud.',
		helps2: 'You can make text bigger and choose an easy-to-read font.',
		helps3: 'You can use everything with the keyboard.',
		helps4: 'The app also works without internet.',
		madeTitle: 'How we checked',
		made: 'We tested Sammen ourselves. A program checks every page for errors, on a small and a large screen. We also test with a keyboard and a screen reader. We last looked at it in December 2026.',
		contactTitle: 'Found a problem?',
		contact: 'Write to your coordinator or your mentor. Say which page it is and what is hard. We answer within 14 days.',
		complainTitle: 'Complain',
		complain: 'Not happy with the answer? You can complain to Digitaliseringsstyrelsen (the Danish Agency for Digital Government) at was.digst.dk.',
		privacyLink: 'Read about privacy'
	}
});
