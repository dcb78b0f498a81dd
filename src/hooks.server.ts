import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { startPushWorker } from '$lib/server/push/worker';

// The Node server runs the push worker beside the app when it knows how to reach
// PocketBase as superuser and has VAPID keys (npm start provides both).
export const init: ServerInit = async () => {
	const { PB_URL, SAMMEN_SUPERUSER_EMAIL, SAMMEN_SUPERUSER_PASSWORD, VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY } = env;
	if (!PB_URL || !SAMMEN_SUPERUSER_EMAIL || !SAMMEN_SUPERUSER_PASSWORD || !VAPID_PUBLIC_KEY || !VAPID_PRIVATE_KEY) {
		console.log('[push] not configured: the push worker is off');
		return;
	}
	startPushWorker({
		pbUrl: PB_URL,
		superuser: { email: SAMMEN_SUPERUSER_EMAIL, password: SAMMEN_SUPERUSER_PASSWORD },
		vapid: {
			publicKey: VAPID_PUBLIC_KEY,
			privateKey: VAPID_PRIVATE_KEY,
			subject: env.VAPID_SUBJECT || 'mailto:drift@sammen.dk'
		},
		caFile: env.SAMMEN_PUSH_CA_FILE || undefined,
		// Test harness only (tests/e2e/serve.mjs): one loopback origin for its stand-in
		// push service. Never honoured in a production build run; npm start refuses it.
		testPushOrigin: env.NODE_ENV === 'production' ? undefined : env.SAMMEN_TEST_PUSH_ORIGIN || undefined,
		pollMs: Number(env.SAMMEN_PUSH_POLL_MS) || undefined
	});
};

// Security headers for every response; the Content-Security-Policy itself comes
// from svelte.config.js.
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'no-referrer');
	response.headers.set('Permissions-Policy', 'camera=(self), microphone=(self), geolocation=()');
	return response;
};
