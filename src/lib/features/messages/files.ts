import { onLogout } from '$lib/auth/session.svelte';
import { protectedFile } from '$lib/pb/files';

/**
 * Photos, files and voice notes of messages are protected: PocketBase hands them out
 * only with a short-lived file token, and only to the two participants. Once fetched,
 * a file is kept in the Cache Storage of this device (never in the service worker's
 * caches, which hold no personal data), so history with photos and voice notes can
 * be read offline. The cache is deleted on logout, with the rest of the person's data.
 */
const cacheName = 'sammen-message-files';

async function openCache(): Promise<Cache | null> {
	try {
		return typeof caches === 'undefined' ? null : await caches.open(cacheName);
	} catch {
		return null;
	}
}

/** A message's file (or its thumbnail), from this device when it has it. */
export async function messageFile(recordId: string, filename: string, thumb?: string): Promise<Blob> {
	const key = `/_sammen/message-files/${recordId}/${encodeURIComponent(filename)}${thumb ? `?thumb=${thumb}` : ''}`;
	const cache = await openCache();
	const hit = await cache?.match(key);
	if (hit) return hit.blob();
	const blob = await protectedFile('messages', recordId, filename, thumb);
	await cache?.put(key, new Response(blob, { headers: { 'content-type': blob.type } })).catch(() => undefined);
	return blob;
}

/** The name a person sees: PocketBase adds "_<random>" before the extension. */
export function displayName(filename: string): string {
	return filename.replace(/_[a-z0-9]{10}(\.[^.]+)$/i, '$1');
}

onLogout(async () => {
	if (typeof caches !== 'undefined') await caches.delete(cacheName).catch(() => false);
});
