import { locale } from '$lib/i18n/locale.svelte';
import { m } from './words';

// The Web Speech API is not in TypeScript's DOM types; this is the part we use.
type Recognition = {
	lang: string;
	continuous: boolean;
	interimResults: boolean;
	start(): void;
	stop(): void;
	onresult: ((event: { resultIndex: number; results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }> }) => void) | null;
	onerror: ((event: { error: string }) => void) | null;
	onend: (() => void) | null;
};
type RecognitionConstructor = new () => Recognition;

function recognitionClass(): RecognitionConstructor | null {
	if (typeof window === 'undefined') return null;
	const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
	return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/**
 * Dictation into a text field where the browser offers speech recognition (Chrome,
 * Edge, Safari). The button is only shown where it exists; the phone's own dictation
 * key and AppWriter/IntoWords work in the plain textarea anyway.
 */
export class Dictation {
	readonly supported = recognitionClass() !== null;
	listening = $state(false);
	problem = $state<string | null>(null);
	#recognition: Recognition | null = null;

	start(onText: (text: string) => void) {
		const Recognition = recognitionClass();
		if (!Recognition || this.listening) return;
		this.problem = null;
		const recognition = new Recognition();
		recognition.lang = locale.current === 'en' ? 'en-GB' : 'da-DK';
		recognition.continuous = true;
		recognition.interimResults = false;
		recognition.onresult = (event) => {
			for (let i = event.resultIndex; i < event.results.length; i++) {
				const result = event.results[i];
				if (result?.isFinal) onText(result[0].transcript.trim());
			}
		};
		recognition.onerror = (event) => {
			this.problem =
				event.error === 'not-allowed' || event.error === 'service-not-allowed'
					? m.dictationDenied
					: event.error === 'network'
						? m.dictationOffline
						: event.error === 'no-speech' || event.error === 'aborted'
							? null
							: m.dictationFailed;
		};
		recognition.onend = () => {
			this.listening = false;
			this.#recognition = null;
		};
		this.#recognition = recognition;
		try {
			recognition.start();
			this.listening = true;
		} catch {
			this.problem = m.dictationFailed;
		}
	}

	stop() {
		this.#recognition?.stop();
	}
}
