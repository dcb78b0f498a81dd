import { liveQuery } from 'dexie';
import type { SammenDb } from './db';
import { sync } from './engine.svelte';

/**
 * Reads local data and stays up to date: re-runs when the tables it read change
 * (local writes, pulls, realtime), and when `deps()` changes (it may read runes).
 * Call it while a component initialises.
 */
export function live<T, D = void>(query: (db: SammenDb, deps: D) => Promise<T>, initial: T, deps?: () => D) {
	let value = $state<T>(initial);
	let loading = $state(true);
	let error = $state<unknown>(null);

	$effect(() => {
		const db = sync.db;
		// Read the dependencies here, inside the effect, so a change re-runs the query.
		const current = deps ? deps() : (undefined as D);
		if (!db) return;
		const subscription = liveQuery(() => query(db, current)).subscribe({
			next: (next) => {
				value = next;
				loading = false;
				error = null;
			},
			error: (e) => {
				error = e;
				loading = false;
			}
		});
		return () => subscription.unsubscribe();
	});

	return {
		get current() {
			return value;
		},
		get loading() {
			return loading;
		},
		get error() {
			return error;
		}
	};
}
