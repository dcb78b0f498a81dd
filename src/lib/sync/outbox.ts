import type { SammenDb } from './db';
import { policyOf } from './schema';
import type { OpKind, OutboxOp, SyncedRecord } from './types';

/**
 * Local writes: the change is applied to the local table at once (so the UI shows
 * it) and queued in the outbox in the same transaction, so neither can exist
 * without the other.
 */
export async function writeLocal(
	db: SammenDb,
	collection: string,
	kind: OpKind,
	recordId: string,
	data?: Record<string, unknown>
): Promise<void> {
	const table = db.records(collection);
	await db.transaction('rw', table, db.outbox, async () => {
		const current = await table.get(recordId);
		if (kind === 'create') {
			await table.put({ ...(data ?? {}), id: recordId } as SyncedRecord);
		} else if (kind === 'update') {
			await table.put({ ...(current ?? { id: recordId }), ...(data ?? {}), id: recordId });
		} else {
			await table.delete(recordId);
		}
		const base = kind === 'update' && policyOf(collection) === 'checked' ? current?.updated : undefined;
		await db.outbox.add({
			collection,
			recordId,
			kind,
			data: kind === 'delete' ? undefined : stripLocalOnly(data ?? {}),
			base,
			state: 'pending',
			attempts: 0,
			createdAt: Date.now()
		});
	});
}

/** Fields PocketBase makes itself are never sent. */
function stripLocalOnly(data: Record<string, unknown>): Record<string, unknown> {
	const { id: _id, created: _c, updated: _u, collectionId: _ci, collectionName: _cn, expand: _e, ...rest } = data;
	return rest;
}

/** Ops in the order they were made. */
export function allOps(db: SammenDb): Promise<OutboxOp[]> {
	return db.outbox.orderBy('seq').toArray();
}

/** The user chose "try again" on a failed or conflicting op (for a conflict: keep mine). */
export async function retryOp(db: SammenDb, seq: number): Promise<void> {
	await db.outbox.update(seq, { state: 'pending', error: undefined, attempts: 0, base: undefined });
}

/**
 * The user chose "discard": the op is dropped, and the local copy of the record is
 * refreshed from the server on the next pull (it is removed now if it was never stored).
 */
export async function discardOp(db: SammenDb, seq: number): Promise<OutboxOp | undefined> {
	const op = await db.outbox.get(seq);
	if (!op) return undefined;
	await db.transaction('rw', db.outbox, db.records(op.collection), db.cursors, async () => {
		await db.outbox.delete(seq);
		const others = await db.outbox.where('recordId').equals(op.recordId).count();
		if (others === 0 && op.kind === 'create') await db.records(op.collection).delete(op.recordId);
		// Pull this collection again from the start so the server's version comes back.
		await db.cursors.delete(op.collection);
	});
	return op;
}
