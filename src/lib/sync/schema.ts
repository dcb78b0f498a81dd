import type { SyncedCollection } from './types';

/**
 * Every collection the app keeps on the device, declared here by its feature.
 * What each user gets is decided by PocketBase's access rules: the engine pulls
 * whatever the user may list. Adding a collection adds a table: bump the version
 * in db.ts.
 */
export const syncedCollections: SyncedCollection[] = [
	// people and places (the foundation)
	{ name: 'users', indexes: ['role', 'school'], conflict: 'owner-wins' },
	{ name: 'people', indexes: ['role'], conflict: 'append-only' },
	{ name: 'schools', conflict: 'checked' },
	{ name: 'programmes', indexes: ['school'], conflict: 'checked' },
	{ name: 'classes', indexes: ['school', 'programme'], conflict: 'checked' },
	{ name: 'class_members', indexes: ['class', 'user'], conflict: 'checked' },
	{ name: 'mentorships', indexes: ['learner', 'mentor'], conflict: 'checked' },
	// the platform: this user's devices for push, their notifications, and deletions
	{ name: 'push_subscriptions', indexes: ['endpoint'], conflict: 'owner-wins' },
	{ name: 'notifications', indexes: ['status'], conflict: 'append-only' },
	{ name: 'tombstones', indexes: ['collection'], conflict: 'append-only' }
];

export function policyOf(collection: string) {
	return syncedCollections.find((c) => c.name === collection)?.conflict ?? 'checked';
}
