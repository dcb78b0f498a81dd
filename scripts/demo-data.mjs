// Sammen's demo data: a fictional school in Midtjylland with its programmes,
// classes (hold), learners, mentors, teachers and a coordinator, and a second, smaller
// school in Nordjylland (so parts that reach across schools have real data). Every
// mentor follows 20–40 adults, as in real life. Plain objects only; `scripts/seed.mjs`
// loads them into PocketBase (`demoSchools`).
//
// Everyone here is invented. The four first learners are the personas of the
// domain material (seed 000): Sarah, Jonas, Bjarke and Lisbeth. The `about` texts
// are what a learner tells their mentor, in plain short Danish. Only a birth year
// is ever stored, never a CPR number.

/** The year the ages below refer to (birthYear = DEMO_YEAR - age). */
export const DEMO_YEAR = 2026;

/** One password for every demo account; a user who changes it keeps their own. */
export const demoPassword = 'sammen-demo-2026';

export const school = { name: 'Erhvervsskolen Midt (demo)', city: 'Viborg' };

// ------------------------------------------------------------------ programmes
// `key` is only used inside this file to connect learners and classes.
export const programmes = [
	{
		key: 'tomrer',
		name: 'Tømrer',
		track: 'EUV2',
		endDocument: 'svendebrev',
		description:
			'Du lærer at bygge huse, tage, gulve og trapper i træ. Du skifter mellem skole og praktik hos en tømrermester.'
	},
	{
		key: 'elektriker',
		name: 'Elektriker',
		track: 'EUV2',
		endDocument: 'svendebrev',
		description:
			'Du lærer at lægge el ind i huse og virksomheder, så det er sikkert. Du skifter mellem skole og praktik hos en elinstallatør.'
	},
	{
		key: 'sosu',
		name: 'Social- og sundhedshjælper',
		track: 'EUV1',
		endDocument: 'uddannelsesbevis',
		description:
			'Du lærer at hjælpe ældre og syge i deres hverdag, i eget hjem eller på plejecenter. Din erfaring fra arbejdet giver merit, så forløbet er kort.'
	},
	{
		key: 'industri',
		name: 'Industrioperatør',
		track: 'EUV3',
		endDocument: 'uddannelsesbevis',
		description:
			'Du lærer at styre og passe maskiner og anlæg i produktionen. Uddannelsen er kort og fører direkte til job i industrien.'
	}
];

// ------------------------------------------------------------------ staff
export const mentors = [
	{
		name: 'Karen Møller',
		about: 'Jeg er mentor og har fulgt voksne elever i tolv år. Skriv til mig, hvis noget driller. Så finder vi ud af det sammen.'
	},
	{
		name: 'Søren Dahl',
		about: 'Jeg er mentor. Jeg blev selv faglært som voksen, da jeg var 38. Jeg ved, hvordan det føles at starte forfra.'
	},
	{
		name: 'Lone Iversen',
		about: 'Jeg er mentor og tidligere jobkonsulent. Jeg hjælper gerne med økonomi, læreplads og alt det praktiske.'
	}
];

export const teachers = [
	{ name: 'Peter Frandsen', about: 'Jeg er tømrer og underviser. Jeg har selv stået på byggepladsen i 20 år.' },
	{ name: 'Gitte Skov', about: 'Jeg er sygeplejerske og underviser på social- og sundhedsuddannelserne.' },
	{ name: 'Martin Østergaard', about: 'Jeg er elektriker og underviser i el og automatik.' }
];

export const coordinators = [{ name: 'Anne Vinther', about: 'Jeg er koordinator for voksenforløbene på skolen.' }];

// ------------------------------------------------------------------ learners
// `mentor` and `mentorSince` give the current mentorship (first name of a mentor).
export const learners = [
	// --- the four personas of seed 000
	{
		name: 'Sarah Nielsen',
		age: 39,
		programme: 'sosu',
		mentor: 'Karen',
		mentorSince: '2026-06-15',
		about:
			'Jeg er 39 år. Jeg har arbejdet som ufaglært i hjemmeplejen i mange år. Mange siger, at jeg kan mere, end jeg tror. Skolen var svær for mig, da jeg var ung. Jeg er bange for at dumpe. Jeg har kun ét skud i bøssen, så det skal være rigtigt. Jeg vil gerne have et fast job og en stabil løn.'
	},
	{
		name: 'Jonas Mortensen',
		age: 40,
		programme: 'tomrer',
		mentor: 'Søren',
		mentorSince: '2026-05-18',
		about:
			'Jeg er 40 år. Jeg har været ni år i det samme tømrerfirma. Min chef Dorte foreslog, at jeg blev faglært. Jeg blev glad, men også nervøs. Jeg er bange for, at de andre finder ud af, at jeg er dum. Min familie bakker mig op. Jeg vil gerne have noget enkelt, jeg kan vise dem derhjemme.'
	},
	{
		name: 'Bjarke Andersen',
		age: 45,
		programme: 'industri',
		mentor: 'Søren',
		mentorSince: '2026-06-01',
		about:
			'Jeg er 45 år og ledig lige nu. Jeg vil bare have et job. Kræver det en uddannelse, så er jeg klar. Jeg dur ikke til lange planer. Det skal gå hurtigt. Min sagsbehandler hjalp med det praktiske, og min nabo kender branchen.'
	},
	{
		name: 'Lisbeth Holm',
		age: 29,
		programme: 'elektriker',
		mentor: 'Lone',
		mentorSince: '2026-06-08',
		about:
			'Jeg er 29 år. Vi er lige flyttet til Viborg, og jeg har været på barsel. Nu er det min tur. Jeg har en uddannelse i forvejen, men det her passer bedre til mig. Jeg glæder mig til at være en del af et hold og få nye venner.'
	},

	// --- Social- og sundhedshjælper
	{
		name: 'Amina Hussein',
		age: 42,
		programme: 'sosu',
		mentor: 'Karen',
		mentorSince: '2026-06-15',
		about:
			'Jeg kom til Danmark fra Somalia, da jeg var 20. Jeg har været afløser på et plejecenter i seks år. Jeg kan godt lide at hjælpe de gamle. Nu vil jeg have papir på det, jeg kan.'
	},
	{
		name: 'Hanne Larsen',
		age: 58,
		programme: 'sosu',
		mentor: 'Karen',
		mentorSince: '2026-06-22',
		about:
			'Jeg har arbejdet i et køkken i 30 år, og min ryg kan ikke mere. De sidste to år har jeg været vikar i hjemmeplejen. Jeg er glad for at tale med folk. Jeg er lidt nervøs for computeren.'
	},
	{
		name: 'Maria Santos',
		age: 35,
		programme: 'sosu',
		mentor: 'Lone',
		mentorSince: '2026-06-22',
		language: 'en',
		about:
			'Jeg kommer fra Filippinerne og har boet i Herning i otte år. Jeg arbejder som ufaglært i hjemmeplejen. Mit dansk bliver bedre hver dag. Nogle gange læser jeg hellere på engelsk.'
	},
	{
		name: 'Ivana Marić',
		age: 49,
		programme: 'sosu',
		mentor: 'Karen',
		mentorSince: '2026-06-29',
		about:
			'Jeg er fra Bosnien og har boet i Danmark i 25 år. Jeg har arbejdet på et plejehjem i mange år. Mine børn er flyttet hjemmefra. Nu er det min tur.'
	},
	{
		name: 'Brian Thomsen',
		age: 46,
		programme: 'sosu',
		mentor: 'Søren',
		mentorSince: '2026-06-29',
		about:
			'Jeg har været chauffør i 20 år. De sidste tre år har jeg også været vikar på et bosted. Jeg vil gerne arbejde med mennesker. Jeg er ikke god til at skrive, men jeg er god til at lytte.'
	},

	// --- Tømrer
	{
		name: 'Piotr Nowak',
		age: 34,
		programme: 'tomrer',
		mentor: 'Søren',
		mentorSince: '2026-05-18',
		about:
			'Jeg kommer fra Polen. Jeg har arbejdet på byggepladser i Danmark i otte år. Jeg er god med hænderne. Nu vil jeg have et dansk svendebrev.'
	},
	{
		name: 'Ahmad Rahimi',
		age: 27,
		programme: 'tomrer',
		mentor: 'Lone',
		mentorSince: '2026-05-25',
		about:
			'Jeg kom fra Afghanistan, da jeg var 16. Jeg har været tømrerhjælper i tre år. Min mester vil gerne have mig som voksenlærling.'
	},
	{
		name: 'Camilla Dam',
		age: 33,
		programme: 'tomrer',
		mentor: 'Lone',
		mentorSince: '2026-05-25',
		about:
			'Jeg har været i butik i ti år. Sammen med min far har jeg bygget vores sommerhus om. Det var der, jeg fandt ud af, hvad jeg vil.'
	},
	{
		name: 'Henrik Bach',
		age: 52,
		programme: 'tomrer',
		mentor: 'Søren',
		mentorSince: '2026-06-01',
		about:
			'Jeg har været handyman i mange år. Jeg kan det meste, men jeg har ikke papir på det. Jeg er lidt nervøs for at sidde på skolebænken igen.'
	},
	{
		name: 'Rasmus Kjær',
		age: 31,
		programme: 'tomrer',
		mentor: 'Karen',
		mentorSince: '2026-06-01',
		about:
			'Jeg har været soldat i seks år. Jeg er vant til at arbejde udendørs og på et hold. Jeg vil lave noget, hvor jeg kan se resultatet.'
	},

	// --- Elektriker
	{
		name: 'Omar Haddad',
		age: 36,
		programme: 'elektriker',
		// Omar had Søren first; see `endedMentorships` below.
		mentor: 'Lone',
		mentorSince: '2026-10-01',
		about:
			'Jeg er uddannet ingeniør i Syrien, men min uddannelse gælder ikke her. Jeg har været elektrikerhjælper i to år. Jeg vil gerne være elektriker i Danmark.'
	},
	{
		name: 'Dennis Mikkelsen',
		age: 44,
		programme: 'elektriker',
		mentor: 'Søren',
		mentorSince: '2026-06-08',
		about:
			'Jeg har været pedel på en skole i ti år. Jeg har skiftet mange lamper og stikkontakter. Nu vil jeg lære det hele rigtigt.'
	},
	{
		name: 'Kristian Vestergaard',
		age: 25,
		programme: 'elektriker',
		mentor: 'Lone',
		mentorSince: '2026-06-08',
		about:
			'Jeg stoppede på gymnasiet. Siden har jeg haft mange forskellige job. Nu er jeg klar til at gøre noget færdigt. Jeg kan godt lide at finde fejl og løse dem.'
	},
	{
		name: 'Yasmin Aydin',
		age: 31,
		programme: 'elektriker',
		mentor: 'Karen',
		mentorSince: '2026-06-15',
		about:
			'Jeg er vokset op i Aarhus. Jeg har arbejdet i telefonsupport i syv år. Nu vil jeg lave noget med hænderne. Jeg har to børn, så jeg har brug for faste tider.'
	},
	{
		name: 'Thomas Ravn',
		age: 38,
		programme: 'elektriker',
		mentor: 'Søren',
		mentorSince: '2026-06-15',
		about:
			'Jeg har monteret vindmøller i fem år uden uddannelse. Min chef vil gerne have, at jeg bliver elektriker. Jeg glæder mig.'
	},

	// --- Industrioperatør
	{
		name: 'Khalid Mansour',
		age: 33,
		programme: 'industri',
		mentor: 'Søren',
		mentorSince: '2026-06-01',
		about:
			'Jeg har været ledig i et år. Før det arbejdede jeg i et supermarked. Jeg vil have et fast job, så jeg kan forsørge min familie. Jobcentret hjalp mig med at finde uddannelsen.'
	},
	{
		name: 'Susanne Poulsen',
		age: 51,
		programme: 'industri',
		mentor: 'Karen',
		mentorSince: '2026-06-01',
		about:
			'Jeg har kørt truck i 12 år. Lageret lukkede, og nu skal jeg videre. Jeg er ikke så glad for computere. Men jeg lærer hurtigt, når jeg må prøve selv.'
	},
	{
		name: 'Olena Kovalenko',
		age: 37,
		programme: 'industri',
		mentor: 'Lone',
		mentorSince: '2026-06-08',
		about:
			'Jeg kom fra Ukraine med mine to børn. Derhjemme var jeg bogholder. Nu arbejder jeg på en fabrik og vil gerne være faglært. Jeg øver mig på dansk hver dag.'
	},
	{
		name: 'Minh Nguyen',
		age: 41,
		programme: 'industri',
		mentor: 'Karen',
		mentorSince: '2026-06-08',
		about:
			'Jeg har haft en restaurant med min bror i mange år. Nu vil jeg have et job med faste tider. Jeg kan godt lide maskiner og orden.'
	},
	{
		name: 'Kim Lauridsen',
		age: 28,
		programme: 'industri',
		mentor: 'Lone',
		mentorSince: '2026-06-15',
		// Kim is dyslexic (ordblind) and reads with OpenDyslexic in a larger size.
		prefs: { font: 'opendyslexic', textSize: 22 },
		about:
			'Jeg er ordblind. Jeg bruger IntoWords og læser med en særlig skrift. Jeg har arbejdet på et slagteri, siden jeg var 18. Jeg vil have et arbejde, der slider mindre på kroppen.'
	}
];

// ------------------------------------------------------------------ a real caseload
// Besides the named learners above, each mentor follows more adults (a caseload of 20–40),
// made from the lists below in a fixed order, so every seed makes the same people. They
// have their own e-mail (first.last@sammen.test): their first names are not unique keys.
const extraFirstNames = [
	'Mette', 'Lars', 'Tina', 'Jesper', 'Pia', 'Michael', 'Heidi', 'Allan', 'Louise', 'Kenneth', 'Charlotte', 'Jan',
	'Dorthe', 'René', 'Anja', 'Morten', 'Helle', 'Claus', 'Fatima', 'Ali', 'Natalia', 'Tomasz', 'Leila', 'Hassan',
	'Agnieszka', 'Mohammed', 'Sofie', 'Nikolaj', 'Line', 'Kasper', 'Bente', 'Frank', 'Gülsen', 'Dragan', 'Irene'
];
const extraLastNames = [
	'Jensen', 'Hansen', 'Pedersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen',
	'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Knudsen', 'Mortensen', 'Møller', 'Jakobsen', 'Frederiksen',
	'Berg', 'Lund', 'Holm', 'Nørgaard', 'Winther'
];
const extraAbouts = [
	'Jeg har arbejdet som ufaglært i mange år. Nu vil jeg have papir på det, jeg kan.',
	'Jeg blev ledig i foråret. Jobcentret hjalp mig med at finde uddannelsen.',
	'Jeg har tre børn, så jeg har brug for faste tider. Jeg glæder mig til at lære noget nyt.',
	'Jeg er ordblind og har altid haft det svært i skolen. Men jeg er god med mine hænder.',
	'Min krop kan ikke klare mit gamle job. Derfor skifter jeg fag.',
	'Min chef vil gerne have, at jeg bliver faglært. Jeg er lidt nervøs, men også glad.'
];
/** The mentorship of an extra learner starts on one of these days (before their plan starts). */
const extraMentorSince = ['2026-05-04', '2026-05-18', '2026-06-01', '2026-06-15', '2026-06-29', '2026-07-13'];

/** @param {string} text "Søren" → "soeren" (lowercase ASCII, for e-mails) */
const ascii = (text) =>
	text
		.toLowerCase()
		.replaceAll('æ', 'ae')
		.replaceAll('ø', 'oe')
		.replaceAll('å', 'aa')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, ''); // é → e, ü → u

let extraCount = 0;
/**
 * `count` extra learners for a mentor (by first name), spread over `programmeKeys`.
 * @param {string} mentor @param {number} count @param {string[]} programmeKeys
 */
function extraLearners(mentor, count, programmeKeys) {
	return Array.from({ length: count }, (_, n) => {
		const i = extraCount++;
		const first = extraFirstNames[i % extraFirstNames.length] ?? 'Alex';
		const last = extraLastNames[(i + Math.floor(i / extraFirstNames.length) * 12) % extraLastNames.length] ?? 'Jensen';
		return {
			name: `${first} ${last}`,
			email: `${ascii(first)}.${ascii(last)}@sammen.test`,
			age: 26 + ((i * 7) % 33),
			programme: programmeKeys[n % programmeKeys.length] ?? 'tomrer',
			mentor,
			mentorSince: extraMentorSince[i % extraMentorSince.length] ?? '2026-05-04',
			about: extraAbouts[i % extraAbouts.length] ?? '',
			/** which of the plan profiles in demo/plan.mjs this learner's plan follows */
			planProfile: i
		};
	});
}

learners.push(
	...extraLearners('Karen', 16, ['sosu', 'industri', 'elektriker', 'tomrer']),
	...extraLearners('Søren', 14, ['tomrer', 'industri', 'elektriker', 'sosu']),
	...extraLearners('Lone', 15, ['elektriker', 'tomrer', 'industri', 'sosu'])
);

/** Mentorships that have ended: a handover keeps the history (learner, mentor by first name). */
export const endedMentorships = [{ learner: 'Omar', mentor: 'Søren', start: '2026-05-04', end: '2026-09-30' }];

// ------------------------------------------------------------------ classes (hold)
// The learners of a programme are members of its class; `teachers` by first name.
export const classes = [
	{ name: 'Tømrer EUV2 – hold 1 2026', programme: 'tomrer', start: '2026-08-10', end: '2027-12-17', teachers: ['Peter'] },
	{ name: 'Elektriker EUV2 – hold 1 2026', programme: 'elektriker', start: '2026-08-10', end: '2027-12-17', teachers: ['Martin'] },
	{
		name: 'Social- og sundhedshjælper EUV1 – hold 1 2026',
		programme: 'sosu',
		start: '2026-08-17',
		end: '2027-06-25',
		teachers: ['Gitte']
	},
	{
		name: 'Industrioperatør EUV3 – hold 1 2026',
		programme: 'industri',
		start: '2026-08-03',
		end: '2027-11-26',
		teachers: ['Martin', 'Peter']
	}
];

// ------------------------------------------------------------------ derived: e-mails and lookups

/** @param {string} name "Søren Dahl" → "Søren" */
const firstName = (name) => name.split(' ')[0] ?? name;

/**
 * "Søren Dahl" → "soeren@sammen.test": the first name in lowercase ASCII.
 * @param {string} name
 */
export function emailFor(name) {
	return `${ascii(firstName(name))}@sammen.test`;
}

/** @param {{ name: string, email?: string }} person */
const emailOfPerson = (person) => person.email ?? emailFor(person.name);

// ------------------------------------------------------------------ the second school
// Smaller, in Nordjylland: its own coordinator, mentor, teacher, classes and learners.
const nordMentor = 'Mads';
export const secondSchool = {
	school: { name: 'Erhvervsskolen Nord (demo)', city: 'Aalborg' },
	programmes: programmes.filter((p) => p.key === 'tomrer' || p.key === 'sosu'),
	mentors: [
		{
			name: 'Mads Kristiansen',
			about: 'Jeg er mentor i Aalborg. Jeg har selv været tømrer i 15 år. Ring eller skriv, hvis noget driller.'
		}
	],
	teachers: [{ name: 'Birgitte Lund', about: 'Jeg underviser på tømrer- og social- og sundhedsuddannelserne i Aalborg.' }],
	coordinators: [{ name: 'Jens Holt', about: 'Jeg er koordinator for voksenforløbene i Aalborg.' }],
	learners: extraLearners(nordMentor, 24, ['tomrer', 'sosu']),
	endedMentorships: /** @type {typeof endedMentorships} */ ([]),
	classes: [
		{ name: 'Tømrer EUV2 – hold 1 2026, Aalborg', programme: 'tomrer', start: '2026-08-10', end: '2027-12-17', teachers: ['Birgitte'] },
		{
			name: 'Social- og sundhedshjælper EUV1 – hold 1 2026, Aalborg',
			programme: 'sosu',
			start: '2026-08-17',
			end: '2027-06-25',
			teachers: ['Birgitte']
		}
	]
};

// ------------------------------------------------------------------ derived: e-mails and lookups

/**
 * @param {{ name: string, about: string }} person
 * @param {'mentor' | 'teacher' | 'coordinator'} role
 */
function staffUser(person, role) {
	return { email: emailFor(person.name), name: person.name, role, language: 'da', birthYear: 0, about: person.about, prefs: {} };
}

/**
 * A school's people as rows: users (without school, which the loader knows), class
 * memberships ({ className, email }: the class's teachers and its programme's learners)
 * and mentorships ({ learner, mentor } e-mails, start and end days; '' = current).
 * @param {{ learners: typeof learners, mentors: typeof mentors, teachers: typeof teachers, coordinators: typeof coordinators, classes: typeof classes, endedMentorships: typeof endedMentorships }} def
 */
function peopleOf(def) {
	const schoolUsers = [
		...def.learners.map((l) => ({
			email: emailOfPerson(l),
			name: l.name,
			role: 'learner',
			language: l.language ?? 'da',
			birthYear: DEMO_YEAR - l.age,
			about: l.about,
			prefs: l.prefs ?? {}
		})),
		...def.mentors.map((p) => staffUser(p, 'mentor')),
		...def.teachers.map((p) => staffUser(p, 'teacher')),
		...def.coordinators.map((p) => staffUser(p, 'coordinator'))
	];
	return {
		users: schoolUsers,
		classMembers: def.classes.flatMap((c) => [
			...c.teachers.map((t) => ({ className: c.name, email: emailOf(t) })),
			...def.learners.filter((l) => l.programme === c.programme).map((l) => ({ className: c.name, email: emailOfPerson(l) }))
		]),
		mentorships: [
			...def.endedMentorships.map((m) => ({ learner: emailOf(m.learner), mentor: emailOf(m.mentor), start: m.start, end: m.end })),
			...def.learners.map((l) => ({ learner: emailOfPerson(l), mentor: emailOf(l.mentor), start: l.mentorSince, end: '' }))
		]
	};
}

/** The named people of both schools (not the extra learners, whose first names are not unique). */
const named = [secondSchool, { learners, mentors, teachers, coordinators }].flatMap((d) =>
	[...d.learners, ...d.mentors, ...d.teachers, ...d.coordinators].filter((p) => !('email' in p && p.email))
);

/**
 * The e-mail of the one named demo person with this first name.
 * @param {string} first
 */
export function emailOf(first) {
	const person = named.find((p) => firstName(p.name) === first);
	if (!person) throw new Error(`demo-data: nobody called ${first}`);
	return emailFor(person.name);
}

const midtPeople = peopleOf({ learners, mentors, teachers, coordinators, classes, endedMentorships });
/** The first school's users, class memberships and mentorships. */
export const { users, classMembers, mentorships } = midtPeople;

/** Both schools, as the loader takes them: the first one has the personas and every feature's demo. */
export const demoSchools = [
	{ school, programmes, classes, learners, ...midtPeople },
	{
		school: secondSchool.school,
		programmes: secondSchool.programmes,
		classes: secondSchool.classes,
		learners: secondSchool.learners,
		...peopleOf(secondSchool)
	}
];

// E-mails are the users' natural key, so two people with the same e-mail would
// silently become one account: fail loudly instead.
{
	const seen = new Set();
	for (const { email } of demoSchools.flatMap((d) => d.users)) {
		if (seen.has(email)) throw new Error(`demo-data: e-mail ${email} is used twice; rename one person`);
		seen.add(email);
	}
}

// ------------------------------------------------------------------ logins shown by `npm start`
/**
 * Sarah, her mentor, a teacher of her class and the coordinator: together they
 * show one learner's whole circle.
 */
function loginsAroundSarah() {
	const sarah = learners.find((l) => firstName(l.name) === 'Sarah');
	const sarahsClass = classes.find((c) => c.programme === sarah?.programme);
	const teacher = sarahsClass?.teachers[0];
	const [coordinator] = coordinators;
	if (!sarah || !teacher || !coordinator) throw new Error('demo-data: Sarah, her teacher or the coordinator is missing');
	return [
		{ role: 'learner', label: 'Elev (Sarah)', email: emailFor(sarah.name), password: demoPassword },
		{ role: 'mentor', label: `Mentor (${sarah.mentor})`, email: emailOf(sarah.mentor), password: demoPassword },
		{ role: 'teacher', label: `Underviser (${teacher})`, email: emailOf(teacher), password: demoPassword },
		{
			role: 'coordinator',
			label: `Koordinator (${firstName(coordinator.name)})`,
			email: emailFor(coordinator.name),
			password: demoPassword
		}
	];
}

/** One login per role for the start script to print. */
export const demoLogins = loginsAroundSarah();
