/**
 * Words learners type for what the help library says otherwise: abbreviations
 * (SU, VEU, SPS, RKV, AMU), everyday words ("stress", "penge", "mødre") and
 * other names for the same thing ("nemid" for MitID). Each line: the words a
 * learner may type → the library's words to look for. A word here is read as its
 * meaning, not guessed by its spelling (so "mødre" is never "måde").
 */
const table: [typed: string[], means: string[]][] = [
	// abbreviations
	[['su'], ['su', 'uddannelsesstøtte']],
	[['veu'], ['veu', 'efteruddannelse', 'godtgørelse']],
	[['sps'], ['sps', 'specialpædagogisk']],
	[['rkv', 'realkompetence', 'realkompetencevurdering'], ['rkv', 'realkompetencevurdering', 'merit']],
	[['amu'], ['amu', 'kursus', 'kurser']],
	[['akasse', 'a-kasse'], ['dagpenge', 'a-kasse', 'ledig']],
	[['nemid', 'nem-id'], ['mitid']],
	[['eud', 'euv'], ['erhvervsuddannelse', 'uddannelse']],
	// money
	[['penge', 'økonomi', 'råd', 'betaling', 'indkomst'], ['penge', 'økonomi', 'løn', 'dagpenge', 'su', 'godtgørelse']],
	[['uddannelsesstøtte', 'studiestøtte'], ['su', 'uddannelsesstøtte']],
	// when it is hard
	[['stress', 'stresset', 'stressede', 'presset', 'overvældet'], ['stress', 'svært', 'stresset']],
	[['trist', 'ked', 'deprimeret', 'depression', 'angst', 'krise'], ['svært', 'ked', 'krise']],
	[['stoppe', 'stop', 'droppe', 'opgive', 'opgiver', 'give op'], ['stoppe', 'svært']],
	[['nervøs', 'nervøse', 'bange', 'utryg', 'frygt'], ['nervøs', 'bange']],
	// people
	[['mor', 'mødre', 'far', 'fædre', 'forældre', 'barsel', 'familien'], ['familie', 'børn']],
	[['barn', 'børn', 'unger', 'ungerne', 'børnene'], ['børn', 'familie']],
	[['ven', 'venner', 'veninde', 'veninder', 'kammerat', 'kammerater', 'fællesskab', 'netværk'], ['venner', 'ven', 'netværk', 'hold']],
	[['voksne', 'voksen'], ['voksne', 'voksen']],
	// IT
	[['internet', 'internettet', 'nettet', 'net', 'netværket'], ['wifi', 'nettet']],
	[['kode', 'kodeord', 'password', 'adgangskode', 'login'], ['kode', 'adgangskode', 'logge']],
	[['diktere', 'diktat', 'diktering', 'indtale'], ['indtal', 'indtale']],
	[['oplæsning', 'oplæser', 'højtlæsning'], ['læst', 'læser', 'læse']],
	[['regnemaskine', 'lommeregner', 'lommeregneren'], ['lommeregner', 'lommeregneren']],
	[['skrift', 'skriften', 'font', 'skrifttype'], ['skrift', 'skriften', 'skriftstørrelse']],
	// school and work
	[['praktikplads', 'praktik', 'læreplads', 'lærlingeplads', 'mester'], ['læreplads', 'praktik']],
	[['kortere', 'afkortning', 'springe'], ['kortere', 'merit', 'springe']]
];

const meanings = new Map<string, string[]>();
for (const [typed, means] of table) {
	for (const word of typed) meanings.set(word, [...new Set([...(meanings.get(word) ?? []), ...means])]);
}

/** The library's words for a word a learner typed (already lower case), or [] when it has none. */
export function synonymsOf(word: string): string[] {
	return (meanings.get(word) ?? []).filter((w) => w !== word);
}
