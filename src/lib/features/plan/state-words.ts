import { defineWords } from '$lib/i18n/words';

/**
 * One sentence per milestone state (milestone-state.ts), for the learner ("du", "din mentor")
 * and for staff, who speak about the learner ("mentor", "eleven"), never "dit".
 */
export const learnerState = defineWords({
	da: {
		todo: 'Ikke klaret endnu',
		overdue: 'Over tiden',
		othersMentor: 'Din mentor gør det',
		othersSchool: 'Skolen gør det',
		othersEmployer: 'Din arbejdsplads gør det',
		waiting: 'Venter på din mentor',
		done: 'Klaret',
		merit: 'Merit: du springer over',
		due: (when: string) => `Skal være klaret ${when}`,
		overdueWhen: (when: string) => `Skulle have været klaret ${when}`,
		ticked: (when: string) => `Du krydsede af ${when}`,
		doneWhen: (when: string) => `Klaret ${when}`
	},
	en: {
		todo: 'Not done yet',
		overdue: 'Overdue',
		othersMentor: 'Your mentor does it',
		othersSchool: 'The school does it',
		othersEmployer: 'Your workplace does it',
		waiting: 'Waiting for your mentor',
		done: 'Done',
		merit: 'Credit: you skip it',
		due: (when: string) => `To be done ${when}`,
		overdueWhen: (when: string) => `Was to be done ${when}`,
		ticked: (when: string) => `You ticked it ${when}`,
		doneWhen: (when: string) => `Done ${when}`
	}
});

export const staffState = defineWords({
	da: {
		todo: 'Ikke klaret endnu',
		overdue: 'Over tiden',
		othersMentor: 'Mentor gør det',
		othersSchool: 'Skolen gør det',
		othersEmployer: 'Arbejdspladsen gør det',
		waiting: 'Venter på godkendelse',
		done: 'Klaret',
		merit: 'Merit: springes over',
		due: (when: string) => `Skal være klaret ${when}`,
		overdueWhen: (when: string) => `Skulle have været klaret ${when}`,
		ticked: (when: string) => `Eleven krydsede af ${when}`,
		doneWhen: (when: string) => `Klaret ${when}`
	},
	en: {
		todo: 'Not done yet',
		overdue: 'Overdue',
		othersMentor: 'The mentor does it',
		othersSchool: 'The school does it',
		othersEmployer: 'The workplace does it',
		waiting: 'Waiting for approval',
		done: 'Done',
		merit: 'Credit: skipped',
		due: (when: string) => `To be done ${when}`,
		overdueWhen: (when: string) => `Was to be done ${when}`,
		ticked: (when: string) => `The learner ticked it ${when}`,
		doneWhen: (when: string) => `Done ${when}`
	}
});

/** The end of the path, named by the programme: "dit svendebrev", "svendebrevet", or "færdig". */
export const goalWords = defineWords({
	da: {
		howFar: (staff: boolean): string => (staff ? 'Så langt er eleven' : 'Så langt er du'),
		monthsLeft: (months: number, goal: string, staff: boolean): string => {
			const time = months <= 0 ? 'Under en måned' : months === 1 ? 'Ca. 1 måned' : `Ca. ${months} måneder`;
			if (goal === 'svendebrev') return `${time} til ${staff ? 'svendebrevet' : 'dit svendebrev'}`;
			if (goal === 'uddannelsesbevis') return `${time} til ${staff ? 'uddannelsesbeviset' : 'dit uddannelsesbevis'}`;
			return `${time}, til ${staff ? 'eleven' : 'du'} er færdig`;
		},
		allDone: (goal: string): string =>
			goal === 'svendebrev'
				? 'Du har klaret det hele. Nu får du dit svendebrev. Tillykke!'
				: goal === 'uddannelsesbevis'
					? 'Du har klaret det hele. Nu får du dit uddannelsesbevis. Tillykke!'
					: 'Du har klaret det hele. Tillykke!',
		closer: (goal: string): string =>
			goal === 'svendebrev'
				? 'Nu er du nærmere dit svendebrev.'
				: goal === 'uddannelsesbevis'
					? 'Nu er du nærmere dit uddannelsesbevis.'
					: 'Nu er du nærmere at være færdig.'
	},
	en: {
		howFar: (staff: boolean): string => (staff ? 'How far the learner is' : 'How far you are'),
		monthsLeft: (months: number, goal: string, staff: boolean): string => {
			const time = months <= 0 ? 'Less than a month' : months === 1 ? 'About 1 month' : `About ${months} months`;
			if (goal === 'svendebrev') return `${time} to ${staff ? 'the journeyman certificate' : 'your journeyman certificate'}`;
			if (goal === 'uddannelsesbevis') return `${time} to ${staff ? 'the diploma' : 'your diploma'}`;
			return `${time} until ${staff ? 'the learner is' : 'you are'} done`;
		},
		allDone: (goal: string): string =>
			goal === 'svendebrev'
				? 'You have done it all. Now you get your journeyman certificate. Congratulations!'
				: goal === 'uddannelsesbevis'
					? 'You have done it all. Now you get your diploma. Congratulations!'
					: 'You have done it all. Congratulations!',
		closer: (goal: string): string =>
			goal === 'svendebrev'
				? 'Now you are closer to your journeyman certificate.'
				: goal === 'uddannelsesbevis'
					? 'Now you are closer to your diploma.'
					: 'Now you are closer to being done.'
	}
});
