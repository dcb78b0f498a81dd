// Escalation: a flag nobody acknowledged within the school's response target (2 working
// days unless the school says otherwise; Saturdays, Sundays and Danish public holidays do not
// count: flags.escalation-holidays.test.ts) goes to the
// coordinator. The check runs by cron; tests call the same check through a
// superuser-only route with a clock they set.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/lib/domain/time';
import { buildWorld, everyKindOfActor, failureStatus, listIds, type World } from './fixtures';
import { justNow, makeFlag, notificationsFor } from './flags.fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const escalate = (pb: PocketBase, now: Date) =>
	pb.send<{ escalated: number }>('/api/sammen/escalate', { method: 'POST', body: { now: now.toISOString() } });
const createdAt = (flag: RecordModel) => new Date(flag.created.replace(' ', 'T'));
const minutes = (n: number) => n * 60 * 1000;

describe('escalation', () => {
	it('waits until the target has passed, then tells the coordinator once (important), with a timeline entry', async () => {
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'absence', urgency: 'urgent' });
		const due = addWorkingDays(createdAt(flag), 2);
		const since = justNow();

		await escalate(world.su, new Date(due.getTime() - minutes(1)));
		expect((await world.reread('flags', flag.id)).escalatedAt).toBe('');
		expect(await listIds(await world.as('coordinator'), 'flags', `id = "${flag.id}"`)).toEqual([]);

		const result = await escalate(world.su, new Date(due.getTime() + minutes(1)));
		expect(result.escalated).toBeGreaterThanOrEqual(1);
		expect((await world.reread('flags', flag.id)).escalatedAt).not.toBe('');
		// the coordinator now sees it, and was told
		expect(await listIds(await world.as('coordinator'), 'flags', `id = "${flag.id}"`)).toEqual([flag.id]);
		const heard = (await notificationsFor(world, 'coordinator', since)).filter((n) => n.tag === `escalated-${flag.id}`);
		expect(heard.map((n) => [n.importance, n.url])).toEqual([['important', '/admin/markeringer']]);
		// the mentor's timeline says so
		const entries = await (await world.as('mentor')).collection('timeline').getFullList({ filter: `flag = "${flag.id}"` });
		expect(entries.map((t) => t.kind)).toEqual(['escalated']);

		// a second run does not escalate it again
		await escalate(world.su, new Date(due.getTime() + minutes(60)));
		const again = (await notificationsFor(world, 'coordinator', since)).filter((n) => n.tag === `escalated-${flag.id}`);
		expect(again).toHaveLength(1);
		// the coordinator of another school hears nothing
		expect((await notificationsFor(world, 'coordinatorB', since)).filter((n) => n.tag === `escalated-${flag.id}`)).toEqual([]);
	});

	it('an acknowledged flag, or one joined to another, never escalates', async () => {
		const seen = await makeFlag(world, 'learner', 'teacher', { category: 'economy', status: 'acknowledged' });
		const primary = await makeFlag(world, 'classmate', 'teacher', { category: 'economy' });
		const joined = await makeFlag(world, 'classmate', 'coTeacher', { category: 'economy' });
		expect(joined.joinedTo).toBe(primary.id);
		await escalate(world.su, addWorkingDays(createdAt(joined), 10));
		expect((await world.reread('flags', seen.id)).escalatedAt).toBe('');
		expect((await world.reread('flags', joined.id)).escalatedAt).toBe('');
		expect((await world.reread('flags', primary.id)).escalatedAt).not.toBe('');
	});

	it("follows the school's own target when it has one", async () => {
		await world.su.collection('schools').update(world.schools.A.id, { flagResponseDays: 5 });
		try {
			const flag = await makeFlag(world, 'learner', 'teacher', { category: 'apprenticeship' });
			await escalate(world.su, new Date(addWorkingDays(createdAt(flag), 4).getTime() + minutes(1)));
			expect((await world.reread('flags', flag.id)).escalatedAt).toBe('');
			await escalate(world.su, new Date(addWorkingDays(createdAt(flag), 5).getTime() + minutes(1)));
			expect((await world.reread('flags', flag.id)).escalatedAt).not.toBe('');
		} finally {
			await world.su.collection('schools').update(world.schools.A.id, { flagResponseDays: null });
		}
	});

	it.each(everyKindOfActor)('%s cannot run the escalation check or move its clock', async (actor) => {
		const status = await failureStatus(escalate(await world.as(actor), new Date(Date.now() + 30 * 86_400_000)));
		expect([401, 403]).toContain(status);
	});

	it('refuses a clock that is not a date', async () => {
		const request = world.su.send('/api/sammen/escalate', { method: 'POST', body: { now: 'i overmorgen' } });
		expect(await failureStatus(request)).toBe(400);
	});
});
