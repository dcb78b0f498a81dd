import { defineWords } from '$lib/i18n/words';

export const m = defineWords({
	da: {
		title: 'Velkommen til Sammen',
		opening: 'Vi åbner din invitation …',
		hello: (name: string) => (name ? `Velkommen, ${name}!` : 'Velkommen!'),
		loggedIn: 'Du er logget ind.',
		how: 'Hvordan vil du logge ind næste gang?',
		withCode: 'Med en kode på mail',
		withCodeHint: 'Du får en kode på mail, hver gang du logger ind. Du skal ikke huske noget.',
		withPassword: 'Med en adgangskode',
		withPasswordHint: 'Du vælger selv en kode. Den skal have mindst 8 tegn.',
		password: 'Din nye adgangskode',
		passwordShort: 'Koden skal have mindst 8 tegn.',
		go: 'Videre',
		badLink: 'Linket virker ikke mere. Bed din koordinator om en ny invitation.',
		toLogin: 'Gå til log ind'
	},
	en: {
		title: 'Welcome to Sammen',
		opening: 'Opening your invitation …',
		hello: (name: string) => (name ? `Welcome, ${name}!` : 'Welcome!'),
		loggedIn: 'You are logged in.',
		how: 'How do you want to log in next time?',
		withCode: 'With a code by e-mail',
		withCodeHint: 'You get a code by e-mail each time you log in. Nothing to remember.',
		withPassword: 'With a password',
		withPasswordHint: 'You choose a password. It needs at least 8 characters.',
		password: 'Your new password',
		passwordShort: 'The password needs at least 8 characters.',
		go: 'Continue',
		badLink: 'The link no longer works. Ask your coordinator for a new invitation.',
		toLogin: 'Go to log in'
	}
});
