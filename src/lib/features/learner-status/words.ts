import type { LearnerStatus, StopReason } from '$lib/domain/learner-status';
import { defineWords } from '$lib/i18n/words';

const daStatus: Record<LearnerStatus, string> = { active: 'I gang', leave: 'Orlov', completed: 'Færdig', stopped: 'Stoppet' };
const enStatus: Record<LearnerStatus, string> = { active: 'Active', leave: 'On leave', completed: 'Completed', stopped: 'Stopped' };
const daReason: Record<StopReason, string> = {
	job: 'Fik arbejde',
	health: 'Helbred',
	family: 'Familie',
	moved: 'Flyttede',
	other_education: 'Valgte en anden uddannelse',
	other: 'Andet'
};
const enReason: Record<StopReason, string> = {
	job: 'Got a job',
	health: 'Health',
	family: 'Family',
	moved: 'Moved',
	other_education: 'Chose another education',
	other: 'Other'
};
const daDoc: Record<string, string> = { svendebrev: 'svendebrev', uddannelsesbevis: 'uddannelsesbevis' };
const enDoc: Record<string, string> = { svendebrev: 'journeyman certificate', uddannelsesbevis: 'certificate' };

export const m = defineWords({
	da: {
		title: 'Forløb',
		status: (s: string) => daStatus[s as LearnerStatus] ?? s,
		reason: (r: string) => daReason[r as StopReason] ?? r,
		/** "Orlov siden 3. marts", "Færdig 12. juni 2026 – svendebrev", "Stoppet 1. maj – Flyttede" */
		since: (s: string, day: string) => `${daStatus[s as LearnerStatus] ?? s} siden ${day}`,
		completed: (day: string, doc: string) => `Færdig ${day}${doc ? ` – ${daDoc[doc] ?? doc}` : ''}`,
		stopped: (day: string, reason: string) => `Stoppet ${day}${reason ? ` – ${daReason[reason as StopReason] ?? reason}` : ''}`,
		activeNoHistory: 'I gang. Ingen ændringer endnu.',
		history: 'Tidligere',
		setBy: (name: string, when: string) => (name ? `Sat af ${name} ${when}` : `Sat ${when}`),
		change: 'Skift status',
		newStatus: 'Ny status',
		from: 'Fra dato',
		certificateDate: 'Dato for beviset',
		certificateHint: 'Den dag eleven fik svendebrev eller uddannelsesbevis.',
		stopReason: 'Hvorfor stoppede eleven?',
		note: 'Note (kan udelades)',
		noteHint: 'Eleven kan læse det, du skriver her.',
		save: 'Gem status',
		saved: 'Status er gemt.',
		statusError: 'Vælg en status.',
		fromError: 'Vælg en dato.',
		certificateError: 'Skriv datoen for beviset.',
		reasonError: 'Vælg en grund.',
		waiting: 'Venter på at blive sendt',
		learnerNote: 'Din mentor eller koordinator skriver her, hvor du er i dit forløb.',
		listTitle: 'Elevernes forløb',
		listIntro: 'Se og skift, hvor hver elev er: i gang, orlov, færdig eller stoppet.',
		noLearners: 'Der er ingen elever på skolen endnu.',
		back: 'Tilbage til elevernes forløb',
		notFound: 'Vi kan ikke finde eleven.'
	},
	en: {
		title: 'Course',
		status: (s: string) => enStatus[s as LearnerStatus] ?? s,
		reason: (r: string) => enReason[r as StopReason] ?? r,
		since: (s: string, day: string) => `${enStatus[s as LearnerStatus] ?? s} since ${day}`,
		completed: (day: string, doc: string) => `Completed ${day}${doc ? ` – ${enDoc[doc] ?? doc}` : ''}`,
		stopped: (day: string, reason: string) => `Stopped ${day}${reason ? ` – ${enReason[reason as StopReason] ?? reason}` : ''}`,
		activeNoHistory: 'Active. No changes yet.',
		history: 'Before',
		setBy: (name: string, when: string) => (name ? `Set by ${name} ${when}` : `Set ${when}`),
		change: 'Change status',
		newStatus: 'New status',
		from: 'From date',
		certificateDate: 'Date of the certificate',
		certificateHint: 'The day the learner got the certificate.',
		stopReason: 'Why did the learner stop?',
		note: 'Note (optional)',
		noteHint: 'The learner can read what you write here.',
		save: 'Save status',
		saved: 'Status saved.',
		statusError: 'Choose a status.',
		fromError: 'Choose a date.',
		certificateError: 'Write the date of the certificate.',
		reasonError: 'Choose a reason.',
		waiting: 'Waiting to be sent',
		learnerNote: 'Your mentor or coordinator notes here where you are in your course.',
		listTitle: 'Learners’ courses',
		listIntro: 'See and change where each learner is: active, on leave, completed or stopped.',
		noLearners: 'There are no learners at the school yet.',
		back: 'Back to the learners’ courses',
		notFound: 'We cannot find the learner.'
	}
});
