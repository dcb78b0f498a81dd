// The sync engine's pull against a real PocketBase: a first pull larger than one
// page arrives whole, a second pull brings only what changed, and a deletion
// reaches the device as a tombstone.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '$lib/sync/test-fixtures';
import { pullCollection } from '$lib/sync/pull';
import { buildWorld, type World } from './fixtures';

let world: World;

beforeAll(async () => {
	world = await buildWorld();
});

describe('pull', () => {
	it('brings a collection larger than one page whole, then only what changed', async () => {
		// 1,200 tombstones: more than two pages of 500
		const made = new Set<string>();
		for (let i = 0; i < 1200; i += 50) {
			const batch = await Promise.all(
				Array.from({ length: 50 }, (_, k) =>
					world.su.collection('tombstones').create({ collection: 'pull-test', record: `r${i + k}` }, { requestKey: null })
				)
			);
			for (const stone of batch) made.add(stone.id);
		}
		const learner = await world.as('learner');
		const db = freshDb('pull');
		const first = await pullCollection(db, learner, 'tombstones');
		const local = new Set(await db.records('tombstones').toCollection().primaryKeys());
		expect([...made].every((id) => local.has(id))).toBe(true);
		expect(local.size).toBe(await world.count('tombstones', 'id != ""'));
		expect(first).toBe(local.size);

		// Nothing changed: a second pull stores no new records (it looks back a few
		// seconds, so it may fetch recent ones again, harmlessly).
		await pullCollection(db, learner, 'tombstones');
		expect(await db.records('tombstones').count()).toBe(local.size);

		const cls = await world.su.collection('classes').create({ name: `Delta ${world.tag}`, school: world.schools.A.id });
		await pullCollection(db, await world.as('coordinator'), 'classes');
		expect(await db.records('classes').get(cls.id)).toMatchObject({ name: `Delta ${world.tag}` });

		// Deleted on the server: the tombstone removes the local copy.
		await world.su.collection('classes').delete(cls.id);
		await pullCollection(db, learner, 'tombstones');
		expect(await db.records('classes').get(cls.id)).toBeUndefined();
	}, 60_000);
});
