// Realtime by recipient (docs/ARCHITECTURE.md, pocketbase/fanout.go): each device
// listens on its own topic, through the app's own subscribeChanges. A change reaches
// exactly the people the list rule lets see it, each with the fields their own request
// would return; nobody may listen on someone else's topic; deletions arrive.
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeChanges, userTopic, type RealtimeChange } from '$lib/sync/realtime';
import { buildWorld, failureStatus, type Person, type World } from './fixtures';
import { auditFor, justNow, makeFlag, realtimeClient } from './flags.fixtures';
import { watchLive, type Watching } from './realtime-watch';

let world: World;
const watchers = ['learner', 'classmate', 'mentor', 'otherMentor', 'teacher', 'otherTeacher', 'coordinator', 'learnerB'] as const;
type Watcher = (typeof watchers)[number];
let live: Watching<Watcher>;

beforeAll(async () => {
	world = await buildWorld();
	// each device subscribes right after signing in: its stream comes from its own address
	live = await watchLive(world, watchers);
});
afterAll(() => live?.stop());

const arrived = (to: readonly Watcher[], match: (c: RealtimeChange) => boolean) => live.arrived(to, match);
const receivers = (changes: Record<Watcher, RealtimeChange[]>) => watchers.filter((who) => changes[who].length > 0);
const about = (collection: string, id: string, action?: string) => (c: RealtimeChange) =>
	c.collection === collection && c.record.id === id && (!action || c.action === action);

describe('realtime by recipient', () => {
	it('a device may listen only on its own topic', async () => {
		const pb = await realtimeClient(world, 'classmate');
		try {
			expect(await failureStatus(pb.realtime.subscribe(userTopic(world.users.learner.id), () => undefined))).toBe(403);
			expect(await failureStatus(pb.realtime.subscribe('sammen/anything', () => undefined))).toBe(403);
		} finally {
			pb.realtime.unsubscribe().catch(() => undefined);
		}
	});

	it('a device subscribes with two requests, however many collections it follows (not one per collection)', async () => {
		const pb = await realtimeClient(world, 'classmate');
		const requests: string[][] = [];
		const fromItsAddress = pb.beforeSend!;
		pb.beforeSend = (url, options) => {
			if (url.includes('/api/realtime') && options.method === 'POST') {
				requests.push((options.body as { subscriptions?: string[] }).subscriptions ?? []);
			}
			return fromItsAddress(url, options);
		};
		const stop = await subscribeChanges(pb, () => undefined, () => undefined);
		try {
			// everything together when the stream opens, then once more for PB_CONNECT (reconnects)
			expect(requests).toHaveLength(2);
			expect(requests[0]).toContain(userTopic(world.users.classmate.id));
			expect(requests[0]!.length).toBeGreaterThan(5);
		} finally {
			await stop();
			pb.realtime.unsubscribe().catch(() => undefined);
		}
	});

	it('a message reaches the learner and their mentor, nobody else', async () => {
		const mentor = await world.as('mentor');
		await world.su.collection('conversations').create({ id: world.users.learner.id, learner: world.users.learner.id }).catch(() => undefined);
		const message = await mentor.collection('messages').create({
			conversation: world.users.learner.id,
			sender: world.users.mentor.id,
			text: 'Husk mødet i morgen'
		});
		world.cleanUp('messages', message.id);
		const changes = await arrived(['learner', 'mentor'], about('messages', message.id, 'create'));
		expect(receivers(changes)).toEqual(['learner', 'mentor']);
		expect(changes.learner[0]?.record.text).toBe('Husk mødet i morgen');

		// withdrawn: the delete arrives too, to the same two
		await mentor.collection('messages').delete(message.id);
		expect(receivers(await arrived(['learner', 'mentor'], about('messages', message.id, 'delete')))).toEqual(['learner', 'mentor']);
	});

	it('a learner’s profile: each gets the e-mail as their own request would (self and the managing coordinator: yes; mentor, teacher: no)', async () => {
		const learner = await world.as('learner');
		await learner.collection('users').update(world.users.learner.id, { about: `Jeg kan lide at tegne ${Date.now()}` });
		const changes = await arrived(['learner', 'mentor', 'teacher', 'coordinator'], about('users', world.users.learner.id, 'update'));
		expect(receivers(changes)).toEqual(['learner', 'mentor', 'teacher', 'coordinator']);
		expect(changes.learner[0]?.record.email).toBe(world.email('learner'));
		for (const who of ['mentor', 'teacher', 'coordinator'] as const) {
			const own = await (await world.as(who)).collection('users').getOne(world.users.learner.id);
			expect(changes[who][0]?.record.email, who).toBe(own.email);
		}
		expect(changes.mentor[0]?.record.email).toBeFalsy();
		expect(changes.teacher[0]?.record.email).toBeFalsy();
		expect(changes.coordinator[0]?.record.email).toBe(world.email('learner'));
	});

	it('a hidden flag: the mentor gets the reason, the teacher who raised it the flag without it, the learner nothing', async () => {
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'wellbeing', status: 'acknowledged' });
		const since = justNow();
		await (await world.as('mentor')).collection('flags').update(flag.id, { hiddenFromLearner: true, hiddenReason: 'Ikke endnu' });
		const hidden = (c: RealtimeChange) => about('flags', flag.id)(c) && c.record.hiddenFromLearner === true;
		const changes = await arrived(['mentor', 'teacher'], hidden);
		expect(receivers(changes)).toEqual(['mentor', 'teacher']);
		expect(changes.mentor[0]?.record.hiddenReason).toBe('Ikke endnu');
		expect(changes.teacher[0]?.record).not.toHaveProperty('hiddenReason');
		// what reached the teacher's device is a read, audited as one (the teacher asked nothing)
		const audit = await auditFor(world, 'learner', since, `actor = "${world.users.teacher.id}" && collection = "flags"`);
		expect(audit.map((row) => row.kind)).toContain('read');
	});

	it('a school-wide change (a hold renamed) still comes through PocketBase’s own subscriptions, to its school only', async () => {
		const klass = world.classes.A;
		await world.su.collection('classes').update(klass.id, { name: `${klass.name} (forår)` });
		const changes = await arrived(['learner', 'classmate', 'coordinator'], about('classes', klass.id, 'update'));
		expect(receivers(changes)).toEqual(expect.arrayContaining(['learner', 'classmate', 'coordinator', 'teacher']));
		expect(changes.learnerB).toEqual([]);
		expect(changes.learner[0]?.record.name).toBe(`${klass.name} (forår)`);
	});

	it('every change anyone got, they may read themselves (the rules decide, per person)', async () => {
		// (deleted since, or a delete: nothing left to ask about)
		const gone = (c: RealtimeChange) => world.su.collection(c.collection).getOne(c.record.id).then(() => false, () => true);
		const allowed = async (who: Person, change: RealtimeChange) =>
			change.action === 'delete' ||
			(await gone(change)) ||
			(await (await world.as(who)).collection(change.collection).getOne(change.record.id).then(() => true, () => false));
		for (const who of watchers) {
			for (const change of live.got.get(who)!) {
				expect(await allowed(who, change), `${who}: ${change.collection}/${change.record.id}`).toBe(true);
			}
		}
		expect([...live.got.values()].flat().length).toBeGreaterThan(5);
	});
});
