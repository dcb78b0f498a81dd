/** How concurrent edits of one record are settled; see docs/ARCHITECTURE.md. */
export type ConflictPolicy =
	/** Records are only created (and maybe deleted), never edited: no conflicts. */
	| 'append-only'
	/** Only one person ever edits the record (e.g. your own profile): last write wins. */
	| 'owner-wins'
	/** Several people may edit: the server refuses an edit made on an old version (409). */
	| 'checked';

/** What a feature tells the sync engine about one PocketBase collection. */
export type SyncedCollection = {
	name: string;
	/** The local schema version that added this table (see db.ts). */
	since: number;
	/** Extra Dexie indexes (besides the id), e.g. ['learner', 'updated']. */
	indexes?: string[];
	conflict: ConflictPolicy;
	/**
	 * Keep only the recent records on the device: those whose `field` (a date) is at most
	 * `days` old. The pull asks only for those, and the hourly sweep drops the ones that
	 * have grown older. Without it, everything the user may list is kept.
	 */
	window?: { field: string; days: number };
	/**
	 * Losing my own record of this collection (its `user` is me: my member row of a group)
	 * can take records of these collections from me: they are swept at once (an id
	 * comparison with what the server still lists) instead of within the hour.
	 */
	sweepOnLoss?: string[];
};

export type SyncedRecord = { id: string; updated?: string; [field: string]: unknown };

export type OpKind = 'create' | 'update' | 'delete';

export type OpState =
	/** Waiting to be sent (or being retried after a network or server error). */
	| 'pending'
	/** The server refused it (bad input, no access): shown to the user with retry and discard. */
	| 'failed'
	/** Someone else changed the record first: the user chooses which version to keep. */
	| 'conflict';

export type OutboxOp = {
	seq?: number;
	collection: string;
	recordId: string;
	kind: OpKind;
	/** Fields for create/update. Files are Blobs (IndexedDB stores them as they are). */
	data?: Record<string, unknown>;
	/** For 'checked' updates: the `updated` of the version the edit was made on. */
	base?: string;
	state: OpState;
	/** Plain words for the user when failed or in conflict. */
	error?: string;
	attempts: number;
	createdAt: number;
};

export type Cursor = { collection: string; updated: string; id: string; sweptAt?: number };
