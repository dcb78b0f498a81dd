// Scenario tables for the access-rule tests (in the style of PocketBase's and
// Presentator's ApiScenario tables): a test file states WHO sees WHICH records and
// WHO may or may not WRITE, as rows; these helpers turn every row into one test
// with the same checks, so no file repeats the assertion pairs by hand:
//   reading  — the actor lists exactly the visible records, views each of them,
//              and gets 404 for every other one;
//   refusing — the write fails with the expected status, and a superuser re-read
//              shows the database as it was (nothing stored, nothing changed);
//   short tables — refusedCreates / refusedUpdates / refusedDeletes: the usual
//              refusals as [who, actor, record, change] rows, for one collection.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { expect, it } from 'vitest';
import { failureStatus, listIds, type Actor, type World } from './fixtures';

/**
 * The world as a table sees it: `as` signs in the table's actors. The shared world's
 * people by default; a file with people of its own (supports' IT helpers) passes a
 * world whose `as` knows them too.
 */
export type WorldAs<A extends string = Actor> = Omit<World, 'as'> & { as(actor: A): Promise<PocketBase> };

// ------------------------------------------------------------------ who sees

export interface WhoSees<K extends string, A extends string = Actor> {
	/** The file's world (built in beforeAll, so given as a function). */
	world: () => WorldAs<A>;
	collection: string;
	/** The records at stake, by key; the table names these keys. */
	records: () => Record<K, RecordModel>;
	/** One row per actor: the keys of exactly the records they may see. */
	table: [A, K[]][];
	/** In test names: "%s lists exactly the <noun> they may see". */
	noun: string;
	/** The field a view must return unchanged (default: id). */
	field?: string;
	/**
	 * Count only `records` in the list. Without it the actor's whole list must be
	 * exactly the visible records (stronger: use it when nothing else in the
	 * collection can be visible to the actors).
	 */
	scoped?: boolean;
}

/** Two tests per row: the list is exactly the visible records; views work for those and 404 for the rest. */
export function whoSees<K extends string, A extends string = Actor>(spec: WhoSees<K, A>): void {
	const { world, collection, records, table, noun, field = 'id', scoped = false } = spec;
	const entries = () => Object.entries(records()) as [K, RecordModel][];

	it.each(table)(`%s lists exactly the ${noun} they may see`, async (actor, visible) => {
		const filter = scoped ? entries().map(([, r]) => `id = "${r.id}"`).join(' || ') : '';
		const expected = visible.map((key) => records()[key].id).sort();
		expect(await listIds(await world().as(actor), collection, filter)).toEqual(expected);
	});

	it.each(table)('%s views those and gets 404 for the others', async (actor, visible) => {
		const pb = await world().as(actor);
		for (const [key, record] of entries()) {
			const request = pb.collection(collection).getOne(record.id);
			if (visible.includes(key)) expect((await request)[field], `${actor} viewing ${key}`).toEqual(record[field]);
			else expect(await failureStatus(request), `${actor} viewing ${key}`).toBe(404);
		}
	});
}

// ------------------------------------------------------------------ who may not write

/** What the superuser re-read after a refusal must find. */
export type Unchanged =
	/** the record is still exactly this (an edit or delete was refused) */
	| { collection: string; record: RecordModel }
	/** this many records match the filter (default 0: a create stored nothing) */
	| { collection: string; filter: string; params?: Record<string, unknown>; count?: number }
	/** anything else the test must re-check (e.g. the old password still works) */
	| (() => Promise<void>);

/** A refusal's HTTP status, or the statuses it may be (e.g. [400, 403]: a rule or a hook refuses). */
export type Status = number | readonly number[];

/** The request is refused with `status` (or one of them), and a superuser re-read shows nothing changed. */
export async function expectRefused(world: Pick<World, 'reread' | 'count'>, attempt: Promise<unknown>, status: Status, unchanged: Unchanged) {
	const got = await failureStatus(attempt);
	if (typeof status === 'number') expect(got).toBe(status);
	else expect(status).toContain(got);
	if (typeof unchanged === 'function') await unchanged();
	else if ('record' in unchanged) {
		expect(await world.reread(unchanged.collection, unchanged.record.id)).toEqual(unchanged.record);
	} else {
		expect(await world.count(unchanged.collection, unchanged.filter, unchanged.params)).toBe(unchanged.count ?? 0);
	}
}

/** As Unchanged, or: as many records match the filter as did just before the attempt (where others may exist). */
export type UnchangedFromBefore = Unchanged | { collection: string; filter: string; params?: Record<string, unknown>; count: 'asBefore' };

export interface Refusal<C, A extends string = Actor> {
	/** The test name, e.g. "a mentor cannot delete it". The status is added. */
	name: string;
	/** Who tries: an actor of the world, or a sign-in of what `given` made (a throwaway user). */
	as: A | ((given: C, world: WorldAs<A>) => Promise<PocketBase>);
	/** The status PocketBase refuses with (400 create, 404 hidden record, 403 nobody), or the ones it may. */
	status: Status;
	/** Makes what this case needs (throwaway records via world.temp) before the attempt. */
	given?: (world: WorldAs<A>) => Promise<C>;
	/** The write, with the client signed in as `as`. */
	attempt: (pb: PocketBase, given: C, world: WorldAs<A>) => Promise<unknown>;
	/** What the superuser re-read must still find (asked before the attempt, so 'asBefore' can count first). */
	unchanged: (given: C, world: WorldAs<A>) => UnchangedFromBefore;
}

/** One test per row (give C, what `given` makes, explicitly: refusals<RecordModel>(…)): refused with the row's status, and the re-read shows nothing changed. */
export function refusals<C = undefined, A extends string = Actor>(world: () => WorldAs<A>, rows: Refusal<C, A>[]): void {
	it.each(rows.map((row) => [row.name, [row.status].flat().join(' or '), row] as const))('%s (%s)', async (_, __, row) => {
		const { status } = row;
		const w = world();
		const given = (row.given ? await row.given(w) : undefined) as C;
		let unchanged = row.unchanged(given, w);
		if (typeof unchanged !== 'function' && 'filter' in unchanged && unchanged.count === 'asBefore') {
			unchanged = { ...unchanged, count: await w.count(unchanged.collection, unchanged.filter, unchanged.params) };
		}
		const pb = typeof row.as === 'function' ? await row.as(given, w) : await w.as(row.as);
		const attempt = row.attempt(pb, given, w);
		await expectRefused(w, attempt, status, unchanged as Unchanged);
	});
}

// ------------------------------------------------------------------ short tables for the usual refusals

/** The record at stake, as it is now: a fixed one of the world, or a throwaway made for the test. */
type Target<A extends string = Actor> = (world: WorldAs<A>) => RecordModel | Promise<RecordModel>;

/**
 * One test per row [who, actor, data]: creating `data` as the actor is refused with
 * `status` (default 400), and `stored(data)` finds nothing (or the count it names).
 */
export function refusedCreates<D extends Record<string, unknown>, A extends string = Actor>(
	world: () => WorldAs<A>,
	collection: string,
	rows: readonly (readonly [who: string, as: A, data: () => D | Promise<D>])[],
	stored: (data: D) => UnchangedFromBefore,
	status: Status = 400
): void {
	refusals<D, A>(
		world,
		rows.map(([who, as, data]) => ({
			name: `${who} cannot create it (nothing stored)`,
			as,
			status,
			given: async () => data(),
			attempt: (pb, body) => pb.collection(collection).create(body),
			unchanged: stored
		}))
	);
}

/** One test per row [who, actor, record, change]: the update is refused with `status` (default 404), the record stays exactly as it was. */
export function refusedUpdates<A extends string = Actor>(
	world: () => WorldAs<A>,
	collection: string,
	rows: readonly (readonly [who: string, as: A, record: Target<A>, change: () => Record<string, unknown>])[],
	status: Status = 404
): void {
	refusals<RecordModel, A>(
		world,
		rows.map(([who, as, record, change]) => ({
			name: `${who} cannot change it (nothing changes)`,
			as,
			status,
			given: async (w) => record(w),
			attempt: (pb, target) => pb.collection(collection).update(target.id, change()),
			unchanged: (target) => ({ collection, record: target })
		}))
	);
}

/** One test per row [who, actor, record]: the delete is refused with `status` (default 404), the record stays exactly as it was. */
export function refusedDeletes<A extends string = Actor>(
	world: () => WorldAs<A>,
	collection: string,
	rows: readonly (readonly [who: string, as: A, record: Target<A>])[],
	status: Status = 404
): void {
	refusals<RecordModel, A>(
		world,
		rows.map(([who, as, record]) => ({
			name: `${who} cannot delete it (still there)`,
			as,
			status,
			given: async (w) => record(w),
			attempt: (pb, target) => pb.collection(collection).delete(target.id),
			unchanged: (target) => ({ collection, record: target })
		}))
	);
}

export interface NobodyWrites<D> {
	world: () => World;
	collection: string;
	actors: readonly Actor[];
	/** What a create tries; `stored(data)` is the filter that must then still match nothing. */
	create: () => D;
	stored: (data: D) => string;
	/** The record the update and the delete try. */
	existing: Target;
	change: Record<string, unknown>;
	/** Default 403: the rule is null (only hooks and superusers write). */
	status?: Status;
}

/** For each actor three tests: create, update and delete are refused and nothing changes. */
export function nobodyWrites<D extends Record<string, unknown>>(spec: NobodyWrites<D>): void {
	const { world, collection, actors, create, stored, existing, change, status = 403 } = spec;
	refusedCreates(world, collection, actors.map((a) => [a, a, create]), (data) => ({ collection, filter: stored(data) }), status);
	refusedUpdates(world, collection, actors.map((a) => [a, a, existing, () => change]), status);
	refusedDeletes(world, collection, actors.map((a) => [a, a, existing]), status);
}

// ------------------------------------------------------------------ an allowed write

/** An allowed create: made as the actor (deleted after the test); returns the record as stored (a superuser re-read). */
export async function createdAs(world: World, actor: Actor, collection: string, data: Record<string, unknown>): Promise<RecordModel> {
	const created = await (await world.as(actor)).collection(collection).create(data);
	world.cleanUp(collection, created.id);
	return world.reread(collection, created.id);
}
