import type PocketBase from 'pocketbase';
import type { SammenDb } from './db';
import { syncedCollections, windowOf, windowStart } from './schema';
import type { SyncedRecord } from './types';

const pageSize = 500;
/** How often a full id sweep may run per collection (catches records we lost access to). */
const sweepEveryMs = 60 * 60 * 1000;

/**
 * Brings one collection up to date: everything changed since the stored cursor
 * (`updated`, then `id` to break ties), page by page. Local records with unsent
 * changes are kept as they are; the outbox will send them.
 */
export async function pullCollection(db: SammenDb, pb: PocketBase, collection: string): Promise<number> {
	const cursor = (await db.cursors.get(collection)) ?? { collection, updated: '', id: '' };
	// A write that commits late can carry an `updated` a moment older than records we
	// already have; looking a few seconds back catches it (re-storing is harmless).
	const since = cursor.updated ? shiftPbDate(cursor.updated, -overlapMs) : '';
	// A collection with a window: only its recent records (the sweep drops older ones).
	const window = windowOf(collection);
	const recent = window ? pb.filter(`${window.field} >= {:from}`, { from: windowStart(collection) }) : '';
	let received = 0;
	let last = cursor;
	for (let page = 1; ; page++) {
		// Pages follow on from the last record seen (keyset), not by offset, so a big
		// first pull does not rescan what it already has on every page.
		const filters = [since && pb.filter('updated >= {:since}', { since }), recent];
		if (page > 1) filters.push(pb.filter('(updated > {:u} || (updated = {:u} && id > {:id}))', { u: last.updated, id: last.id }));
		const result = await pb.collection(collection).getList<SyncedRecord>(1, pageSize, {
			filter: filters.filter(Boolean).join(' && '),
			sort: 'updated,id',
			skipTotal: true,
			requestKey: null
		});
		if (result.items.length === 0) break;
		await applyServerRecords(db, collection, result.items);
		const newest = result.items[result.items.length - 1] as SyncedRecord;
		last = { ...last, updated: String(newest.updated ?? ''), id: newest.id };
		await db.cursors.put(last);
		received += result.items.length;
		if (result.items.length < pageSize) break;
	}
	// Even an empty collection gets a cursor: it marks "pulled at least once".
	if (received === 0) await db.cursors.put(last);
	if (collection === 'tombstones') await applyTombstones(db);
	else if (Date.now() - (last.sweptAt ?? 0) > sweepEveryMs) await sweep(db, pb, collection, recent);
	return received;
}

const overlapMs = 5000;

/** PocketBase dates look like "2026-11-22 01:45:03.123Z". */
export function shiftPbDate(value: string, ms: number): string {
	const date = new Date(value.replace(' ', 'T'));
	return new Date(date.getTime() + ms).toISOString().replace('T', ' ');
}

/** Stores records from the server, except those with changes still waiting to be sent. */
export async function applyServerRecords(db: SammenDb, collection: string, records: SyncedRecord[]) {
	const table = db.records(collection);
	await db.transaction('rw', table, db.outbox, async () => {
		const waiting = new Set(
			(await db.outbox.where('recordId').anyOf(records.map((r) => r.id)).toArray()).map((op) => op.recordId)
		);
		await table.bulkPut(records.filter((r) => !waiting.has(r.id)).map(plain));
	});
}

export async function removeServerRecord(db: SammenDb, collection: string, id: string) {
	const table = db.records(collection);
	await db.transaction('rw', table, db.outbox, async () => {
		const waiting = await db.outbox.where('recordId').equals(id).count();
		if (waiting === 0) await table.delete(id);
	});
}

/** Tombstones say which records were deleted on the server. */
async function applyTombstones(db: SammenDb) {
	const stones = await db.records('tombstones').toArray();
	for (const stone of stones) {
		const name = String(stone.collection);
		if (syncedCollections.some((c) => c.name === name)) await removeServerRecord(db, name, String(stone.record));
	}
}

/**
 * Removes local records the server no longer shows us (deleted, or no longer ours
 * to see, e.g. after a handover; or grown older than the collection's window), by
 * comparing ids. Runs at most once an hour.
 */
async function sweep(db: SammenDb, pb: PocketBase, collection: string, recent = '') {
	const ids = new Set<string>();
	for (let page = 1; ; page++) {
		const result = await pb
			.collection(collection)
			.getList(page, 1000, { fields: 'id', ...(recent ? { filter: recent } : {}), skipTotal: true, requestKey: null });
		for (const item of result.items) ids.add(item.id);
		if (result.items.length < 1000) break;
	}
	const local = await db.records(collection).toCollection().primaryKeys();
	for (const id of local) if (!ids.has(id)) await removeServerRecord(db, collection, id);
	const cursor = await db.cursors.get(collection);
	if (cursor) await db.cursors.put({ ...cursor, sweptAt: Date.now() });
}

/**
 * Sweeps these collections now (not within the hour): after losing my own record of a
 * collection whose `sweepOnLoss` names them (a group I am no longer in).
 */
export async function sweepNow(db: SammenDb, pb: PocketBase, collections: string[]) {
	for (const collection of collections) {
		const window = windowOf(collection);
		const recent = window ? pb.filter(`${window.field} >= {:from}`, { from: windowStart(collection) }) : '';
		await sweep(db, pb, collection, recent);
	}
}

/** The SDK's record objects carry methods-free JSON already; copy to be safe for IndexedDB. */
function plain(record: SyncedRecord): SyncedRecord {
	const { expand: _expand, ...rest } = record;
	return rest as SyncedRecord;
}
