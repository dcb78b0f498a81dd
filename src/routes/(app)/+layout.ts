import { redirect } from '@sveltejs/kit';
import { session } from '$lib/auth/session.svelte';

// Everything inside (app) needs a login; the page asked for is kept for after it.
export function load({ url }) {
	if (!session.loggedIn) {
		redirect(307, `/log-ind?til=${encodeURIComponent(url.pathname + url.search)}`);
	}
}
