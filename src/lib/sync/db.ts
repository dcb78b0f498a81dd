import Dexie, { type Table } from 'dexie';
import type { CollectionResponses } from '$lib/pb/types.gen';
import { syncedCollections } from './schema';
import type { Cursor, OutboxOp, SyncedRecord } from './types';

/**
 * One IndexedDB database per user ("sammen-<userId>"), so two people on one device
 * never see each other's data, and logging out deletes exactly one database.
 */
export class SammenDb extends Dexie {
	outbox!: Table<OutboxOp, number>;
	cursors!: Table<Cursor, string>;

	constructor(userId: string) {
		super(`sammen-${userId}`);
		// Every version declares the tables that exist from it on; a device with an
		// older database is upgraded on open (new tables start empty and are pulled).
		// Data-changing upgrades would add `.upgrade(tx => …)` to their version here.
		for (let version = 1; version <= schemaVersion; version++) {
			this.version(version).stores({
				outbox: '++seq, recordId, collection, state',
				cursors: 'collection',
				...collectionStores(version)
			});
		}
	}

	/** The local copy of one collection, typed by the generated schema types. */
	records<K extends keyof CollectionResponses>(collection: K): Table<CollectionResponses[K], string>;
	records(collection: string): Table<SyncedRecord, string>;
	records(collection: string): Table<never, string> {
		return this.table(collection);
	}
}

export const schemaVersion = Math.max(...syncedCollections.map((c) => c.since));

function collectionStores(version: number): Record<string, string> {
	const stores: Record<string, string> = {};
	for (const c of syncedCollections) {
		if (c.since <= version) stores[c.name] = ['id', 'updated', ...(c.indexes ?? [])].join(', ');
	}
	return stores;
}

/** Whether the device has a local table (another feature's may not exist yet). */
export function hasTable(db: SammenDb, name: string): boolean {
	return db.tables.some((t) => t.name === name);
}
