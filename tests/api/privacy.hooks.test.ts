// GDPR (issue 16), pb_hooks/privacy.pb.js: "Mine data" gives a person everything stored
// about them (read as superuser), minus what is held back for others' sake, and their files
// only; a confirmed deletion request deletes or anonymises the person (posts stay as
// "Tidligere elev" unless they asked); the retention rule anonymises learners whose course
// ended more than SAMMEN_RETENTION_MONTHS (12) months ago, with a moved clock.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, newClient, PASSWORD, type World } from './fixtures';
import { png } from './messages-files';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

type Export = {
	person: RecordModel;
	collections: Record<string, RecordModel[]>;
	files: { collection: string; record: string; field: string; name: string; path: string }[];
	heldBack: Record<string, number>;
	retentionMonths: number;
};
const myData = (pb: PocketBase) => pb.send<Export>('/api/sammen/my-data', {});
const fileUrl = (pb: PocketBase, f: { collection: string; record: string; name: string }) =>
	`${pb.baseURL}/api/sammen/my-data/files/${f.collection}/${f.record}/${f.name}`;

/** A learner of school A with a mentor, a conversation with a photo, notes, flags, a post. */
async function learnerWithData() {
	const su = world.su;
	const learner = await world.tempUser('A', 'learner');
	const mentorship = await world.temp('mentorships', { learner: learner.id, mentor: world.users.mentor.id, school: learner.school, start: '2026-01-01 08:00:00.000Z' });
	const conversation = await world.temp('conversations', { id: learner.id, learner: learner.id });
	const photo = await su.collection('messages').create({ conversation: conversation.id, sender: learner.id, text: 'Her er mit billede', attachment: png('vagtplan.png') });
	const reply = await su.collection('messages').create({ conversation: conversation.id, sender: world.users.mentor.id, text: 'Tak, det ser godt ud' });
	const note = await world.temp('notes', { learner: learner.id, author: world.users.mentor.id, body: 'Talte om praktikken' });
	const flagBase = { learner: learner.id, school: learner.school, raisedBy: world.users.teacher.id, urgency: 'concern', learnerText: 'Vi savner dig', status: 'acknowledged' };
	const visibleFlag = await su.collection('flags').create({ ...flagBase, category: 'absence' });
	const hiddenFlag = await su.collection('flags').create({ ...flagBase, category: 'wellbeing', hiddenFromLearner: true, hiddenReason: 'Hensyn til andre' });
	await su.collection('flag_staff_notes').create({ flag: visibleFlag.id, learner: learner.id, author: world.users.teacher.id, body: 'Kun til mentoren' });
	const group = await world.temp('groups', { name: `Åben gruppe ${learner.id}`, kind: 'open', status: 'approved', createdBy: world.users.mentor.id });
	await world.temp('network_profiles', { user: learner.id, displayName: 'Lærke L.' });
	await world.temp('group_members', { group: group.id, user: learner.id, role: 'member' });
	const post = await world.temp('posts', { group: group.id, author: learner.id, text: 'Hej alle sammen', status: 'visible' });
	return { learner, mentorship, conversation, photo, reply, note, visibleFlag, hiddenFlag, group, post };
}

describe('Mine data: the export', () => {
	it('holds their messages (both sides), their post and their files; not the mentor’s private notes, hidden flags or staff notes', async () => {
		const d = await learnerWithData();
		const pb = await world.signIn(d.learner);
		const data = await myData(pb);
		expect(data.person).toMatchObject({ id: d.learner.id, name: d.learner.name, email: d.learner.email });
		expect(data.person).not.toHaveProperty('password');
		expect(data.person).not.toHaveProperty('tokenKey');
		expect(data.collections.messages!.map((m) => m.text).sort()).toEqual(['Her er mit billede', 'Tak, det ser godt ud'].sort());
		expect(data.collections).not.toHaveProperty('notes');
		expect(JSON.stringify(data)).not.toContain('Talte om praktikken');
		expect(data.collections.posts!.map((p) => p.text)).toEqual(['Hej alle sammen']);
		expect(data.collections.mentorships!.map((m) => m.id)).toEqual([d.mentorship.id]);
		expect(data.collections.flags!.map((f) => f.id)).toEqual([d.visibleFlag.id]);
		expect(data.collections.flags![0]).not.toHaveProperty('hiddenReason');
		expect(data.heldBack).toMatchObject({ notes: 1, flags: 1, flag_staff_notes: 1 });
		expect(data.collections).not.toHaveProperty('flag_staff_notes');
		expect(JSON.stringify(data)).not.toContain('Hensyn til andre');
		expect(data.retentionMonths).toBe(12);
		const file = data.files.find((f) => f.collection === 'messages')!;
		expect(file).toMatchObject({ record: d.photo.id, field: 'attachment', path: `filer/messages/${d.photo.id}/${d.photo.attachment}` });

		// the file itself, to them only
		const got = await fetch(fileUrl(pb, file), { headers: { Authorization: pb.authStore.token } });
		expect(got.status).toBe(200);
		expect(Buffer.from(await got.arrayBuffer())).toEqual(Buffer.from(await png().arrayBuffer()));
		const other = await world.as('classmate');
		expect((await fetch(fileUrl(other, file), { headers: { Authorization: other.authStore.token } })).status).toBe(404);
		expect((await fetch(fileUrl(pb, file))).status).toBe(401);
	});

	it('holds nothing of anyone else', async () => {
		const d = await learnerWithData();
		const pb = await world.as('learner');
		const data = await myData(pb);
		const all = JSON.stringify(data);
		expect(all).not.toContain(d.learner.id);
		expect(all).not.toContain('Her er mit billede');
		// and their files are not reachable through it by name
		const theirs = { collection: 'messages', record: d.photo.id, name: d.photo.attachment };
		expect((await fetch(fileUrl(pb, theirs), { headers: { Authorization: pb.authStore.token } })).status).toBe(404);
	});

	it('is only for someone signed in', async () => {
		expect(await failureStatus(myData(newClient()))).toBe(401);
	});
});

describe('a confirmed deletion request', () => {
	async function confirm(learner: RecordModel, removePosts: boolean) {
		const pb = await world.signIn(learner);
		const request = await pb.collection('deletion_requests').create({ learner: learner.id, school: learner.school, status: 'requested', removePosts, note: 'Slet mig' });
		world.cleanUp('deletion_requests', request.id);
		const coordinator = await world.as('coordinator');
		await coordinator.collection('deletion_requests').update(request.id, { status: 'confirmed' });
		return request;
	}

	it('deletes their records and files, keeps their post as "Tidligere elev", and they cannot log in', async () => {
		const d = await learnerWithData();
		const request = await confirm(d.learner, false);
		await expect.poll(async () => (await world.reread('deletion_requests', request.id)).status, { timeout: 20_000 }).toBe('done');
		const done = await world.reread('deletion_requests', request.id);
		expect(done).toMatchObject({ decidedBy: world.users.coordinator.id, note: '' });
		expect(done.doneAt).not.toBe('');

		const stub = await world.reread('users', d.learner.id);
		expect(stub.name).toBe('Tidligere elev');
		expect(stub.email).not.toContain(d.learner.email.split('@')[0]);
		expect(stub).toMatchObject({ role: 'learner', school: d.learner.school, about: '', birthYear: 0 });
		expect(await failureStatus(newClient().collection('users').authWithPassword(d.learner.email, PASSWORD))).toBe(400);

		for (const [collection, id] of [
			['messages', d.photo.id],
			['messages', d.reply.id],
			['conversations', d.conversation.id],
			['notes', d.note.id],
			['mentorships', d.mentorship.id]
		] as const) {
			expect(await failureStatus(world.su.collection(collection).getOne(id)), `${collection} gone`).toBe(404);
		}
		expect(await world.reread('posts', d.post.id)).toMatchObject({ text: 'Hej alle sammen', author: d.learner.id });
		expect((await world.su.collection('network_profiles').getFirstListItem(`user = "${d.learner.id}"`)).displayName).toBe('Tidligere elev');
	});

	it('removes their posts too when they asked', async () => {
		const d = await learnerWithData();
		const request = await confirm(d.learner, true);
		await expect.poll(async () => (await world.reread('deletion_requests', request.id)).status, { timeout: 20_000 }).toBe('done');
		expect(await failureStatus(world.su.collection('posts').getOne(d.post.id))).toBe(404);
		expect(await world.count('network_profiles', 'user = {:u}', { u: d.learner.id })).toBe(0);
	});
});

describe('the retention rule', () => {
	const retention = (now: Date) => world.su.send<{ months: number; cutoff: string; anonymised: string[] }>('/api/sammen/retention', { method: 'POST', body: { now: now.toISOString() } });

	it('anonymises a learner who stopped more than 12 months before, not one who is still here', async () => {
		const gone = await world.tempUser('A', 'learner');
		const here = await world.tempUser('A', 'learner');
		await world.su.collection('users').update(gone.id, { deactivated: true });
		const stopped = Date.parse((await world.reread('users', gone.id)).updated.replace(' ', 'T'));

		// eleven months later: not yet
		const early = await retention(new Date(stopped + 335 * 86_400_000));
		expect(early.months).toBe(12);
		expect(early.anonymised).not.toContain(gone.id);
		expect((await world.reread('users', gone.id)).name).toBe(gone.name);

		// thirteen months later: gone; the learner still here is not
		const late = await retention(new Date(stopped + 400 * 86_400_000));
		expect(late.anonymised).toContain(gone.id);
		expect(late.anonymised).not.toContain(here.id);
		expect((await world.reread('users', gone.id)).name).toBe('Tidligere elev');
		expect((await world.reread('users', here.id)).name).toBe(here.name);
	});

	it('reads the learner status: completed or stopped counts from its day; back to active does not', async () => {
		const finished = await world.tempUser('A', 'learner');
		const returned = await world.tempUser('A', 'learner');
		const day = '2025-03-01 10:00:00.000Z';
		await world.su.collection('learner_status').create({ learner: finished.id, status: 'completed', from: day, certificateDate: day });
		await world.su.collection('learner_status').create({ learner: returned.id, status: 'stopped', from: day, stopReason: 'job' });
		await world.su.collection('learner_status').create({ learner: returned.id, status: 'active', from: '2025-06-01 10:00:00.000Z' });
		const ended = Date.parse(day.replace(' ', 'T'));

		expect((await retention(new Date(ended + 335 * 86_400_000))).anonymised).not.toContain(finished.id);
		const late = await retention(new Date(ended + 400 * 86_400_000));
		expect(late.anonymised).toContain(finished.id);
		expect(late.anonymised).not.toContain(returned.id);
		expect((await world.reread('users', returned.id)).name).toBe(returned.name);
	});

	it('the privacy page reads the months, also before login', async () => {
		expect(await newClient().send('/api/sammen/privacy', {})).toEqual({ retentionMonths: 12 });
	});

	it('is for superusers only', async () => {
		for (const who of ['anonymous', 'learner', 'coordinator'] as const) {
			expect(await failureStatus((await world.as(who)).send('/api/sammen/retention', { method: 'POST', body: {} }))).toBeGreaterThanOrEqual(401);
		}
	});
});
