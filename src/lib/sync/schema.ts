import type { SyncedCollection } from './types';

/**
 * Every collection the app keeps on the device, declared here by its feature.
 * What each user gets is decided by PocketBase's access rules: the engine pulls
 * whatever the user may list. A new collection gets `since` = the next local schema
 * version (one more than the highest here); changing an existing one's indexes
 * also needs a new version: give it a `since` of that new number.
 */
export const syncedCollections: SyncedCollection[] = [
	// people and places (the foundation)
	{ name: 'users', since: 1, indexes: ['role', 'school'], conflict: 'owner-wins' },
	{ name: 'people', since: 1, indexes: ['role'], conflict: 'append-only' },
	{ name: 'schools', since: 1, conflict: 'checked' },
	{ name: 'programmes', since: 1, indexes: ['school'], conflict: 'checked' },
	{ name: 'classes', since: 1, indexes: ['school', 'programme'], conflict: 'checked' },
	{ name: 'class_members', since: 1, indexes: ['class', 'user'], conflict: 'checked' },
	{ name: 'mentorships', since: 1, indexes: ['learner', 'mentor'], conflict: 'checked' },
	// the platform: this user's devices for push, their notifications, and deletions
	{ name: 'push_subscriptions', since: 1, indexes: ['endpoint'], conflict: 'owner-wins' },
	{ name: 'notifications', since: 1, indexes: ['status'], conflict: 'append-only' },
	{ name: 'tombstones', since: 1, indexes: ['collection'], conflict: 'append-only' }
];

export function policyOf(collection: string) {
	return syncedCollections.find((c) => c.name === collection)?.conflict ?? 'checked';
}
