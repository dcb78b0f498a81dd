import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byRecipient } from './realtime';
import { syncedCollections } from './schema';

// The server sends these collections by recipient (pocketbase/fanout.go, learnerOf);
// a collection on one list only would reach devices twice or never.
const fanout = readFileSync(resolve(import.meta.dirname, '../../../pocketbase/fanout.go'), 'utf8');
const serverList = new Set(
	[...(fanout.match(/var learnerOf = map[^{]*\{([\s\S]*?)\n\}/)?.[1] ?? '').matchAll(/^\s*"([a-z_]+)":/gm)].map((m) => m[1])
);

describe('realtime by recipient', () => {
	it('the app and PocketBase name the same collections', () => {
		expect(serverList.size).toBeGreaterThan(10);
		expect([...byRecipient].sort()).toEqual([...serverList].sort());
	});

	it('every one of them is a synced collection', () => {
		const synced = new Set(syncedCollections.map((c) => c.name));
		expect([...byRecipient].filter((name) => !synced.has(name))).toEqual([]);
	});
});
