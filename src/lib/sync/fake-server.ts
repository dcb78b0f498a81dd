// For unit tests only: a small stand-in for the network boundary of the sync engine,
// i.e. the few PocketBase SDK calls push, pull and realtime make, over records kept in
// memory. It answers the way PocketBase does where the engine depends on it (a taken
// id, 404, 409 on an old `_base`, ClientResponseError with status 0 when offline).
// The real server is tested in tests/api/sync-*.test.ts; this lets the engine's own
// logic (order, holding back, replays, pauses, cursors, sweeps) be tested without one.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import type { SyncedRecord } from './types';

type Call = { method: 'create' | 'update' | 'delete' | 'getOne' | 'getList' | 'authRefresh'; collection: string; id?: string };

/** Refuses the next matching call with this status (0: the network is gone), once. */
type Refusal = { method: Call['method']; collection?: string; id?: string; status: number; data?: Record<string, unknown> };

const pbDate = (ms: number) => new Date(ms).toISOString().replace('T', ' ');

export class FakeServer {
	/** collection → id → record, as the server has it. */
	readonly tables = new Map<string, Map<string, SyncedRecord>>();
	/** Every call that reached the server, in order. */
	readonly calls: Call[] = [];
	/** No network: every call fails with status 0, as the SDK's fetch does. */
	offline = false;
	/** The client holds a login the server still accepts. */
	loggedIn = true;
	/** The server no longer accepts the token (authRefresh answers 401). */
	tokenRevoked = false;
	#refusals: Refusal[] = [];
	#clock = Date.parse('2026-11-20T12:00:00Z');
	#filters: Array<{ expr: string; params: Record<string, unknown> }> = [];

	table(collection: string): Map<string, SyncedRecord> {
		let table = this.tables.get(collection);
		if (!table) this.tables.set(collection, (table = new Map()));
		return table;
	}

	/** A record that is on the server already (given its own `updated`, a tick later than the last). */
	put(collection: string, data: Omit<SyncedRecord, 'updated'> & { updated?: string }): SyncedRecord {
		const record = { ...data, updated: data.updated ?? this.#tick() } as SyncedRecord;
		this.table(collection).set(record.id, record);
		return record;
	}

	refuseNext(refusal: Refusal) {
		this.#refusals.push(refusal);
	}

	/** The calls of one method, as "collection/id" (or just the collection). */
	callsOf(method: Call['method']): string[] {
		return this.calls.filter((c) => c.method === method).map((c) => (c.id ? `${c.collection}/${c.id}` : c.collection));
	}

	/** A client for the engine: PocketBase's SDK surface that push, pull and realtime use. */
	client(): PocketBase {
		const isLoggedIn = () => this.loggedIn;
		return {
			authStore: {
				get isValid() {
					return isLoggedIn();
				},
				record: { id: 'me', collectionName: 'users' }
			},
			filter: (expr: string, params: Record<string, unknown> = {}) => `⟦${this.#filters.push({ expr, params }) - 1}⟧`,
			realtime: { subscribe: async () => async () => undefined },
			collection: (name: string) => this.#service(name)
		} as unknown as PocketBase;
	}

	#service(collection: string) {
		const call = async <T>(method: Call['method'], id: string | undefined, answer: () => T): Promise<T> => {
			this.calls.push({ method, collection, ...(id ? { id } : {}) });
			if (this.offline) throw new ClientResponseError({ status: 0 });
			const at = this.#refusals.findIndex(
				(r) => r.method === method && (!r.collection || r.collection === collection) && (!r.id || r.id === id)
			);
			if (at >= 0) {
				const [refusal] = this.#refusals.splice(at, 1);
				throw refused(refusal!.status, refusal!.data);
			}
			return answer();
		};
		const table = this.table(collection);
		return {
			create: (body: Record<string, unknown>) =>
				call('create', String(body.id), () => {
					const id = String(body.id);
					if (table.has(id)) throw refused(400, { id: { code: 'validation_not_unique', message: 'Value must be unique.' } });
					const record = { ...body, id, created: this.#tick(), updated: this.#tick() } as SyncedRecord;
					table.set(id, record);
					return { ...record };
				}),
			update: (id: string, body: Record<string, unknown>) =>
				call('update', id, () => {
					const current = table.get(id);
					if (!current) throw refused(404);
					const { _base, ...change } = body;
					if (_base !== undefined && _base !== current.updated) throw refused(409);
					const record = { ...current, ...change, id, updated: this.#tick() };
					table.set(id, record);
					return { ...record };
				}),
			delete: (id: string) =>
				call('delete', id, () => {
					if (!table.delete(id)) throw refused(404);
					return true;
				}),
			getOne: (id: string) =>
				call('getOne', id, () => {
					const record = table.get(id);
					if (!record) throw refused(404);
					return { ...record };
				}),
			getList: (page: number, perPage: number, options: { filter?: string; fields?: string } = {}) =>
				call('getList', undefined, () => {
					const keep = this.#parse(options.filter ?? '');
					const all = [...table.values()]
						.filter(keep)
						.sort((a, b) => String(a.updated).localeCompare(String(b.updated)) || a.id.localeCompare(b.id));
					const items = all.slice((page - 1) * perPage, page * perPage);
					return { page, perPage, items: items.map((r) => (options.fields === 'id' ? { id: r.id } : { ...r })) };
				}),
			authRefresh: () =>
				call('authRefresh', undefined, () => {
					if (this.tokenRevoked) throw refused(401);
					return {};
				}),
			subscribe: async () => async () => undefined
		};
	}

	/** The filters pull.ts builds (through `filter()` above), joined with &&. */
	#parse(filter: string): (record: SyncedRecord) => boolean {
		const parts = [...filter.matchAll(/⟦(\d+)⟧/g)].map((m) => this.#filters[Number(m[1])]!);
		const tests = parts.map(({ expr, params }) => {
			const updated = (r: SyncedRecord) => String(r.updated);
			if (expr === 'updated >= {:since}') return (r: SyncedRecord) => updated(r) >= String(params.since);
			if (expr === '(updated > {:u} || (updated = {:u} && id > {:id}))') {
				const u = String(params.u);
				return (r: SyncedRecord) => updated(r) > u || (updated(r) === u && r.id > String(params.id));
			}
			// a collection's window (schema.ts): `<date field> >= {:from}`
			const window = /^(\w+) >= \{:from\}$/.exec(expr);
			if (window) return (r: SyncedRecord) => String(r[window[1]!] ?? '') >= String(params.from);
			throw new Error(`the fake server does not know the filter ${expr}`);
		});
		return (record) => tests.every((test) => test(record));
	}

	#tick(): string {
		this.#clock += 1;
		return pbDate(this.#clock);
	}
}

function refused(status: number, data: Record<string, unknown> = {}) {
	return new ClientResponseError({ status, response: { code: status, message: 'Refused.', data } });
}
