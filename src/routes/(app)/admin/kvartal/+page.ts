import { requireRole } from '$lib/auth/guard';

export function load() {
	requireRole('coordinator');
}
