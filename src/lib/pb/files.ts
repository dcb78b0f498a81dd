import { onLogout } from '$lib/auth/session.svelte';
import { pb } from './client';

// Protected files (evidence, message photos and voice notes, recorded help requests)
// are handed out only with a short-lived file token. The token lives only in memory
// and in the address of an <img>, <audio> or link on the page; the service worker
// never caches /api/. PocketBase's tokens last a few minutes: ask again well before.
let cached: { token: string; until: number } | null = null;
const reuseMs = 60_000;

/** A file token, fetched at most once a minute. */
export async function fileToken(): Promise<string> {
	if (cached && cached.until > Date.now()) return cached.token;
	const token = await pb.files.getToken({ requestKey: null });
	cached = { token, until: Date.now() + reuseMs };
	return token;
}

/** After a refused download: the next one asks for a new token. */
export function forgetFileToken() {
	cached = null;
}

/** The address of a protected file (or its thumbnail) with the given token. */
export function protectedFileUrl(collection: string, recordId: string, filename: string, token: string, thumb?: string) {
	return pb.files.getURL({ id: recordId, collectionName: collection }, filename, { token, ...(thumb ? { thumb } : {}) });
}

/** A protected file's content; a refused download forgets the token, so the next try asks anew. */
export async function protectedFile(collection: string, recordId: string, filename: string, thumb?: string): Promise<Blob> {
	const response = await fetch(protectedFileUrl(collection, recordId, filename, await fileToken(), thumb));
	if (!response.ok) {
		if (response.status === 404 || response.status === 403) forgetFileToken();
		throw new Error(`file ${response.status}`);
	}
	return response.blob();
}

onLogout(forgetFileToken);
