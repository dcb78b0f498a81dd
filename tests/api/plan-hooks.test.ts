// Mit forløb, part 3: what the server does besides the rules (reminders, the history
// of a plan made from a template), and the offline path end to end: ticks and photos
// queued in the sync engine's outbox reach PocketBase, and a stale plan edit is a
// conflict, not silently lost.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import { addDays, copenhagenDay } from '$lib/domain/time';
import { newRecordId } from '$lib/sync/ids';
import { writeLocal } from '$lib/sync/outbox';
import { drainOutbox } from '$lib/sync/push';
import { freshDb } from '$lib/sync/test-fixtures';
import { buildWorld, daysFromNow, failureStatus, type World } from './fixtures';
import { buildPlans, type PlanWorld } from './plan-fixtures';

let world: World;
let p: PlanWorld;
beforeAll(async () => {
	world = await buildWorld();
	p = await buildPlans(world);
});

const JPEG = Buffer.from(
	'/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////2wBDAf//////////////////////////////////////////////////////////////////////////////////////wAARCAABAAEDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AH//Z',
	'base64'
);

// ------------------------------------------------------------------ reminders
describe('reminders', () => {
	/** A learner with their own mentor and a plan with the given steps (relative days). */
	async function learnerWithSteps(steps: { title: string; days: number; owner?: string; status?: string }[]) {
		const learner = await world.tempUser('A', 'learner');
		const mentor = await world.tempUser('A', 'mentor');
		await world.temp('mentorships', {
			learner: learner.id,
			mentor: mentor.id,
			school: world.schools.A.id,
			start: daysFromNow(-10)
		});
		const plan = await world.temp('plans', {
			learner: learner.id,
			school: world.schools.A.id,
			title: 'Plan',
			start: daysFromNow(-60)
		});
		const phase = await world.temp('plan_phases', { plan: plan.id, learner: learner.id, title: 'Fase', order: 1 });
		const made: Record<string, RecordModel> = {};
		for (const [i, s] of steps.entries()) {
			// due dates are Copenhagen calendar days stored at midnight UTC, as the app stores them
			// (from the Copenhagen today: between 23 and 24 UTC that is already tomorrow)
			const due = `${addDays(copenhagenDay(), s.days)} 00:00:00.000Z`;
			made[s.title] = await world.temp('milestones', {
				plan: plan.id,
				learner: learner.id,
				phase: phase.id,
				order: i,
				title: s.title,
				owner: s.owner ?? 'learner',
				status: s.status ?? 'todo',
				due
			});
		}
		return { learner, mentor, steps: made };
	}
	const notesFor = (user: string) =>
		world.su.collection('notifications').getFullList({ filter: world.su.filter('user = {:u}', { u: user }), sort: 'created' });
	const run = () => world.su.send('/api/sammen/plan-reminders', { method: 'POST' });

	it('learners get one important reminder per own step due soon or overdue; mentors one daily digest', async () => {
		const { learner, mentor, steps } = await learnerWithSteps([
			{ title: 'Forsinket', days: -3 },
			{ title: 'Snart', days: 2 },
			{ title: 'Senere', days: 20 },
			{ title: 'Mentorens forsinkede', days: -1, owner: 'mentor' },
			{ title: 'Klaret', days: -5, status: 'done' },
			{ title: 'Venter', days: 5, status: 'waiting' }
		]);
		await run();
		const learnerNotes = await notesFor(learner.id);
		expect(learnerNotes.map((n) => [n.tag, n.importance]).sort()).toEqual(
			[
				[`plan-late-${steps.Forsinket!.id}`, 'important'],
				[`plan-soon-${steps.Snart!.id}`, 'important']
			].sort()
		);
		expect(learnerNotes.find((n) => n.tag.startsWith('plan-soon'))?.body).toContain('om 2 dage');
		expect(learnerNotes.every((n) => n.url.startsWith('/hjem/milepael/'))).toBe(true);

		const digest = await notesFor(mentor.id);
		expect(digest).toHaveLength(1);
		expect(digest[0]).toMatchObject({ tag: 'plan-digest', importance: 'normal', url: '/planer' });
		expect(digest[0]?.title).toBe('Elevplaner: 2 skridt er forsinket, 1 skridt venter på din godkendelse');
		expect(digest[0]?.body).toContain('Midlertidig');

		// the next run (or the same day's cron) sends nothing new
		await run();
		expect(await notesFor(learner.id)).toHaveLength(2);
		expect(await notesFor(mentor.id)).toHaveLength(1);
		for (const n of [...learnerNotes, ...digest]) world.cleanUp('notifications', n.id);
	});

	it('only superusers can start a run', async () => {
		for (const actor of ['anonymous', 'learner', 'mentor', 'coordinator'] as const) {
			const status = await failureStatus((await world.as(actor)).send('/api/sammen/plan-reminders', { method: 'POST' }));
			expect([401, 403]).toContain(status);
		}
	});
});

// ------------------------------------------------------------------ history of a new plan
describe('a plan made from a template', () => {
	it('is one history line, not one per step; later additions are lines of their own', async () => {
		const learner = await world.tempUser('A', 'learner');
		await world.temp('mentorships', { learner: learner.id, mentor: world.users.mentor.id, school: world.schools.A.id, start: daysFromNow(-1) });
		const pb = await world.as('mentor');
		const plan = await pb.collection('plans').create({
			learner: learner.id,
			school: world.schools.A.id,
			template: p.templates.A.id,
			title: 'Plan',
			start: daysFromNow(0)
		});
		world.cleanUp('plans', plan.id);
		const phase = await pb.collection('plan_phases').create({ plan: plan.id, learner: learner.id, title: 'Fase', order: 1 });
		await pb.collection('milestones').create({ plan: plan.id, learner: learner.id, phase: phase.id, title: 'Fra skabelon', owner: 'mentor', status: 'todo' });
		const entries = await pb.collection('plan_changes').getFullList({ filter: `plan = "${plan.id}"` });
		expect(entries.map((e) => [e.action, e.subject, e.actor])).toEqual([['created', p.templates.A.name, world.users.mentor.id]]);
	});
});

// ------------------------------------------------------------------ offline
describe('offline: the outbox', () => {
	it('a tick and a photo made offline reach the server; the mentor then confirms', async () => {
		const step = await p.step('learner', { confirm: true, title: 'Kursus i førstehjælp' });
		const local = freshDb();
		await local.records('milestones').put(step as never);
		const evidenceId = newRecordId();
		await writeLocal(local, 'milestones', 'update', step.id, { status: 'waiting' });
		await writeLocal(local, 'milestone_evidence', 'create', evidenceId, {
			milestone: step.id,
			learner: world.users.learner.id,
			note: 'Mit bevis',
			file: new File([JPEG], 'bevis.jpg', { type: 'image/jpeg' })
		});
		// the photo waits in IndexedDB as a Blob
		expect((await local.outbox.toArray()).map((op) => op.data?.file instanceof Blob)).toEqual([false, true]);

		expect(await drainOutbox(local, await world.as('learner'))).toEqual({ kind: 'done', sent: 2 });
		world.cleanUp('milestone_evidence', evidenceId);
		expect((await world.reread('milestones', step.id)).status).toBe('waiting');
		const stored = await world.reread('milestone_evidence', evidenceId);
		expect(stored.file).not.toBe('');
		// the local copy now names the stored file instead of holding the Blob
		expect((await local.records('milestone_evidence').get(evidenceId))?.file).toBe(stored.file);

		await (await world.as('mentor')).collection('milestones').update(step.id, { status: 'done' });
		expect(await world.reread('milestones', step.id)).toMatchObject({ status: 'done', confirmedBy: world.users.mentor.id });
	});

	it('a plan edit made on an old version is kept as a conflict, not lost, until the person chooses', async () => {
		const step = await p.step('learner', { title: 'Skridt' });
		const local = freshDb();
		await local.records('milestones').put(step as never);
		// offline, the mentor moves the date ...
		await writeLocal(local, 'milestones', 'update', step.id, { due: daysFromNow(50) });
		// ... while another mentor device renames the step online
		await (await world.as('mentor')).collection('milestones').update(step.id, { title: 'Nyt navn' });

		expect(await drainOutbox(local, await world.as('mentor'))).toEqual({ kind: 'done', sent: 0 });
		const [op] = await local.outbox.toArray();
		expect(op).toMatchObject({ state: 'conflict', kind: 'update' });
		expect((await world.reread('milestones', step.id)).title).toBe('Nyt navn');
	});

	it('two quick edits of one step from one device are not a conflict with itself', async () => {
		const step = await p.step('learner', { title: 'Skridt' });
		const local = freshDb();
		await local.records('milestones').put(step as never);
		await writeLocal(local, 'milestones', 'update', step.id, { due: daysFromNow(50) });
		await writeLocal(local, 'milestones', 'update', step.id, { title: 'Omdøbt' });
		expect(await drainOutbox(local, await world.as('mentor'))).toEqual({ kind: 'done', sent: 2 });
		expect((await world.reread('milestones', step.id)).title).toBe('Omdøbt');
	});
});

// ------------------------------------------------------------------ "Spørg din mentor"
describe('asking the mentor about a step', () => {
	it('is a message in the learner’s conversation that points at the step', async () => {
		const step = await p.step('learner');
		const pb = await world.as('learner');
		const me = world.users.learner.id;
		await pb.collection('conversations').create({ id: me, learner: me }).catch(() => undefined);
		const message = await pb
			.collection('messages')
			.create({ conversation: me, sender: me, text: 'Hvor finder jeg kurset?', milestone: step.id });
		world.cleanUp('messages', message.id);
		const seen = await (await world.as('mentor')).collection('messages').getOne(message.id);
		expect(seen.milestone).toBe(step.id);
		// a classmate's step cannot be referenced
		const other = await p.step('classmate');
		expect(
			await failureStatus(pb.collection('messages').create({ conversation: me, sender: me, text: 'x', milestone: other.id }))
		).toBe(400);
	});
});
