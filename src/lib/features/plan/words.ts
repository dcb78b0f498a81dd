import { defineWords } from '$lib/i18n/words';

/** The learner's home and their plan ("Mit forløb"). */
export const m = defineWords({
	da: {
		title: 'Mit forløb',
		hello: (name: string) => `Hej ${name}`,
		yourMentor: 'Din mentor',
		noMentor: 'Du har ikke fået en mentor endnu. Skolen finder en til dig.',
		mentorHelps: (name: string) => `${name} hjælper dig hele vejen. Skriv, hvis du er i tvivl om noget.`,
		yourClasses: 'Dine hold',
		noClasses: 'Du er ikke på et hold endnu.',
		teachers: 'Undervisere',
		yourPlan: 'Din plan',
		noPlan: 'Din mentor laver din plan sammen med dig. Så kan du se alle dine milepæle her.',
		yourSchool: 'Din skole',
		// where you are
		nextMilestone: 'Din næste milepæl',
		thenMilestones: 'Og så',
		progress: (done: number, total: number) => `${done} af ${total} milepæle`,
		progressLabel: 'Så langt er du',
		finishDay: (day: string) => `Planen siger: ${day}`,
		waitingCount: (n: number, mentor: string) =>
			n === 1 ? `1 milepæl venter på, at ${mentor} ser den` : `${n} milepæle venter på, at ${mentor} ser dem`,
		nothingNext: 'Du har gjort alt, hvad du kan lige nu. Din mentor ser på resten.',
		wholePath: 'Hele vejen',
		wholePathIntro: 'Dit forløb er delt op i dele. Tryk på en milepæl for at se mere.',
		youAreHere: 'Du er her',
		phaseDone: 'Klaret',
		phaseLater: 'Senere',
		phaseProgress: (done: number, total: number) => `${done} af ${total} klaret`,
		phaseMerit: 'Merit: du springer denne del over',
		yourMentorFallback: 'din mentor',
		// Tid og økonomi
		timeAndMoneyIntro: 'Se hvad du lever af, og hvor langt du skal rejse, i hver del af dit forløb.',
		seeTimeAndMoney: 'Se tid og økonomi'
	},
	en: {
		title: 'My path',
		hello: (name: string) => `Hello ${name}`,
		yourMentor: 'Your mentor',
		noMentor: 'You do not have a mentor yet. The school will find one for you.',
		mentorHelps: (name: string) => `${name} helps you all the way. Write if you are unsure about anything.`,
		yourClasses: 'Your classes',
		noClasses: 'You are not in a class yet.',
		teachers: 'Teachers',
		yourPlan: 'Your plan',
		noPlan: 'Your mentor makes your plan together with you. Then you can see all your milestones here.',
		yourSchool: 'Your school',
		nextMilestone: 'Your next milestone',
		thenMilestones: 'And then',
		progress: (done: number, total: number) => `${done} of ${total} milestones`,
		progressLabel: 'How far you are',
		finishDay: (day: string) => `The plan says: ${day}`,
		waitingCount: (n: number, mentor: string) =>
			n === 1 ? `1 milestone is waiting for ${mentor} to see it` : `${n} milestones are waiting for ${mentor} to see them`,
		nothingNext: 'You have done all you can for now. Your mentor looks at the rest.',
		wholePath: 'The whole way',
		wholePathIntro: 'Your path is split into parts. Tap a milestone to see more.',
		youAreHere: 'You are here',
		phaseDone: 'Done',
		phaseLater: 'Later',
		phaseProgress: (done: number, total: number) => `${done} of ${total} done`,
		phaseMerit: 'Credit: you skip this part',
		yourMentorFallback: 'your mentor',
		timeAndMoneyIntro: 'See what you live on, and how far you travel, in each part of your path.',
		seeTimeAndMoney: 'See time and money'
	}
});

/** One milestone, as the learner sees it. */
export const milestone = defineWords({
	da: {
		back: 'Tilbage til Mit forløb',
		notFound: 'Vi kan ikke finde den milepæl. Måske er den fjernet fra din plan.',
		what: 'Hvad skal der ske?',
		why: 'Hvorfor?',
		who: 'Hvem gør det, og hvem hjælper?',
		when: 'Hvornår?',
		ownerLearner: 'Det gør du selv.',
		ownerMentor: (name: string) => `${name} sørger for det.`,
		ownerSchool: 'Skolen sørger for det.',
		ownerEmployer: 'Din arbejdsplads sørger for det.',
		alsoHelps: (who: string) => `Hjælp: ${who}.`,
		mentorHelps: (name: string) => `${name} hjælper dig, hvis du er i tvivl.`,
		period: (from: string, to: string) => `Fra ${from} til ${to}.`,
		dueOn: (day: string, when: string) => `Skal være klaret ${day} (${when}).`,
		noDate: 'Der er ingen dato på endnu.',
		tick: 'Jeg har gjort det',
		tickHintConfirm: (name: string) => `Når du trykker, får ${name} besked og godkender det bagefter.`,
		undo: 'Fortryd',
		sentToMentor: (name: string) => `Sendt til ${name}. Når ${name} har set det, er milepælen klaret.`,
		waitingText: (name: string) => `Du har sagt, at det er gjort. Det venter på, at ${name} godkender det.`,
		doneText: 'Den her milepæl er klaret.',
		confirmedBy: (name: string, when: string) => `${name} godkendte det ${when}.`,
		meritText: 'Du har merit for den her milepæl. Du har lært det før, så du springer den over.',
		shortened: (note: string) => `Kortere på grund af merit: ${note}`,
		othersDo: 'Den her milepæl klarer en anden. Du skal ikke krydse den af.',
		evidence: 'Billeder og filer',
		evidenceIntro: 'Tag et billede af fx et kursusbevis, eller vælg en PDF. Højst 10 MB.',
		attach: 'Tag billede eller vælg fil',
		evidenceNone: 'Ingen billeder eller filer endnu.',
		evidenceFromMessage: 'Sendt i Beskeder',
		pickSent: 'Vælg noget, du har sendt i Beskeder',
		useSent: 'Brug som bevis',
		pickSentOffline: 'Du skal være på nettet for at hente filen. Prøv igen senere.',
		evidenceWrongType: 'Du kan kun vedhæfte billeder og PDF-filer.',
		evidenceTooBig: 'Filen er for stor. Den må højst fylde 10 MB.',
		evidenceEmpty: 'Filen er tom. Prøv en anden.',
		evidenceSaved: 'Gemt. Din mentor kan se det.',
		evidenceWaiting: 'Sendes, når du er på nettet',
		evidenceOffline: 'Kan ses, når du er på nettet.',
		openFile: (name: string) => `Åbn ${name}`,
		removeEvidence: 'Fjern',
		evidenceAlt: (title: string) => `Billede til milepælen: ${title}`,
		pdf: 'PDF-fil',
		ask: 'Spørg din mentor om denne milepæl',
		askIntro: (name: string) => `Er du i tvivl? Skriv til ${name}. Beskeden viser, hvilken milepæl det handler om.`,
		askButton: (name: string) => `Skriv til ${name} om denne milepæl`,
		askNoMentor: 'Du har ikke en mentor endnu, så du kan ikke spørge her.',
		// celebration
		milestoneDoneTitle: 'Godt gået!',
		milestoneDoneText: (title: string) => `Du har klaret: ${title}.`,
		phaseDoneTitle: (phase: string) => `Du har klaret ${phase}!`,
		phaseDoneText: 'Det er en stor ting. Tag et øjeblik, og vær stolt af dig selv.',
		thanks: 'Tak!'
	},
	en: {
		back: 'Back to My path',
		notFound: 'We cannot find that milestone. Maybe it was removed from your plan.',
		what: 'What happens?',
		why: 'Why?',
		who: 'Who does it, and who helps?',
		when: 'When?',
		ownerLearner: 'You do it yourself.',
		ownerMentor: (name: string) => `${name} takes care of it.`,
		ownerSchool: 'The school takes care of it.',
		ownerEmployer: 'Your workplace takes care of it.',
		alsoHelps: (who: string) => `Help: ${who}.`,
		mentorHelps: (name: string) => `${name} helps you if you are unsure.`,
		period: (from: string, to: string) => `From ${from} to ${to}.`,
		dueOn: (day: string, when: string) => `To be done ${day} (${when}).`,
		noDate: 'There is no date yet.',
		tick: 'I have done it',
		tickHintConfirm: (name: string) => `When you tap, ${name} is told and approves it afterwards.`,
		undo: 'Undo',
		sentToMentor: (name: string) => `Sent to ${name}. When ${name} has seen it, the milestone is done.`,
		waitingText: (name: string) => `You said it is done. It is waiting for ${name} to approve it.`,
		doneText: 'This milestone is done.',
		confirmedBy: (name: string, when: string) => `${name} approved it ${when}.`,
		meritText: 'You have credit for this milestone. You learned it before, so you skip it.',
		shortened: (note: string) => `Shorter because of credit: ${note}`,
		othersDo: 'Someone else takes care of this milestone. You do not tick it off.',
		evidence: 'Photos and files',
		evidenceIntro: 'Take a photo of e.g. a course certificate, or choose a PDF. At most 10 MB.',
		attach: 'Take a photo or choose a file',
		evidenceNone: 'No photos or files yet.',
		evidenceFromMessage: 'Sent in Messages',
		pickSent: 'Choose something you sent in Messages',
		useSent: 'Use as evidence',
		pickSentOffline: 'You need to be online to fetch the file. Try again later.',
		evidenceWrongType: 'You can only attach photos and PDF files.',
		evidenceTooBig: 'The file is too big. It may be at most 10 MB.',
		evidenceEmpty: 'The file is empty. Try another one.',
		evidenceSaved: 'Saved. Your mentor can see it.',
		evidenceWaiting: 'Sent when you are online',
		evidenceOffline: 'Can be seen when you are online.',
		openFile: (name: string) => `Open ${name}`,
		removeEvidence: 'Remove',
		evidenceAlt: (title: string) => `Photo for the milestone: ${title}`,
		pdf: 'PDF file',
		ask: 'Ask your mentor about this milestone',
		askIntro: (name: string) => `Unsure? Write to ${name}. The message shows which milestone it is about.`,
		askButton: (name: string) => `Write to ${name} about this milestone`,
		askNoMentor: 'You do not have a mentor yet, so you cannot ask here.',
		milestoneDoneTitle: 'Well done!',
		milestoneDoneText: (title: string) => `You have done: ${title}.`,
		phaseDoneTitle: (phase: string) => `You have finished ${phase}!`,
		phaseDoneText: 'That is a big thing. Take a moment, and be proud of yourself.',
		thanks: 'Thanks!'
	}
});

/** "Tid og økonomi": income, school and workplace per phase. */
export const money = defineWords({
	da: {
		intro: 'Her kan du se, hvad du lever af, og hvor du skal være i hver del af dit forløb.',
		none: 'Din mentor har ikke skrevet noget om denne del endnu.',
		noPlan: 'Når din mentor har lavet din plan, kan du se tid og økonomi her.',
		income: 'Det lever du af',
		incomeLine: (kind: string, amount: string) => `Du får ${kind}: ca. ${amount} om måneden før skat.`,
		incomeKindOnly: (kind: string) => `Du får ${kind}.`,
		school: 'Skole',
		workplace: 'Arbejdsplads',
		travel: (minutes: number) => `Ca. ${duration(minutes, 'da')} hver vej.`,
		dates: (from: string, to: string) => `${from} til ${to}`,
		voksenelevloen: 'voksenelevløn',
		elevloen: 'elevløn',
		veu: 'VEU-godtgørelse',
		uddannelsesloeft: 'uddannelsesløft (dagpenge mens du tager uddannelsen)',
		dagpenge: 'dagpenge',
		su: 'SU',
		loen: 'løn',
		andet: 'en anden indtægt'
	},
	en: {
		intro: 'Here you can see what you live on, and where you need to be, in each part of your path.',
		none: 'Your mentor has not written anything about this part yet.',
		noPlan: 'When your mentor has made your plan, you can see time and money here.',
		income: 'What you live on',
		incomeLine: (kind: string, amount: string) => `You get ${kind}: about ${amount} a month before tax.`,
		incomeKindOnly: (kind: string) => `You get ${kind}.`,
		school: 'School',
		workplace: 'Workplace',
		travel: (minutes: number) => `About ${duration(minutes, 'en')} each way.`,
		dates: (from: string, to: string) => `${from} to ${to}`,
		voksenelevloen: 'adult apprentice wage (voksenelevløn)',
		elevloen: 'apprentice wage (elevløn)',
		veu: 'adult education allowance (VEU-godtgørelse)',
		uddannelsesloeft: 'uddannelsesløft (benefits while you study)',
		dagpenge: 'unemployment benefits (dagpenge)',
		su: 'student grant (SU)',
		loen: 'wage',
		andet: 'another income'
	}
});

/** The words of a phase's income kind (voksenelevløn, SU …); an unknown kind reads "en anden indtægt". */
export const incomeWords = (kind: string): string => (money as unknown as Record<string, string>)[kind] ?? money.andet;

/** "1 time og 15 minutter" — travel time in words, never as a sum to work out. */
export function duration(minutes: number, locale: 'da' | 'en'): string {
	const h = Math.floor(minutes / 60);
	const min = minutes % 60;
	const da = locale === 'da';
	const hours = h === 1 ? (da ? '1 time' : '1 hour') : da ? `${h} timer` : `${h} hours`;
	const mins = min === 1 ? (da ? '1 minut' : '1 minute') : da ? `${min} minutter` : `${min} minutes`;
	if (h === 0) return mins;
	if (min === 0) return hours;
	return `${hours} ${da ? 'og' : 'and'} ${mins}`;
}

/** "Vis min plan": the plan on one page, to print or share with the family. */
export const sheet = defineWords({
	da: {
		show: 'Vis min plan',
		showIntro: 'Se hele din plan på én side. Du kan printe den eller vise den til din familie.',
		title: 'Min plan',
		intro: 'Her er din plan på én side. Du kan printe den, gemme den som PDF eller dele den.',
		print: 'Print eller gem som PDF',
		share: 'Del planen',
		shared: 'Delt.',
		planOf: (name: string) => `Planen for ${name}`,
		programme: (name: string) => `Uddannelse: ${name}`,
		goal: (goal: string): string =>
			goal === 'svendebrev'
				? 'Til sidst får du dit svendebrev.'
				: goal === 'uddannelsesbevis'
					? 'Til sidst får du dit uddannelsesbevis.'
					: 'Til sidst er du færdig med din uddannelse.',
		finish: (day: string) => `Planen siger, at du er færdig ${day}.`,
		progress: (done: number, total: number) => `Du har klaret ${done} af ${total} milepæle.`,
		contact: 'Din kontaktperson',
		contactLine: (name: string) => `${name} er din mentor. Ring eller skriv, hvis I har spørgsmål.`,
		noContact: 'Du har ikke fået en mentor endnu. Skolen finder en til dig.',
		school: (name: string) => `Skole: ${name}`,
		phases: 'Dine dele af forløbet',
		phaseDates: (from: string, to: string) => `Fra ${from} til ${to}.`,
		phaseNoDates: 'Der er ingen datoer på endnu.',
		phaseDone: 'Klaret.',
		phaseNow: 'Du er her nu.',
		phaseMerit: 'Merit: du springer den over.',
		money: (kind: string, amount: string) => `Penge: ${kind}, ca. ${amount} om måneden før skat.`,
		moneyKind: (kind: string) => `Penge: ${kind}.`,
		moneyNone: 'Penge: ikke skrevet endnu.',
		noPlan: 'Din mentor laver din plan sammen med dig. Så kan du se den her.'
	},
	en: {
		show: 'Show my plan',
		showIntro: 'See your whole plan on one page. You can print it or show it to your family.',
		title: 'My plan',
		intro: 'Here is your plan on one page. You can print it, save it as a PDF or share it.',
		print: 'Print or save as PDF',
		share: 'Share the plan',
		shared: 'Shared.',
		planOf: (name: string) => `The plan for ${name}`,
		programme: (name: string) => `Programme: ${name}`,
		goal: (goal: string): string =>
			goal === 'svendebrev'
				? 'At the end you get your journeyman certificate.'
				: goal === 'uddannelsesbevis'
					? 'At the end you get your diploma.'
					: 'At the end you have finished your education.',
		finish: (day: string) => `The plan says you are done on ${day}.`,
		progress: (done: number, total: number) => `You have done ${done} of ${total} milestones.`,
		contact: 'Your contact person',
		contactLine: (name: string) => `${name} is your mentor. Call or write if you have questions.`,
		noContact: 'You do not have a mentor yet. The school will find one for you.',
		school: (name: string) => `School: ${name}`,
		phases: 'The parts of your path',
		phaseDates: (from: string, to: string) => `From ${from} to ${to}.`,
		phaseNoDates: 'There are no dates yet.',
		phaseDone: 'Done.',
		phaseNow: 'You are here now.',
		phaseMerit: 'Credit: you skip it.',
		money: (kind: string, amount: string) => `Money: ${kind}, about ${amount} a month before tax.`,
		moneyKind: (kind: string) => `Money: ${kind}.`,
		moneyNone: 'Money: not written yet.',
		noPlan: 'Your mentor makes your plan together with you. Then you can see it here.'
	}
});
