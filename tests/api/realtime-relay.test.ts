// The door's relay (pocketbase/relay.go, scripts/lib/realtime-relay.mjs): only the door,
// signed in as the superuser (beforeAll: its stream is open), may follow a door's topic; when the door's own stream goes,
// its devices reconnect and a group's changes reach them straight from PocketBase again.
// (What each reader gets through the relay: network.realtime.test.ts, run both ways.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../scripts/lib/pocketbase.mjs';
import { startApiServer, type RunningServer } from '../../scripts/lib/server.mjs';
import type { RealtimeChange } from '$lib/sync/realtime';
import { realtimeClient } from './flags.fixtures';
import { buildNetworkWorld, type NetWorld } from './network.fixtures';
import { watchLive, type Watching } from './realtime-watch';

let net: NetWorld;
let door: RunningServer;
let live: Watching<'learner' | 'learnerB' | 'stranger'>;

const wait = async (check: () => boolean) => {
	for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
	return check();
};

beforeAll(async () => {
	net = await buildNetworkWorld();
	process.env.SAMMEN_BEHIND_PROXY = '1'; // the devices' fake addresses pass the door, for the rate limits
	door = await startApiServer({ pbUrl: inject('pbUrl'), port: await freePort(), superuser: inject('superuser') });
	expect(await wait(() => door.relay.stats.connected)).toBe(true);
	live = await watchLive(net.world, ['learner', 'learnerB', 'stranger'], door.url);
});
afterAll(async () => {
	await live?.stop();
	await door?.close();
	delete process.env.SAMMEN_BEHIND_PROXY;
});

describe('a door’s topic', () => {
	it.each(['learner', 'mentor', 'coordinator'] as const)('is refused to a %s, straight or through the door', async (who) => {
		for (const url of [undefined, door.url]) {
			const pb = await realtimeClient(net.world, who, url);
			await expect(pb.realtime.subscribe(`sammen/door/${door.relay.id}`, () => undefined)).rejects.toMatchObject({ status: 403 });
			pb.realtime.unsubscribe().catch(() => undefined);
		}
	});
});

describe('when the door’s stream goes', () => {
	it('the devices reconnect and a post still reaches its members, once, straight from PocketBase', async () => {
		const post = (text: string) =>
			net.temp('posts', { group: net.groups.open.id, author: net.users.classmate.id, text, status: 'visible' });
		const isIt = (id: string) => (c: RealtimeChange) => c.collection === 'posts' && c.action === 'create' && c.record.id === id;

		const first = await post('Gennem døren');
		const one = await live.arrived(['learner', 'learnerB'], isIt(first.id));
		expect([one.learner.length, one.learnerB.length, one.stranger.length]).toEqual([1, 1, 0]);
		expect(door.relay.stats.relayed).toBeGreaterThanOrEqual(2); // both came by the relay

		door.relay.close(); // its stream ends; the device streams it carried are closed with it
		const relayed = door.relay.stats.relayed;
		// the SDK reconnects and subscribes again by itself: wait until every device is back
		expect(await wait(() => [...live.reconnects.values()].every((n) => n >= 1))).toBe(true);
		const second = await post('Uden relæ');
		const two = await live.arrived(['learner', 'learnerB'], isIt(second.id));
		expect([two.learner.length, two.learnerB.length, two.stranger.length]).toEqual([1, 1, 0]);
		expect(door.relay.stats.relayed).toBe(relayed);
	});
});
