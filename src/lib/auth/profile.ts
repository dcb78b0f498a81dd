import { pb } from '$lib/pb/client';
import type { UsersRecord } from '$lib/pb/types.gen';
import { session } from './session.svelte';

/** What a person may change about themselves (never role or school: the server refuses). */
export type OwnProfileChange = Partial<
	Pick<UsersRecord, 'name' | 'language' | 'textSize' | 'font' | 'lineSpacing' | 'letterSpacing' | 'tint' | 'about'>
>;

/**
 * Saves a change to the logged-in person's own user record and refreshes the
 * session copy. Returns false when nobody is logged in or the save failed
 * (e.g. offline); callers keep their local value and may try again later.
 */
export async function saveOwnProfile(change: OwnProfileChange): Promise<boolean> {
	const user = session.user;
	if (!user) return false;
	try {
		const updated = await pb.collection('users').update(user.id, change);
		pb.authStore.save(pb.authStore.token, updated);
		return true;
	} catch {
		return false;
	}
}
