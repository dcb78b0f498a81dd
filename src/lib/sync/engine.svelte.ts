import { liveQuery } from 'dexie';
import { onLogout } from '$lib/auth/session.svelte';
import { pb } from '$lib/pb/client';
import { SammenDb } from './db';
import { newRecordId } from './ids';
import { discardOp, retryOp, writeLocal } from './outbox';
import { pullCollection } from './pull';
import { backoffMs, drainOutbox } from './push';
import { subscribeAll } from './realtime';
import { syncedCollections } from './schema';
import type { OutboxOp } from './types';

/**
 * The one data path. Features read local tables (liveQuery) and write through
 * create/update/remove; the engine pulls server changes into the tables and
 * sends the outbox, in order and exactly once, whenever there is a connection.
 */
class SyncEngine {
	db = $state<SammenDb | null>(null);
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	/** The login expired while changes were waiting: sending is paused. */
	needsLogin = $state(false);
	syncing = $state(false);
	/** Every collection was pulled at least once on this device (else lists may be empty for now). */
	hydrated = $state(false);
	ops = $state<OutboxOp[]>([]);

	#userId: string | null = null;
	#stopRealtime: (() => Promise<void>) | null = null;
	#stopOutboxWatch: (() => void) | null = null;
	#retryTimer: ReturnType<typeof setTimeout> | null = null;
	#draining: Promise<void> | null = null;
	#again = false;

	get pendingCount() {
		return this.ops.filter((op) => op.state === 'pending').length;
	}
	get problems() {
		return this.ops.filter((op) => op.state !== 'pending');
	}

	/** Opens the user's local database and starts syncing. Safe to call again. */
	async start(userId: string) {
		if (this.#userId === userId) return this.resume();
		await this.stop();
		this.#userId = userId;
		// Listen before the first await: going offline while the database opens must count.
		window.addEventListener('online', this.#onOnline);
		window.addEventListener('offline', this.#onOffline);
		this.online = navigator.onLine;
		const db = new SammenDb(userId);
		await db.open();
		this.hydrated = (await db.cursors.count()) >= syncedCollections.length;
		this.db = db;
		void navigator.storage?.persist?.();
		const sub = liveQuery(() => db.outbox.orderBy('seq').toArray()).subscribe({
			next: (ops) => (this.ops = ops)
		});
		this.#stopOutboxWatch = () => sub.unsubscribe();
		if (this.online) await this.#connect();
	}

	/** After logging in again (or coming back online): pull and send. */
	resume() {
		this.needsLogin = false;
		if (this.db && this.online) {
			if (!this.#stopRealtime) void this.#connect();
			else void this.syncNow();
		}
	}

	async stop() {
		window.removeEventListener('online', this.#onOnline);
		window.removeEventListener('offline', this.#onOffline);
		if (this.#retryTimer) clearTimeout(this.#retryTimer);
		this.#stopOutboxWatch?.();
		await this.#stopRealtime?.().catch(() => undefined);
		this.#stopRealtime = null;
		this.db?.close();
		this.db = null;
		this.ops = [];
		this.hydrated = false;
		this.#userId = null;
	}

	/** Logout: stop and delete this user's local database. */
	async wipe() {
		const db = this.db;
		const name = db?.name;
		await this.stop();
		if (name) {
			const { default: Dexie } = await import('dexie');
			await Dexie.delete(name);
		}
	}

	// ---------------------------------------------------------------- writes
	async create(collection: string, data: Record<string, unknown>): Promise<string> {
		const id = typeof data.id === 'string' && data.id ? data.id : newRecordId();
		await writeLocal(this.#requireDb(), collection, 'create', id, data);
		this.kick();
		return id;
	}

	async update(collection: string, id: string, change: Record<string, unknown>) {
		await writeLocal(this.#requireDb(), collection, 'update', id, change);
		this.kick();
	}

	async remove(collection: string, id: string) {
		await writeLocal(this.#requireDb(), collection, 'delete', id);
		this.kick();
	}

	/**
	 * Takes back one's own record: one whose create still waits here (or failed) is simply
	 * dropped with every change made since, newest first (nobody ever saw it); a sent one
	 * is deleted on the server. Messages and the network's posts use it.
	 */
	async withdraw(collection: string, id: string) {
		const db = this.#requireDb();
		const waiting = await db.outbox.where('recordId').equals(id).toArray();
		if (!waiting.some((op) => op.kind === 'create')) return this.remove(collection, id);
		for (const op of waiting.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))) await this.discard(op.seq as number);
	}

	async retry(seq: number) {
		await retryOp(this.#requireDb(), seq);
		this.kick();
	}

	async discard(seq: number) {
		await discardOp(this.#requireDb(), seq);
		void this.syncNow();
	}

	/**
	 * Sends what waits, then pulls these collections again from the start: for a change
	 * that opens older records to this person (joining the network or a group: its posts
	 * are older than this device's cursor, so a delta pull would never bring them).
	 * Offline, the cursors go now and the next connection pulls from the start.
	 */
	async pullAgainAfterSending(collections: string[]) {
		const db = this.#requireDb();
		this.kick();
		while (this.#draining) await this.#draining;
		for (const name of collections) {
			await db.cursors.delete(name);
			if (!this.online) continue;
			try {
				await pullCollection(db, pb, name);
			} catch (error) {
				if (!isConnectionError(error)) console.error(`[sync] pulling ${name} failed`, error);
			}
		}
	}

	/**
	 * Pulls what changed in these collections now, and waits for it: after an online-only
	 * write (a coordinator changing someone else's account) whose effects on the server
	 * would otherwise reach this device only with realtime or the next pull. Deletions
	 * come as tombstones, so those are pulled too. Errors are the caller's to show.
	 */
	async pullChanges(collections: string[]) {
		const db = this.#requireDb();
		for (const name of [...collections, 'tombstones']) await pullCollection(db, pb, name);
	}

	// ---------------------------------------------------------------- sync
	/** Sends waiting changes soon (coalesced: one drain at a time). */
	kick() {
		if (!this.db || !this.online || this.needsLogin) return;
		if (this.#draining) {
			this.#again = true;
			return;
		}
		this.#draining = this.#drain()
			.catch((error) => {
				// Logging out (or another user) closes the database under a drain in flight:
				// nothing is lost, the ops stay in the outbox. Anything else is a real fault.
				if ((error as Error)?.name !== 'DatabaseClosedError') console.error('[sync] sending failed', error);
			})
			.finally(() => {
				this.#draining = null;
				if (this.#again) {
					this.#again = false;
					this.kick();
				}
			});
	}

	/** Pull every collection, then send. */
	async syncNow() {
		const db = this.db;
		if (!db || !this.online) return;
		this.syncing = true;
		let reachedServer = true;
		for (const { name } of syncedCollections) {
			try {
				await pullCollection(db, pb, name);
			} catch (error) {
				// Offline or server trouble: stop here; the next reconnect pulls again.
				// Any other error concerns this collection only; the others still sync.
				if (isConnectionError(error)) {
					reachedServer = false;
					break;
				}
				console.error(`[sync] pulling ${name} failed`, error);
			}
		}
		if (reachedServer) this.hydrated = true;
		this.syncing = false;
		this.kick();
	}

	async #connect() {
		const db = this.db;
		if (!db) return;
		try {
			this.#stopRealtime = await subscribeAll(db, pb, () => void this.syncNow());
		} catch {
			this.#stopRealtime = null; // realtime unavailable now; pulls still work
		}
		await this.syncNow();
	}

	async #drain() {
		const db = this.db;
		if (!db) return;
		// One tab at a time sends the outbox, so two open tabs never send an op twice.
		const run = async () => {
			const result = await drainOutbox(db, pb);
			if (result.kind === 'needs-login') this.needsLogin = true;
			if (result.kind === 'retry-later') this.#scheduleRetry();
		};
		if (navigator.locks) await navigator.locks.request(`sammen-outbox-${this.#userId}`, run);
		else await run();
	}

	#scheduleRetry() {
		if (this.#retryTimer) clearTimeout(this.#retryTimer);
		const attempts = Math.max(0, ...this.ops.map((op) => op.attempts));
		this.#retryTimer = setTimeout(() => this.kick(), backoffMs(attempts));
	}

	#requireDb(): SammenDb {
		if (!this.db) throw new Error('Sync engine is not started (nobody logged in).');
		return this.db;
	}

	#onOnline = () => {
		this.online = true;
		this.resume();
	};
	#onOffline = () => {
		this.online = false;
	};
}

function isConnectionError(error: unknown): boolean {
	const status = (error as { status?: number }).status;
	return status === undefined || status === 0 || status === 429 || status >= 500;
}

export const sync = new SyncEngine();

// Logging out deletes the user's local database (the UI warns first when changes wait).
onLogout(() => sync.wipe());
