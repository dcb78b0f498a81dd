// A class-list file as a student administration exports it, from bytes to rows: the text
// encoding (UTF-8 with or without BOM, or Windows-1252 from older Excel), the delimiter
// (semicolon, as Danish Excel writes, or comma, or tab) by papaparse, then the kernel's
// column and row rules (src/lib/domain/class-list.ts).
import Papa from 'papaparse';
import { findColumns, isBlankRow, rowFromCells, type ClassListRow, type Columns } from '$lib/domain/class-list';

export type Encoding = 'utf-8' | 'windows-1252';

/**
 * The text of the file. UTF-8 when the bytes are valid UTF-8 (with or without the BOM,
 * which is dropped); otherwise Windows-1252, which is what Danish Excel saves as "CSV".
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { text, encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

export interface ReadList {
	encoding: Encoding;
	delimiter: string;
	columns: Columns;
	headers: string[];
	rows: ClassListRow[];
	/** How many empty lines were skipped. */
	blankLines: number;
}

/** Cells of the text, by papaparse, which also guesses the delimiter. */
export function parseCells(text: string): { cells: string[][]; delimiter: string } {
	const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		delimitersToGuess: [';', ',', '\t', '|'],
		skipEmptyLines: false
	});
	return { cells: result.data, delimiter: result.meta.delimiter };
}

/** The whole file as rows, numbered by their line in the file (the header is line 1). */
export function readClassList(bytes: Uint8Array): ReadList {
	const { text, encoding } = decodeBytes(bytes);
	const { cells, delimiter } = parseCells(text);
	const headerAt = cells.findIndex((line) => line.some((cell) => cell.trim() !== ''));
	const headers = headerAt >= 0 ? cells[headerAt]!.map((h) => h.trim()) : [];
	const columns = findColumns(headers);
	const rows: ClassListRow[] = [];
	let blankLines = 0;
	for (let i = headerAt + 1; headerAt >= 0 && i < cells.length; i++) {
		const row = rowFromCells(cells[i]!, columns, i + 1);
		if (isBlankRow(row)) {
			blankLines++;
			continue;
		}
		rows.push(row);
	}
	// blank lines after the last learner (trailing newlines) are not worth telling
	const lastLine = rows.at(-1)?.line ?? headerAt + 1;
	blankLines -= cells.length - lastLine;
	return { encoding, delimiter, columns, headers, rows, blankLines };
}
