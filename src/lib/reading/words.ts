import { defineWords } from '$lib/i18n/words';

// Words of the read-aloud button.
export const readAloudText = defineWords({
	da: {
		readAloud: 'Læs op',
		pause: 'Pause',
		resume: 'Fortsæt',
		stop: 'Stop',
		reading: 'Læser op …',
		paused: 'Holder pause. Tryk på Fortsæt for at læse videre.',
		noVoice: 'Din enhed har ingen dansk stemme. Du kan hente en i telefonens indstillinger under Tilgængelighed.',
		notSupported: 'Din browser kan ikke læse op. Prøv en anden browser.'
	},
	en: {
		readAloud: 'Read aloud',
		pause: 'Pause',
		resume: 'Continue',
		stop: 'Stop',
		reading: 'Reading aloud …',
		paused: 'Paused. Press Continue to read on.',
		noVoice: 'Your device has no English voice. You can get one in the phone’s settings under Accessibility.',
		notSupported: 'Your browser cannot read aloud. Try another browser.'
	}
});

// Words of the settings page.
export const settingsText = defineWords({
	da: {
		title: 'Indstillinger',
		intro: 'Gør teksten nem at læse for dig. Det du vælger, virker med det samme på alle sider.',
		textSize: (size: number) => `Tekststørrelse: ${size}`,
		smaller: 'Mindre',
		larger: 'Større',
		font: 'Skrift',
		fontSystem: 'Almindelig',
		fontSystemHint: 'Enhedens egen skrift',
		fontAtkinson: 'Atkinson',
		fontAtkinsonHint: 'Tydelige bogstaver',
		fontOpendyslexic: 'OpenDyslexic',
		fontOpendyslexicHint: 'Lavet til ordblinde',
		lineSpacing: 'Afstand mellem linjer',
		letterSpacing: 'Afstand mellem bogstaver',
		spacingNormal: 'Normal',
		spacingWide: 'Bred',
		spacingWider: 'Ekstra bred',
		sample: 'Sådan ser det ud',
		tint: 'Baggrund',
		tintWhite: 'Hvid',
		tintCream: 'Creme',
		tintBlue: 'Blå',
		tintDark: 'Mørk',
		preview: 'Prøv det her',
		previewText:
			'Her kan du se, hvordan teksten ser ud. Tryk på Læs op, så læser telefonen teksten højt for dig. Du kan altid ændre det igen.',
		language: 'Sprog',
		ruler: 'Læselineal',
		rulerHint: 'Kun de linjer, du læser, står klart. Resten bliver mørkere. Den følger musen, din finger og det felt, du står i.',
		rulerOff: 'Fra',
		rulerLines: (n: number) => (n === 1 ? '1 linje' : `${n} linjer`),
		saved: 'Gemt',
		savedDevice: 'Gemt på denne enhed',
		waiting: 'Gemt på enheden. Vi gemmer det på din konto, når du er på nettet igen.',
		failed: 'Gemt på enheden, men ikke på din konto.'
	},
	en: {
		title: 'Settings',
		intro: 'Make the text easy for you to read. What you choose works at once on every page.',
		textSize: (size: number) => `Text size: ${size}`,
		smaller: 'Smaller',
		larger: 'Larger',
		font: 'Font',
		fontSystem: 'Standard',
		fontSystemHint: 'Your device’s own font',
		fontAtkinson: 'Atkinson',
		fontAtkinsonHint: 'Clear letters',
		fontOpendyslexic: 'OpenDyslexic',
		fontOpendyslexicHint: 'Made for dyslexia',
		lineSpacing: 'Space between lines',
		letterSpacing: 'Space between letters',
		spacingNormal: 'Normal',
		spacingWide: 'Wide',
		spacingWider: 'Extra wide',
		sample: 'This is how it looks',
		tint: 'Background',
		tintWhite: 'White',
		tintCream: 'Cream',
		tintBlue: 'Blue',
		tintDark: 'Dark',
		preview: 'Try it here',
		previewText:
			'Here you can see how the text looks. Press Read aloud, and the phone reads the text to you. You can always change it again.',
		language: 'Language',
		ruler: 'Reading ruler',
		rulerHint: 'Only the lines you read stay clear. The rest gets darker. It follows the mouse, your finger and the field you are in.',
		rulerOff: 'Off',
		rulerLines: (n: number) => (n === 1 ? '1 line' : `${n} lines`),
		saved: 'Saved',
		savedDevice: 'Saved on this device',
		waiting: 'Saved on the device. We save it to your account when you are online again.',
		failed: 'Saved on the device, but not to your account.'
	}
});
