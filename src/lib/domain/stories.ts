// Fællesskab (issue 14), historier: "Vis historier om nogen som mig". Adults want stories of
// people like them who made it (the brief, seed 000/002): the same trade, about the same
// age, the same life situation. Plain ranking, no Intl, so it is also kernel material.

export const AGE_BANDS = ['25-34', '35-44', '45-54', '55+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export type Situation = 'ledig' | 'karriereskift' | 'barsel' | 'ordblind' | 'voksenlaerling' | 'uddannelsesloeft';

export interface StoryTags {
	trade?: string;
	ageBand?: AgeBand | '';
	situations?: readonly string[];
}

export interface Me {
	/** My uddannelse(r) and trade, e.g. the programme names of my holds ("Tømrer", "Social- og sundhedshjælper"). */
	trades: readonly string[];
	birthYear?: number;
	situations: readonly string[];
}

export type LikeMeReason = 'fag' | 'alder' | 'situation';
export interface Ranked<S> {
	story: S;
	score: number;
	reasons: LikeMeReason[];
}

/** The age band of someone born in `birthYear`, in `year`; null under 25 or unknown. */
export function ageBandOf(birthYear: number | undefined, year: number): AgeBand | null {
	if (!birthYear) return null;
	const age = year - birthYear;
	if (age < 25) return null;
	if (age < 35) return '25-34';
	if (age < 45) return '35-44';
	if (age < 55) return '45-54';
	return '55+';
}

// Everyday names of a trade point at the same words as the programme's name.
const ALIASES: Record<string, string> = { sosu: 'social sundhed', el: 'elektriker', tomrer: 'tømrer', tømre: 'tømrer' };
const SMALL = new Set(['og', 'i', 'på', 'til', 'af', 'med', 'for', 'hjælper', 'assistent', 'uddannelse', 'euv', 'euv1', 'euv2', 'euv3']);

function words(text: string): Set<string> {
	const out = new Set<string>();
	for (const raw of text.toLowerCase().split(/[^a-zæøå0-9]+/)) {
		if (!raw) continue;
		for (const word of (ALIASES[raw] ?? raw).split(' ')) if (word.length >= 2 && !SMALL.has(word)) out.add(word);
	}
	return out;
}

/** Whether a story's trade and one of mine name the same trade ("SOSU-hjælper" ~ "Social- og sundhedshjælper"). */
export function sameTrade(storyTrade: string, mine: readonly string[]): boolean {
	const theirs = words(storyTrade);
	if (theirs.size === 0) return false;
	return mine.some((trade) => {
		for (const w of words(trade)) for (const t of theirs) if (w === t || (w.length >= 5 && t.length >= 5 && (w.startsWith(t) || t.startsWith(w)))) return true;
		return false;
	});
}

/**
 * Stories about someone like me, best first: the same trade weighs most (3), then each
 * shared life situation (2), then the same age band (2; the next band 1). Only stories
 * with something in common; ties keep their given order (e.g. newest first).
 */
export function storiesLikeMe<S extends StoryTags>(stories: readonly S[], me: Me, year = new Date().getFullYear()): Ranked<S>[] {
	const myBand = ageBandOf(me.birthYear, year);
	const ranked = stories.map((story, index) => {
		const reasons: LikeMeReason[] = [];
		let score = 0;
		if (story.trade && sameTrade(story.trade, me.trades)) {
			score += 3;
			reasons.push('fag');
		}
		const shared = (story.situations ?? []).filter((s) => me.situations.includes(s)).length;
		if (shared > 0) {
			score += 2 * shared;
			reasons.push('situation');
		}
		if (myBand && story.ageBand) {
			const distance = Math.abs(AGE_BANDS.indexOf(story.ageBand) - AGE_BANDS.indexOf(myBand));
			if (distance === 0) {
				score += 2;
				reasons.push('alder');
			} else if (distance === 1) score += 1;
		}
		return { story, score, reasons, index };
	});
	return ranked
		.filter((r) => r.reasons.length > 0)
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ story, score, reasons }) => ({ story, score, reasons }));
}
