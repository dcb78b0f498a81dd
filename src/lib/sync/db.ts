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
		// Version history: never edit an old version; add a new one with an upgrade step.
		this.version(1).stores({
			outbox: '++seq, recordId, collection, state',
			cursors: 'collection',
			...collectionStores()
		});
	}

	/** The local copy of one collection, typed by the generated schema types. */
	records<K extends keyof CollectionResponses>(collection: K): Table<CollectionResponses[K], string>;
	records(collection: string): Table<SyncedRecord, string>;
	records(collection: string): Table<never, string> {
		return this.table(collection);
	}
}

function collectionStores(): Record<string, string> {
	const stores: Record<string, string> = {};
	for (const c of syncedCollections) stores[c.name] = ['id', 'updated', ...(c.indexes ?? [])].join(', ');
	return stores;
}
