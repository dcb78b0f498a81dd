// Why a flag is kept from the learner (`hiddenReason`, issue 11 point 7) is read by the
// learner's current mentor and, once the flag is escalated, the school's coordinator.
// Not the teacher who raised it (who still reads the flag), not the learner (who does not
// read a hidden flag at all), not the former mentor. Checked on every read path: list,
// view, the answer to an update, realtime, and filters or sorts as an oracle.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, type Actor, type World } from './fixtures';
import { justNow, makeFlag, realtimeClient } from './flags.fixtures';

let world: World;
let hidden: RecordModel; // the learner's, in progress, kept from them
let escalated: RecordModel; // the learner's, still new, escalated, kept from them
const REASON = 'Hun skal høre det fra mig først';

beforeAll(async () => {
	world = await buildWorld();
	hidden = await makeFlag(world, 'learner', 'teacher', { category: 'personal', status: 'in_progress', hiddenFromLearner: true, hiddenReason: REASON }, false);
	escalated = await makeFlag(world, 'learner', 'teacher', { category: 'absence', hiddenFromLearner: true, hiddenReason: REASON }, false);
	escalated = await world.su.collection('flags').update(escalated.id, { escalatedAt: justNow() });
});

/** What each actor gets for each flag: the reason, or that they read it without it, or not at all. */
const table: [Actor, { hidden: 'reason' | 'without' | 'none'; escalated: 'reason' | 'without' | 'none' }][] = [
	['mentor', { hidden: 'reason', escalated: 'reason' }],
	['teacher', { hidden: 'without', escalated: 'without' }],
	['coordinator', { hidden: 'none', escalated: 'reason' }],
	['learner', { hidden: 'none', escalated: 'none' }],
	['otherMentor', { hidden: 'none', escalated: 'none' }],
	['coTeacher', { hidden: 'none', escalated: 'none' }],
	['coordinatorB', { hidden: 'none', escalated: 'none' }]
];

describe('hiddenReason: who reads it', () => {
	it.each(table)('%s, in a list and a view', async (actor, expected) => {
		const pb = await world.as(actor);
		const listed = await pb.collection('flags').getFullList({ filter: `id = "${hidden.id}" || id = "${escalated.id}"` });
		for (const [key, flag] of [['hidden', hidden], ['escalated', escalated]] as const) {
			const inList = listed.find((f) => f.id === flag.id);
			const view = await pb.collection('flags').getOne(flag.id).catch(() => null);
			const got = (r: RecordModel | null | undefined) => (!r ? 'none' : r.hiddenReason === REASON ? 'reason' : r.hiddenReason === undefined ? 'without' : 'leak?');
			expect([got(inList), got(view)], `${actor}: ${key}`).toEqual([expected[key], expected[key]]);
		}
	});

	it('the mentor gets it back in the answer to their own change', async () => {
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'economy', status: 'acknowledged' });
		const answer = await (await world.as('mentor')).collection('flags').update(flag.id, { hiddenFromLearner: true, hiddenReason: 'Vi taler først' });
		expect(answer.hiddenReason).toBe('Vi taler først');
	});

	it.each(['teacher', 'mentor'] as const)('%s cannot use it in a filter or sort (no oracle)', async (actor) => {
		const pb = await world.as(actor);
		expect(await failureStatus(pb.collection('flags').getFullList({ fields: 'id', filter: 'hiddenReason ~ "høre"' }))).toBe(400);
		expect(await failureStatus(pb.collection('flags').getFullList({ sort: 'hiddenReason' }))).toBe(400);
	});

	it('realtime: the teacher’s device gets the hidden flag without the reason, the mentor’s with it', async () => {
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'wellbeing', status: 'acknowledged' });
		const got: Record<string, RecordModel> = {};
		const arrivals: Promise<void>[] = [];
		const clients = [];
		// each client subscribes right after signing in: its stream must come from its own address
		for (const who of ['teacher', 'mentor'] as const) {
			const pb = await realtimeClient(world, who);
			clients.push(pb);
			let arrived: () => void = () => {};
			arrivals.push(new Promise<void>((resolve) => (arrived = resolve)));
			await pb.collection('flags').subscribe(flag.id, (e) => {
				if (!e.record.hiddenFromLearner) return;
				got[who] = e.record;
				arrived();
			});
		}
		try {
			await (await world.as('mentor')).collection('flags').update(flag.id, { hiddenFromLearner: true, hiddenReason: 'Ikke endnu' });
			await Promise.all(arrivals);
			expect(got.teacher?.hiddenReason).toBeUndefined();
			expect(got.mentor?.hiddenReason).toBe('Ikke endnu');
		} finally {
			for (const pb of clients) pb.realtime.unsubscribe();
		}
	});
});
