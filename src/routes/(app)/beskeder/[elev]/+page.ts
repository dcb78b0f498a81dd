import { requireRole } from '$lib/auth/guard';

export function load({ params }) {
	requireRole('mentor');
	return { learnerId: params.elev };
}
