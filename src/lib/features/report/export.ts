// The report as files: CSV (papaparse; semicolons and a BOM, as Danish Excel opens it)
// and XLSX (exceljs, loaded only when asked for, so the page stays light). Both are made
// from the same tables as the page (tables.ts).
import Papa from 'papaparse';
import { cellText, type ReportTable } from './tables';

/** One CSV: each table under its title, a blank line between. */
export function reportCsv(tables: ReportTable[], heading: string[]): string {
	const rows: string[][] = heading.map((h) => [h]);
	for (const t of tables) {
		rows.push([], [t.title], t.columns, ...t.rows.map((r) => r.map(cellText)));
	}
	return '\ufeff' + Papa.unparse(rows, { delimiter: ';' });
}

/** An XLSX workbook: one sheet "Rapport" with every table, numbers as numbers (shares as %). */
export async function reportXlsx(tables: ReportTable[], heading: string[]): Promise<Blob> {
	const { default: ExcelJS } = await import('exceljs');
	const book = new ExcelJS.Workbook();
	book.creator = 'Sammen';
	const sheet = book.addWorksheet('Rapport');
	for (const h of heading) sheet.addRow([h]).font = { bold: true };
	for (const t of tables) {
		sheet.addRow([]);
		sheet.addRow([t.title]).font = { bold: true, size: 13 };
		sheet.addRow(t.columns).font = { bold: true };
		for (const r of t.rows) {
			const row = sheet.addRow(r.map((c) => (c.kind === 'text' ? c.value : c.value)));
			r.forEach((c, i) => {
				const cell = row.getCell(i + 1);
				if (c.kind === 'share') cell.numFmt = '0%';
				if (c.kind === 'decimal') cell.numFmt = '0.0';
			});
		}
	}
	sheet.getColumn(1).width = 44;
	for (let i = 2; i <= 8; i++) sheet.getColumn(i).width = 14;
	const buffer = await book.xlsx.writeBuffer();
	return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Hands the browser a file to save. */
export function download(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
