import { requireRole } from '$lib/auth/guard';

export function load({ params }) {
	requireRole('coordinator', 'mentor');
	return { id: params.id };
}
