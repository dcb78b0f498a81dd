// Where each learner is, over the device's data: a learner's status rows (newest first,
// the kernel's order) with who set them, and the one line the plan and lists show.
import { dayOf, statusHistory, statusOn } from '$lib/domain/learner-status';
import { formatPaperDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locale.svelte';
import type { LearnerStatusResponse } from '$lib/pb/types.gen';
import { namesOf } from '$lib/people/names';
import { hasTable, type SammenDb } from '$lib/sync/db';
import { m } from './words';

export type StatusRow = LearnerStatusResponse & { setByName?: string };

/** One learner's status rows, newest first, with the names of who set them. */
export async function statusRowsOf(db: SammenDb, learner: string): Promise<StatusRow[]> {
	if (!hasTable(db, 'learner_status')) return [];
	const rows = (await db.records('learner_status').where('learner').equals(learner).toArray()) as unknown as LearnerStatusResponse[];
	const names = await namesOf(db, rows.map((r) => r.setBy));
	return statusHistory(rows).map((r) => ({ ...r, setByName: names.get(r.setBy ?? '') ?? '' }));
}

/** The current row of every learner of the device (by learner id). */
export async function currentStatuses(db: SammenDb): Promise<Map<string, LearnerStatusResponse>> {
	if (!hasTable(db, 'learner_status')) return new Map();
	const rows = (await db.records('learner_status').toArray()) as unknown as LearnerStatusResponse[];
	const by = new Map<string, LearnerStatusResponse[]>();
	for (const r of rows) by.set(r.learner, [...(by.get(r.learner) ?? []), r]);
	const current = new Map<string, LearnerStatusResponse>();
	for (const [learner, list] of by) {
		const row = statusOn(list);
		if (row) current.set(learner, row);
	}
	return current;
}

/**
 * The plain line for a status row: "Orlov siden 3. marts 2026", "Færdig 12. juni 2026 –
 * svendebrev", "Stoppet 1. maj 2026 – Flyttede"; null: active with no history.
 */
export function statusLine(
	row: Pick<LearnerStatusResponse, 'status' | 'from' | 'certificateDate' | 'stopReason'> | null | undefined,
	locale: Locale,
	endDocument = ''
): string | null {
	if (!row) return null;
	const date = (value: string | undefined) => {
		const day = dayOf(value);
		return day ? formatPaperDate(`${day}T12:00:00Z`, locale) : '';
	};
	if (row.status === 'completed') return m.completed(date(row.certificateDate || row.from), endDocument);
	if (row.status === 'stopped') return m.stopped(date(row.from), row.stopReason ?? '');
	return m.since(row.status, date(row.from));
}

/** What the learner's programme ends with (svendebrev, uddannelsesbevis; '' when not told or not known here). */
export async function endDocumentOf(db: SammenDb, learner: string): Promise<string> {
	const user = (await db.records('users').get(learner)) as { programme?: string } | undefined;
	if (!user?.programme) return '';
	const programme = (await db.records('programmes').get(user.programme)) as { endDocument?: string } | undefined;
	return programme?.endDocument ?? '';
}

export type LearnerWithStatus = { id: string; name: string; current: LearnerStatusResponse | null; endDocument: string };

/** The school's learners (the coordinator's device holds them) with their current status, by name. */
export async function schoolLearnerStatuses(db: SammenDb, school: string): Promise<LearnerWithStatus[]> {
	const users = (await db.records('users').where('school').equals(school).toArray()) as unknown as {
		id: string;
		name: string;
		role: string;
		programme?: string;
	}[];
	const learners = users.filter((u) => u.role === 'learner');
	const [current, programmes] = await Promise.all([currentStatuses(db), db.records('programmes').toArray()]);
	const docs = new Map(programmes.map((p) => [p.id, (p as { endDocument?: string }).endDocument ?? '']));
	return learners
		.map((u) => ({ id: u.id, name: u.name, current: current.get(u.id) ?? null, endDocument: docs.get(u.programme ?? '') ?? '' }))
		.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
