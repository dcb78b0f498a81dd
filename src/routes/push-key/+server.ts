import { json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

// The public half of the VAPID key pair, which browsers need to subscribe to push.
export function GET() {
	if (!env.VAPID_PUBLIC_KEY) return json({ message: 'Push is not configured.' }, { status: 404 });
	return json({ publicKey: env.VAPID_PUBLIC_KEY });
}
