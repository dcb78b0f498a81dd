// Fællesskab, second slice, live: an event and its answers reach the group's members and
// coordinators online on their own topic (fanout.go groupOf, checked per person by the
// list rule); a buddy pair and its messages reach only the two of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RealtimeChange } from '$lib/sync/realtime';
import { daysFromNow } from './fixtures';
import { buildBuddiesWorld, type BuddiesWorld } from './network2.fixtures';
import { watchLive, type Watching } from './realtime-watch';

let net: BuddiesWorld;
const watchers = ['learner', 'classmate', 'stranger', 'learnerB', 'mentor', 'coordinator', 'teacher'] as const;
type Watcher = (typeof watchers)[number];
let live: Watching<Watcher>;

beforeAll(async () => {
	net = await buildBuddiesWorld();
	live = await watchLive(net.world, watchers);
});
afterAll(() => live?.stop());

const arrived = (to: readonly Watcher[], match: (c: RealtimeChange) => boolean) => live.receivers(to, match);
const about = (collection: string, id: string) => (c: RealtimeChange) => c.collection === collection && c.record.id === id;

describe('the second slice live', () => {
	it('an event and an answer reach the group members and the coordinators, nobody else', async () => {
		const pb = await net.as('mentor');
		const e = await pb.collection('events').create({ group: net.groups.open.id, createdBy: net.uid('mentor'), title: `Live ${net.tag}`, startsAt: daysFromNow(3) });
		net.cleanUp('events', e.id);
		const audience = ['learner', 'classmate', 'learnerB', 'mentor', 'coordinator'] as const;
		expect(await arrived(audience, about('events', e.id))).toEqual([...audience]);
		const answer = await (await net.as('learnerB')).collection('event_rsvps').create({ event: e.id, user: net.uid('learnerB'), answer: 'kommer' });
		net.cleanUp('event_rsvps', answer.id);
		expect(await arrived(audience, about('event_rsvps', answer.id))).toEqual([...audience]);
	});

	it('a buddy request and a message reach only the two', async () => {
		const pair = await (await net.as('stranger')).collection('buddies').create({ from: net.uid('stranger'), to: net.uid('classmate'), status: 'proposed' });
		net.cleanUp('buddies', pair.id);
		expect(await arrived(['stranger', 'classmate'], about('buddies', pair.id))).toEqual(['classmate', 'stranger']);
		const m = await (await net.as('learner')).collection('buddy_messages').create({ pair: net.pairs.accepted.id, sender: net.uid('learner'), text: 'Live hej' });
		net.cleanUp('buddy_messages', m.id);
		expect(await arrived(['learner', 'classmate'], about('buddy_messages', m.id))).toEqual(['learner', 'classmate']);
	});
});
