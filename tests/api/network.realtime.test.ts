// Fællesskab (issue 14) live: a group's posts reach its members and coordinators online on
// their own topic (pocketbase/fanout.go, groupOf), checked per person by the list rule; a
// post a moderator hides reaches its former readers as a delete, so their devices drop it.
// Twice: devices straight to PocketBase, and through the app's door, whose relay carries a
// group's changes in one write (pocketbase/relay.go, scripts/lib/realtime-relay.mjs).
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { freePort } from '../../scripts/lib/pocketbase.mjs';
import { startApiServer, type RunningServer } from '../../scripts/lib/server.mjs';
import { subscribeAll, subscribeChanges, type RealtimeChange } from '$lib/sync/realtime';
import { freshDb } from '$lib/sync/test-fixtures';
import type { SammenDb } from '$lib/sync/db';
import type { World } from './fixtures';
import { realtimeClient } from './flags.fixtures';
import { buildNetworkWorld, type NetWorld } from './network.fixtures';
import { watchLive, type Watching } from './realtime-watch';

let net: NetWorld;
const watchers = ['learner', 'classmate', 'stranger', 'learnerB', 'mentor', 'coordinator', 'teacher'] as const;
type Watcher = (typeof watchers)[number];
let learnerDb: SammenDb;

beforeAll(async () => {
	net = await buildNetworkWorld();
});

const about = (id: string, action: string) => (c: RealtimeChange) => c.collection === 'posts' && c.record.id === id && c.action === action;
async function until(check: () => Promise<boolean>) {
	for (let i = 0; i < 300 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
	return check();
}

const ways = [
	{ way: 'straight to PocketBase', viaDoor: false },
	{ way: 'through the app’s door', viaDoor: true }
];

describe.each(ways)('the network live, $way', ({ viaDoor }) => {
	let door: RunningServer | undefined;
	let url: string | undefined;
	let live: Watching<Watcher>;
	beforeAll(async () => {
		if (viaDoor) {
			// the door passes on our devices' fake addresses (as behind the school's proxy), for the rate limits
			process.env.SAMMEN_BEHIND_PROXY = '1';
			door = await startApiServer({ pbUrl: inject('pbUrl'), port: await freePort(), superuser: inject('superuser') });
			for (let i = 0; i < 300 && !door.relay.stats.connected; i++) await new Promise((r) => setTimeout(r, 100));
			expect(door.relay.stats.connected).toBe(true);
			url = door.url;
		}
		live = await watchLive(net.world, watchers, url);
	});
	afterAll(async () => {
		await live?.stop();
		await door?.close();
		delete process.env.SAMMEN_BEHIND_PROXY;
	});
	const arrived = (to: readonly Watcher[], match: (c: RealtimeChange) => boolean) => live.receivers(to, match);
	/** Through the door, the group's changes came by its relay (not each by PocketBase to each device). */
	const relayedSince = (before: number) => (viaDoor ? door!.relay.stats.relayed - before : 1);
	const relayedNow = () => door?.relay.stats.relayed ?? 0;

	it('a post reaches the members and the coordinators, nobody else; hidden, the members get a delete and drop it', async () => {
		// the learner's second device: the sync engine's own live path into its database
		learnerDb = freshDb('network-live');
		const device = await realtimeClient(net.world, 'learner', url);
		const stopDevice = await subscribeAll(learnerDb, device, () => undefined);
		// registered after freshDb's clean-up, so it runs first: no live change into a closed database
		onTestFinished(async () => {
			await stopDevice();
			device.realtime.unsubscribe().catch(() => undefined);
		});
		const pb = await net.as('classmate');
		const before = relayedNow();
		const post = await pb.collection('posts').create({ group: net.groups.open.id, author: net.users.classmate.id, text: 'Live', status: 'visible' });
		net.cleanUp('posts', post.id);
		// the open group crosses schools: every school's coordinators moderate it
		expect(await arrived(['learner', 'classmate', 'learnerB', 'mentor', 'coordinator'], about(post.id, 'create'))).toEqual([
			'learner',
			'classmate',
			'learnerB',
			'mentor',
			'coordinator'
		]);
		expect(await until(async () => (await learnerDb.records('posts').get(post.id)) !== undefined)).toBe(true);
		// the ordinary members' copies (learner on two devices, learnerB) came by the relay
		expect(relayedSince(before)).toBeGreaterThan(0);

		await (await net.as('mentor')).collection('posts').update(post.id, { status: 'hidden', hiddenReason: 'Uvenligt' });
		expect(await arrived(['classmate', 'mentor', 'coordinator'], about(post.id, 'update'))).toEqual(['classmate', 'mentor', 'coordinator']);
		expect(await arrived(['learner', 'learnerB'], about(post.id, 'delete'))).toEqual(['learner', 'learnerB']);
		// the delete says nothing but the id
		const drop = live.got.get('learner')!.find(about(post.id, 'delete'))!;
		expect(Object.keys(drop.record)).toEqual(['id']);
		expect(await until(async () => (await learnerDb.records('posts').get(post.id)) === undefined)).toBe(true);
	});

	it('a reaction reaches the group; a block only the blocker', async () => {
		const pb = await net.as('learnerB');
		const reaction = await pb.collection('post_reactions').create({ post: net.posts.visible.id, user: net.users.learnerB.id, kind: 'tak' });
		net.cleanUp('post_reactions', reaction.id);
		const isIt = (c: RealtimeChange) => c.collection === 'post_reactions' && c.record.id === reaction.id;
		expect(await arrived(['learner', 'classmate', 'learnerB', 'mentor'], isIt)).toEqual(['learner', 'classmate', 'learnerB', 'mentor']);
		const block = await (await net.as('classmate')).collection('blocks').create({ blocker: net.users.classmate.id, blocked: net.users.learner.id });
		net.cleanUp('blocks', block.id);
		expect(await arrived(['classmate'], (c) => c.collection === 'blocks' && c.record.id === block.id)).toEqual(['classmate']);
	});

	it('a report reaches the reporter, the moderators and the coordinators of its school, never the author', async () => {
		const p = await net.temp('posts', { group: net.groups.open.id, author: net.users.classmate.id, text: 'Anmeld mig', status: 'visible' });
		const r = await (await net.as('learner')).collection('reports').create({ target: 'posts', post: p.id, reason: 'spam', reporter: net.users.learner.id, status: 'open' });
		net.cleanUp('reports', r.id);
		const isIt = (c: RealtimeChange) => c.collection === 'reports' && c.record.id === r.id;
		expect(await arrived(['learner', 'mentor', 'coordinator'], isIt)).toEqual(['learner', 'mentor', 'coordinator']);
	});

	// fanout.go asks the rule once per class of ordinary members (readersAlike): whoever is
	// not an ordinary member is asked alone. Each must get exactly what their own request returns.
	it('each kind of reader gets exactly what their own request returns: ordinary members, a blocker, the blocked author, a moderator, a coordinator, non-members', async () => {
		const people = ['learner', 'classmate', 'learnerB', 'paused', 'blocked', 'mentor', 'coordinator', 'coordinatorB', 'stranger', 'teacher'] as const;
		type Who = (typeof people)[number];
		const seen = new Map<Who, RealtimeChange[]>();
		const opened: { pb: PocketBase; stop: () => Promise<void> }[] = [];
		onTestFinished(async () => {
			for (const { pb, stop } of opened) {
				await stop();
				pb.realtime.unsubscribe().catch(() => undefined);
			}
		});
		for (const who of people) {
			// the two extra people of the network's world sign in with their own e-mail
			const world = who === 'blocked' || who === 'paused' ? ({ ...net.world, email: () => `${who}.${net.world.tag}@sammen.test` } as World) : net.world;
			const pb = await realtimeClient(world, who === 'blocked' || who === 'paused' ? 'learner' : who, url);
			seen.set(who, []);
			opened.push({ pb, stop: await subscribeChanges(pb, (change) => seen.get(who)!.push(change), () => undefined) });
		}
		// what each one's own request returns now (null: refused)
		const own = async (id: string) =>
			new Map(await Promise.all(people.map(async (who) => [who, await (await net.as(who)).collection('posts').getOne(id).catch(() => null)] as const)));
		const events = (id: string, action: string) => new Map(people.map((who) => [who, seen.get(who)!.filter(about(id, action))]));
		const settle = async (id: string, action: string, expected: number) => {
			for (let i = 0; i < 300 && [...events(id, action).values()].filter((e) => e.length > 0).length < expected; i++) await new Promise((r) => setTimeout(r, 100));
			await new Promise((r) => setTimeout(r, 1500));
		};

		// the blocked person writes: the learner blocked them; the mentor moderates the open group
		const before = relayedNow();
		const post = await (await net.as('blocked')).collection('posts').create({ group: net.groups.open.id, author: net.uid('blocked'), text: 'Hej fra Birger', status: 'visible' });
		net.cleanUp('posts', post.id);
		let answers = await own(post.id);
		const readers = people.filter((who) => answers.get(who));
		expect(readers).toEqual(['classmate', 'learnerB', 'paused', 'blocked', 'mentor', 'coordinator', 'coordinatorB']);
		await settle(post.id, 'create', readers.length);
		for (const who of people) {
			const got = events(post.id, 'create').get(who)!;
			const mine = answers.get(who);
			expect({ who, got: got.map((c) => c.record) }).toEqual({ who, got: mine ? [JSON.parse(JSON.stringify(mine))] : [] });
		}

		expect(relayedSince(before)).toBeGreaterThan(0);

		// the moderator hides it: the members who read it get an id-only delete; the author,
		// the moderator and the coordinators an update equal to their own request
		await (await net.as('mentor')).collection('posts').update(post.id, { status: 'hidden', hiddenReason: 'Spam' });
		answers = await own(post.id);
		const still = people.filter((who) => answers.get(who));
		expect(still).toEqual(['blocked', 'mentor', 'coordinator', 'coordinatorB']);
		await settle(post.id, 'update', still.length);
		await settle(post.id, 'delete', 3);
		for (const who of people) {
			const updates = events(post.id, 'update').get(who)!.map((c) => c.record);
			const deletes = events(post.id, 'delete').get(who)!.map((c) => c.record);
			const mine = answers.get(who);
			const hadIt = readers.includes(who);
			expect({ who, updates, deletes }).toEqual({
				who,
				updates: mine ? [JSON.parse(JSON.stringify(mine))] : [],
				deletes: !mine && hadIt ? [{ id: post.id }] : []
			});
		}
	});
});
