import { describe, expect, it } from 'vitest';
import { ageBandOf, sameTrade, storiesLikeMe, type StoryTags } from './stories';

const story = (id: string, tags: StoryTags) => ({ id, ...tags });
const stories = [
	story('tømrer-karriereskift-45', { trade: 'Tømrer', ageBand: '45-54', situations: ['karriereskift'] }),
	story('sosu-ledig-35', { trade: 'SOSU-hjælper', ageBand: '35-44', situations: ['ledig', 'uddannelsesloeft'] }),
	story('el-barsel-25', { trade: 'Elektriker', ageBand: '25-34', situations: ['barsel'] }),
	story('industri-ledig-45', { trade: 'Industrioperatør', ageBand: '45-54', situations: ['ledig'] }),
	story('frisør-55', { trade: 'Frisør', ageBand: '55+', situations: [] })
];

describe('ageBandOf', () => {
	it('puts an age in its band; under 25 or unknown is none', () => {
		expect(ageBandOf(1987, 2026)).toBe('35-44'); // Sarah, 39
		expect(ageBandOf(1981, 2026)).toBe('45-54'); // Bjarke, 45
		expect(ageBandOf(1997, 2026)).toBe('25-34'); // Lisbeth, 29
		expect(ageBandOf(1960, 2026)).toBe('55+');
		expect(ageBandOf(2005, 2026)).toBeNull();
		expect(ageBandOf(undefined, 2026)).toBeNull();
	});
});

describe('sameTrade', () => {
	it('knows a trade by its everyday name and by the programme', () => {
		expect(sameTrade('SOSU-hjælper', ['Social- og sundhedshjælper'])).toBe(true);
		expect(sameTrade('Tømrer', ['Tømrer EUV2'])).toBe(true);
		expect(sameTrade('Industrioperatør', ['Industrioperatør'])).toBe(true);
		expect(sameTrade('Elektriker', ['Tømrer'])).toBe(false);
		expect(sameTrade('', ['Tømrer'])).toBe(false);
	});
});

describe('storiesLikeMe', () => {
	it('Sarah (SOSU, 39, ledig on uddannelsesløft) gets the SOSU story first', () => {
		const ranked = storiesLikeMe(stories, { trades: ['Social- og sundhedshjælper'], birthYear: 1987, situations: ['ledig', 'uddannelsesloeft'] }, 2026);
		expect(ranked[0]!.story.id).toBe('sosu-ledig-35');
		expect(ranked[0]!.reasons).toEqual(['fag', 'situation', 'alder']);
		expect(ranked[0]!.score).toBe(3 + 4 + 2);
		expect(ranked.map((r) => r.story.id)).not.toContain('frisør-55');
	});

	it('Bjarke (industrioperatør, 45, ledig) gets his trade, then his situation and age', () => {
		const ranked = storiesLikeMe(stories, { trades: ['Industrioperatør'], birthYear: 1981, situations: ['ledig'] }, 2026);
		expect(ranked.map((r) => r.story.id)).toEqual(['industri-ledig-45', 'sosu-ledig-35', 'tømrer-karriereskift-45']);
	});

	it('with nothing in common, nothing is shown; ties keep the given order', () => {
		expect(storiesLikeMe(stories, { trades: ['Smed'], situations: [] }, 2026)).toEqual([]);
		const twins = [story('a', { ageBand: '25-34' }), story('b', { ageBand: '25-34' })];
		expect(storiesLikeMe(twins, { trades: [], birthYear: 1997, situations: [] }, 2026).map((r) => r.story.id)).toEqual(['a', 'b']);
	});
});
