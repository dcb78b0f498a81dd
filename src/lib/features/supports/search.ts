/**
 * Search that forgives spelling, built on the device (the help library is small).
 *
 * Danish is hard to spell, and harder for ordblinde: "klæme" for "klemme",
 * "ordblin" for "ordblind", "skaat" for "skat". Each word gets a sound key (how it is
 * said, not how it is spelt: æ/e, ø/o, å/aa, double consonants, silent d, soft g/v/j,
 * hv/hj …), and words whose keys are a letter or two apart (edit distance) still
 * match. Compounds are found by their parts ("test" finds "ordblindetest").
 *
 * It also knows when to say nothing: everyday words and abbreviations are read as the
 * library's words (`synonyms.ts`: "stress" → svært, "SU" → uddannelsesstøtte), words
 * found in many articles count less (idf), a guess by spelling counts only where it is
 * likely (not in a short word with another first letter: "venner" is not "sender"), and
 * a hit far below the best, or below a floor, is not shown.
 */
import { synonymsOf } from './synonyms';

export type SearchField = { text: string; weight: number };
export type SearchDoc = { id: string; fields: SearchField[] };
export type SearchHit = { id: string; score: number; matched: number };
export type SearchResult = {
	hits: SearchHit[];
	/** Words of the library the query was read as, where it was spelt otherwise ("klemme" for "klæme"). */
	readAs: string[];
};

/** Small words that say little about what is wanted. */
const stopWords = new Set(
	'og i at en et den det de til på er af med for som jeg du han hun vi har kan ikke ik ikk virker virke fungerer om så sig der fra eller man hvordan hvad hvor skal vil få gør jo når ved min mine mig dig sin sine hvis men også noget nogen mit'.split(
		' '
	)
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, one way to write each letter: ö→ø, ä→æ, é→e, ü→y; "aa" is kept (see soundKeys). */
export function normalize(word: string): string {
	return word
		.toLocaleLowerCase('da')
		.normalize('NFC')
		.replace(/ö/g, 'ø')
		.replace(/ä/g, 'æ')
		.replace(/[éèê]/g, 'e')
		.replace(/ü/g, 'y')
		.replace(/[áà]/g, 'a');
}

const FRONT = 'eiyæø';
const VOWEL = /[aeiouyæøå]/;

/**
 * How a word sounds, as one or two keys. "aa" may be an old "å" (Aalborg) or a
 * long a spelt twice (skaat for skat), so a word with "aa" gets both keys.
 */
export function soundKeys(word: string): string[] {
	const w = normalize(word);
	const variants = w.includes('aa') ? [w.replace(/aa/g, 'å'), w.replace(/aa/g, 'a')] : [w];
	return [...new Set(variants.map(soundKey))];
}

function soundKey(word: string): string {
	let s = word
		.replace(/ph/g, 'f')
		.replace(/(ch|sh|sch)/g, 'sj')
		.replace(/tion/g, 'sjon')
		.replace(/c(?=[eiyæø])/g, 's')
		.replace(/c/g, 'k')
		.replace(/w/g, 'v')
		.replace(/z/g, 's')
		.replace(/x/g, 'ks')
		.replace(/q/g, 'k')
		// silent letters at the start: hvad, hjælp, djævel, gjort
		.replace(/^h(?=[vj])/, '')
		.replace(/^[dg](?=j)/, '');
	// soft d: hold, land, bord, mad
	s = s.replace(/([lnr])d/g, '$1').replace(/([aeiouyæøå])d$/, '$1').replace(/([aeiouyæøå])ds$/, '$1s');
	// -ig, -ige, -igt: farlig, dejlige, vigtigt
	s = s.replace(/ig(e|t)?$/, 'i$1').replace(/ig(?=[^aeiouyæøå])/g, 'i');
	// -ing: the g is hardly heard (tekstbehandlin)
	s = s.replace(/ng$/, 'n');
	// ai/aj/ej sound alike: mail, mejl, haj, hej
	s = s.replace(/a[ij]/g, 'ej');
	// soft g, v and j after a vowel (before a consonant or at the end) sound alike:
	// jeg/jej, regn/rejn, dag/dau, hav/hau, skov/skou
	s = s.replace(/([aeiouyæøå])[gvju](?=[^aeiouyæøå]|$)/g, (_, vowel: string) =>
		FRONT.includes(vowel) ? `${vowel}j` : `${vowel}v`
	);
	// vowels that are often swapped: æ/e, ø/o, å/o, y/i
	s = s.replace(/æ/g, 'e').replace(/[øå]/g, 'o').replace(/y/g, 'i');
	// double letters: klemme, uddannelse, skaat
	s = s.replace(/(.)\1+/g, '$1');
	return s;
}

/**
 * Edit distance with swaps of two neighbours (optimal string alignment): "ordbilnd"
 * is one step from "ordblind". Stops early once it is over `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) rows.push([i]);
	for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
	for (let i = 1; i <= a.length; i++) {
		const row = rows[i] as number[];
		let best = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const prev = rows[i - 1] as number[];
			let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
			}
			row[j] = value;
			best = Math.min(best, value);
		}
		if (best > max) return max + 1;
	}
	return (rows[a.length] as number[])[b.length] as number;
}

/** How many letters may be wrong in a word of this length. */
function allowedEdits(length: number): number {
	if (length <= 3) return 0;
	if (length <= 6) return 1;
	return 2;
}

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** The words of a text: lower-cased, plus hyphenated words joined ("wi-fi" also gives "wifi"). */
export function tokenize(text: string): string[] {
	const lower = text.toLocaleLowerCase('da');
	const words = lower.match(WORD) ?? [];
	const joined = (lower.match(HYPHENATED) ?? []).map((w) => w.replace(/-/g, ''));
	return [...words, ...joined];
}

/** The words of a query: a hyphenated word counts once, joined ("wi-fi" is "wifi"). */
export function queryWords(text: string): string[] {
	const lower = text.toLocaleLowerCase('da').replace(HYPHENATED, (w) => w.replace(/-/g, ''));
	return lower.match(WORD) ?? [];
}

type Entry = { normal: string; keys: string[]; docs: Map<string, number> };

/**
 * How well a query word matches a word of the library, 0 (not at all) to 1 (the same).
 * Exported for tests; `search` uses it over the whole vocabulary.
 */
export function matchScore(query: { normal: string; keys: string[] }, word: { normal: string; keys: string[] }): number {
	if (query.normal === word.normal) return 1;
	// a short word sounds like too many others ("veu" is not "vej")
	if (query.normal.length >= 4 && query.keys.some((k) => word.keys.includes(k))) return 0.9;
	if (query.normal.length >= 3 && word.normal.startsWith(query.normal)) return 0.8;
	if (query.keys.some((q) => q.length >= 3 && word.keys.some((k) => k.startsWith(q)))) return 0.75;
	let best = 0;
	for (const q of query.keys) {
		const max = allowedEdits(q.length);
		if (max === 0) continue;
		for (const k of word.keys) {
			// in a short word a different first letter is another word ("venner", "sender")
			if (q.length <= 6 && q[0] !== k[0]) continue;
			const d = editDistance(q, k, max);
			if (d <= max) best = Math.max(best, 0.7 - 0.1 * (d - 1));
			// a misspelt first part of a compound: "ordblindtest" → "ordblindetest"
			if (k.length > q.length + max) {
				const head = editDistance(q, k.slice(0, q.length), max);
				if (head <= max) best = Math.max(best, 0.55 - 0.1 * (head - 1));
			}
		}
	}
	if (best > 0) return best;
	// a part of a compound: "test" in "ordblindetest", "løn" in "voksenelevløn"
	if (query.normal.length >= 4 && word.normal.includes(query.normal)) return 0.6;
	if (query.keys.some((q) => q.length >= 4 && word.keys.some((k) => k.includes(q)))) return 0.55;
	return 0;
}

/** Below this a word's match is a guess by spelling (edit distance or a part of a compound). */
const SURE = 0.8;
/**
 * A hit is shown only with at least this score (a rare word found in an article's text
 * is 1), or when it has the word itself (or its sound) and the word is this rare …
 */
const FLOOR = 0.75;
/** … a word at least this rare (about 1 article in 10). */
const RARE = 0.7;
/** … and at least this part of the best hit's score. */
const RELATIVE_FLOOR = 0.25;
/** What each repeat of a word in an article adds to its weight (twice at most). */
const REPEATED = 0.5;
/** A synonym counts a little less than the word itself. */
const SYNONYM = 0.85;

export class SearchIndex {
	#vocabulary = new Map<string, Entry>();
	#docCount = 0;

	constructor(docs: SearchDoc[]) {
		this.#docCount = docs.length;
		for (const doc of docs) {
			const weights = new Map<string, { weight: number; count: number }>();
			for (const field of doc.fields) {
				for (const token of tokenize(field.text)) {
					const normal = normalize(token);
					if (stopWords.has(normal)) continue; // "hun" must not answer "hund"
					const seen = weights.get(normal);
					weights.set(normal, { weight: Math.max(seen?.weight ?? 0, field.weight), count: (seen?.count ?? 0) + 1 });
				}
			}
			for (const [normal, { weight, count }] of weights) {
				let entry = this.#vocabulary.get(normal);
				if (!entry) {
					entry = { normal, keys: soundKeys(normal), docs: new Map() };
					this.#vocabulary.set(normal, entry);
				}
				// a word said again and again is what the article is about ("skat" in the pay slip)
				entry.docs.set(doc.id, weight + REPEATED * Math.min(count - 1, 2));
			}
		}
	}

	get size() {
		return this.#docCount;
	}

	/**
	 * How much a word tells apart: 1 in one article, less the larger the share of the
	 * library that has it (from 30 articles on a share, so a bigger library scores the same).
	 */
	#rarity(entry: Entry): number {
		const n = this.#docCount;
		return Math.min(1, Math.log(1 + n / entry.docs.size) / Math.log(1 + Math.min(n, 30)));
	}

	search(query: string, limit = 20): SearchResult {
		const all = [...new Set(queryWords(query).map(normalize))];
		const meaningful = all.filter((w) => !stopWords.has(w));
		const words = meaningful.length > 0 ? meaningful : all;
		const best = new Map<string, number[]>(); // doc id → best score per query word
		const rareWord = new Set<string>(); // doc ids with a rare query word itself
		const readAs: string[] = [];

		words.forEach((word, index) => {
			const synonyms = synonymsOf(word);
			const forms = [{ query: { normal: word, keys: soundKeys(word) }, factor: 1 }, ...synonyms.map((s) => ({ query: { normal: s, keys: soundKeys(s) }, factor: SYNONYM }))];
			const matches: { entry: Entry; score: number; factor: number }[] = [];
			for (const entry of this.#vocabulary.values()) {
				for (const form of forms) {
					const score = matchScore(form.query, entry);
					// a synonym must be the word or sound like it; the word itself may also be a prefix ("intoword")
					if (score > 0 && (form.factor === 1 || score >= 0.9)) matches.push({ entry, score, factor: form.factor });
				}
			}
			// Guess by spelling only when the word (or a synonym) is nowhere in the library:
			// "test" is not "tekst" when "testen" is there, and a word we know the meaning of is not guessed.
			const sure = synonyms.length > 0 || matches.some((m) => m.score >= SURE);
			let closest: { word: string; score: number; docs: number } | null = null;
			for (const { entry, score, factor } of matches) {
				if (sure && score < SURE) continue;
				if (factor === 1 && score >= 0.7 && (!closest || score > closest.score || (score === closest.score && entry.docs.size > closest.docs))) {
					closest = { word: entry.normal, score, docs: entry.docs.size };
				}
				const rarity = this.#rarity(entry);
				for (const [id, weight] of entry.docs) {
					// a guess by spelling only counts in a title or summary, or for a long word one letter off
					if (score < SURE && weight < 2 && (word.length < 7 || score < 0.7)) continue;
					const scores = best.get(id) ?? new Array<number>(words.length).fill(0);
					scores[index] = Math.max(scores[index] as number, score * factor * weight * rarity);
					best.set(id, scores);
					if (score >= 0.9 && rarity >= RARE) rareWord.add(id);
				}
			}
			if (closest && closest.score < 1 && !this.#vocabulary.has(word) && synonyms.length === 0) readAs.push(closest.word);
		});

		const ranked = [...best.entries()]
			.map(([id, scores]) => {
				const matched = scores.filter((s) => s > 0).length;
				// an article that has only some of the words counts less ("ferie i spanien")
				const coverage = (matched / words.length) ** 2;
				return { id, score: Math.round(scores.reduce((a, b) => a + b, 0) * coverage * 100) / 100, matched };
			})
			// with several words, most of them must be found
			.filter((hit) => hit.matched >= Math.max(1, Math.ceil(words.length / 2)) && (hit.score >= FLOOR || (rareWord.has(hit.id) && hit.matched === words.length)))
			.sort((a, b) => b.score - a.score || b.matched - a.matched || a.id.localeCompare(b.id));
		const top = ranked[0]?.score ?? 0;
		const hits = ranked.filter((hit) => hit.score >= top * RELATIVE_FLOOR).slice(0, limit);
		return { hits, readAs: hits.length > 0 ? [...new Set(readAs)] : [] };
	}
}
