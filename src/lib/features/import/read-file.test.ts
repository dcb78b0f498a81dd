// The corpus of class-list files (tests/fixtures/import): encodings, delimiters, headers,
// blank lines, duplicates and bad values, as student administrations really send them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigClassList } from '../../../../tests/fixtures/import/big-list';
import { listProblems } from '$lib/domain/class-list';
import { decodeBytes, readClassList } from './read-file';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../tests/fixtures/import', name)));
const context = {
	mentorEmails: new Set(['mentor@skole.test']),
	programmes: [{ name: 'Social- og sundhedshjælper', track: 'EUV1' }]
};
const codes = (name: string) => {
	const list = readClassList(fixture(name));
	return [...listProblems(list.rows, context)].map(([line, p]) => [line, p.map((x) => x.kind)]);
};

describe('readClassList', () => {
	it.each(['utf8-bom-semicolon.csv', 'utf8-no-bom-semicolon.csv', 'windows-1252.csv', 'english-comma.csv', 'tab-delimited.csv'])(
		'%s: three learners, æøå intact, dates and words understood',
		(name) => {
			const list = readClassList(fixture(name));
			expect(list.columns.missing).toEqual([]);
			expect(list.rows.map((r) => `${r.firstName} ${r.lastName}`)).toEqual(['Søren Ærø', 'Åse Østergård', 'Bjørn Mølgaard']);
			expect(list.rows.map((r) => r.startDate)).toEqual(['2026-08-05', '2026-08-05', '2026-08-05']);
			expect(list.rows.map((r) => r.track)).toEqual(['EUV1', 'EUV1', 'EUV1']);
			expect(list.rows.map((r) => r.funding)).toEqual(['voksenlaerling', 'uddannelsesloeft', 'veu']);
			expect(list.rows.map((r) => r.referral)).toEqual(['jobcenter', 'a_kasse', 'selv']);
			expect(list.rows[0]!.hold).toBe('SOSU-H 26A');
			expect([...listProblems(list.rows, context).values()].flat()).toEqual([]);
		}
	);

	it('knows the encoding and the delimiter', () => {
		expect(readClassList(fixture('windows-1252.csv'))).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
		expect(readClassList(fixture('utf8-bom-semicolon.csv'))).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
		expect(readClassList(fixture('english-comma.csv'))).toMatchObject({ delimiter: ',' });
		expect(readClassList(fixture('tab-delimited.csv'))).toMatchObject({ delimiter: '\t' });
	});

	it('drops the BOM', () => {
		expect(decodeBytes(fixture('utf8-bom-semicolon.csv')).text.startsWith('Fornavn')).toBe(true);
	});

	it('skips blank lines and keeps the file\'s line numbers', () => {
		const list = readClassList(fixture('empty-lines.csv'));
		expect(list.rows.map((r) => r.line)).toEqual([2, 5, 6]);
		expect(list.blankLines).toBe(2);
	});

	it('duplicates: the repeated line and the e-mail used twice', () => {
		expect(codes('duplicates.csv')).toEqual([
			[2, []],
			[3, ['duplicate_email']],
			[4, []],
			[5, ['duplicate_row']],
			[6, ['duplicate_email']]
		]);
	});

	it('an unknown mentor and bad values, each named', () => {
		expect(codes('unknown-mentor-and-bad-values.csv')).toEqual([
			[2, []],
			[3, ['unknown_mentor']],
			[4, ['bad_email', 'unknown_track', 'bad_date', 'unknown_funding', 'unknown_referral']]
		]);
	});

	it('one name column is split', () => {
		expect(readClassList(fixture('one-name-column.csv')).rows[0]).toMatchObject({ firstName: 'Lone', lastName: 'Hansen', hold: 'SOSU-H 26A', startDate: '2026-08-05' });
	});

	it('a file without an e-mail column says so', () => {
		expect(readClassList(fixture('no-email-column.csv')).columns.missing).toEqual(['email']);
	});

	it("the demo's sample list (scripts/demo/holdliste-eksempel.csv): four learners, two with errors on purpose", () => {
		const list = readClassList(new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../scripts/demo/holdliste-eksempel.csv'))));
		expect(list.encoding).toBe('windows-1252');
		const demo = {
			mentorEmails: new Set(['karen@sammen.test']),
			programmes: [
				{ name: 'Social- og sundhedshjælper', track: 'EUV1' },
				{ name: 'Tømrer', track: 'EUV2' }
			]
		};
		expect([...listProblems(list.rows, demo)].map(([line, p]) => [line, p.map((x) => x.kind)])).toEqual([
			[2, []],
			[3, []],
			[4, ['unknown_track']],
			[5, ['unknown_mentor']]
		]);
		expect(list.rows[3]).toMatchObject({ firstName: 'Tina', lastName: 'Kjær', startDate: '2026-08-03' });
	});

	it('10,000 rows are read and checked in well under a few seconds', () => {
		const bytes = bigClassList(10_000, { tag: 't', programme: 'Social- og sundhedshjælper', track: 'EUV1', mentorEmail: 'mentor@skole.test' });
		const list = readClassList(bytes);
		expect(list.rows).toHaveLength(10_000);
		expect(list.rows[9_999]!.firstName).toBe('Mette');
		expect([...listProblems(list.rows, context).values()].flat()).toEqual([]);
	});
});
