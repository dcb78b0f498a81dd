// Dictation with a fake SpeechRecognition (Node has none): language, final and
// interim words, problems in our terms, one field at a time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendText, Dictation } from './dictation.svelte';

type Fake = {
	lang: string;
	started: boolean;
	stopped: boolean;
	onresult: ((e: unknown) => void) | null;
	onerror: ((e: { error: string }) => void) | null;
	onend: (() => void) | null;
};
let made: Fake[] = [];
function fakeSpeech() {
	made = [];
	class Recognition {
		lang = '';
		continuous = false;
		interimResults = false;
		started = false;
		stopped = false;
		onresult = null;
		onerror = null;
		onend: (() => void) | null = null;
		constructor() {
			made.push(this as unknown as Fake);
		}
		start() {
			this.started = true;
		}
		stop() {
			this.stopped = true;
			this.onend?.();
		}
		abort() {}
	}
	vi.stubGlobal('window', { webkitSpeechRecognition: Recognition });
}
afterEach(() => vi.unstubAllGlobals());

const result = (transcript: string, isFinal: boolean) => Object.assign([{ transcript }], { isFinal });

describe('dictation', () => {
	it('listens in Danish and writes final words; interim words only show as heard', () => {
		fakeSpeech();
		const dictation = new Dictation();
		const texts: string[] = [];
		const heard: string[] = [];
		expect(dictation.start('a', { onText: (t) => texts.push(t), onHeard: (h) => heard.push(h) })).toBe(true);
		expect([made[0]?.lang, made[0]?.started, dictation.listening]).toEqual(['da-DK', true, 'a']);
		made[0]?.onresult?.({ resultIndex: 0, results: [result(' jeg kan ikke ', true), result('logge', false)] });
		expect(texts).toEqual(['jeg kan ikke']);
		expect(heard).toEqual(['logge']);
	});
	it('one field at a time: starting in another stops the first', () => {
		fakeSpeech();
		const dictation = new Dictation();
		dictation.start('a', { onText: () => {} });
		dictation.start('b', { onText: () => {} });
		expect([made[0]?.stopped, dictation.listening]).toEqual([true, 'b']);
		dictation.stop();
		expect(dictation.listening).toBeNull();
	});
	it('says what went wrong in our terms, and nothing when it was stopped', () => {
		fakeSpeech();
		const dictation = new Dictation();
		const problems: string[] = [];
		dictation.start('a', { onText: () => {}, onProblem: (p) => problems.push(p) });
		for (const error of ['not-allowed', 'service-not-allowed', 'no-speech', 'network', 'audio-capture', 'aborted']) made[0]?.onerror?.({ error });
		expect(problems).toEqual(['denied', 'denied', 'noSpeech', 'offline', 'failed']);
	});
	it('is off where the browser has no speech recognition', () => {
		vi.stubGlobal('window', {});
		const dictation = new Dictation();
		expect([dictation.supported, dictation.start('a', { onText: () => {} })]).toEqual([false, false]);
	});
});

describe('appendText', () => {
	it('adds dictated words after the text with one space', () => {
		expect(appendText('', 'Hej')).toBe('Hej');
		expect(appendText('Jeg kan ikke', 'logge ind')).toBe('Jeg kan ikke logge ind');
		expect(appendText('Hej   \n', 'du')).toBe('Hej du');
	});
});
