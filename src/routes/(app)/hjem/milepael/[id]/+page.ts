import { requireRole } from '$lib/auth/guard';

export function load({ params }) {
	requireRole('learner');
	return { id: params.id };
}
