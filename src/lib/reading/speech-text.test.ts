import { describe, expect, it } from 'vitest';
import { pickVoice, splitSentences, wordRangeAt, type VoiceLike } from './speech-text';

const sentences = (text: string, max?: number) => splitSentences(text, max).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
	it('splits at full stops, question and exclamation marks', () => {
		expect(sentences('Hej Anna. Hvordan går det? Godt!')).toEqual(['Hej Anna.', 'Hvordan går det?', 'Godt!']);
	});

	it('gives ranges that point into the text', () => {
		const text = '  Første.  Anden.';
		expect(splitSentences(text)).toEqual([
			{ start: 2, end: 9 },
			{ start: 11, end: 17 }
		]);
	});

	it('does not split after Danish abbreviations', () => {
		expect(sentences('Mødet er kl. 10 i lokale nr. 5. Tag f.eks. Anna med.')).toEqual([
			'Mødet er kl. 10 i lokale nr. 5.',
			'Tag f.eks. Anna med.'
		]);
	});

	it('does not split dates such as "1. december" or initials', () => {
		expect(sentences('Praktikken starter den 1. december. H.C. Andersen skrev eventyr.')).toEqual([
			'Praktikken starter den 1. december.',
			'H.C. Andersen skrev eventyr.'
		]);
	});

	it('lets "osv." and "kr." end a sentence when a capital letter follows', () => {
		expect(sentences('Tag sko, jakke osv. Vi går nu. Det koster 20 kr. Betal i kantinen.')).toEqual([
			'Tag sko, jakke osv.',
			'Vi går nu.',
			'Det koster 20 kr.',
			'Betal i kantinen.'
		]);
	});

	it('goes on after an ellipsis in lower case', () => {
		expect(sentences('Jeg tænkte … måske i morgen.')).toEqual(['Jeg tænkte … måske i morgen.']);
	});

	it('keeps closing quotes with the sentence', () => {
		expect(sentences('Hun sagde: "Kom nu!" Så gik vi.')).toEqual(['Hun sagde: "Kom nu!"', 'Så gik vi.']);
	});

	it('treats lines as sentences (headings, list items)', () => {
		expect(sentences('Din plan\nMøde med mentor\n\nHusk madpakke')).toEqual([
			'Din plan',
			'Møde med mentor',
			'Husk madpakke'
		]);
	});

	it('skips parts with nothing to say', () => {
		expect(sentences('… — !\n\n  ')).toEqual([]);
		expect(sentences('')).toEqual([]);
	});

	it('cuts long sentences after a comma, or else at a space', () => {
		const text = 'Når du kommer i praktik, skal du huske at tage dine sko med, og du skal møde til tiden hver dag.';
		const parts = sentences(text, 40);
		expect(parts[0]).toBe('Når du kommer i praktik,');
		expect(parts.every((p) => p.length <= 40)).toBe(true);
		expect(parts.join(' ')).toBe(text);
	});
});

describe('wordRangeAt', () => {
	const text = 'Læs op for mig, tak — ikke?';
	const word = (i: number) => {
		const r = wordRangeAt(text, i);
		return r && text.slice(r.start, r.end);
	};

	it('finds the word at the index, with Danish letters', () => {
		expect(word(0)).toBe('Læs');
		expect(word(1)).toBe('Læs');
		expect(word(11)).toBe('mig');
	});

	it('moves on to the next word when the index is on a space or comma', () => {
		expect(word(3)).toBe('op');
		expect(word(14)).toBe('tak');
	});

	it('keeps words with hyphen or apostrophe whole, but not a lone dash', () => {
		const t = 'Et e-mail-svar, Anne’s bog - slut';
		expect(t.slice(wordRangeAt(t, 4)!.start, wordRangeAt(t, 4)!.end)).toBe('e-mail-svar');
		expect(t.slice(wordRangeAt(t, 17)!.start, wordRangeAt(t, 17)!.end)).toBe('Anne’s');
		expect(t.slice(wordRangeAt(t, 27)!.start, wordRangeAt(t, 27)!.end)).toBe('slut');
	});

	it('gives null past the last word', () => {
		expect(wordRangeAt(text, text.length - 1)).toBeNull();
		expect(wordRangeAt(text, 999)).toBeNull();
		expect(wordRangeAt('', 0)).toBeNull();
	});
});

describe('pickVoice', () => {
	const voice = (lang: string, name: string, more: Partial<VoiceLike> = {}): VoiceLike => ({
		lang,
		name,
		localService: true,
		default: false,
		...more
	});

	it('picks a Danish voice for Danish', () => {
		const voices = [voice('en-US', 'Samantha'), voice('da-DK', 'Sara'), voice('nb-NO', 'Nora')];
		expect(pickVoice(voices, 'da')?.name).toBe('Sara');
	});

	it('reads Android-style "da_DK" too', () => {
		expect(pickVoice([voice('da_DK', 'Dansk')], 'da')?.name).toBe('Dansk');
	});

	it('prefers British, then American English for English', () => {
		const voices = [voice('en-AU', 'Karen'), voice('en-US', 'Alex'), voice('en-GB', 'Daniel')];
		expect(pickVoice(voices, 'en')?.name).toBe('Daniel');
		expect(pickVoice(voices.slice(0, 2), 'en')?.name).toBe('Alex');
		expect(pickVoice(voices.slice(0, 1), 'en')?.name).toBe('Karen');
	});

	it('among equal voices takes the default, then one that works offline', () => {
		const voices = [
			voice('da-DK', 'Online', { localService: false }),
			voice('da-DK', 'Local'),
			voice('da-DK', 'Default', { default: true, localService: false })
		];
		expect(pickVoice(voices, 'da')?.name).toBe('Default');
		expect(pickVoice(voices.slice(0, 2), 'da')?.name).toBe('Local');
	});

	it('gives null when there is no voice for the language', () => {
		expect(pickVoice([voice('en-US', 'Alex'), voice('sv-SE', 'Alva')], 'da')).toBeNull();
		expect(pickVoice([], 'da')).toBeNull();
	});
});
