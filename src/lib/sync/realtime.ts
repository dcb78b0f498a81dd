import type PocketBase from 'pocketbase';
import type { SammenDb } from './db';
import { applyServerRecords, removeServerRecord } from './pull';
import { syncedCollections } from './schema';
import type { SyncedRecord } from './types';

/** One live change of a synced record, as it reaches this device. */
export type RealtimeChange = { collection: string; action: 'create' | 'update' | 'delete'; record: SyncedRecord };

/**
 * Listens for live changes of every synced collection this user may see. Realtime has
 * no replay, so `onConnect` (every reconnect) must run a delta pull; the caller runs
 * the first one. Returns a function that unsubscribes everything.
 * (The benchmark tests/bench/realtime.bench.test.ts connects thousands of these.)
 */
export async function subscribeChanges(
	pb: PocketBase,
	onChange: (change: RealtimeChange) => unknown,
	onConnect: () => void
): Promise<() => Promise<void>> {
	const stops: Array<() => Promise<void>> = [];
	for (const { name } of syncedCollections) {
		const stop = await pb.collection(name).subscribe<SyncedRecord>(
			'*',
			(event) => onChange({ collection: name, action: event.action as RealtimeChange['action'], record: event.record }),
			{ requestKey: null }
		);
		stops.push(stop);
	}
	// Subscribed last, so it fires on reconnects; the caller pulls once after this call.
	stops.push(await pb.realtime.subscribe('PB_CONNECT', onConnect));
	return async () => {
		for (const stop of stops) await stop().catch(() => undefined);
	};
}

/** Live changes go straight into the local tables. */
export function subscribeAll(db: SammenDb, pb: PocketBase, onConnect: () => void): Promise<() => Promise<void>> {
	return subscribeChanges(
		pb,
		async ({ collection, action, record }) => {
			if (action === 'delete') await removeServerRecord(db, collection, record.id);
			else await applyServerRecords(db, collection, [record]);
		},
		onConnect
	);
}
