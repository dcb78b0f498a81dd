import { describe, expect, it } from 'vitest';
import { buddySuggestions, type BuddyMe, type BuddyPerson } from './buddies';

const person = (userId: string, p: Partial<BuddyPerson> = {}): BuddyPerson => ({
	userId,
	wantsBuddy: true,
	holds: [],
	programmes: ['industri'],
	situations: [],
	municipality: '',
	...p
});
const bjarke: BuddyMe = { ...person('bjarke', { holds: ['hold-1'], situations: ['ledig'], municipality: 'Viborg' }), exclude: [] };

describe('buddySuggestions', () => {
	it('only people who want a buddy, from my hold or uddannelse, never me', () => {
		const people = [person('bjarke'), person('no', { wantsBuddy: false }), person('other', { programmes: ['tømrer'] }), person('ok')];
		expect(buddySuggestions(bjarke, people).map((s) => s.person.userId)).toEqual(['ok']);
	});

	it('never someone blocked or already in a pair with me', () => {
		const people = [person('blocked'), person('paired'), person('ok')];
		expect(buddySuggestions({ ...bjarke, exclude: ['blocked', 'paired'] }, people).map((s) => s.person.userId)).toEqual(['ok']);
	});

	it('ranks the same hold, then shared situations, then the same municipality', () => {
		const people = [
			person('programme-only'),
			person('near', { municipality: 'viborg kommune' }),
			person('same-hold', { holds: ['hold-1'] }),
			person('ledig-near', { situations: ['ledig'], municipality: 'Viborg' })
		];
		const ranked = buddySuggestions(bjarke, people);
		expect(ranked.map((s) => s.person.userId)).toEqual(['ledig-near', 'near', 'same-hold', 'programme-only']);
		expect(ranked[0]!.reasons).toEqual(['uddannelse', 'situation', 'kommune']);
		expect(ranked[0]!.score).toBe(6);
		expect(ranked[2]!.reasons).toEqual(['hold']);
	});
});
