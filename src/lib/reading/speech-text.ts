/**
 * The pure parts of read-aloud: cutting Danish text into sentences, finding the word
 * a speech `boundary` event points at, and choosing a voice. No DOM, so unit-tested.
 */

/** A stretch of a text, as [start, end) character offsets. */
export type TextRange = { start: number; end: number };

/** Long sentences are spoken in parts: some speech engines stop after ~15 seconds. */
export const maxUtteranceLength = 220;

// Abbreviations (lower case, without the last dot) after which a dot does not end the sentence.
const abbreviations = new Set([
	'f.eks', 'bl.a', 'dvs', 'ca', 'kl', 'nr', 'evt', 'jf', 'mht', 'pga', 'inkl', 'ekskl', 'hhv',
	'stk', 'tlf', 'ang', 'vedr', 'pkt', 'dr', 'hr', 'fr', 'st', 'ff', 's', 'jan', 'feb', 'aug',
	'sept', 'okt', 'nov', 'dec', 'e.g', 'i.e', 'vs', 'mr', 'mrs', 'ms', 'no', 'p', 'pp'
]);
// …and these often close a sentence, so they end one when a capital letter follows.
const closingAbbreviations = new Set(['osv', 'etc', 'mv', 'm.v', 'm.m', 'o.l', 'mfl', 'm.fl', 'kr']);

const sentenceEnd = /[.!?…]+["'”’»)\]]*(?=\s|$)|\n/gu;
const letterOrDigit = /[\p{L}\p{N}]/u;
const lowercase = /\p{Ll}/u;
const uppercase = /\p{Lu}/u;

/** Does the dot/mark found at [markStart, markEnd) end a sentence? */
function endsSentence(text: string, markStart: number, markEnd: number): boolean {
	const next = text.slice(markEnd).trimStart()[0];
	if (next === undefined) return true;
	// "Jeg tænkte … måske" and "den 1. december" go on in lower case.
	if (lowercase.test(next)) return false;
	if (text.slice(markStart, markEnd).replace(/["'”’»)\]]+$/u, '') !== '.') return true;

	const word = text.slice(0, markStart).split(/\s/).pop() ?? '';
	const token = word.toLowerCase().replace(/^[("'“‘«]+/u, '');
	if (closingAbbreviations.has(token)) return uppercase.test(next);
	if (abbreviations.has(token)) return false;
	// Initials such as "H.C. Andersen".
	if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word) && uppercase.test(next)) return false;
	return true;
}

function trimRange(text: string, start: number, end: number): TextRange {
	while (start < end && /\s/u.test(text[start] ?? '')) start++;
	while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
	return { start, end };
}

/** Cuts a too-long sentence after a comma (or at a space), so each part fits. */
function chunk(text: string, range: TextRange, maxLength: number): TextRange[] {
	const parts: TextRange[] = [];
	let { start } = range;
	while (range.end - start > maxLength) {
		const window = text.slice(start, start + maxLength);
		const comma = Math.max(...[...window.matchAll(/[,;:–—]\s/gu)].map((m) => m.index + 1), -1);
		const space = window.lastIndexOf(' ');
		const cut = comma > maxLength / 3 ? comma : space > 0 ? space : maxLength;
		parts.push(trimRange(text, start, start + cut));
		start += cut;
	}
	parts.push(trimRange(text, start, range.end));
	return parts;
}

/**
 * The sentences of a text, as ranges into it (so they can be highlighted). Lines are
 * sentences too (headings and list items often have no full stop). Parts without a
 * letter or digit are skipped, so nothing silent is "read".
 */
export function splitSentences(text: string, maxLength = maxUtteranceLength): TextRange[] {
	const raw: TextRange[] = [];
	let start = 0;
	for (const match of text.matchAll(sentenceEnd)) {
		const end = match.index + match[0].length;
		if (match[0] !== '\n' && !endsSentence(text, match.index, end)) continue;
		raw.push(trimRange(text, start, end));
		start = end;
	}
	raw.push(trimRange(text, start, text.length));
	return raw
		.filter((r) => letterOrDigit.test(text.slice(r.start, r.end)))
		.flatMap((r) => chunk(text, r, maxLength));
}

const wordChar = /[\p{L}\p{M}\p{N}'’-]/u;
const edgeChar = /['’-]/u;

/**
 * The word a speech `boundary` event points at. Engines differ: some point at the
 * space before the word, some give no length, so the word is found from the index.
 */
export function wordRangeAt(text: string, charIndex: number): TextRange | null {
	let i = Math.max(0, Math.min(text.length, Math.floor(charIndex)));
	while (i < text.length) {
		while (i < text.length && !wordChar.test(text[i] ?? '')) i++;
		if (i >= text.length) return null;
		let start = i;
		let end = i;
		while (start > 0 && wordChar.test(text[start - 1] ?? '')) start--;
		while (end < text.length && wordChar.test(text[end] ?? '')) end++;
		// A dash or quote at the edge is not part of the word; a lone dash is no word.
		while (start < end && edgeChar.test(text[start] ?? '')) start++;
		while (end > start && edgeChar.test(text[end - 1] ?? '')) end--;
		if (start < end) return { start, end };
		i = end + 1;
	}
	return null;
}

/** What we need of a SpeechSynthesisVoice (so tests can use plain objects). */
export type VoiceLike = { lang: string; name: string; localService: boolean; default: boolean };

/** Languages to look for, best first: Danish voices for Danish, British then American English. */
export const voiceLanguages = { da: ['da-dk', 'da'], en: ['en-gb', 'en-us', 'en'] } as const;

function languageRank(voice: VoiceLike, wanted: readonly string[]): number {
	// Some Android versions write "da_DK".
	const lang = voice.lang.replace('_', '-').toLowerCase();
	const exact = wanted.indexOf(lang);
	if (exact >= 0) return exact;
	const base = wanted.indexOf(lang.split('-')[0] ?? '');
	return base >= 0 ? base : -1;
}

/**
 * The best voice for the UI language, or null when the device has none (then the UI
 * says how to get one). Among equals: the device's default, then one that works offline.
 */
export function pickVoice<T extends VoiceLike>(voices: readonly T[], language: keyof typeof voiceLanguages): T | null {
	const wanted = voiceLanguages[language];
	const candidates = voices
		.map((voice) => ({ voice, rank: languageRank(voice, wanted) }))
		.filter((c) => c.rank >= 0)
		.sort(
			(a, b) =>
				a.rank - b.rank ||
				Number(b.voice.default) - Number(a.voice.default) ||
				Number(b.voice.localService) - Number(a.voice.localService)
		);
	return candidates[0]?.voice ?? null;
}
