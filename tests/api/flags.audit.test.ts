// audit_log: every time staff read flags, their comments or notes (a list, a view, or a
// realtime message to their device), hooks append a row per learner. The learner reads
// who looked at them; a coordinator looks one learner up by name (?learner=<id>), so the
// log never syncs onto their device. Nobody writes, edits or deletes rows by hand.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, everyKindOfActor, failureStatus, listIds, type Actor, type World } from './fixtures';
import { auditFor, flagBody, justNow, makeFlag, realtimeClient } from './flags.fixtures';

let world: World;
let flag: RecordModel;
beforeAll(async () => {
	world = await buildWorld();
	flag = await makeFlag(world, 'learner', 'teacher', { category: 'reading', status: 'acknowledged' }, false);
	await makeFlag(world, 'classmate', 'teacher', { category: 'reading', status: 'acknowledged' }, false);
});

const rowsOf = (rows: RecordModel[]) => rows.map((r) => [r.kind, r.collection, r.actorRole, r.count]);

describe('audit_log: written on every staff read', () => {
	it('a list by the mentor: one row per learner whose flags came back', async () => {
		const since = justNow();
		await (await world.as('mentor')).collection('flags').getFullList();
		expect(rowsOf(await auditFor(world, 'learner', since))).toEqual([['read', 'flags', 'mentor', 1]]);
		expect(await auditFor(world, 'classmate', since)).toEqual([]); // not the mentor's learner
	});

	it('a list by the teacher covers every learner they read', async () => {
		const since = justNow();
		await (await world.as('teacher')).collection('flags').getFullList();
		expect(rowsOf(await auditFor(world, 'learner', since))).toEqual([['read', 'flags', 'teacher', 1]]);
		expect(rowsOf(await auditFor(world, 'classmate', since))).toEqual([['read', 'flags', 'teacher', 1]]);
	});

	it('a view, and the comments of a flag, are reads too', async () => {
		const since = justNow();
		const pb = await world.as('mentor');
		await pb.collection('flags').getOne(flag.id);
		const c = await world.temp('flag_comments', { flag: flag.id, learner: flag.learner, thread: 'staff', body: 'Hej', author: world.users.teacher.id });
		await pb.collection('flag_comments').getOne(c.id);
		expect(rowsOf(await auditFor(world, 'learner', since))).toEqual([
			['read', 'flags', 'mentor', 1],
			['read', 'flag_comments', 'mentor', 1]
		]);
	});

	it('the learner reading their own flags leaves no row', async () => {
		const since = justNow();
		await (await world.as('learner')).collection('flags').getFullList();
		expect(await auditFor(world, 'learner', since)).toEqual([]);
	});

	it('a flag sent to the mentor’s device by realtime is a read too', async () => {
		const mentor = await realtimeClient(world, 'mentor');
		let got: (() => void) | undefined;
		const arrived = new Promise<void>((resolve) => (got = resolve));
		const stop = await mentor.collection('flags').subscribe('*', () => got?.());
		try {
			const since = justNow();
			const raised = await (await world.as('teacher')).collection('flags').create(flagBody(world, 'learner', 'teacher', { category: 'it' }));
			world.cleanUp('flags', raised.id);
			await arrived;
			await expect
				.poll(async () => rowsOf(await auditFor(world, 'learner', since, 'actorRole = "mentor"')))
				.toEqual([['read', 'flags', 'mentor', 1]]);
		} finally {
			await stop();
			mentor.realtime.unsubscribe();
		}
	});
});

describe('audit_log: who may read it', () => {
	let row: RecordModel;
	beforeAll(async () => {
		const since = justNow();
		await (await world.as('mentor')).collection('flags').getOne(flag.id);
		const rows = await auditFor(world, 'learner', since);
		expect(rows).toHaveLength(1);
		row = rows[0]!;
	});

	it('the learner sees who looked at them: name and role', async () => {
		const pb = await world.as('learner');
		const seen = await pb.collection('audit_log').getOne(row!.id);
		expect([seen.actorName, seen.actorRole]).toEqual([world.users.mentor.name, 'mentor']);
	});

	const readers: [Actor, boolean][] = [
		['classmate', false],
		['mentor', false],
		['teacher', false],
		['otherMentor', false],
		['coordinatorB', false],
		['anonymous', false]
	];
	it.each(readers)('%s cannot read it, not even asking by the learner', async (actor) => {
		const pb = await world.as(actor);
		expect(await listIds(pb, 'audit_log', `id = "${row!.id}"`)).toEqual([]);
		const asked = await pb.collection('audit_log').getFullList({ query: { learner: world.users.learner.id } });
		expect(asked.map((r) => r.id)).not.toContain(row!.id);
		expect(await failureStatus(pb.collection('audit_log').getOne(row!.id))).toBe(404);
	});

	it('the coordinator reads one learner at a time, only asking by the learner', async () => {
		const pb = await world.as('coordinator');
		expect(await listIds(pb, 'audit_log')).toEqual([]); // what the sync engine would pull: nothing
		const asked = await pb.collection('audit_log').getFullList({ query: { learner: world.users.learner.id } });
		expect(asked.map((r) => r.id)).toContain(row!.id);
		expect(asked.every((r) => r.learner === world.users.learner.id)).toBe(true);
	});

	it.each(everyKindOfActor)('%s cannot write, change or delete audit rows', async (actor) => {
		const pb = await world.as(actor);
		const fake = { learner: world.users.learner.id, kind: 'read', actorName: 'Ingen', collection: 'notes' };
		expect(await failureStatus(pb.collection('audit_log').create(fake))).toBe(403);
		expect(await failureStatus(pb.collection('audit_log').update(row!.id, { actorName: 'Ingen' }))).toBe(403);
		expect(await failureStatus(pb.collection('audit_log').delete(row!.id))).toBe(403);
	});
});
