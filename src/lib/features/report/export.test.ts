// The report's files hold the same figures as the tables: CSV (semicolons, a BOM, Danish
// words) read back with papaparse, XLSX read back with exceljs (numbers stay numbers).
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { quarterReport } from '$lib/domain/quarter-report';
import { reportCsv, reportXlsx } from './export';
import { reportTables } from './tables';

const d = (day: string) => `${day} 10:00:00.000Z`;
const report = quarterReport({
	quarter: { year: 2026, q: 3 },
	learners: [
		{ id: 'a', startDate: d('2026-01-05'), track: 'EUV1', funding: 'veu' },
		{ id: 'b', startDate: d('2026-08-01'), track: 'EUV2' },
		{ id: 'c', startDate: d('2026-02-01'), track: 'EUV2' }
	],
	statuses: [{ learner: 'c', status: 'stopped', from: d('2026-08-15'), stopReason: 'family' }],
	contacts: [],
	flags: [],
	helpRequests: []
});
const tables = reportTables(report);
const heading = ['Kvartalsrapport: 3. kvartal 2026', 'Alle uddannelser'];

describe('report files', () => {
	it('CSV: a BOM, semicolons, every table under its title, shares as "67 %"', () => {
		const csv = reportCsv(tables, heading);
		expect(csv.startsWith('\ufeff')).toBe(true);
		const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		expect(rows[0]).toEqual(['Kvartalsrapport: 3. kvartal 2026']);
		const row = (label: string) => rows.find((r) => r[0] === label);
		expect(row('I forløb')).toEqual(['I forløb', '3']);
		expect(row('Holdt op')).toEqual(['Holdt op', '1']);
		expect(row('Fastholdelse')).toEqual(['Fastholdelse', '67 %']);
		expect(row('EUV2')).toEqual(['EUV2', '2', '1', '1', '0', '0', '1', '50 %']);
		expect(row('Familie')).toEqual(['Familie', '1']);
	});

	it('XLSX: one sheet, numbers as numbers, shares as fractions shown in %', async () => {
		const blob = await reportXlsx(tables, heading);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await blob.arrayBuffer());
		const sheet = book.getWorksheet('Rapport')!;
		const rows: unknown[][] = [];
		sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
		const row = (label: string) => rows.find((r) => r[0] === label);
		expect(row('I forløb')).toEqual(['I forløb', 3]);
		expect(row('Fastholdelse')).toEqual(['Fastholdelse', 0.667]);
		expect(row('EUV1')).toEqual(['EUV1', 1, 0, 1, 0, 0, 0, 1]);
		let format = '';
		sheet.eachRow((r) => {
			if (r.getCell(1).value === 'Fastholdelse') format = r.getCell(2).numFmt;
		});
		expect(format).toBe('0%');
	});
});
