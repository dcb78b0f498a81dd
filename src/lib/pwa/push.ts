import { pb } from '$lib/pb/client';
import { sync } from '$lib/sync/engine.svelte';

/** Web push needs a service worker, the Push API and notifications. */
export function pushSupported(): boolean {
	return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function publicKey(): Promise<string> {
	const res = await fetch('/push-key');
	if (!res.ok) throw new Error('Push is not set up on this server.');
	return ((await res.json()) as { publicKey: string }).publicKey;
}

function urlBase64ToBytes(value: string): Uint8Array<ArrayBuffer> {
	const padded = (value + '='.repeat((4 - (value.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
	const raw = atob(padded);
	const bytes = new Uint8Array(new ArrayBuffer(raw.length));
	for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

/** Asks for permission (only after the user pressed a button) and subscribes this device. */
export async function enablePush(userId: string): Promise<NotificationPermission> {
	const permission = await Notification.requestPermission();
	if (permission !== 'granted') return permission;
	const registration = await navigator.serviceWorker.ready;
	const subscription =
		(await registration.pushManager.getSubscription()) ??
		(await registration.pushManager.subscribe({
			userVisibleOnly: true,
			applicationServerKey: urlBase64ToBytes(await publicKey())
		}));
	await saveSubscription(userId, subscription);
	return permission;
}

/**
 * On every app start: the browser may have renewed the subscription, or another
 * account used this device; make sure the server knows this device belongs to us.
 */
export async function resyncPush(userId: string): Promise<void> {
	if (!pushSupported() || Notification.permission !== 'granted') return;
	const registration = await navigator.serviceWorker.ready;
	const subscription = await registration.pushManager.getSubscription();
	if (subscription) await saveSubscription(userId, subscription);
}

/** Saved through the sync engine like everything else, so it also works offline. */
async function saveSubscription(userId: string, subscription: PushSubscription) {
	const db = sync.db;
	if (!db) return;
	const { endpoint, keys } = subscription.toJSON();
	if (!endpoint || !keys?.p256dh || !keys.auth) return;
	const data = { user: userId, endpoint, p256dh: keys.p256dh, auth: keys.auth, userAgent: navigator.userAgent.slice(0, 300) };
	const existing = await db.records('push_subscriptions').where('endpoint').equals(endpoint).first();
	if (!existing) await sync.create('push_subscriptions', data);
	else if (existing.p256dh !== data.p256dh || existing.auth !== data.auth || existing.user !== userId) {
		await sync.update('push_subscriptions', existing.id, { p256dh: data.p256dh, auth: data.auth });
	}
}

/** "Send en prøve": the server queues a notification for the caller. */
export async function sendTestPush(): Promise<void> {
	await pb.send('/api/sammen/test-push', { method: 'POST' });
}
