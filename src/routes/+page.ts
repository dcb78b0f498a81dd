import { redirect } from '@sveltejs/kit';
import { session } from '$lib/auth/session.svelte';

// The front door sends everyone to their own home, or to the login.
export function load() {
	redirect(307, session.home);
}
