import { pb } from '$lib/pb/client';

// Evidence files are protected: they are opened with a short-lived file token
// (PocketBase's default: a few minutes). The token lives only in memory and in the
// URL of an <img> or link on the page; the service worker never caches /api/.
let cached: { token: string; at: number } | null = null;
const reuseMs = 90_000;

export async function fileToken(): Promise<string> {
	if (cached && Date.now() - cached.at < reuseMs) return cached.token;
	const token = await pb.files.getToken({ requestKey: null });
	cached = { token, at: Date.now() };
	return token;
}

/** The address of a stored evidence file (or its thumbnail) with a file token. */
export function evidenceUrl(record: { id: string }, file: string, token: string, thumb?: string): string {
	return pb.files.getURL({ id: record.id, collectionName: 'milestone_evidence' }, file, {
		token,
		...(thumb ? { thumb } : {})
	});
}
