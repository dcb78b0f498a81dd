/**
 * Queries as learners type them (short, lower case, misspelt, the way it sounds),
 * with the help articles (slugs in scripts/demo/help-articles) that answer them.
 * search.test.ts checks the search against these: precision of the top 3 ≥ 0.9, and
 * nothing at all for `nothingQueries` (the library has no answer, so it must say so).
 * `expect` lists every article that is a right answer; the first is the best one.
 */
export const learnerQueries: { query: string; expect: string[] }[] = [
	// spelling forgiven
	{ query: 'klæme', expect: ['print-paa-skolen', 'naar-det-er-svaert'] },
	{ query: 'papir sidder fast', expect: ['print-paa-skolen'] },
	{ query: 'papir i klemme', expect: ['print-paa-skolen', 'naar-det-er-svaert'] },
	{ query: 'skaat', expect: ['laes-din-loenseddel', 'procent-paa-den-nemme-maade', 'mitid'] },
	{ query: 'prenter', expect: ['print-paa-skolen'] },
	{ query: 'printe', expect: ['print-paa-skolen'] },
	{ query: 'ordblin', expect: ['hvad-er-sps', 'ordblindetesten', 'gode-raad-til-at-laese', 'gode-raad-til-at-skrive', 'intowords-og-appwriter', 'laes-lettere-i-sammen', 'indtal-i-stedet-for-at-skrive'] },
	{ query: 'ordblinde test', expect: ['ordblindetesten'] },
	{ query: 'er jeg ordblind', expect: ['ordblindetesten', 'hvad-er-sps', 'gode-raad-til-at-laese', 'gode-raad-til-at-skrive', 'intowords-og-appwriter'] },
	{ query: 'lomeregner', expect: ['brug-lommeregneren'] },
	{ query: 'lønsedel', expect: ['laes-din-loenseddel'] },
	{ query: 'uddanelsesløft', expect: ['uddannelsesloeft', 'su-og-penge-under-uddannelsen'] },
	{ query: 'voksenelev løn', expect: ['voksenelevloen', 'su-og-penge-under-uddannelsen'] },
	{ query: 'vifi', expect: ['wifi-paa-skolen'] },
	{ query: 'mit id', expect: ['mitid'] },
	{ query: 'mitid virker ikke', expect: ['mitid', 'kan-ikke-logge-ind'] },
	{ query: 'intoword', expect: ['intowords-og-appwriter'] },
	{ query: 'app writer', expect: ['intowords-og-appwriter'] },
	// abbreviations
	{ query: 'SU', expect: ['su-og-penge-under-uddannelsen'] },
	{ query: 'su', expect: ['su-og-penge-under-uddannelsen'] },
	{ query: 'veu', expect: ['veu-godtgoerelse', 'su-og-penge-under-uddannelsen'] },
	{ query: 'sps', expect: ['hvad-er-sps', 'ordblindetesten', 'intowords-og-appwriter'] },
	{ query: 'rkv', expect: ['rkv-og-merit'] },
	{ query: 'amu kursus', expect: ['veu-godtgoerelse', 'rkv-og-merit', 'su-og-penge-under-uddannelsen'] },
	// everyday words for what the article calls otherwise
	{ query: 'penge', expect: ['su-og-penge-under-uddannelsen', 'veu-godtgoerelse', 'voksenelevloen', 'uddannelsesloeft', 'laes-din-loenseddel'] },
	{ query: 'stress', expect: ['naar-det-er-svaert', 'familie-arbejde-og-skole'] },
	{ query: 'jeg er stresset', expect: ['naar-det-er-svaert', 'familie-arbejde-og-skole'] },
	{ query: 'vil stoppe', expect: ['naar-det-er-svaert'] },
	{ query: 'nervøs', expect: ['din-foerste-dag', 'naar-det-er-svaert', 'moed-andre-voksne'] },
	{ query: 'venner', expect: ['moed-andre-voksne', 'naar-det-er-svaert'] },
	{ query: 'andre voksne', expect: ['moed-andre-voksne'] },
	{ query: 'mødre', expect: ['familie-arbejde-og-skole', 'naar-det-er-svaert'] },
	{ query: 'børn', expect: ['familie-arbejde-og-skole', 'naar-det-er-svaert'] },
	{ query: 'glemt kode', expect: ['kan-ikke-logge-ind', 'mitid', 'skolens-systemer'] },
	{ query: 'kan ik logge ind', expect: ['kan-ikke-logge-ind', 'skolens-systemer', 'mitid'] },
	{ query: 'internet', expect: ['wifi-paa-skolen'] },
	{ query: 'merit', expect: ['rkv-og-merit'] },
	{ query: 'kortere uddannelse', expect: ['rkv-og-merit'] },
	{ query: 'dagpenge', expect: ['uddannelsesloeft', 'su-og-penge-under-uddannelsen', 'veu-godtgoerelse'] },
	{ query: 'ledig', expect: ['uddannelsesloeft', 'su-og-penge-under-uddannelsen'] },
	{ query: 'rabat', expect: ['procent-paa-den-nemme-maade'] },
	{ query: 'moms', expect: ['procent-paa-den-nemme-maade'] },
	{ query: 'procent', expect: ['procent-paa-den-nemme-maade'] },
	{ query: 'meter', expect: ['maal-og-vaegt'] },
	{ query: 'kilo', expect: ['maal-og-vaegt'] },
	{ query: 'læse op', expect: ['laes-lettere-i-sammen', 'intowords-og-appwriter', 'tag-et-godt-billede', 'gode-raad-til-at-laese'] },
	{ query: 'stave', expect: ['gode-raad-til-at-skrive', 'intowords-og-appwriter', 'hvad-er-sps'] },
	{ query: 'diktere', expect: ['indtal-i-stedet-for-at-skrive', 'gode-raad-til-at-skrive'] },
	{ query: 'tale i stedet for at skrive', expect: ['indtal-i-stedet-for-at-skrive'] },
	{ query: 'mentor', expect: ['din-mentor'] },
	{ query: 'første dag', expect: ['din-foerste-dag'] },
	{ query: 'mail', expect: ['e-mail'] },
	{ query: 'billede af brev', expect: ['tag-et-godt-billede'] },
	{ query: 'skema', expect: ['skolens-systemer'] },
	{ query: 'større skrift', expect: ['laes-lettere-i-sammen', 'gode-raad-til-at-laese'] },
	{ query: 'læreplads', expect: ['voksenelevloen', 'su-og-penge-under-uddannelsen', 'din-mentor'] }
];

/** Queries the library has no answer to: the search must find nothing (and offer the mentor). */
export const nothingQueries: string[] = [
	'fodbold',
	'pizza',
	'parkering',
	'hund',
	'tandlæge',
	'vejret i morgen',
	'ferie i spanien',
	'bilforsikring',
	'netflix',
	'playstation'
];
