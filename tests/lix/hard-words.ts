// A deliberately hard set of UI strings: bureaucratic Danish with long sentences and
// long compound words. `npm run lint:lix` must refuse it (see src/lib/features/supports/lix-check.test.ts).
import { defineWords } from '$lib/i18n/words';

export const hard = defineWords({
	da: {
		intro:
			'Uddannelsesinstitutionens administrative sagsbehandlingsprocedurer forudsætter, at ansøgningsdokumentationen vedrørende specialpædagogisk støtte fremsendes elektronisk inden ansøgningsfristens udløb.',
		consent: (name: string) =>
			`Undertegnede ${name} bekræfter hermed ved sin underskrift, at personoplysningerne behandles i overensstemmelse med databeskyttelsesforordningens bestemmelser.`,
		title: 'Realkompetencevurderingsdokumentation'
	},
	en: {
		intro: 'The institution’s administrative procedures require the documentation to be sent electronically before the deadline.',
		consent: (name: string) => `I, ${name}, confirm that personal data is processed according to the data protection regulation.`,
		title: 'Documentation of prior learning'
	}
});
