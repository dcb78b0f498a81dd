import { describe, expect, it } from 'vitest';
import {
	findColumns,
	findProgramme,
	listProblems,
	normaliseRow,
	parseDanishDate,
	parseFunding,
	parseReferral,
	parseTrack,
	rowFromCells,
	type ClassListRow,
	type ListContext
} from './class-list';

const row = (over: Partial<ClassListRow> = {}): ClassListRow =>
	normaliseRow({
		line: 2,
		firstName: 'Søren',
		lastName: 'Ærø',
		email: 'soeren@elev.test',
		programme: 'Social- og sundhedshjælper',
		track: 'EUV1',
		hold: 'SOSU 26A',
		startDate: '5.8.2026',
		mentorEmail: 'mentor@skole.test',
		funding: 'Voksenlærling',
		referral: 'Jobcenter',
		...over
	});

const context: ListContext = {
	mentorEmails: new Set(['mentor@skole.test']),
	programmes: [
		{ name: 'Social- og sundhedshjælper', track: 'EUV1' },
		{ name: 'Tømrer', track: 'EUV2' },
		{ name: 'Tømrer', track: 'EUV3' }
	]
};

describe('parseDanishDate', () => {
	it.each([
		['5.8.2026', '2026-08-05'],
		['05.08.2026', '2026-08-05'],
		['05-08-2026', '2026-08-05'],
		['5/8/26', '2026-08-05'],
		['2026-08-05', '2026-08-05'],
		['2026-08-05 00:00:00', '2026-08-05'],
		['46239', '2026-08-05'], // Excel's serial day
		['29.2.2028', '2028-02-29']
	])('%s is %s', (text, iso) => expect(parseDanishDate(text)).toBe(iso));

	it.each(['31.2.2026', '13.13.2026', 'i morgen', '5.8', '', '123', '2026-13-01'])('%s is not a date', (text) =>
		expect(parseDanishDate(text)).toBeNull()
	);
});

describe('words for funding, referral and track', () => {
	it.each([
		['Voksenlærling', 'voksenlaerling'],
		['uddannelsesløft', 'uddannelsesloeft'],
		['VEU', 'veu'],
		['Løn', 'loen'],
		['', '']
	])('funding %s is %s', (text, value) => expect(parseFunding(text)).toBe(value));
	it('an unknown funding is null', () => expect(parseFunding('Stipendium')).toBeNull());
	it.each([
		['A-kasse', 'a_kasse'],
		['Jobcentret', 'jobcenter'],
		['Arbejdsgiver', 'arbejdsgiver'],
		['Employer', 'arbejdsgiver'],
		['Selv', 'selv']
	])('referral %s is %s', (text, value) => expect(parseReferral(text)).toBe(value));
	it.each([
		['EUV1', 'EUV1'],
		['euv 2', 'EUV2'],
		['3', 'EUV3'],
		['EUV4', null],
		['', '']
	])('track %s is %s', (text, value) => expect(parseTrack(text)).toBe(value));
});

describe('findColumns', () => {
	it('knows Danish and English headers, whatever their spelling', () => {
		const cols = findColumns(['\uFEFFFornavn', 'EFTERNAVN', 'E-mail-adresse', 'Uddannelse', 'Hold', 'EUV-spor', 'Start dato', "Mentor's e-mail", 'Finansiering', 'Henvist af', 'CPR']);
		expect(cols.index).toEqual({ firstName: 0, lastName: 1, email: 2, programme: 3, hold: 4, track: 5, startDate: 6, mentorEmail: 7, funding: 8, referral: 9 });
		expect(cols.unknown).toEqual(['CPR']);
		expect(cols.missing).toEqual([]);
	});
	it('says when the e-mail or the name is missing', () => {
		expect(findColumns(['Hold', 'Spor']).missing).toEqual(['email', 'name']);
	});
	it('splits one name column, "Efternavn, Fornavn" or "Fornavn Efternavn"', () => {
		const cols = findColumns(['Navn', 'Mail']);
		expect(rowFromCells(['Hansen, Lone Marie', 'X@Y.dk'], cols, 2)).toMatchObject({ firstName: 'Lone Marie', lastName: 'Hansen', email: 'x@y.dk' });
		expect(rowFromCells(['Lone Marie Hansen', 'x@y.dk'], cols, 2)).toMatchObject({ firstName: 'Lone Marie', lastName: 'Hansen' });
	});
});

describe('listProblems', () => {
	const problems = (rows: ClassListRow[], ctx = context) => [...listProblems(rows, ctx).values()].map((p) => p.map((x) => x.kind));

	it('a good row has no problems', () => expect(problems([row()])).toEqual([[]]));

	it('names each bad value', () => {
		expect(
			problems([row({ email: 'per(at)elev.test', track: 'EUV4', startDate: '31.2.2026', mentorEmail: 'ingen@skole.test', funding: 'Stipendium', referral: 'Naboen' })])
		).toEqual([['bad_email', 'unknown_track', 'bad_date', 'unknown_mentor', 'unknown_funding', 'unknown_referral']]);
	});

	it('a missing name and e-mail', () => {
		expect(problems([row({ firstName: '', lastName: '', email: '' })])).toEqual([['missing_name', 'missing_email']]);
	});

	it('an unknown programme, or a known one on a track the school does not have', () => {
		expect(problems([row({ programme: 'Frisør' })])).toEqual([['unknown_programme']]);
		expect(problems([row({ programme: 'Social- og sundhedshjælper', track: 'EUV3' })])).toEqual([['unknown_track']]);
	});

	it('a programme on two tracks needs the track', () => {
		expect(findProgramme({ programme: 'tømrer', track: '' }, context.programmes)).toBeNull();
		expect(findProgramme({ programme: 'tømrer', track: 'EUV3' }, context.programmes)).toEqual({ name: 'Tømrer', track: 'EUV3' });
		expect(problems([row({ programme: 'Tømrer', track: '' })])).toEqual([['unknown_track']]);
	});

	it('the same row twice: the second is a duplicate', () => {
		expect(problems([row({ line: 2 }), row({ line: 3 })])).toEqual([[], ['duplicate_row']]);
	});

	it('one e-mail on two different rows: both are wrong', () => {
		expect(problems([row({ line: 2 }), row({ line: 3, firstName: 'Anden' })])).toEqual([['duplicate_email'], ['duplicate_email']]);
	});

	it('an e-mail taken by another school or by staff', () => {
		const taken = new Map([
			['soeren@elev.test', 'email_taken' as const],
			['mentor@skole.test', 'not_a_learner' as const]
		]);
		expect(problems([row(), row({ line: 3, email: 'mentor@skole.test', mentorEmail: '' })], { ...context, taken })).toEqual([['email_taken'], ['not_a_learner']]);
	});
});
