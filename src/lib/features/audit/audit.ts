// "Who looked": the audit rows (written only by the server's hooks) shown to the learner.
import { copenhagenDay, timeOf } from '$lib/domain/time';
import type { AuditLogResponse } from '$lib/pb/types.gen';
import type { SammenDb } from '$lib/sync/db';

export type LookedEntry = {
	key: string;
	actorName: string;
	actorRole: string;
	kind: AuditLogResponse['kind'];
	/** The collections they read in this entry. */
	what: string[];
	/** The newest time in the entry. */
	at: string;
};

/**
 * The learner's audit rows, one entry per person and day (the sync engine fetches
 * often, and fifty rows for one mentor on one day say nothing more than one).
 */
export async function whoLooked(db: SammenDb, learnerId: string): Promise<LookedEntry[]> {
	const rows = await db.records('audit_log').where('learner').equals(learnerId).toArray();
	return groupAudit(rows);
}

export function groupAudit(rows: AuditLogResponse[]): LookedEntry[] {
	const entries = new Map<string, LookedEntry>();
	for (const row of rows.filter((r) => r.kind !== 'hide_flag')) {
		const day = copenhagenDay(timeOf(row.created)); // the learner's day, not UTC's
		const key = `${row.actor || row.actorName}|${row.kind}|${day}`;
		const entry = entries.get(key) ?? {
			key,
			actorName: row.actorName,
			actorRole: row.actorRole,
			kind: row.kind,
			what: [],
			at: row.created
		};
		if (row.collection && !entry.what.includes(row.collection)) entry.what.push(row.collection);
		if (timeOf(row.created) > timeOf(entry.at)) entry.at = row.created;
		entries.set(key, entry);
	}
	return [...entries.values()].sort((a, b) => timeOf(b.at) - timeOf(a.at));
}
