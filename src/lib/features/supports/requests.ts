import type { HelpRequestsResponse } from '$lib/pb/types.gen';
import type { SammenDb } from '$lib/sync/db';
import { isCurrent } from '$lib/domain/people';

export type HelpRequest = HelpRequestsResponse;

const statusOrder = { open: 0, in_progress: 1, solved: 2 } as const;

/** Newest first; PocketBase dates and local ones (not yet sent: no `created`) both sort. */
function newestFirst(a: HelpRequest, b: HelpRequest): number {
	return (b.created || '9999').localeCompare(a.created || '9999');
}

/** The learner's own requests: the ones still open first, newest first. */
export async function myRequests(db: SammenDb, learner: string): Promise<HelpRequest[]> {
	const rows = await db.records('help_requests').where('learner').equals(learner).toArray();
	return rows.sort((a, b) => Number(a.status === 'solved') - Number(b.status === 'solved') || newestFirst(a, b));
}

export type RequestForHelper = HelpRequest & { name: string };

/**
 * What a mentor or IT helper sees: every request the device has (the access rules
 * decide which: the mentor's current learners, the school's IT questions), open
 * first, then in progress, then solved; the learner's name from `people` or the
 * request itself.
 */
export async function requestsToHelp(db: SammenDb): Promise<RequestForHelper[]> {
	const rows = await db.records('help_requests').toArray();
	const people = await db.records('people').bulkGet(rows.map((r) => r.learner));
	return rows
		.map((r, i) => ({ ...r, name: people[i]?.name || r.learnerName || '' }))
		.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || newestFirst(a, b));
}

/** The open and in-progress requests of one learner (for the caseload). */
export async function openRequestsOf(db: SammenDb, learner: string): Promise<HelpRequest[]> {
	const rows = await db.records('help_requests').where('learner').equals(learner).toArray();
	return rows.filter((r) => r.status !== 'solved').sort(newestFirst);
}

/** Whether the learner has a mentor now (else the request reaches only an IT helper, for IT). */
export async function hasCurrentMentor(db: SammenDb, learner: string): Promise<boolean> {
	const rows = await db.records('mentorships').where('learner').equals(learner).toArray();
	return rows.some((m) => isCurrent(m));
}
