// Evidence from anywhere: a photo the learner sends in Beskeder about a milestone is that
// milestone's evidence, on the learner's device and on the mentor's, read from the
// message each of them synced (real PocketBase, the sync engine's outbox and pull,
// fake-indexeddb). A teacher gets neither the message nor the file.
import type PocketBase from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { milestoneDetail, mentorPlan } from '$lib/features/plan/queries';
import type { SammenDb } from '$lib/sync/db';
import { newRecordId } from '$lib/sync/ids';
import { writeLocal } from '$lib/sync/outbox';
import { pullCollection } from '$lib/sync/pull';
import { drainOutbox } from '$lib/sync/push';
import { freshDb } from '$lib/sync/test-fixtures';
import { buildWorld, type Actor, type World } from './fixtures';
import { png } from './messages-files';
import { buildPlans, type PlanWorld } from './plan-fixtures';

let world: World;
let plans: PlanWorld;

beforeAll(async () => {
	world = await buildWorld();
	plans = await buildPlans(world);
	await world.su.collection('conversations').create({ id: world.users.learner.id, learner: world.users.learner.id });
});

/** A device of `pb`'s user, with what the plan pages read pulled from the server. */
async function deviceOf(pb: PocketBase): Promise<SammenDb> {
	const db = freshDb('evidence');
	for (const c of ['users', 'conversations', 'messages', 'plans', 'plan_phases', 'milestones', 'milestone_evidence']) {
		await pullCollection(db, pb, c);
	}
	return db;
}

const fileStatus = async (pb: PocketBase, record: { id: string }, name: string) =>
	(await fetch(pb.files.getURL({ id: record.id, collectionName: 'messages' }, name, { token: await pb.files.getToken() }))).status;

describe('a photo sent in Beskeder about a milestone', () => {
	it('is the milestone\'s evidence for the learner and the mentor, never for a teacher', async () => {
		const learner = world.users.learner.id;
		const step = plans.plans.learner.steps.confirmed;
		// What the composer writes when the learner came from "Spørg din mentor om denne milepæl".
		const phone = freshDb('phone');
		const id = newRecordId();
		await writeLocal(phone, 'messages', 'create', id, {
			conversation: learner,
			sender: learner,
			text: 'Her er mit kursusbevis',
			attachment: png('kursusbevis.png'),
			milestone: step.id,
			created: new Date().toISOString()
		});
		expect(await drainOutbox(phone, await world.as('learner'))).toEqual({ kind: 'done', sent: 1 });
		world.cleanUp('messages', id);
		const stored = await world.reread('messages', id);
		expect(stored.attachment).toMatch(/\.png$/);

		for (const actor of ['learner', 'mentor'] as Actor[]) {
			const pb = await world.as(actor);
			const db = await deviceOf(pb);
			const detail = await milestoneDetail(db, step.id);
			expect(detail?.evidence.map((e) => [e.id, e.file, e.note, e.source])).toEqual([
				[id, stored.attachment, 'Her er mit kursusbevis', 'messages']
			]);
			expect((await mentorPlan(db, learner)).evidence[step.id]?.map((e) => e.id)).toEqual([id]);
			// not the evidence of another milestone
			expect((await milestoneDetail(db, plans.plans.learner.steps.own.id))?.evidence).toEqual([]);
			expect(await fileStatus(pb, stored, stored.attachment as string)).toBe(200);
		}

		const teacher = await world.as('teacher');
		const teachersDevice = await deviceOf(teacher);
		expect(await teachersDevice.records('messages').get(id)).toBeUndefined();
		expect(await fileStatus(teacher, stored, stored.attachment as string)).toBe(404);
	}, 60_000);

	it('a photo sent about nothing is offered to the learner to pick, not shown as evidence', async () => {
		const learner = world.users.learner.id;
		const step = plans.plans.learner.steps.own;
		const message = await world.temp('messages', { conversation: learner, sender: learner, text: '', attachment: png('bevis.png') });
		const fromMentor = await world.temp('messages', {
			conversation: learner,
			sender: world.users.mentor.id,
			text: '',
			attachment: png('mentor.png')
		});
		const detail = await milestoneDetail(await deviceOf(await world.as('learner')), step.id);
		expect(detail?.evidence.map((e) => e.id)).not.toContain(message.id);
		// the learner's own, not the mentor's
		expect(detail?.sent.map((e) => e.id)).toContain(message.id);
		expect(detail?.sent.map((e) => e.id)).not.toContain(fromMentor.id);
	}, 60_000);
});
