// Deletion requests (GDPR): the learner asks, the school's coordinator confirms, and the
// server carries it out at once (pb_hooks/privacy.pb.js). Online only, as both pages say:
// a request needs a person's yes on the other side, and a confirmation deletes for good.
import { pb } from '$lib/pb/client';
import type { DeletionRequestsResponse, UsersResponse } from '$lib/pb/types.gen';

export type SchoolRequest = DeletionRequestsResponse<{ learner?: UsersResponse }>;

/** The learner's own request that still waits for the coordinator, if any. */
export async function myOpenRequest(me: string): Promise<DeletionRequestsResponse | null> {
	const open = await pb
		.collection('deletion_requests')
		.getList(1, 1, { filter: pb.filter('learner = {:me} && status = "requested"', { me }), sort: '-created' });
	return open.items[0] ?? null;
}

export function askDeletion(me: { id: string; school: string }, removePosts: boolean, note: string) {
	return pb.collection('deletion_requests').create({
		learner: me.id,
		school: me.school,
		status: 'requested',
		removePosts,
		note: note.trim()
	});
}

export async function cancelDeletion(id: string): Promise<void> {
	await pb.collection('deletion_requests').update(id, { status: 'cancelled' });
}

/** The school's requests for the coordinator (the rule keeps it to their school). */
export function schoolRequests(): Promise<SchoolRequest[]> {
	return pb.collection('deletion_requests').getFullList<SchoolRequest>({
		filter: 'status = "requested" || status = "confirmed" || status = "done"',
		sort: '-created',
		expand: 'learner'
	});
}

export async function confirmDeletion(id: string): Promise<void> {
	await pb.collection('deletion_requests').update(id, { status: 'confirmed' });
}
