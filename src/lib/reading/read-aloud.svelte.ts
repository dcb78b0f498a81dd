import { browser } from '$app/environment';
import { locale, type Locale } from '$lib/i18n/locale.svelte';
import { pickVoice, splitSentences, wordRangeAt, type TextRange } from './speech-text';

export type ReadAloudState = 'idle' | 'speaking' | 'paused';

export type SpeakHandlers = {
	/** A sentence starts (always called, also when words follow). */
	onSentence?: (range: TextRange) => void;
	/** A word starts; only when the browser reports word boundaries. */
	onWord?: (range: TextRange) => void;
	/** Reading ended: finished, stopped, or replaced by another read-aloud. */
	onEnd?: () => void;
};

const fallbackLang: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
// Errors that mean "this device cannot speak this language".
const missingVoiceErrors = new Set(['language-unavailable', 'voice-unavailable', 'synthesis-unavailable']);
// Errors from our own cancel() (on pause, stop or the next sentence's start).
const ownCancelErrors = new Set(['interrupted', 'canceled']);

/**
 * Read-aloud over the browser's speechSynthesis. One text at a time in the whole app:
 * starting a new one ends the old (its `onEnd` runs).
 *
 * Each sentence is its own utterance: the sentence can be highlighted even where the
 * browser gives no word boundaries, and long texts do not hit Chrome's ~15 s cut-off.
 * Pause is our own (cancel, then start the sentence again), because the native
 * pause() does nothing or stops for good on several mobile browsers.
 */
class ReadAloud {
	state = $state<ReadAloudState>('idle');
	/** Whoever started the current reading (a component), so each knows if it is theirs. */
	owner = $state.raw<object | null>(null);
	readonly supported = browser && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';

	#voices = $state.raw<SpeechSynthesisVoice[]>([]);
	#voicesKnown = $state(false);
	#missingFor = $state<Locale | null>(null);

	/** The voice for the UI language; null while voices load or when there is none. */
	voice = $derived(pickVoice(this.#voices, locale.current));
	/** True when the device has no voice for the UI language (or cannot speak at all). */
	noVoice = $derived(
		!this.supported || this.#missingFor === locale.current || (this.#voicesKnown && this.voice === null)
	);

	#text = '';
	#sentences: TextRange[] = [];
	#index = 0;
	#handlers: SpeakHandlers = {};
	/** Bumped on every start, pause and stop: events of older utterances are ignored. */
	#run = 0;
	/** Kept so Chrome does not garbage-collect the utterance and drop its events. */
	#utterance: SpeechSynthesisUtterance | null = null;

	constructor() {
		if (!this.supported) return;
		// Voices load asynchronously (Chrome, Android); Safari has them at once.
		const load = () => {
			this.#voices = speechSynthesis.getVoices();
			if (this.#voices.length > 0) this.#voicesKnown = true;
		};
		load();
		speechSynthesis.addEventListener('voiceschanged', () => {
			load();
			this.#voicesKnown = true;
		});
		// A device with no voices at all may never say so; after a while we believe the empty list.
		setTimeout(() => (this.#voicesKnown = true), 3000);
	}

	/**
	 * Starts reading `text`. Returns false when there is nothing to read or no voice.
	 * Call it from a click: some browsers speak only after a user action.
	 */
	speak(text: string, handlers: SpeakHandlers = {}, owner: object | null = null): boolean {
		this.stop();
		if (this.noVoice) return false;
		const sentences = splitSentences(text);
		if (sentences.length === 0) return false;
		this.#text = text;
		this.#sentences = sentences;
		this.#handlers = handlers;
		this.owner = owner;
		this.#speakFrom(0);
		return true;
	}

	pause() {
		if (this.state !== 'speaking') return;
		this.#run++;
		this.state = 'paused';
		speechSynthesis.cancel();
	}

	/** Goes on from the start of the sentence that was paused: easier to follow. */
	resume() {
		if (this.state === 'paused') this.#speakFrom(this.#index);
	}

	stop() {
		if (this.state === 'idle') return;
		this.#run++;
		speechSynthesis.cancel();
		this.#finish();
	}

	#finish() {
		const { onEnd } = this.#handlers;
		this.#handlers = {};
		this.#utterance = null;
		this.state = 'idle';
		this.owner = null;
		onEnd?.();
	}

	#speakFrom(index: number) {
		const run = ++this.#run;
		this.state = 'speaking';
		speechSynthesis.cancel();
		// A native pause left by other code would hold our queue back.
		if (speechSynthesis.paused) speechSynthesis.resume();
		this.#say(index, run);
	}

	#say(index: number, run: number) {
		if (run !== this.#run) return;
		const sentence = this.#sentences[index];
		if (!sentence) {
			this.#finish();
			return;
		}
		this.#index = index;
		const text = this.#text.slice(sentence.start, sentence.end);
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = this.voice?.lang ?? fallbackLang[locale.current];
		if (this.voice) utterance.voice = this.voice;

		utterance.onboundary = (event) => {
			if (run !== this.#run || event.name !== 'word') return;
			const word = wordRangeAt(text, event.charIndex);
			if (word) this.#handlers.onWord?.({ start: sentence.start + word.start, end: sentence.start + word.end });
		};
		utterance.onend = () => this.#say(index + 1, run);
		utterance.onerror = (event) => {
			if (run !== this.#run || ownCancelErrors.has(event.error)) return;
			if (missingVoiceErrors.has(event.error)) this.#missingFor = locale.current;
			this.stop();
		};

		this.#utterance = utterance;
		this.#handlers.onSentence?.(sentence);
		speechSynthesis.speak(utterance);
	}
}

export const readAloud = new ReadAloud();
