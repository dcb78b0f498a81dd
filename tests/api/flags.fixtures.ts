// Helpers for the caseload-and-flags API tests (flags*.test.ts, notes*.test.ts).
import { EventSource } from 'eventsource';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { newClient, nextFakeIp, PASSWORD, type Person, type World } from './fixtures';

export type FlagFields = {
	category?: string;
	urgency?: string;
	learnerText?: string;
	status?: string;
	[field: string]: unknown;
};

/** What a teacher sends to raise a flag. */
export function flagBody(world: World, learner: Person, by: Person, fields: FlagFields = {}) {
	return {
		learner: world.users[learner].id,
		school: world.users[learner].school,
		raisedBy: world.users[by].id,
		category: 'reading',
		urgency: 'concern',
		status: 'new',
		learnerText: '',
		...fields
	};
}

/**
 * A flag made by the superuser, moved on to `status` the way a mentor would (the
 * hooks stamp it). `temporary` flags are deleted when the test finishes.
 */
export async function makeFlag(
	world: World,
	learner: Person,
	by: Person,
	fields: FlagFields & { status?: 'new' | 'acknowledged' | 'in_progress' | 'closed' } = {},
	temporary = true
): Promise<RecordModel> {
	const { status = 'new', hiddenFromLearner, hiddenReason, outcome, ...rest } = fields;
	const create = temporary ? world.temp.bind(world) : (c: string, d: Record<string, unknown>) => world.su.collection(c).create(d);
	let flag = await create('flags', flagBody(world, learner, by, rest));
	const later: Record<string, unknown> = {};
	if (status !== 'new') later.status = status;
	if (status === 'closed') later.outcome = outcome ?? 'talk_held';
	if (hiddenFromLearner) Object.assign(later, { hiddenFromLearner, hiddenReason });
	if (Object.keys(later).length) flag = await world.su.collection('flags').update(flag.id, later);
	return flag;
}

/** Notifications queued for a user since a moment (as superuser). */
export async function notificationsFor(world: World, person: Person | string, since: string): Promise<RecordModel[]> {
	const user = person in world.users ? world.users[person as Person].id : person;
	return world.su
		.collection('notifications')
		.getFullList({ filter: world.su.filter('user = {:user} && created >= {:since}', { user, since }), sort: 'created' });
}

/** Audit rows about a learner since a moment (as superuser). */
export async function auditFor(world: World, learner: Person, since: string, filter = ''): Promise<RecordModel[]> {
	const base = world.su.filter('learner = {:learner} && created >= {:since}', { learner: world.users[learner].id, since });
	return world.su
		.collection('audit_log')
		.getFullList({ filter: filter ? `${base} && (${filter})` : base, sort: 'created' });
}

/** Now, as a PocketBase date (PocketBase runs on this machine: records made after it are "since"). */
export const justNow = () => new Date().toISOString().replace('T', ' ');

const ipParam = 'fake-client-ip';
class FromItsIp extends EventSource {
	constructor(url: string | URL, init?: EventSourceInit) {
		const target = new URL(url);
		const ip = target.searchParams.get(ipParam) ?? '';
		target.searchParams.delete(ipParam);
		super(target, {
			...init,
			fetch: (input, options) => fetch(input, { ...options, headers: { ...(options?.headers ?? {}), 'X-Forwarded-For': ip } })
		});
	}
}

/**
 * A client signed in as `person` whose realtime works in Node: the SDK needs an
 * EventSource (Node 20 has none), and PocketBase wants the stream and the subscription
 * from the same client address, so both carry the client's fake IP. The SDK makes a new
 * EventSource on every reconnect, from the global class, so the address rides in the
 * stream's URL (this client's buildURL) and the one global class puts it in the header.
 * `url`: another way in, e.g. the app's door (scripts/lib/server.mjs).
 */
export async function realtimeClient(world: World, person: Person, url?: string): Promise<PocketBase> {
	const ip = nextFakeIp();
	(globalThis as { EventSource?: unknown }).EventSource = FromItsIp;
	const pb = newClient(ip, url);
	const buildURL = pb.buildURL.bind(pb);
	pb.buildURL = (path: string) => (path === '/api/realtime' ? `${buildURL(path)}?${ipParam}=${ip}` : buildURL(path));
	await pb.collection('users').authWithPassword(world.email(person), PASSWORD);
	return pb;
}
