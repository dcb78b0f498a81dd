import { defineWords } from '$lib/i18n/words';
import type { HelpArticlesGroupOptions, HelpRequestsAreaOptions, HelpRequestsStatusOptions } from '$lib/pb/types.gen';


// The groups of the help library.
const daGroups: Record<HelpArticlesGroupOptions, string> = {
	ordblind: 'Ordblind',
	tal: 'Tal',
	it: 'IT',
	okonomi: 'Penge og rettigheder',
	livet: 'Livet som voksen elev'
};
const enGroups: Record<HelpArticlesGroupOptions, string> = {
	ordblind: 'Dyslexia',
	tal: 'Numbers',
	it: 'IT',
	okonomi: 'Money and rights',
	livet: 'Life as an adult learner'
};
const daGroupIntros: Record<HelpArticlesGroupOptions, string> = {
	ordblind: 'Læs og skriv lettere. Få hjælp fra skolen.',
	tal: 'Regn med telefonen. Procent, mål og løn.',
	it: 'Log ind, Wi-Fi, mail, print og billeder.',
	okonomi: 'Løn og penge, mens du går i skole.',
	livet: 'Første dag, familie og når det er svært.'
};
const enGroupIntros: Record<HelpArticlesGroupOptions, string> = {
	ordblind: 'Read and write more easily. Get help from the school.',
	tal: 'Calculate with your phone. Percent, measures and pay.',
	it: 'Logging in, Wi-Fi, e-mail, printing and photos.',
	okonomi: 'Pay and money while you study.',
	livet: 'The first day, family, and when things are hard.'
};

// The help library: the start page, an article, the search.
export const library = defineWords({
	da: {
		title: 'Hjælp',
		intro: 'Her finder du hjælp til at bruge Sammen. Du får også hjælp til at læse, regne og bruge IT. Og om penge og livet som voksen elev.',
		search: 'Søg i hjælpen',
		searchHint: 'Skriv et ord. Det gør ikke noget, hvis det er stavet forkert.',
		found: (n: number) => (n === 0 ? 'Vi fandt ikke noget.' : n === 1 ? 'Vi fandt 1 tekst.' : `Vi fandt ${n} tekster.`),
		readAs: (words: string) => `Vi søgte også på: ${words}.`,
		nothingTip: 'Prøv et andet ord. Eller vælg et emne herunder.',
		nothingFor: (query: string) => `Ingen fund for «${query}»`,
		trySuggestion: 'Prøv et af de her ord:',
		askMentor: 'Spørg din mentor. Der er ingen dumme spørgsmål.',
		askMentorLink: 'Skriv til din mentor',
		askSchool: 'Log ind og skriv til din mentor. Eller spørg på skolens kontor.',
		groups: 'Emner',
		group: (g: HelpArticlesGroupOptions) => daGroups[g],
		groupIntro: (g: HelpArticlesGroupOptions) => daGroupIntros[g],
		loginTitle: 'Kan du ikke logge ind?',
		loginText: 'Vælg «Med kode på e-mail». Så får du en kode, du kan kopiere.',
		loginLink: 'Sådan logger du ind',
		needHelpTitle: 'Går du i stå?',
		needHelpText: 'Skriv til din mentor, hvad du har brug for hjælp til.',
		needHelpLink: 'Jeg har brug for hjælp',
		editArticles: 'Skriv og ret tekster',
		back: 'Tilbage',
		allHelp: 'Al hjælp',
		empty: 'Der er ingen tekster endnu.',
		loading: 'Henter hjælpen …',
		offline: 'Du er ikke på nettet. Åbn hjælpen én gang på nettet. Så virker den også uden net.',
		failed: 'Vi kunne ikke hente hjælpen. Prøv igen om lidt.',
		notFound: 'Vi kan ikke finde den tekst. Måske er den flyttet.',
		draft: 'Kladde: kun koordinatorer kan se den',
		edit: 'Ret teksten',
		moreInGroup: (group: string) => `Mere om ${group}`,
		stillStuck: 'Fandt du ikke svaret?',
		stillStuckText: 'Så skriv til din mentor. Der er ingen dumme spørgsmål.',
		updated: (when: string) => `Rettet ${when}`
	},
	en: {
		title: 'Help',
		intro: 'Here you find help to use Sammen. You also get help to read, calculate and use IT. And about money and life as an adult learner.',
		search: 'Search the help',
		searchHint: 'Type a word. It does not matter if it is spelt wrong.',
		found: (n: number) => (n === 0 ? 'We found nothing.' : n === 1 ? 'We found 1 text.' : `We found ${n} texts.`),
		readAs: (words: string) => `We also searched for: ${words}.`,
		nothingTip: 'Try another word. Or choose a topic below.',
		nothingFor: (query: string) => `Nothing found for «${query}»`,
		trySuggestion: 'Try one of these words:',
		askMentor: 'Ask your mentor. There are no stupid questions.',
		askMentorLink: 'Write to your mentor',
		askSchool: 'Log in and write to your mentor. Or ask at the school office.',
		groups: 'Topics',
		group: (g: HelpArticlesGroupOptions) => enGroups[g],
		groupIntro: (g: HelpArticlesGroupOptions) => enGroupIntros[g],
		loginTitle: 'Cannot log in?',
		loginText: 'Choose «With a code by e-mail». You get a code you can copy.',
		loginLink: 'How to log in',
		needHelpTitle: 'Stuck?',
		needHelpText: 'Write to your mentor what you need help with.',
		needHelpLink: 'I need help',
		editArticles: 'Write and edit texts',
		back: 'Back',
		allHelp: 'All help',
		empty: 'There are no texts yet.',
		loading: 'Loading the help …',
		offline: 'You are offline. Open the help once online. Then it also works offline.',
		failed: 'We could not load the help. Try again in a moment.',
		notFound: 'We cannot find that text. Maybe it has moved.',
		draft: 'Draft: only coordinators can see it',
		edit: 'Edit the text',
		moreInGroup: (group: string) => `More about ${group}`,
		stillStuck: 'Did you not find the answer?',
		stillStuckText: 'Then write to your mentor. There are no stupid questions.',
		updated: (when: string) => `Edited ${when}`
	}
});

const daAreas: Record<HelpRequestsAreaOptions, string> = {
	laesning: 'Læse og skrive',
	tal: 'Tal og regning',
	it: 'IT',
	andet: 'Noget andet'
};
const enAreas: Record<HelpRequestsAreaOptions, string> = {
	laesning: 'Reading and writing',
	tal: 'Numbers',
	it: 'IT',
	andet: 'Something else'
};
const daAreaHints: Record<HelpRequestsAreaOptions, string> = {
	laesning: 'En tekst, en opgave, stavning',
	tal: 'Regning, procent, løn',
	it: 'Pc, telefon, log ind, Wi-Fi',
	andet: 'Alt det andet'
};
const enAreaHints: Record<HelpRequestsAreaOptions, string> = {
	laesning: 'A text, a task, spelling',
	tal: 'Maths, percent, pay',
	it: 'PC, phone, logging in, Wi-Fi',
	andet: 'Everything else'
};
const daStatus: Record<HelpRequestsStatusOptions, string> = {
	open: 'Sendt',
	in_progress: 'I gang',
	solved: 'Løst'
};
const enStatus: Record<HelpRequestsStatusOptions, string> = {
	open: 'Sent',
	in_progress: 'In progress',
	solved: 'Solved'
};

// Words shared by the two sides of a help request.
export const requestWords = defineWords({
	da: {
		area: (a: HelpRequestsAreaOptions) => daAreas[a],
		areaHint: (a: HelpRequestsAreaOptions) => daAreaHints[a],
		status: (s: HelpRequestsStatusOptions) => daStatus[s],
		sentAt: (when: string) => `Sendt ${when}`,
		recording: 'Lydbesked',
		playOffline: 'Du kan høre lydbeskeden, når du er på nettet.',
		waiting: 'Venter på at blive sendt'
	},
	en: {
		area: (a: HelpRequestsAreaOptions) => enAreas[a],
		areaHint: (a: HelpRequestsAreaOptions) => enAreaHints[a],
		status: (s: HelpRequestsStatusOptions) => enStatus[s],
		sentAt: (when: string) => `Sent ${when}`,
		recording: 'Voice message',
		playOffline: 'You can listen to the voice message when you are online.',
		waiting: 'Waiting to be sent'
	}
});

// "Jeg har brug for hjælp": the learner's page.
export const mine = defineWords({
	da: {
		title: 'Jeg har brug for hjælp',
		intro: 'Skriv, hvad du går i stå med. Så får din mentor besked. Du kan se her, når der sker noget.',
		itToo: 'Handler det om IT, får skolens IT-hjælper det også.',
		noMentor: 'Du har ikke fået en mentor endnu. Spørgsmål om IT går til skolens IT-hjælper.',
		areaLegend: 'Hvad handler det om?',
		text: 'Hvad har du brug for hjælp til?',
		textHint: 'Skriv med dine egne ord. Stavning er ligegyldig.',
		record: 'Indtal en lydbesked',
		recordStop: 'Stop optagelsen',
		recording: 'Optager … tal nu.',
		recorded: 'Lydbeskeden er klar.',
		removeRecording: 'Slet lydbeskeden',
		micDenied: 'Sammen må ikke bruge mikrofonen. Du kan tillade det i browserens menu.',
		tooLong: 'Lydbeskeden er for lang. Den må højst fylde 10 MB.',
		send: 'Send til min mentor',
		sent: 'Sendt. Din mentor får besked.',
		chooseArea: 'Vælg, hvad det handler om.',
		writeSomething: 'Skriv eller indtal, hvad du har brug for hjælp til.',
		yours: 'Det har du spurgt om',
		none: 'Du har ikke bedt om hjælp endnu.',
		solvedOnes: (n: number) => (n === 1 ? '1 løst' : `${n} løste`),
		reply: (who: string) => `Svar fra ${who}`,
		helping: (who: string) => `${who} hjælper dig.`,
		markSolved: 'Det er løst',
		withdraw: 'Træk tilbage',
		withdrawn: 'Trukket tilbage.',
		yourMentor: 'Din mentor'
	},
	en: {
		title: 'I need help',
		intro: 'Write what you are stuck with. Your mentor is told. You can see here when something happens.',
		itToo: 'If it is about IT, the school’s IT helper gets it too.',
		noMentor: 'You do not have a mentor yet. Questions about IT go to the school’s IT helper.',
		areaLegend: 'What is it about?',
		text: 'What do you need help with?',
		textHint: 'Write in your own words. Spelling does not matter.',
		record: 'Record a voice message',
		recordStop: 'Stop recording',
		recording: 'Recording … speak now.',
		recorded: 'The voice message is ready.',
		removeRecording: 'Delete the voice message',
		micDenied: 'Sammen may not use the microphone. You can allow it in the browser’s menu.',
		tooLong: 'The voice message is too long. It may be at most 10 MB.',
		send: 'Send to my mentor',
		sent: 'Sent. Your mentor is told.',
		chooseArea: 'Choose what it is about.',
		writeSomething: 'Write or record what you need help with.',
		yours: 'What you have asked about',
		none: 'You have not asked for help yet.',
		solvedOnes: (n: number) => (n === 1 ? '1 solved' : `${n} solved`),
		reply: (who: string) => `Answer from ${who}`,
		helping: (who: string) => `${who} is helping you.`,
		markSolved: 'It is solved',
		withdraw: 'Take back',
		withdrawn: 'Taken back.',
		yourMentor: 'Your mentor'
	}
});

// The mentor's and IT helper's page.
export const helping = defineWords({
	da: {
		title: 'Hjælp til elever',
		introMentor: 'Her er det, dine elever har bedt om hjælp til. Tag en, og skriv et svar, når den er løst.',
		introIt: 'Her er elevernes spørgsmål om IT. Tag en, og skriv et svar, når den er løst.',
		open: 'Venter på hjælp',
		inProgress: 'I gang',
		solved: 'Løst',
		none: 'Ingen venter på hjælp lige nu.',
		noneSolved: 'Ingen er løst endnu.',
		take: 'Jeg tager den',
		solve: 'Marker som løst',
		reply: 'Svar til eleven',
		replyHint: 'Skriv kort, hvad I aftaler. Eleven kan se det.',
		saved: 'Gemt. Eleven får besked.',
		from: (name: string) => `Fra ${name}`,
		takenBy: (name: string) => `${name} hjælper`
	},
	en: {
		title: 'Help for learners',
		introMentor: 'Here is what your learners asked for help with. Take one, and write an answer when it is solved.',
		introIt: 'Here are the learners’ questions about IT. Take one, and write an answer when it is solved.',
		open: 'Waiting for help',
		inProgress: 'In progress',
		solved: 'Solved',
		none: 'Nobody is waiting for help right now.',
		noneSolved: 'None solved yet.',
		take: 'I will take it',
		solve: 'Mark as solved',
		reply: 'Answer to the learner',
		replyHint: 'Write briefly what you agree. The learner can see it.',
		saved: 'Saved. The learner is told.',
		from: (name: string) => `From ${name}`,
		takenBy: (name: string) => `${name} is helping`
	}
});

// The coordinator's article list and editor.
export const editor = defineWords({
	da: {
		listTitle: 'Hjælpetekster',
		listIntro: 'Skriv tekster til hjælpen. Brug korte ord og korte sætninger.',
		newArticle: 'Ny tekst',
		newTitle: 'Ny hjælpetekst',
		editTitle: 'Ret hjælpetekst',
		none: 'Skolen har ingen tekster endnu.',
		published: 'Udgivet',
		draft: 'Kladde',
		title: 'Titel',
		summary: 'Kort om teksten',
		summaryHint: 'En eller to sætninger. De står under titlen.',
		group: 'Emne',
		order: 'Nummer i emnet',
		body: 'Tekst',
		bodyHint: 'Skriv i Markdown: # giver en overskrift, 1. giver et trin, - giver et punkt og **ord** giver fed skrift.',
		preview: 'Sådan ser det ud',
		status: 'Hvem kan se den?',
		statusDraft: 'Kladde: kun koordinatorer',
		statusPublished: 'Udgivet: alle, også før log ind',
		save: 'Gem',
		saved: 'Gemt.',
		delete: 'Slet teksten',
		confirmDelete: 'Vil du slette teksten? Det kan ikke fortrydes.',
		cancel: 'Fortryd',
		deleted: 'Teksten er slettet.',
		required: 'Skal udfyldes.',
		slugTaken: 'Der er allerede en tekst med den titel. Vælg en anden titel.',
		images: 'Billeder',
		imagesHint: 'JPG, PNG, WebP eller GIF. Højst 5 MB.',
		imagesAfterSave: 'Gem teksten først. Så kan du sætte billeder ind.',
		addImage: 'Vælg et billede',
		imageTooBig: (mb: string) => `Billedet fylder ${mb} MB. Det må højst fylde 5 MB. Tag et mindre billede.`,
		imageType: 'Det er ikke et billede. Brug JPG, PNG, WebP eller GIF.',
		insert: 'Sæt ind i teksten',
		removeImage: 'Fjern billedet',
		uploading: 'Sendes …',
		uploadFailed: (why: string) => `Billedet kunne ikke gemmes. ${why}`,
		altPrompt: 'Beskriv billedet',
		lix: (value: string) => `Lix ${value}`,
		lixEasy: 'let at læse',
		lixPlain: 'ret let at læse',
		lixMiddle: 'svær at læse. Brug kortere sætninger.',
		lixHard: 'meget svær at læse. Brug kortere ord og sætninger.',
		lixGoal: 'Målet er højst 30.',
		back: 'Tilbage til listen',
		notYours: 'Den tekst kan du ikke rette.'
	},
	en: {
		listTitle: 'Help texts',
		listIntro: 'Write texts for the help. Use short words and short sentences.',
		newArticle: 'New text',
		newTitle: 'New help text',
		editTitle: 'Edit help text',
		none: 'The school has no texts yet.',
		published: 'Published',
		draft: 'Draft',
		title: 'Title',
		summary: 'About the text',
		summaryHint: 'One or two sentences. They are shown under the title.',
		group: 'Topic',
		order: 'Number in the topic',
		body: 'Text',
		bodyHint: 'Write in Markdown: # gives a heading, 1. gives a step, - gives a point and **word** gives bold.',
		preview: 'This is how it looks',
		status: 'Who can see it?',
		statusDraft: 'Draft: only coordinators',
		statusPublished: 'Published: everyone, also before login',
		save: 'Save',
		saved: 'Saved.',
		delete: 'Delete the text',
		confirmDelete: 'Do you want to delete the text? It cannot be undone.',
		cancel: 'Cancel',
		deleted: 'The text is deleted.',
		required: 'Must be filled in.',
		slugTaken: 'There is already a text with that title. Choose another title.',
		images: 'Pictures',
		imagesHint: 'JPG, PNG, WebP or GIF. At most 5 MB.',
		imagesAfterSave: 'Save the text first. Then you can add pictures.',
		addImage: 'Choose a picture',
		imageTooBig: (mb: string) => `The picture is ${mb} MB. It may be at most 5 MB. Use a smaller picture.`,
		imageType: 'That is not a picture. Use JPG, PNG, WebP or GIF.',
		insert: 'Put into the text',
		removeImage: 'Remove the picture',
		uploading: 'Sending …',
		uploadFailed: (why: string) => `The picture could not be saved. ${why}`,
		altPrompt: 'Describe the picture',
		lix: (value: string) => `Lix ${value}`,
		lixEasy: 'easy to read',
		lixPlain: 'fairly easy to read',
		lixMiddle: 'hard to read. Use shorter sentences.',
		lixHard: 'very hard to read. Use shorter words and sentences.',
		lixGoal: 'The goal is at most 30.',
		back: 'Back to the list',
		notYours: 'You cannot edit that text.'
	}
});
