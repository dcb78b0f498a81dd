import { requireRole } from '$lib/auth/guard';

export function load({ params }) {
	requireRole('learner', 'mentor', 'teacher', 'coordinator');
	return { groupId: params.id };
}
