import { defineWords } from '$lib/i18n/words';

// The sound player's buttons (messages, help requests).
export const player = defineWords({
	da: {
		play: 'Afspil',
		pause: 'Pause',
		speed: 'Hastighed',
		position: 'Hvor langt i lyden',
		fileMissing: 'Filen kan ikke hentes lige nu.'
	},
	en: {
		play: 'Play',
		pause: 'Pause',
		speed: 'Speed',
		position: 'How far into the sound',
		fileMissing: 'The file cannot be fetched right now.'
	}
});

// Dictation: the button beside free-text fields ($lib/ui/TextField.svelte) and what went wrong.
export const dictationWords = defineWords({
	da: {
		dictate: 'Indtal',
		stop: 'Stop',
		listening: 'Lytter … tal nu.',
		useKeyboard: 'Brug mikrofonen på telefonens tastatur.',
		denied: 'Sammen må ikke bruge din mikrofon. Du kan give lov i menuen i din browser.',
		noSpeech: 'Vi hørte ikke noget. Prøv igen.',
		offline: 'Indtaling virker kun, når du er på nettet.',
		failed: 'Det virker ikke lige nu. Prøv igen om lidt, eller skriv selv.'
	},
	en: {
		dictate: 'Dictate',
		stop: 'Stop',
		listening: 'Listening … speak now.',
		useKeyboard: 'Use the microphone on your phone’s keyboard.',
		denied: 'Sammen may not use your microphone. You can allow it in your browser’s menu.',
		noSpeech: 'We heard nothing. Try again.',
		offline: 'Dictation only works when you are online.',
		failed: 'It does not work right now. Try again in a moment, or type.'
	}
});
