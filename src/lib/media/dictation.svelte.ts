import { locale, type Locale } from '$lib/i18n/locale.svelte';

/** The parts of the Web Speech API's SpeechRecognition that dictation uses. */
type Recognition = {
	lang: string;
	continuous: boolean;
	interimResults: boolean;
	onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
	onerror: ((event: { error: string }) => void) | null;
	onend: (() => void) | null;
	start(): void;
	stop(): void;
	abort(): void;
};
type RecognitionConstructor = new () => Recognition;

const langs: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

export type DictationProblem = 'denied' | 'noSpeech' | 'offline' | 'failed';

export type DictationHandlers = {
	/** A finished piece of speech, as text. */
	onText: (text: string) => void;
	/** What is heard so far (not final yet), for the status line. */
	onHeard?: (text: string) => void;
	onProblem?: (problem: DictationProblem) => void;
	onEnd?: () => void;
};

function recognitionConstructor(): RecognitionConstructor | null {
	if (typeof window === 'undefined') return null;
	const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
	return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/**
 * Dictation with the browser's speech recognition (Chrome, Edge, Safari), in the UI
 * language (da-DK). One field at a time in the whole app: starting in another field
 * stops the first. Where the browser has none, fields show a hint to use the
 * phone keyboard's microphone instead (which needs nothing from us). Text fields
 * (ui/TextField) and the message composer use it.
 */
export class Dictation {
	/** The field listening now (its id), or null. */
	listening = $state<string | null>(null);
	#current: Recognition | null = null;

	get supported(): boolean {
		return recognitionConstructor() !== null;
	}

	start(owner: string, handlers: DictationHandlers): boolean {
		this.stop();
		const Ctor = recognitionConstructor();
		if (!Ctor) return false;
		let recognition: Recognition;
		try {
			recognition = new Ctor();
		} catch {
			handlers.onProblem?.('failed');
			return false;
		}
		recognition.lang = langs[locale.current];
		recognition.continuous = true;
		recognition.interimResults = true;
		recognition.onresult = (event) => {
			let heard = '';
			for (let i = event.resultIndex; i < event.results.length; i++) {
				const result = event.results[i];
				const text = result?.[0]?.transcript ?? '';
				if (result?.isFinal) {
					if (text.trim()) handlers.onText(text.trim());
				} else heard += text;
			}
			handlers.onHeard?.(heard.trim());
		};
		recognition.onerror = (event) => {
			if (event.error === 'aborted') return;
			handlers.onProblem?.(
				event.error === 'not-allowed' || event.error === 'service-not-allowed'
					? 'denied'
					: event.error === 'no-speech'
						? 'noSpeech'
						: event.error === 'network'
							? 'offline'
							: 'failed'
			);
		};
		recognition.onend = () => {
			if (this.#current === recognition) {
				this.#current = null;
				this.listening = null;
			}
			handlers.onHeard?.('');
			handlers.onEnd?.();
		};
		this.#current = recognition;
		this.listening = owner;
		try {
			recognition.start();
		} catch {
			this.#current = null;
			this.listening = null;
			handlers.onProblem?.('failed');
			return false;
		}
		return true;
	}

	stop() {
		const current = this.#current;
		if (!current) return;
		current.stop();
	}
}

export const dictation = new Dictation();

/** Adds dictated text after what is already in a field, with one space between. */
export function appendText(value: string, text: string): string {
	const before = value.replace(/\s+$/, '');
	return before ? `${before} ${text}` : text;
}
