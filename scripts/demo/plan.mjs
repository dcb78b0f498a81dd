// Demo data of "Mit forløb" (issue 4): a plan template for each of the four demo
// programmes, the plans of the four personas (Sarah, Jonas, Bjarke with a short path
// thanks to merit, Lisbeth) with "Tid og økonomi" filled in, and a plan for every other
// learner of both schools, in varied states that agree with the day (`extraPlans`):
// just started, on track, a step waiting for the mentor, a step overdue, merit, far along.
// Nothing is ever done in the future; a step waits for the mentor only after the learner
// ticked it; a step is overdue only when its day has passed.
//
// Idempotent: templates are found by (programme, name), plans by learner, phases by
// (plan, order) and steps by (plan, template key). A plan's dates count from the day
// the demo is first loaded (each persona started some weeks ago), so the demo looks
// the same whenever it is tried: what is done lies behind, the next step lies ahead.
// Dates and progress are set only when a row is created, so a second seed keeps what
// a person did in the demo.
import { emailFor, emailOf, learners, secondSchool } from '../demo-data.mjs';

/** @typedef {{ key: string, title: string, explanation: string, why: string, helper?: string, owner: 'learner' | 'mentor' | 'school' | 'employer', confirm?: boolean, offsetDays: number, durationDays: number }} Step */
/** @typedef {{ key: string, title: string, kind: string, explanation: string, milestones: Step[] }} Phase */

// ------------------------------------------------------------------ shared steps
/** @param {string} rkvHelper @returns {Phase} */
const afklaring = (rkvHelper) => ({
	key: 'afklaring',
	title: 'Afklaring og RKV',
	kind: 'afklaring',
	explanation: 'Før du starter, finder vi ud af, hvad du allerede kan. Det gør din uddannelse kortere.',
	milestones: [
		{
			key: 'mentor-samtale',
			title: 'Første samtale med din mentor',
			explanation: 'Du og din mentor mødes og taler om, hvad du kan, hvad du drømmer om, og hvad der kan være svært.',
			why: 'Så ved I begge, hvor du starter. Og du ved, hvem du kan ringe til, når noget driller.',
			helper: '',
			owner: 'mentor',
			confirm: false,
			offsetDays: 0,
			durationDays: 14
		},
		{
			key: 'rkv',
			title: 'RKV: vi ser på, hvad du allerede kan',
			explanation:
				'Skolen laver en realkompetencevurdering (RKV). Du fortæller og viser, hvad du har lavet i dit arbejde. Tag gerne papirer med fra kurser og job.',
			why: 'Det, du allerede kan, giver merit. Så skal du ikke lære det igen, og din uddannelse bliver kortere.',
			helper: rkvHelper,
			owner: 'school',
			confirm: false,
			offsetDays: 14,
			durationDays: 21
		},
		{
			key: 'uddannelsesplan',
			title: 'Din uddannelsesplan er klar',
			explanation: 'Skolen skriver ned, hvad du skal lære, og hvor lang tid det tager. Du får den at se og kan stille spørgsmål.',
			why: 'Så ved du præcis, hvad der venter, og hvornår du kan være færdig.',
			helper: 'Din mentor gennemgår den med dig',
			owner: 'school',
			confirm: false,
			offsetDays: 35,
			durationDays: 14
		}
	]
});

/** @param {number} offsetDays @param {string} what @returns {Step} */
const laereplads = (offsetDays, what) => ({
	key: 'laereplads',
	title: 'Find din læreplads',
	explanation: `Du skal have en uddannelsesaftale med ${what}. Din mentor hjælper dig med at finde en og med at skrive aftalen. Tag et billede af aftalen, når den er skrevet under.`,
	why: 'Uden en læreplads kan du ikke starte på hovedforløbet. Som voksenlærling får du voksenelevløn, og din arbejdsgiver får tilskud.',
	helper: 'Din mentor og jobcentret',
	owner: 'learner',
	confirm: true,
	offsetDays,
	durationDays: 90
});

/** @param {number} offsetDays @param {string} trade @param {string} task @returns {Phase[]} */
const finish = (offsetDays, trade, task) => [
	{
		key: 'svendeproeve',
		title: 'Svendeprøve',
		kind: 'svendeproeve',
		explanation: 'Til sidst viser du, at du kan dit fag.',
		milestones: [
			{
				key: 'svendeproeve',
				title: 'Svendeprøven',
				explanation: `${task} En censor ser på dit arbejde og taler med dig om det.`,
				why: `Når du har bestået, er du faglært ${trade}.`,
				helper: 'Din faglærer forbereder dig, og din mentor er klar, hvis du bliver nervøs',
				owner: 'learner',
				confirm: true,
				offsetDays,
				durationDays: 14
			}
		]
	},
	{
		key: 'svendebrev',
		title: 'Svendebrev',
		kind: 'svendebrev',
		explanation: 'Målet: dit svendebrev.',
		milestones: [
			{
				key: 'svendebrev',
				title: 'Dit svendebrev',
				explanation: `Du får dit svendebrev. Det viser, at du er faglært ${trade}.`,
				why: 'Nu kan du få job som faglært, med faglært løn. Det har du arbejdet for.',
				helper: '',
				owner: 'school',
				confirm: false,
				offsetDays: offsetDays + 14,
				durationDays: 14
			}
		]
	}
];

// ------------------------------------------------------------------ the four templates
/** @type {{ programme: string, name: string, description: string, phases: Phase[] }[]} */
export const templates = [
	{
		programme: 'tomrer',
		name: 'Tømrer EUV2',
		description: 'For voksne med erfaring fra byggeriet. Merit fra RKV gør grundforløbet kortere. Ca. 1½ år.',
		// 10 steps; with merit for the grundforløb: 9 (the browser test counts on this)
		phases: [
			afklaring('En faglærer fra tømreruddannelsen'),
			{
				key: 'grundforloeb',
				title: 'Grundforløb',
				kind: 'grundforloeb',
				explanation: 'Du lærer det grundlæggende på skolen og finder en læreplads.',
				milestones: [
					{
						key: 'foerstehjaelp',
						title: 'Kursus i førstehjælp og brand',
						explanation:
							'Du tager et kort kursus i førstehjælp og i at slukke brand. Tag et billede af dit kursusbevis, og vedhæft det her.',
						why: 'Du skal have kurset for at måtte arbejde på en byggeplads.',
						helper: 'Skolen finder et hold til dig',
						owner: 'learner',
						confirm: true,
						offsetDays: 56,
						durationDays: 14
					},
					{
						key: 'grundforloeb',
						title: 'Grundforløbet på skolen',
						explanation: 'Du lærer om værktøj, tegninger, materialer og sikkerhed. Med merit fra RKV kan det blive kortere.',
						why: 'Det er grundlaget for resten af uddannelsen.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 70,
						durationDays: 70
					},
					laereplads(56, 'en tømrermester')
				]
			},
			{
				key: 'hovedforloeb',
				title: 'Hovedforløb',
				kind: 'hovedforloeb',
				explanation: 'Du skifter mellem skoleperioder og praktik hos din mester.',
				milestones: [
					{
						key: 'skoleperiode-1',
						title: 'Skoleperiode: konstruktioner og tag',
						explanation: 'Du er på skolen i 10 uger og lærer om vægge, tag, isolering og trapper.',
						why: 'Her lærer du det, du skal bruge ude hos din mester.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 150,
						durationDays: 70
					},
					{
						key: 'praktik',
						title: 'Praktik hos din mester',
						explanation: 'Du arbejder hos din mester på rigtige byggepladser. Din mester skriver ned, hvad du har lært.',
						why: 'Det er her, du bliver rigtig god til faget.',
						helper: 'Din mester',
						owner: 'employer',
						confirm: false,
						offsetDays: 220,
						durationDays: 300
					}
				]
			},
			...finish(520, 'tømrer', 'Du bygger en opgave, fx et tag eller en trappe, på et par dage.')
		]
	},
	{
		programme: 'elektriker',
		name: 'Elektriker EUV2',
		description: 'For voksne med erfaring fra el eller teknik. Ca. 2 år med skole og praktik.',
		phases: [
			afklaring('En faglærer fra elektrikeruddannelsen'),
			{
				key: 'grundforloeb',
				title: 'Grundforløb',
				kind: 'grundforloeb',
				explanation: 'Du lærer det grundlæggende om el og sikkerhed og finder en læreplads.',
				milestones: [
					{
						key: 'el-sikkerhed',
						title: 'Kursus i el-sikkerhed (L-AUS)',
						explanation: 'Du lærer at arbejde sikkert med strøm. Tag et billede af dit kursusbevis, og vedhæft det her.',
						why: 'Strøm kan være farlig. Kurset skal du have, før du må arbejde med el.',
						helper: 'Skolen',
						owner: 'learner',
						confirm: true,
						offsetDays: 42,
						durationDays: 14
					},
					{
						key: 'grundforloeb',
						title: 'Grundforløbet: el og automatik',
						explanation: 'Du lærer om strøm, kabler, tavler og tegninger. Det meste foregår i værkstedet.',
						why: 'Det er grundlaget for resten af uddannelsen.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 63,
						durationDays: 100
					},
					laereplads(63, 'en elinstallatør')
				]
			},
			{
				key: 'hovedforloeb',
				title: 'Hovedforløb',
				kind: 'hovedforloeb',
				explanation: 'Du skifter mellem skoleperioder og praktik hos en elinstallatør.',
				milestones: [
					{
						key: 'skoleperiode-1',
						title: 'Skoleperiode: installationer',
						explanation: 'Du lærer at lægge el ind i huse, så det er sikkert og følger reglerne.',
						why: 'Det er det, du kommer til at lave mest som elektriker.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 175,
						durationDays: 70
					},
					{
						key: 'praktik',
						title: 'Praktik hos en elinstallatør',
						explanation: 'Du arbejder på rigtige opgaver sammen med en svend. Din mester skriver ned, hvad du har lært.',
						why: 'Det er her, du bliver rigtig god til faget.',
						helper: 'Din mester',
						owner: 'employer',
						confirm: false,
						offsetDays: 245,
						durationDays: 300
					},
					{
						key: 'skoleperiode-2',
						title: 'Skoleperiode: automatik og fejlfinding',
						explanation: 'Du lærer at styre maskiner og at finde fejl, når noget ikke virker.',
						why: 'Fejlfinding er det, gode elektrikere bliver kendt for.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 545,
						durationDays: 70
					}
				]
			},
			...finish(630, 'elektriker', 'Du laver en installation og finder fejl i en opstilling.')
		]
	},
	{
		programme: 'sosu',
		name: 'Social- og sundhedshjælper EUV1',
		description: 'For voksne med mindst 2 års erfaring fra pleje og omsorg. Ingen grundforløb. Under 1 år.',
		phases: [
			afklaring('En underviser fra social- og sundhedsuddannelsen'),
			{
				key: 'hovedforloeb',
				title: 'Skole og praktik',
				kind: 'hovedforloeb',
				explanation: 'Du skifter mellem skolen og praktik i hjemmeplejen eller på et plejecenter.',
				milestones: [
					{
						key: 'skoleperiode-1',
						title: 'Skoleperiode: sundhed, pleje og kommunikation',
						explanation: 'Du lærer om kroppen, sygdomme, hygiejne og om at tale med borgere og pårørende.',
						why: 'Så kan du sætte ord på det, du allerede gør hver dag, og gøre det endnu bedre.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 63,
						durationDays: 56
					},
					{
						key: 'forflytning',
						title: 'Kursus i forflytning',
						explanation: 'Du lærer at hjælpe en borger op og ned uden at skade din egen ryg. Vedhæft dit kursusbevis her.',
						why: 'Din krop skal holde hele dit arbejdsliv.',
						helper: 'Skolen',
						owner: 'learner',
						confirm: true,
						offsetDays: 90,
						durationDays: 14
					},
					{
						key: 'praktik',
						title: 'Praktik i hjemmeplejen',
						explanation: 'Du arbejder sammen med en praktikvejleder, som hjælper dig og skriver ned, hvad du har lært.',
						why: 'Her bruger du det, du har lært på skolen, hos rigtige borgere.',
						helper: 'Din praktikvejleder',
						owner: 'employer',
						confirm: false,
						offsetDays: 119,
						durationDays: 120
					},
					{
						key: 'opgave',
						title: 'Skriftlig opgave om en borger',
						explanation:
							'Du skriver en kort opgave om en borger, du har hjulpet. Du må gerne bruge IntoWords eller AppWriter, og du kan få hjælp til at skrive.',
						why: 'Opgaven er en del af din afsluttende prøve.',
						helper: 'Din underviser og din mentor',
						owner: 'learner',
						confirm: true,
						offsetDays: 239,
						durationDays: 21
					}
				]
			},
			{
				key: 'proeve',
				title: 'Afsluttende prøve',
				kind: 'svendeproeve',
				explanation: 'Til sidst viser du, hvad du kan.',
				milestones: [
					{
						key: 'svendeproeve',
						title: 'Den afsluttende prøve',
						explanation: 'Du fremlægger din opgave og taler med en censor og din underviser om den.',
						why: 'Når du har bestået, er du uddannet social- og sundhedshjælper.',
						helper: 'Din underviser forbereder dig',
						owner: 'learner',
						confirm: true,
						offsetDays: 260,
						durationDays: 14
					}
				]
			},
			{
				key: 'svendebrev',
				title: 'Uddannelsesbevis',
				kind: 'svendebrev',
				explanation: 'Målet: dit uddannelsesbevis.',
				milestones: [
					{
						key: 'svendebrev',
						title: 'Dit uddannelsesbevis',
						explanation: 'Du får dit uddannelsesbevis som social- og sundhedshjælper.',
						why: 'Nu har du papir på det, du kan. Det giver et fast job og en højere løn.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 274,
						durationDays: 14
					}
				]
			}
		]
	},
	{
		programme: 'industri',
		name: 'Industrioperatør EUV3',
		description: 'For voksne uden erfaring fra industrien. Kort og direkte mod job. Ca. 1½ år.',
		phases: [
			afklaring('En faglærer fra industrioperatøruddannelsen'),
			{
				key: 'grundforloeb',
				title: 'Grundforløb',
				kind: 'grundforloeb',
				explanation: 'Du lærer det grundlæggende om produktion og sikkerhed og finder en læreplads.',
				milestones: [
					{
						key: 'truck',
						title: 'Truckcertifikat',
						explanation: 'Du lærer at køre truck sikkert og tager certifikatet. Tag et billede af beviset, og vedhæft det her.',
						why: 'Næsten alle virksomheder i industrien bruger truck. Certifikatet gør det lettere at få job.',
						helper: 'Skolen',
						owner: 'learner',
						confirm: true,
						offsetDays: 42,
						durationDays: 14
					},
					{
						key: 'grundforloeb',
						title: 'Grundforløbet: produktion og maskiner',
						explanation: 'Du lærer om maskiner, kvalitet, sikkerhed og om at arbejde i et team.',
						why: 'Det er grundlaget for resten af uddannelsen.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 56,
						durationDays: 140
					},
					laereplads(90, 'en virksomhed i industrien')
				]
			},
			{
				key: 'hovedforloeb',
				title: 'Hovedforløb',
				kind: 'hovedforloeb',
				explanation: 'Du skifter mellem skolen og praktik i en produktion.',
				milestones: [
					{
						key: 'skoleperiode-1',
						title: 'Skoleperiode: styring og overvågning',
						explanation: 'Du lærer at styre og passe anlæg og at holde øje med kvaliteten.',
						why: 'Det er det, en industrioperatør laver hver dag.',
						helper: '',
						owner: 'school',
						confirm: false,
						offsetDays: 200,
						durationDays: 56
					},
					{
						key: 'praktik',
						title: 'Praktik i en produktion',
						explanation: 'Du arbejder i en rigtig produktion sammen med erfarne kolleger.',
						why: 'Her bliver du tryg ved maskinerne og ved arbejdet.',
						helper: 'Din mester',
						owner: 'employer',
						confirm: false,
						offsetDays: 256,
						durationDays: 230
					}
				]
			},
			...finish(486, 'industrioperatør', 'Du passer et anlæg og løser en opgave om kvalitet.')
		]
	}
];

// ------------------------------------------------------------------ the demo plans
const SCHOOL_ADDRESS = 'Erhvervsskolen Midt, Vestergade 12, 8800 Viborg';

/**
 * @typedef {{ learner: string, mentor: string, template: string, startedDaysAgo: number, done: string[], waiting?: string[], merit?: Record<string, { skip?: boolean, note: string }>, economy: Record<string, Record<string, unknown>> }} DemoPlan
 */

/**
 * Plans of the personas. `done` steps are done (confirmed by the mentor where the
 * template asks), `waiting` ones wait for the mentor; `merit` shortens or skips a step.
 * @type {DemoPlan[]}
 */
export const plans = [
	{
		learner: 'sarah@sammen.test',
		mentor: 'karen@sammen.test',
		template: 'Social- og sundhedshjælper EUV1',
		// the next steps: Kursus i forflytning in 4 days, the school period in 3 weeks
		startedDaysAgo: 100,
		done: ['mentor-samtale', 'rkv', 'uddannelsesplan'],
		economy: {
			afklaring: {
				incomeKind: 'loen',
				incomeAmount: 24800,
				incomeNote: 'Din løn fra hjemmeplejen, som du får nu.',
				workplace: 'Viborg Kommune, hjemmeplejen Vest',
				workplaceAddress: 'Toldboden 2, 8800 Viborg',
				workTravelMinutes: 15
			},
			hovedforloeb: {
				incomeKind: 'voksenelevloen',
				incomeAmount: 21200,
				incomeNote: 'Kommunen betaler voksenelevløn, mens du er på skole og i praktik.',
				schoolAddress: SCHOOL_ADDRESS,
				schoolTravelMinutes: 35,
				workplace: 'Viborg Kommune, hjemmeplejen Vest',
				workplaceAddress: 'Toldboden 2, 8800 Viborg',
				workTravelMinutes: 15
			}
		}
	},
	{
		learner: 'jonas@sammen.test',
		mentor: 'soeren@sammen.test',
		template: 'Tømrer EUV2',
		// in the grundforløb, which ends in about 2 weeks
		startedDaysAgo: 100,
		done: ['mentor-samtale', 'rkv', 'uddannelsesplan', 'foerstehjaelp', 'laereplads'],
		merit: { grundforloeb: { note: '9 års erfaring fra tømrerfirmaet: 4 uger kortere' } },
		economy: {
			grundforloeb: {
				incomeKind: 'voksenelevloen',
				incomeAmount: 23400,
				incomeNote: 'Dorte Byg betaler voksenelevløn. Firmaet får tilskud, fordi du er over 25.',
				schoolAddress: SCHOOL_ADDRESS,
				schoolTravelMinutes: 25,
				workplace: 'Dorte Byg ApS',
				workplaceAddress: 'Industrivej 4, 8800 Viborg',
				workTravelMinutes: 10
			},
			hovedforloeb: {
				incomeKind: 'voksenelevloen',
				incomeAmount: 23400,
				schoolAddress: SCHOOL_ADDRESS,
				schoolTravelMinutes: 25,
				workplace: 'Dorte Byg ApS',
				workplaceAddress: 'Industrivej 4, 8800 Viborg',
				workTravelMinutes: 10
			}
		}
	},
	{
		learner: 'bjarke@sammen.test',
		mentor: 'soeren@sammen.test',
		template: 'Industrioperatør EUV3',
		// a short path: merit for the truck course and a shorter grundforløb; he found a
		// læreplads through his neighbour, so the school part is next and the goal is near
		startedDaysAgo: 120,
		done: ['mentor-samtale', 'rkv', 'uddannelsesplan', 'laereplads'],
		merit: {
			truck: { skip: true, note: 'Truckcertifikat fra dit gamle job på lageret' },
			grundforloeb: { note: 'RKV: 4 uger kortere, fordi du har arbejdet i produktion før' }
		},
		economy: {
			afklaring: {
				incomeKind: 'dagpenge',
				incomeAmount: 17600,
				incomeNote: 'Dine dagpenge fra a-kassen, mens I lægger planen.'
			},
			grundforloeb: {
				incomeKind: 'uddannelsesloeft',
				incomeAmount: 17600,
				incomeNote: 'Uddannelsesløft: du beholder dine dagpenge, mens du går i skole. Jobcentret har sagt ja.',
				schoolAddress: SCHOOL_ADDRESS,
				schoolTravelMinutes: 30
			},
			hovedforloeb: {
				incomeKind: 'voksenelevloen',
				incomeAmount: 24100,
				incomeNote: 'Viborg Plast betaler voksenelevløn fra den første dag.',
				schoolAddress: SCHOOL_ADDRESS,
				schoolTravelMinutes: 30,
				workplace: 'Viborg Plast A/S',
				workplaceAddress: 'Bøgildvej 8, 8800 Viborg',
				workTravelMinutes: 20
			}
		}
	},
	{
		learner: 'lisbeth@sammen.test',
		mentor: 'lone@sammen.test',
		template: 'Elektriker EUV2',
		// her course certificate waits for Lone's approval
		startedDaysAgo: 70,
		done: ['mentor-samtale', 'rkv', 'uddannelsesplan'],
		waiting: ['el-sikkerhed'],
		economy: {
			grundforloeb: {
				incomeKind: 'veu',
				incomeAmount: 19700,
				incomeNote: 'VEU-godtgørelse, mens du er på grundforløbet. Din a-kasse hjælper med at søge.',
				schoolAddress: SCHOOL_ADDRESS,
				schoolTravelMinutes: 20
			},
			hovedforloeb: {
				incomeKind: 'voksenelevloen',
				incomeAmount: 22900,
				incomeNote: 'Når du har en læreplads, får du voksenelevløn.',
				schoolAddress: SCHOOL_ADDRESS,
				schoolTravelMinutes: 20
			}
		}
	}
];

// ------------------------------------------------------------------ everyone else's plan
const NORD_ADDRESS = 'Erhvervsskolen Nord, Hobrovej 40, 9000 Aalborg';

/** What each programme's learners live on, per phase (the amount varies a little per person). */
const economyByProgramme = /** @type {Record<string, Record<string, { incomeKind: string, incomeAmount: number, incomeNote: string }>>} */ ({
	tomrer: {
		grundforloeb: { incomeKind: 'voksenelevloen', incomeAmount: 23400, incomeNote: 'Din mester betaler voksenelevløn.' },
		hovedforloeb: { incomeKind: 'voksenelevloen', incomeAmount: 23400, incomeNote: 'Voksenelevløn fra din mester.' }
	},
	elektriker: {
		grundforloeb: { incomeKind: 'su', incomeAmount: 6800, incomeNote: 'SU, indtil du har en læreplads. Søg på su.dk.' },
		hovedforloeb: { incomeKind: 'voksenelevloen', incomeAmount: 22900, incomeNote: 'Voksenelevløn fra din elinstallatør.' }
	},
	sosu: {
		afklaring: { incomeKind: 'loen', incomeAmount: 23900, incomeNote: 'Din løn fra dit job i plejen.' },
		hovedforloeb: { incomeKind: 'voksenelevloen', incomeAmount: 21200, incomeNote: 'Kommunen betaler voksenelevløn.' }
	},
	industri: {
		grundforloeb: { incomeKind: 'uddannelsesloeft', incomeAmount: 17600, incomeNote: 'Uddannelsesløft: du beholder dine dagpenge.' },
		hovedforloeb: { incomeKind: 'voksenelevloen', incomeAmount: 22500, incomeNote: 'Voksenelevløn fra virksomheden.' }
	}
});

/**
 * The kinds of plan the other learners have, in turn: how long ago it started, and
 * what has happened. Days after the start are kept below the mentorships' age.
 * @type {{ started: (i: number) => number, behind?: boolean, waiting?: boolean, merit?: boolean }[]}
 */
const profiles = [
	{ started: (i) => 30 + ((i * 13) % 40) }, // on track, early
	{ started: (i) => 100 + ((i * 7) % 40), behind: true }, // a step of their own is overdue
	{ started: (i) => 95 + ((i * 11) % 40), waiting: true }, // ticked a step, waits for the mentor
	{ started: (i) => 5 + (i % 10) }, // just started
	{ started: (i) => 90 + ((i * 5) % 50), merit: true }, // merit shortened the grundforløb
	{ started: (i) => 110 + ((i * 3) % 30) } // far along
];

/**
 * The states of a plan's steps on the day it is `startedDaysAgo` old, so that they
 * agree with the dates: what was due a few days ago is done, a step waits for the
 * mentor only when it has begun and the learner ticked it, a step is overdue only
 * when its day has passed.
 * @param {Phase[]} phases @param {number} startedDaysAgo
 * @param {{ behind?: boolean, waiting?: boolean, merit?: Record<string, { skip?: boolean, note: string }> }} how
 */
export function statesOnDay(phases, startedDaysAgo, how) {
	const steps = phases.flatMap((p) => p.milestones);
	const dueDay = (/** @type {Step} */ s) => s.offsetDays + s.durationDays - (how.merit?.[s.key] && !how.merit[s.key]?.skip ? 28 : 0);
	const past = steps.filter((s) => !how.merit?.[s.key]?.skip && dueDay(s) <= startedDaysAgo - 3);
	const overdue = how.behind ? past.filter((s) => s.owner === 'learner').slice(-1) : [];
	const waiting = how.waiting
		? steps.filter((s) => s.owner === 'learner' && s.confirm && s.offsetDays <= startedDaysAgo && !overdue.includes(s)).slice(0, 1)
		: [];
	return {
		done: past.filter((s) => !overdue.includes(s) && !waiting.includes(s)).map((s) => s.key),
		waiting: waiting.map((s) => s.key)
	};
}

const nordLearners = new Set(secondSchool.learners.map((l) => l.email));

/** @param {{ name: string, email?: string }} l */
const emailOfLearner = (l) => l.email ?? emailFor(l.name);

/** A plan for every learner who is not a persona (both schools), from their profile. */
export const extraPlans = [...learners, ...secondSchool.learners]
	.filter((l) => !plans.some((p) => p.learner === emailOfLearner(l)))
	.map((l, n) => {
		const i = 'planProfile' in l && typeof l.planProfile === 'number' ? l.planProfile : n;
		const profile = profiles[i % profiles.length] ?? { started: () => 30 };
		const template = templates.find((t) => t.programme === l.programme);
		if (!template) throw new Error(`demo/plan: no template for ${l.programme}`);
		const email = emailOfLearner(l);
		const merit = profile.merit ? { grundforloeb: { note: 'Erfaring fra arbejdet, vist ved RKV: 4 uger kortere' } } : undefined;
		const startedDaysAgo = profile.started(i);
		const address = nordLearners.has(email) ? NORD_ADDRESS : SCHOOL_ADDRESS;
		const economy = Object.fromEntries(
			Object.entries(economyByProgramme[l.programme] ?? {}).map(([phase, e]) => [
				phase,
				{
					...e,
					incomeAmount: e.incomeAmount + (i % 5) * 150,
					...(phase === 'afklaring' ? {} : { schoolAddress: address, schoolTravelMinutes: 15 + (i % 4) * 10 })
				}
			])
		);
		/** @type {DemoPlan} */
		const plan = {
			learner: email,
			mentor: emailOf(l.mentor),
			template: template.name,
			startedDaysAgo,
			...statesOnDay(template.phases, startedDaysAgo, { ...profile, merit }),
			economy
		};
		if (merit) plan.merit = merit;
		return plan;
	});

// ------------------------------------------------------------------ loading

const DAY = 86_400_000;
/** Today as "YYYY-MM-DD" (UTC; the demo's days need no finer precision). */
const todayDay = () => new Date().toISOString().slice(0, 10);
/** @param {string} day @param {number} days */
const addDays = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * @param {import('pocketbase').default} pb
 * @param {{ school: string, programmeIds: Map<string, string>, userIds: Map<string, string>, tallyFor: (name: string) => { created: number, updated: number }, sync: Function, existingByKey: Function, pbDate: (day: string) => string }} context
 */
export async function seedDemo(pb, context) {
	const { school, programmeIds, userIds, tallyFor, sync, existingByKey, pbDate } = context;
	const must = (/** @type {Map<string, string>} */ map, /** @type {string} */ key) => {
		const value = map.get(key);
		if (!value) throw new Error(`demo/plan: nothing found for ${key}`);
		return value;
	};

	// ---- templates
	const templateKey = (/** @type {string} */ programme, /** @type {string} */ name) => `${programme}|${name}`;
	const existingTemplates = await existingByKey(pb, 'plan_templates', pb.filter('school = {:school}', { school }), (
		/** @type {any} */ r
	) => templateKey(r.programme, r.name));
	// only the programmes this school has
	const schoolTemplates = templates.filter((t) => programmeIds.has(t.programme));
	const templateRows = schoolTemplates.map((t) => {
		const programme = must(programmeIds, t.programme);
		return { key: templateKey(programme, t.name), fields: { school, programme, name: t.name, description: t.description }, onCreate: { phases: t.phases } };
	});
	const templateRecords = await sync(pb, 'plan_templates', existingTemplates, templateRows, tallyFor('plan_templates'));
	/** @param {string} name */
	const templateRecord = (name) => {
		const t = templates.find((x) => x.name === name);
		if (!t) throw new Error(`demo/plan: no template ${name}`);
		return { t, record: templateRecords.get(templateKey(must(programmeIds, t.programme), t.name)) };
	};

	// ---- plans: the personas' and everyone else's, of this school's learners
	const schoolPlans = [...plans, ...extraPlans].filter((p) => userIds.has(p.learner));
	const existingPlans = await existingByKey(pb, 'plans', pb.filter('school = {:school}', { school }), (/** @type {any} */ r) => r.learner);
	const planRows = schoolPlans.map((p) => {
		const { t, record } = templateRecord(p.template);
		const learner = must(userIds, p.learner);
		return {
			key: learner,
			fields: { learner, school, programme: must(programmeIds, t.programme), template: record.id, title: t.name },
			onCreate: { start: pbDate(addDays(todayDay(), -p.startedDaysAgo)) }
		};
	});
	const planRecords = await sync(pb, 'plans', existingPlans, planRows, tallyFor('plans'));

	// ---- phases and steps
	const phaseTally = tallyFor('plan_phases');
	const stepTally = tallyFor('milestones');
	const today = todayDay();
	// never later than yesterday: nothing is done in the future
	const notAfterYesterday = (/** @type {string} */ day) => (day < today ? day : addDays(today, -1));
	await inTurns(schoolPlans, 6, async (p) => {
		const { t } = templateRecord(p.template);
		const learner = must(userIds, p.learner);
		const mentor = must(userIds, p.mentor);
		const plan = planRecords.get(learner);
		const planStart = plan.start.slice(0, 10);
		const planFilter = pb.filter('plan = {:plan}', { plan: plan.id });

		// a plan made just now has no phases or steps yet: no need to ask
		const isNew = !existingPlans.has(learner);
		const existingPhases = isNew ? new Map() : await existingByKey(pb, 'plan_phases', planFilter, (/** @type {any} */ r) => String(r.order));
		const phaseRows = t.phases.map((phase, i) => ({
			key: String(i + 1),
			fields: { plan: plan.id, learner, order: i + 1, title: phase.title, kind: phase.kind, explanation: phase.explanation, ...(p.economy[phase.key] ?? {}) }
		}));
		const phaseRecords = await sync(pb, 'plan_phases', existingPhases, phaseRows, phaseTally);

		const existingSteps = isNew ? new Map() : await existingByKey(pb, 'milestones', planFilter, (/** @type {any} */ r) => r.templateKey);
		const stepRows = t.phases.flatMap((phase, i) =>
			phase.milestones.map((s, j) => {
				const start = addDays(planStart, s.offsetDays);
				const merit = p.merit?.[s.key];
				let due = addDays(start, s.durationDays);
				if (merit && !merit.skip) due = addDays(due, -28);
				const done = p.done.includes(s.key);
				const waiting = p.waiting?.includes(s.key) ?? false;
				const owner = s.owner === 'learner' ? learner : mentor;
				// ticked a few days before the day (or yesterday, if done early), confirmed the day after
				const doneDay = notAfterYesterday(addDays(due, -3) < start ? start : addDays(due, -3));
				const confirmDay = addDays(doneDay, 1);
				return {
					key: s.key,
					fields: {
						plan: plan.id,
						learner,
						phase: phaseRecords.get(String(i + 1)).id,
						order: j + 1,
						title: s.title,
						explanation: s.explanation,
						why: s.why,
						helper: s.helper ?? '',
						owner: s.owner,
						confirm: s.confirm ?? false,
						templateKey: s.key,
						meritNote: merit?.note ?? ''
					},
					// dates and progress are the plan's own: a second seed does not undo what was done in the demo
					onCreate: {
						start: pbDate(start),
						due: pbDate(due),
						status: merit?.skip ? 'merit' : done ? 'done' : waiting ? 'waiting' : 'todo',
						doneAt: done || waiting ? pbDate(doneDay) : '',
						doneBy: done || waiting ? owner : '',
						confirmedAt: done && s.confirm ? pbDate(confirmDay) : '',
						confirmedBy: done && s.confirm ? mentor : ''
					}
				};
			})
		);
		await sync(pb, 'milestones', existingSteps, stepRows, stepTally);
	});
}

/**
 * Runs `work` over `items`, `size` at a time (a small server, many plans).
 * @template T @param {T[]} items @param {number} size @param {(item: T) => Promise<void>} work
 */
async function inTurns(items, size, work) {
	for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}
