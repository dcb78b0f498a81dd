import type PocketBase from 'pocketbase';
import type { SammenDb } from './db';
import { applyServerRecords, removeServerRecord } from './pull';
import { syncedCollections } from './schema';
import type { SyncedRecord } from './types';

/**
 * Live changes from PocketBase go straight into the local tables. Realtime has no
 * replay, so `onConnect` (every reconnect) must run a delta pull; the caller runs the first one.
 * Returns a function that unsubscribes everything.
 */
export async function subscribeAll(db: SammenDb, pb: PocketBase, onConnect: () => void): Promise<() => Promise<void>> {
	const stops: Array<() => Promise<void>> = [];
	for (const { name } of syncedCollections) {
		const stop = await pb.collection(name).subscribe<SyncedRecord>(
			'*',
			async (event) => {
				if (event.action === 'delete') await removeServerRecord(db, name, event.record.id);
				else await applyServerRecords(db, name, [event.record]);
			},
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
