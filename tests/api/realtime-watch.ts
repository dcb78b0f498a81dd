// Devices listening live, one per person, for the realtime-by-recipient tests: each
// signs in from its own address and subscribes exactly as the app's sync engine does
// (subscribeChanges), and keeps every change it gets. One helper for every such test.
import type PocketBase from 'pocketbase';
import { subscribeChanges, type RealtimeChange } from '$lib/sync/realtime';
import { realtimeClient } from './flags.fixtures';
import type { Person, World } from './fixtures';

export type Watching<W extends Person> = {
	/** Every change each watcher got so far. */
	got: Map<W, RealtimeChange[]>;
	/** How often each watcher's stream came back (reconnected and subscribed again). */
	reconnects: Map<W, number>;
	/** Waits (generously: a busy machine) until each of `to` got a matching change, then a second for stray copies; each watcher's matching changes. */
	arrived(to: readonly W[], match: (c: RealtimeChange) => boolean): Promise<Record<W, RealtimeChange[]>>;
	/** As `arrived`, then who got a matching change, in the watchers' order. */
	receivers(to: readonly W[], match: (c: RealtimeChange) => boolean): Promise<W[]>;
	stop(): Promise<void>;
};

/** `url`: where the devices connect (default PocketBase itself; e.g. the app's door). */
export async function watchLive<W extends Person>(world: World, watchers: readonly W[], url?: string): Promise<Watching<W>> {
	const got = new Map<W, RealtimeChange[]>();
	const reconnects = new Map<W, number>();
	const devices: { pb: PocketBase; stop: () => Promise<void> }[] = [];
	// one after the other: each device's stream comes from its own address
	for (const who of watchers) {
		const pb = await realtimeClient(world, who, url);
		got.set(who, []);
		reconnects.set(who, 0);
		const stop = await subscribeChanges(
			pb,
			(change) => got.get(who)!.push(change),
			() => reconnects.set(who, reconnects.get(who)! + 1)
		);
		devices.push({ pb, stop });
	}
	const arrived = async (to: readonly W[], match: (c: RealtimeChange) => boolean) => {
		for (let i = 0; i < 300 && !to.every((who) => got.get(who)!.some(match)); i++) await new Promise((r) => setTimeout(r, 100));
		await new Promise((r) => setTimeout(r, 1000));
		return Object.fromEntries(watchers.map((who) => [who, got.get(who)!.filter(match)])) as Record<W, RealtimeChange[]>;
	};
	return {
		got,
		reconnects,
		arrived,
		async receivers(to, match) {
			const changes = await arrived(to, match);
			return watchers.filter((who) => changes[who].length > 0);
		},
		async stop() {
			for (const { pb, stop } of devices) {
				await stop();
				pb.realtime.unsubscribe().catch(() => undefined);
			}
		}
	};
}
