// The class-list import as the page uses it (online only): the server checks every row again
// with the kernel's rules and stores it (pb_hooks/import.pb.js); here the rows travel in
// chunks, so the page can show progress and each chunk is one transaction.
import type { ClassListRow, ProblemCode, RowField } from '$lib/domain/class-list';
import { pb } from '$lib/pb/client';
import type { ImportsResponse } from '$lib/pb/types.gen';

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip';
export interface RowReport {
	line: number;
	email: string;
	action: RowAction;
	parts: string[];
	problems: { field: RowField; kind: ProblemCode }[];
}
export interface ImportResult {
	importId: string;
	created: number;
	updated: number;
	unchanged: number;
	skipped: RowReport[];
	invited: number;
}

/** What importing would do with each row, and each row's problems. Stores nothing. */
export async function previewRows(rows: ClassListRow[]): Promise<RowReport[]> {
	const res = await pb.send<{ rows: RowReport[] }>('/api/sammen/import', { method: 'POST', body: { rows, dryRun: true } });
	return res.rows;
}

// 100 rows a request: a chunk of new learners also sends their invitation mails (about
// 0.1 s each on an SMTP round trip), so a request stays near 10 s and the bar moves often.
export const CHUNK = 100;

/** Imports the rows in chunks of one import (one `imports` record); onProgress after each. */
export async function importRows(
	rows: ClassListRow[],
	fileName: string,
	onProgress: (done: number) => void
): Promise<ImportResult> {
	const total: ImportResult = { importId: '', created: 0, updated: 0, unchanged: 0, skipped: [], invited: 0 };
	for (let i = 0; i < rows.length; i += CHUNK) {
		const res = await pb.send<ImportResult>('/api/sammen/import', {
			method: 'POST',
			body: { rows: rows.slice(i, i + CHUNK), fileName, ...(total.importId ? { importId: total.importId } : {}) }
		});
		total.importId = res.importId;
		total.created += res.created;
		total.updated += res.updated;
		total.unchanged += res.unchanged;
		total.invited += res.invited;
		total.skipped.push(...res.skipped);
		onProgress(Math.min(rows.length, i + CHUNK));
	}
	return total;
}

export async function undoImport(id: string): Promise<void> {
	await pb.send(`/api/sammen/import/${id}/undo`, { method: 'POST' });
}

/** The school's last import that is not undone, if any. */
export async function lastImport(school: string): Promise<ImportsResponse | null> {
	const list = await pb.collection('imports').getList(1, 1, {
		filter: pb.filter('school = {:school} && undoneAt = ""', { school }),
		sort: '-createdAt',
		fields: 'id,fileName,created,updated,unchanged,createdAt,school,undoneAt'
	});
	return (list.items[0] as ImportsResponse | undefined) ?? null;
}
