import { requireRole } from '$lib/auth/guard';

export function load({ params }) {
	requireRole('coordinator');
	return { id: params.id };
}
