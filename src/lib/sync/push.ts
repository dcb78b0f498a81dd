import { ClientResponseError } from 'pocketbase';
import type PocketBase from 'pocketbase';
import { friendlyError } from '$lib/pb/errors';
import type { SammenDb } from './db';
import { applyServerRecords, sweepNow } from './pull';
import { sweptOnLossOf } from './schema';
import type { OutboxOp, SyncedRecord } from './types';

export type DrainResult =
	/** Everything that could be sent was sent (failed and conflicting ops stay for the user). */
	| { kind: 'done'; sent: number }
	/** The login expired: nothing more is sent until the user logs in again. */
	| { kind: 'needs-login'; sent: number }
	/** Offline, or the server had trouble: try again later. */
	| { kind: 'retry-later'; sent: number };

type Outcome = 'sent' | 'failed' | 'conflict' | 'needs-login' | 'retry-later';

/**
 * Sends the outbox in order, one op at a time. Replays are safe: a create that meets
 * its own id already stored counts as sent, a delete that meets 404 too, and a
 * checked update that meets 409 counts as sent when the server already has our values.
 */
export async function drainOutbox(db: SammenDb, pb: PocketBase): Promise<DrainResult> {
	let sent = 0;
	/** The server's answer to the op being sent (create and update). */
	let saved: SyncedRecord | null = null;
	if (!pb.authStore.isValid) return { kind: 'needs-login', sent };
	const ops = await db.outbox.orderBy('seq').toArray();
	// A record whose earlier op is stuck holds its later ops back, to keep their order.
	const held = new Set<string>();
	for (const op of ops) {
		if (op.state !== 'pending' || held.has(op.recordId)) {
			held.add(op.recordId);
			continue;
		}
		saved = null;
		const outcome = await send(pb, op);
		if (outcome === 'sent') {
			await db.outbox.delete(op.seq as number);
			const answer = saved as SyncedRecord | null;
			if (answer) await settle(db, op, answer, ops);
			if (op.kind === 'delete') await sweepAfterLeaving(db, pb, op.collection);
			sent += 1;
		} else if (outcome === 'failed' || outcome === 'conflict') {
			held.add(op.recordId);
		} else {
			await db.outbox.update(op.seq as number, { attempts: op.attempts + 1 });
			return { kind: outcome, sent };
		}
	}
	return { kind: 'done', sent };

	async function send(client: PocketBase, op: OutboxOp): Promise<Outcome> {
		const service = client.collection(op.collection);
		try {
			if (op.kind === 'create') {
				saved = await service.create<SyncedRecord>({ ...op.data, id: op.recordId }, { requestKey: null });
			} else if (op.kind === 'update') {
				const body = { ...op.data, ...(op.base ? { _base: op.base } : {}) };
				saved = await service.update<SyncedRecord>(op.recordId, body, { requestKey: null });
			} else {
				await service.delete(op.recordId, { requestKey: null });
			}
			return 'sent';
		} catch (error) {
			if (!(error instanceof ClientResponseError)) throw error;
			if (error.status === 0 || error.status === 429 || error.status >= 500) return 'retry-later';
			if (error.status === 401) return 'needs-login';
			if (op.kind === 'create' && isOwnIdTaken(error)) return 'sent';
			if (op.kind === 'delete' && error.status === 404) return 'sent';
			if (await loginExpired(client)) return 'needs-login';
			if (op.kind === 'update' && error.status === 409) {
				if (await serverAlreadyHas(client, op)) return 'sent';
				await db.outbox.update(op.seq as number, { state: 'conflict', error: friendlyError(error).message });
				return 'conflict';
			}
			await db.outbox.update(op.seq as number, { state: 'failed', error: friendlyError(error).message });
			return 'failed';
		}
	}
}

/**
 * Leaving (my member row of a group deleted): what it opened leaves this device now,
 * not at the hourly sweep. The live delete cannot do it here, as it does for a row
 * removed by someone else: the row is gone locally before the server's delete arrives.
 * A failed sweep waits for the next one.
 */
async function sweepAfterLeaving(db: SammenDb, pb: PocketBase, collection: string) {
	const opened = sweptOnLossOf(collection);
	if (opened.length > 0) await sweepNow(db, pb, opened).catch(() => undefined);
}

/**
 * After a create or update got through: later edits of the same record that were
 * made on the same version now build on the server's new one, and with none waiting
 * the local copy takes the server's answer (its new `updated`, stored file names).
 * Otherwise a second edit of a `checked` record, made before the next pull, would
 * carry an old `_base` and be refused as a conflict with itself.
 */
async function settle(db: SammenDb, op: OutboxOp, saved: SyncedRecord, queue: OutboxOp[]) {
	const later = await db.outbox.where('recordId').equals(op.recordId).toArray();
	for (const next of later) {
		const sameBase = op.kind === 'update' && next.base !== undefined && next.base === op.base;
		if (next.state === 'pending' && next.kind === 'update' && sameBase && saved.updated) {
			const base = String(saved.updated);
			await db.outbox.update(next.seq as number, { base });
			// the drain goes on with the ops it read at its start
			for (const queued of queue) if (queued.seq === next.seq) queued.base = base;
		}
	}
	if (later.length === 0) await applyServerRecords(db, op.collection, [saved]);
}

/**
 * PocketBase treats a token it no longer accepts (expired, or the password changed)
 * as no login at all, so a refusal may really mean "log in again". Asking for a
 * fresh token tells the two apart; it is only asked when something was refused.
 */
async function loginExpired(pb: PocketBase): Promise<boolean> {
	if (!pb.authStore.isValid) return true;
	try {
		await pb.collection(pb.authStore.record?.collectionName ?? 'users').authRefresh({ requestKey: null });
		return false;
	} catch (error) {
		return error instanceof ClientResponseError && (error.status === 401 || error.status === 403);
	}
}

/** PocketBase answers a create with an id that exists with this code on `id` only. */
function isOwnIdTaken(error: ClientResponseError): boolean {
	const data = (error.response?.data ?? {}) as Record<string, { code?: string }>;
	const fields = Object.keys(data);
	// PocketBase says so in the validation (validation_pk_invalid) or, with the default
	// id pattern, when the insert meets the primary key (validation_not_unique).
	const code = data.id?.code;
	return (
		error.status === 400 && fields.length === 1 && (code === 'validation_pk_invalid' || code === 'validation_not_unique')
	);
}

/** An update whose first attempt got through (but the answer was lost) meets 409 on replay. */
async function serverAlreadyHas(pb: PocketBase, op: OutboxOp): Promise<boolean> {
	try {
		const current = await pb.collection(op.collection).getOne(op.recordId, { requestKey: null });
		return Object.entries(op.data ?? {}).every(([k, v]) => JSON.stringify(current[k]) === JSON.stringify(v));
	} catch {
		return false;
	}
}

/** Waiting time before the next try: 1 s, 2 s, 4 s … up to a minute, with jitter. */
export function backoffMs(attempts: number, random = Math.random): number {
	const base = Math.min(60_000, 1000 * 2 ** Math.max(0, attempts));
	return Math.round(base * (0.75 + random() * 0.5));
}
