// For tests only (unit tests beside the code, the API tests, the benchmarks): one
// fresh device database per call, in fake-indexeddb (Node has no IndexedDB), with a
// unique name so tests never share one, closed and deleted when the test finishes.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { onTestFinished } from 'vitest';
import { SammenDb } from './db';

/** A new, empty SammenDb; call it inside a test or a beforeEach. */
export function freshDb(prefix = 'test'): SammenDb {
	const db = new SammenDb(`${prefix}-${randomUUID()}`);
	onTestFinished(async () => {
		db.close();
		await db.delete();
	});
	return db;
}
