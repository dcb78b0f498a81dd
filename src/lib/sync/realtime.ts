import type PocketBase from 'pocketbase';
import type { SammenDb } from './db';
import { applyServerRecords, removeServerRecord, sweepNow } from './pull';
import { syncedCollections, sweptOnLossOf } from './schema';
import type { SyncedRecord } from './types';

/** One live change of a synced record, as it reaches this device. */
export type RealtimeChange = { collection: string; action: 'create' | 'update' | 'delete'; record: SyncedRecord };

/**
 * Collections PocketBase sends by recipient (pocketbase/fanout.go, the same list):
 * their changes reach this device on its own topic, `sammen/user/<id>`, already
 * checked against the list rule for this user, so the server does work only for the
 * people a change is about, not for everyone online.
 */
export const byRecipient = new Set([
	'users',
	'conversations',
	'messages',
	'plans',
	'plan_phases',
	'milestones',
	'milestone_evidence',
	'plan_changes',
	'help_requests',
	'flags',
	'flag_comments',
	'flag_staff_notes',
	'kudos',
	'notes',
	'handovers',
	'timeline',
	'audit_log',
	'notifications',
	'push_subscriptions',
	// the peer network (issue 14): to the group's members and its coordinators; profiles
	// and groups change seldom and stay on `*`
	'group_members',
	'posts',
	'post_reactions',
	'reports',
	'blocks',
	'moderation_log',
	// the second slice: events and answers to the group's audience; a buddy pair and its
	// messages to the two of them; stories change seldom and stay on `*`
	'events',
	'event_rsvps',
	'buddies',
	'buddy_messages',
	'appointment_slots',
	'appointments',
	'checkins',
	'checkin_words'
]);
/** Only read by the pull (it applies them there); a live delete arrives as its own event. */
const pullOnly = new Set(['tombstones']);

export const userTopic = (userId: string) => `sammen/user/${userId}`;

/**
 * Listens for live changes of every synced collection this user may see: their own
 * topic, plus `*` of the few school-wide collections that change seldom (schools,
 * classes, templates …). Realtime has no replay, so `onConnect` (every reconnect) must
 * run a delta pull; the caller runs the first one. Returns a function that
 * unsubscribes everything. (tests/bench/realtime.bench.test.ts connects thousands.)
 */
export async function subscribeChanges(
	pb: PocketBase,
	onChange: (change: RealtimeChange) => unknown,
	onConnect: () => void
): Promise<() => Promise<void>> {
	// Started together, so the SDK sends them as one subscription request when the
	// stream opens (one after the other, each await was a request of its own).
	const subscribing: Array<Promise<() => Promise<void>>> = [];
	const userId = pb.authStore.record?.id;
	if (userId) {
		subscribing.push(
			pb.realtime.subscribe(userTopic(userId), (change: RealtimeChange) => {
				if (byRecipient.has(change.collection)) return onChange(change);
			})
		);
	}
	for (const { name } of syncedCollections) {
		if (byRecipient.has(name) || pullOnly.has(name)) continue;
		subscribing.push(
			pb.collection(name).subscribe<SyncedRecord>(
				'*',
				(event) => onChange({ collection: name, action: event.action as RealtimeChange['action'], record: event.record }),
				{ requestKey: null }
			)
		);
	}
	const settled = await Promise.allSettled(subscribing);
	const stops = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
	const refused = settled.find((result) => result.status === 'rejected');
	if (refused) {
		for (const stop of stops) await stop().catch(() => undefined);
		throw refused.reason;
	}
	// Subscribed last, so it fires on reconnects; the caller pulls once after this call.
	stops.push(await pb.realtime.subscribe('PB_CONNECT', onConnect));
	return async () => {
		for (const stop of stops) await stop().catch(() => undefined);
	};
}

/**
 * Live changes go straight into the local tables. Losing my own record of a collection
 * with `sweepOnLoss` (my member row of a group) sweeps what it opened, so the group's
 * posts leave this device at once.
 */
export function subscribeAll(db: SammenDb, pb: PocketBase, onConnect: () => void): Promise<() => Promise<void>> {
	return subscribeChanges(
		pb,
		async ({ collection, action, record }) => {
			if (action !== 'delete') return applyServerRecords(db, collection, [record]);
			const opened = sweptOnLossOf(collection);
			const mine = opened.length > 0 && (await db.records(collection).get(record.id))?.user === pb.authStore.record?.id;
			await removeServerRecord(db, collection, record.id);
			if (mine) await sweepNow(db, pb, opened);
		},
		onConnect
	);
}
