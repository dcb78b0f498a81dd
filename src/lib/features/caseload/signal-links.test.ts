import { describe, expect, it } from 'vitest';
import type { Signals } from './caseload';
import { signalLinks } from './signal-links';

const quiet: Signals = {
	unreadMessages: 0,
	openFlags: 0,
	newFlags: 0,
	urgentFlags: 0,
	oldestFlagDays: null,
	escalatedFlags: 0,
	overdueMilestones: 0,
	waitingMilestones: 0,
	firstWaiting: null,
	firstOverdue: null,
	openHelpRequests: 0,
	daysSinceContact: 2,
	noContact: false
};

describe('signalLinks', () => {
	it('has nothing for a learner on track', () => {
		expect(signalLinks(quiet, 'l1')).toEqual([]);
	});

	it('links every signal to its thing, the most urgent first', () => {
		const s: Signals = {
			...quiet,
			unreadMessages: 2,
			openFlags: 2,
			newFlags: 1,
			urgentFlags: 1,
			oldestFlagDays: 0,
			escalatedFlags: 1,
			overdueMilestones: 1,
			waitingMilestones: 1,
			firstOverdue: { id: 'm7', title: 'Find din læreplads' },
			firstWaiting: { id: 'm3', title: 'Førstehjælp' },
			openHelpRequests: 1,
			daysSinceContact: 12,
			noContact: true
		};
		expect(signalLinks(s, 'l1').map((l) => [l.text, l.href])).toEqual([
			['1 ny markering · Haster · sat i dag', '/elever/l1#markeringer'],
			['Koordinatoren har fået besked', '/elever/l1#markeringer'],
			['2 ulæste beskeder', '/beskeder/l1'],
			['beder om hjælp', '/elever/l1#hjaelp'],
			['1 åben markering', '/elever/l1#markeringer'],
			['Venter på godkendelse: Førstehjælp', '/elever/l1/plan?milepael=m3'],
			['Over tiden: Find din læreplads', '/elever/l1/plan?milepael=m7'],
			['Ingen kontakt i 12 dage', '/beskeder/l1']
		]);
	});

	it('says how many milestones when more than one, in the plan\'s status words, and leads to the first', () => {
		const s: Signals = { ...quiet, overdueMilestones: 3, firstOverdue: { id: 'm1', title: 'Kursus' } };
		expect(signalLinks(s, 'l1').map((l) => [l.text, l.href])).toEqual([['Over tiden: 3 milepæle', '/elever/l1/plan?milepael=m1']]);
	});

	it('puts the age of seen flags on their own chip when none are new', () => {
		const texts = signalLinks({ ...quiet, openFlags: 1, oldestFlagDays: 5 }, 'l1').map((l) => l.text);
		expect(texts).toEqual(['1 åben markering · den ældste er 5 dage gammel']);
	});
});
