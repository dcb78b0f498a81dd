import { describe, expect, it } from 'vitest';
import { readArticles } from '../../../../scripts/demo/supports.mjs';
import { searchDocs, searchSuggestions, type HelpArticle } from './articles';
import { editDistance, matchScore, normalize, SearchIndex, soundKeys, tokenize } from './search';
import { learnerQueries, nothingQueries } from './search-queries';

const word = (w: string) => ({ normal: normalize(w), keys: soundKeys(w) });

describe('soundKeys: words that sound alike get the same key', () => {
	it.each([
		['klæme', 'klemme'], // æ/e and a double consonant
		['ordblin', 'ordblind'], // silent d after n
		['skaat', 'skat'], // a long a spelt twice
		['paa', 'på'], // aa as the old å
		['Ålborg', 'Aalborg'],
		['uddanelse', 'uddannelse'],
		['jælp', 'hjælp'], // silent h before j
		['vad', 'hvad'], // silent h before v
		['farli', 'farlig'], // soft g in -ig
		['dejli', 'dejlig'],
		['rejne', 'regne'], // soft g before a consonant
		['lese', 'læse'],
		['bor', 'bord'], // silent d after r
		['hol', 'hold'], // silent d after l
		['kompjuter', 'kompjuter'],
		['wifi', 'vifi'], // w/v
		['mail', 'mejl'], // ai/ej
		['tekstbehandling', 'tekstbehandlin'],
		['görelse', 'gørelse'] // ö/ø
	])('%s ~ %s', (misspelt, right) => {
		const a = soundKeys(misspelt);
		const b = soundKeys(right);
		expect(a.some((k) => b.includes(k)), `${a} vs ${b}`).toBe(true);
	});

	it.each([
		['skat', 'skole'],
		['tal', 'tale'],
		['løn', 'lyn'],
		['ring', 'rig']
	])('%s and %s stay apart', (a, b) => {
		expect(soundKeys(a).some((k) => soundKeys(b).includes(k))).toBe(false);
	});
});

describe('editDistance', () => {
	it('counts changes, and a swap of neighbours as one', () => {
		expect(editDistance('klemme', 'klemme')).toBe(0);
		expect(editDistance('computor', 'computer')).toBe(1);
		expect(editDistance('ordbilnd', 'ordblind')).toBe(1);
		expect(editDistance('printr', 'printer')).toBe(1);
		expect(editDistance('abc', 'xyz')).toBe(3);
	});

	it('stops early past the limit', () => {
		expect(editDistance('uddannelse', 'zzzzzzzzzz', 2)).toBe(3);
	});
});

describe('matchScore', () => {
	it('ranks the same word over a sound-alike over a typo over a part of a compound', () => {
		const same = matchScore(word('klemme'), word('klemme'));
		const sound = matchScore(word('klæme'), word('klemme'));
		const typo = matchScore(word('computor'), word('computer'));
		const part = matchScore(word('test'), word('ordblindetest'));
		expect(same).toBe(1);
		expect(sound).toBeGreaterThan(typo);
		expect(typo).toBeGreaterThan(part);
		expect(part).toBeGreaterThan(0);
	});

	it('finds a misspelt first part of a compound', () => {
		expect(matchScore(word('ordblintest'), word('ordblindetest'))).toBeGreaterThan(0);
	});

	it('does not match words that only share a few letters', () => {
		expect(matchScore(word('skat'), word('skole'))).toBe(0);
		expect(matchScore(word('mus'), word('musik'))).toBeGreaterThan(0); // a prefix while typing
		expect(matchScore(word('tal'), word('tyv'))).toBe(0);
	});
});

describe('tokenize', () => {
	it('splits words and also joins hyphenated ones', () => {
		expect(tokenize('Log på Wi-Fi, MitID og e-mail!')).toEqual(['log', 'på', 'wi', 'fi', 'mitid', 'og', 'e', 'mail', 'wifi', 'email']);
	});
});

describe('SearchIndex with real misspellings', () => {
	const docs = [
		{ id: 'print', title: 'Sådan printer du', body: 'Hvis papiret sidder i klemme, så åbn låget forsigtigt.' },
		{ id: 'sps', title: 'Hvad er SPS?', body: 'SPS er støtte, hvis du er ordblind. Skolen søger for dig.' },
		{ id: 'test', title: 'Ordblindetesten', body: 'Testen viser, om du er ordblind. Den tager en time.' },
		{ id: 'skat', title: 'Skat og løn', body: 'Din lønseddel viser, hvor meget du betaler i skat.' },
		{ id: 'pc', title: 'Din computer', body: 'Sådan tænder du din computer og logger på skolens wifi.' },
		{ id: 'veu', title: 'VEU-godtgørelse', body: 'Penge, mens du er på kursus.' },
		{ id: 'hjaelp', title: 'Få hjælp af din mentor', body: 'Skriv til din mentor, når du er i tvivl.' }
	];
	const index = new SearchIndex(
		docs.map((d) => ({
			id: d.id,
			fields: [
				{ text: d.title, weight: 3 },
				{ text: d.body, weight: 1 }
			]
		}))
	);
	const top = (query: string) => index.search(query).hits[0]?.id;
	const ids = (query: string) => index.search(query).hits.map((h) => h.id);

	it.each([
		['klæme', 'print'],
		['klemme', 'print'],
		['ordblin', 'test'], // the title word wins
		['ordblindtest', 'test'],
		['ordblinde testen', 'test'],
		['skaat', 'skat'],
		['skat', 'skat'],
		['computor', 'pc'],
		['kompjuter', 'pc'],
		['vifi', 'pc'],
		['wi-fi', 'pc'],
		['printe', 'print'],
		['prenter', 'print'],
		['veu godtgørelse', 'veu'],
		['godtgørlse', 'veu'],
		['jælp', 'hjaelp'],
		['mentorr', 'hjaelp'],
		['lønsedel', 'skat']
	])('"%s" finds %s first', (query, expected) => {
		expect(top(query)).toBe(expected);
	});

	it('"ordblin" finds every article about ordblindhed', () => {
		expect(ids('ordblin').sort()).toEqual(['sps', 'test']);
	});

	it('says which word it read a misspelling as', () => {
		expect(index.search('klæme').readAs).toEqual(['klemme']);
		expect(index.search('klemme').readAs).toEqual([]);
	});

	it('finds nothing for words that are not there', () => {
		expect(ids('fodbold')).toEqual([]);
		expect(ids('')).toEqual([]);
	});

	it('with several words, most must be found', () => {
		expect(ids('skat fodbold kamp')).toEqual([]);
		expect(top('skat løn')).toBe('skat');
	});

	it('ignores small words, unless the query has nothing else', () => {
		expect(top('hvordan printer jeg')).toBe('print');
	});
});

describe('the demo library against real learner queries (search-queries.ts)', () => {
	const articles = readArticles().map((a, i) => ({ ...a, id: `id${i}`, status: 'published' }) as unknown as HelpArticle);
	const slugOf = new Map(articles.map((a) => [a.id, a.slug]));
	const index = new SearchIndex(searchDocs(articles));
	const top3 = (query: string) => index.search(query).hits.slice(0, 3).map((h) => slugOf.get(h.id) ?? h.id);

	it('has at least 40 queries with answers and 10 without', () => {
		expect(learnerQueries.length).toBeGreaterThanOrEqual(40);
		expect(nothingQueries.length).toBeGreaterThanOrEqual(10);
		const slugs = new Set(articles.map((a) => a.slug));
		for (const q of learnerQueries) for (const slug of q.expect) expect(slugs, `${q.query}: ${slug}`).toContain(slug);
	});

	it('every query finds a right answer first, and the top 3 are right at least 90 % of the time', () => {
		let shown = 0;
		let right = 0;
		const wrongFirst: string[] = [];
		const report: string[] = [];
		for (const { query, expect: wanted } of learnerQueries) {
			const found = top3(query);
			shown += found.length;
			right += found.filter((slug) => wanted.includes(slug)).length;
			if (!found[0] || !wanted.includes(found[0])) wrongFirst.push(`${query} → ${found.join(', ') || '(nothing)'}`);
			report.push(`${query} → ${found.join(', ')}`);
		}
		const precision = right / shown;
		console.log(`[search] precision of the top 3: ${precision.toFixed(3)} (${right} of ${shown} shown, ${learnerQueries.length} queries)`);
		if (process.env.SEARCH_REPORT) console.log(report.join('\n'));
		expect(wrongFirst).toEqual([]);
		expect(precision).toBeGreaterThanOrEqual(0.9);
	});

	it.each(nothingQueries)('"%s" finds nothing', (query) => {
		expect(top3(query)).toEqual([]);
	});

	it.each(searchSuggestions)('the suggestion "%s" (offered when nothing is found) finds something', (word) => {
		expect(top3(word).length).toBeGreaterThan(0);
	});
});
