import { redirect } from '@sveltejs/kit';
import { session } from './session.svelte';
import type { Role } from './roles';

/** For a page's load: someone of another role is sent to their own home. */
export function requireRole(...roles: Role[]) {
	if (!session.role || !roles.includes(session.role)) redirect(307, session.home);
}
