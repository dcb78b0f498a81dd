// LIX, the Scandinavian readability index (Björnsson 1968):
//   LIX = words / sentences + long words × 100 / words,   long word = more than 6 letters.
// Under 25 is easy (children's books), 25–34 plain, 35–44 middle, over 45 hard.
//
// Plain JavaScript (typed with JSDoc), so both the app (the article editor's hint)
// and the Node check `npm run lint:lix` (scripts/lint-lix.mjs) use this one copy.
import { Lexer } from 'marked';

/** @typedef {{ words: number, sentences: number, longWords: number, lix: number }} LixResult */

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// A sentence ends at . ! ? : … followed by a space or the end (a colon counts in LIX).
const SENTENCE_END = /[.!?:…]+(?=\s|$)/u;

/** @param {string} text */
export function wordsOf(text) {
	return text.match(WORD) ?? [];
}

/** @param {string} word */
export function isLongWord(word) {
	return word.replace(/[^\p{L}]/gu, '').length > 6;
}

/**
 * LIX of some texts. Each text (a label, a heading, a list item, a paragraph) is at
 * least one sentence, also without a full stop: a button label is read as a whole.
 * @param {string[]} texts
 * @returns {LixResult}
 */
export function lix(texts) {
	let words = 0;
	let sentences = 0;
	let longWords = 0;
	for (const text of texts) {
		const parts = text.split(SENTENCE_END).filter((part) => wordsOf(part).length > 0);
		for (const part of parts) {
			const found = wordsOf(part);
			words += found.length;
			longWords += found.filter(isLongWord).length;
			sentences += 1;
		}
	}
	const value = words === 0 ? 0 : words / sentences + (longWords * 100) / words;
	return { words, sentences, longWords, lix: Math.round(value * 10) / 10 };
}

/**
 * The readable text of a Markdown article, one string per block: headings, paragraphs,
 * list items and table cells. Images count by their alt text; code is left out.
 * @param {string} markdown
 * @returns {string[]}
 */
export function markdownTexts(markdown) {
	/** @type {string[]} */
	const out = [];
	/** @type {(tokens: any[]) => string} */
	const inline = (tokens) =>
		tokens
			.map((t) => {
				if (t.type === 'image') return t.text ?? '';
				if (t.type === 'codespan') return t.text ?? '';
				if (t.type === 'br') return ' ';
				if (Array.isArray(t.tokens)) return inline(t.tokens);
				return typeof t.text === 'string' ? t.text : '';
			})
			.join('');
	/** @param {any[]} tokens */
	const blocks = (tokens) => {
		for (const t of tokens) {
			if (t.type === 'heading' || t.type === 'paragraph' || t.type === 'text') {
				out.push(Array.isArray(t.tokens) ? inline(t.tokens) : String(t.text ?? ''));
			} else if (t.type === 'list') {
				for (const item of t.items) blocks(item.tokens);
			} else if (t.type === 'blockquote') {
				blocks(t.tokens);
			} else if (t.type === 'table') {
				for (const cell of t.header) out.push(inline(cell.tokens));
				for (const row of t.rows) for (const cell of row) out.push(inline(cell.tokens));
			}
		}
	};
	blocks(new Lexer({ gfm: true }).lex(markdown));
	return out.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** How easy a LIX is, in four plain steps. @param {number} value */
export function lixLevel(value) {
	if (value < 25) return 'easy';
	if (value < 35) return 'plain';
	if (value < 45) return 'middle';
	return 'hard';
}
