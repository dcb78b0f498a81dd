// People of a school (issue 16): the course fields only the school's coordinator sets;
// deactivated people cannot log in by any method and are signed out, their history stays
// and their current mentorships end; the invitation mail's link logs the person in once;
// the `invitations` collection is read by the school's coordinator only, written by nobody.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, daysFromNow, failureStatus, newClient, PASSWORD, type Actor, type World } from './fixtures';
import { codeIn, lastMailTo, linkIn, mailMark, mailsTo } from './mail';
import { expectRefused, nobodyWrites, refusedUpdates } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const COURSE = () => ({
	programme: world.programmes.A.id,
	startDate: '2026-08-05 00:00:00.000Z',
	funding: 'voksenlaerling',
	referral: 'jobcenter'
});

async function invite(pb: PocketBase, userId: string) {
	return pb.send<{ email: string; expiresAt: string }>(`/api/sammen/people/${userId}/invite`, { method: 'POST' });
}

async function accept(token: string, pb = newClient()) {
	const res = await pb.send<{ token: string; record: RecordModel }>('/api/sammen/invitation/accept', {
		method: 'POST',
		body: { token }
	});
	pb.authStore.save(res.token, res.record);
	return { pb, ...res };
}

const tokenOf = (link: string) => new URL(link).searchParams.get('t') ?? '';

describe('course fields (programme, startDate, funding, referral, deactivated)', () => {
	it('the coordinator sets them for a learner of their school', async () => {
		const learner = await world.tempUser('A', 'learner');
		await (await world.as('coordinator')).collection('users').update(learner.id, COURSE());
		expect(await world.reread('users', learner.id)).toMatchObject({ ...COURSE(), startDate: '2026-08-05 00:00:00.000Z' });
	});

	const selves: Actor[] = ['learner', 'mentor', 'teacher', 'coordinator'];
	for (const field of ['programme', 'startDate', 'funding', 'referral', 'deactivated'] as const) {
		refusedUpdates(
			() => world,
			'users',
			selves.map((actor) => [
				`${actor}, about themselves (${field})`,
				actor,
				(w) => w.reread('users', w.users[actor as 'learner'].id),
				() => ({ [field]: field === 'deactivated' ? true : COURSE()[field] })
			]),
			[400, 404]
		);
	}

	refusedUpdates(
		() => world,
		'users',
		[
			['coordinatorB, for a learner of school A', 'coordinatorB', (w) => w.tempUser('A', 'learner'), () => COURSE()],
			['coordinatorB, deactivating a learner of school A', 'coordinatorB', (w) => w.tempUser('A', 'learner'), () => ({ deactivated: true })],
			['a mentor, for their learner', 'mentor', (w) => w.reread('users', w.users.learner.id), () => COURSE()],
			['a teacher, deactivating a learner', 'teacher', (w) => w.tempUser('A', 'learner'), () => ({ deactivated: true })]
		],
		[400, 403, 404]
	);

	it("the coordinator cannot give a learner another school's programme", async () => {
		const learner = await world.tempUser('A', 'learner');
		await expectRefused(
			world,
			(await world.as('coordinator')).collection('users').update(learner.id, { programme: world.programmes.B.id }),
			[400, 404],
			{ collection: 'users', record: learner }
		);
	});
});

describe('deactivating a person', () => {
	async function deactivatedLearnerWithMentor() {
		const learner = await world.tempUser('A', 'learner');
		const mentorship = await world.temp('mentorships', {
			learner: learner.id,
			mentor: world.users.mentor.id,
			school: world.schools.A.id,
			start: daysFromNow(-10)
		});
		const old = await world.temp('mentorships', {
			learner: learner.id,
			mentor: world.users.otherMentor.id,
			school: world.schools.A.id,
			start: daysFromNow(-100),
			end: daysFromNow(-10)
		});
		const signedIn = await world.signIn(learner);
		await (await world.as('coordinator')).collection('users').update(learner.id, { deactivated: true });
		return { learner, mentorship, old, signedIn };
	}

	it('refuses a password login with a plain Danish message', async () => {
		const { learner } = await deactivatedLearnerWithMentor();
		const pb = newClient();
		const error = await pb
			.collection('users')
			.authWithPassword(learner.email, PASSWORD)
			.then(() => null, (e: { status: number; response: { message: string } }) => e);
		expect(error?.status).toBe(400);
		expect(error?.response.message).toContain('Din adgang til Sammen er lukket');
		expect(pb.authStore.isValid).toBe(false);
	});

	it('refuses a one-time-code login', async () => {
		const { learner } = await deactivatedLearnerWithMentor();
		const mark = mailMark();
		const pb = newClient();
		const { otpId } = await pb.collection('users').requestOTP(learner.email);
		const mail = await lastMailTo(learner.email, mark, (m) => codeIn(m) !== '');
		expect(await failureStatus(pb.collection('users').authWithOTP(otpId, codeIn(mail)))).toBe(400);
	});

	it('signs them out: their old token is refused', async () => {
		const { learner, signedIn } = await deactivatedLearnerWithMentor();
		expect(await failureStatus(signedIn.collection('users').authRefresh())).toBe(401);
		expect(await failureStatus(signedIn.collection('users').getOne(learner.id))).toBe(404);
	});

	it('ends their current mentorship and keeps their history', async () => {
		const { learner, mentorship, old } = await deactivatedLearnerWithMentor();
		const ended = await world.reread('mentorships', mentorship.id);
		expect(ended.end).not.toBe('');
		expect(Date.parse(ended.end)).toBeLessThanOrEqual(Date.now());
		expect((await world.reread('mentorships', old.id)).end).toBe(old.end);
		expect((await world.reread('users', learner.id)).deactivated).toBe(true);
	});

	it('opening the access again lets them log in', async () => {
		const { learner } = await deactivatedLearnerWithMentor();
		await (await world.as('coordinator')).collection('users').update(learner.id, { deactivated: false });
		const pb = await world.signIn(learner);
		expect(pb.authStore.record?.id).toBe(learner.id);
	});
});

describe('invitations', () => {
	it('the coordinator invites a person of their school: a mail with a link that logs them in once', async () => {
		const learner = await world.tempUser('A', 'learner');
		const mark = mailMark();
		const sent = await invite(await world.as('coordinator'), learner.id);
		expect(sent.email).toBe(learner.email);
		const mail = await lastMailTo(learner.email, mark, (m) => m.subject === 'Du er inviteret til Sammen');
		const link = linkIn(mail);
		expect(link).toMatch(/^http:\/\/sammen\.test\/velkommen\?t=/);
		const { pb, record } = await accept(tokenOf(link));
		expect(record.id).toBe(learner.id);
		expect((await pb.collection('users').getOne(learner.id)).id).toBe(learner.id);
		// the same link does not work twice
		expect(await failureStatus(accept(tokenOf(link)))).toBe(400);
	});

	it('after the link the person may choose a password once, and log in with it', async () => {
		const learner = await world.tempUser('A', 'learner');
		const mark = mailMark();
		await invite(await world.as('coordinator'), learner.id);
		const link = linkIn(await lastMailTo(learner.email, mark, (m) => m.subject === 'Du er inviteret til Sammen'));
		const { pb } = await accept(tokenOf(link));
		await pb.send('/api/sammen/invitation/password', { method: 'POST', body: { password: 'mit-nye-kodeord-9' } });
		const again = newClient();
		await again.collection('users').authWithPassword(learner.email, 'mit-nye-kodeord-9');
		expect(again.authStore.record?.id).toBe(learner.id);
		// once only: a second choice goes through Indstillinger (old password needed)
		const signedIn = newClient();
		await signedIn.collection('users').authWithPassword(learner.email, 'mit-nye-kodeord-9');
		expect(await failureStatus(signedIn.send('/api/sammen/invitation/password', { method: 'POST', body: { password: 'et-andet-kodeord-9' } }))).toBe(403);
	});

	it('a person who was never invited cannot use the password route', async () => {
		expect(
			await failureStatus((await world.as('learner')).send('/api/sammen/invitation/password', { method: 'POST', body: { password: 'mit-nye-kodeord-9' } }))
		).toBe(403);
	});

	it('a new invitation makes the older link stop working', async () => {
		const learner = await world.tempUser('A', 'learner');
		const coordinator = await world.as('coordinator');
		const mark = mailMark();
		await invite(coordinator, learner.id);
		const first = linkIn(await lastMailTo(learner.email, mark));
		const mark2 = mailMark();
		await invite(coordinator, learner.id);
		const second = linkIn(await lastMailTo(learner.email, mark2));
		expect(await failureStatus(accept(tokenOf(first)))).toBe(400);
		expect((await accept(tokenOf(second))).record.id).toBe(learner.id);
	});

	it('an expired link is refused', async () => {
		const learner = await world.tempUser('A', 'learner');
		const mark = mailMark();
		await invite(await world.as('coordinator'), learner.id);
		const link = linkIn(await lastMailTo(learner.email, mark));
		const [invitation] = await world.su.collection('invitations').getFullList({ filter: `user = "${learner.id}"` });
		await world.su.collection('invitations').update(invitation!.id, { expiresAt: daysFromNow(-1) });
		expect(await failureStatus(accept(tokenOf(link)))).toBe(400);
	});

	it('a deactivated person cannot be invited, and their old link is refused', async () => {
		const learner = await world.tempUser('A', 'learner');
		const coordinator = await world.as('coordinator');
		const mark = mailMark();
		await invite(coordinator, learner.id);
		const link = linkIn(await lastMailTo(learner.email, mark));
		await coordinator.collection('users').update(learner.id, { deactivated: true });
		expect(await failureStatus(accept(tokenOf(link)))).toBe(400);
		expect(await failureStatus(invite(coordinator, learner.id))).toBe(400);
	});

	it.each([
		['anonymous', 401],
		['learner', 403],
		['mentor', 403],
		['teacher', 403],
		['coordinatorB', 404]
	] as const)('%s cannot invite a person of school A (%i, no mail)', async (actor, status) => {
		const learner = await world.tempUser('A', 'learner');
		const mark = mailMark();
		expect(await failureStatus(invite(await world.as(actor), learner.id))).toBe(status);
		expect(await world.count('invitations', 'user = {:user}', { user: learner.id })).toBe(0);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(mailsTo(learner.email, mark)).toEqual([]);
	});

	it('a made-up token is refused', async () => {
		expect(await failureStatus(accept('x'.repeat(48)))).toBe(400);
	});
});

describe('invitations: who reads them', () => {
	let invitation: RecordModel;
	beforeAll(async () => {
		const learner = await world.su.collection('users').create({
			email: `invited.${world.tag}@sammen.test`,
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name: 'Inviteret Ida',
			role: 'learner',
			school: world.schools.A.id
		});
		await invite(await world.as('coordinator'), learner.id);
		[invitation] = (await world.su.collection('invitations').getFullList({ filter: `user = "${learner.id}"` })) as [RecordModel];
	});

	it("the school's coordinator lists and views it, without the token's hash", async () => {
		const pb = await world.as('coordinator');
		const list = await pb.collection('invitations').getFullList({ filter: `id = "${invitation.id}"` });
		expect(list.map((r) => r.id)).toEqual([invitation.id]);
		expect(list[0]).not.toHaveProperty('tokenHash');
		expect(await pb.collection('invitations').getOne(invitation.id)).not.toHaveProperty('tokenHash');
	});

	it.each(['anonymous', 'learner', 'mentor', 'teacher', 'coordinatorB'] as const)('%s cannot see it', async (actor) => {
		const pb = await world.as(actor);
		expect(await pb.collection('invitations').getFullList({ filter: `id = "${invitation.id}"` })).toEqual([]);
		expect(await failureStatus(pb.collection('invitations').getOne(invitation.id))).toBe(404);
	});

	it('nobody filters on the token hash', async () => {
		const pb = await world.as('coordinator');
		expect(await failureStatus(pb.collection('invitations').getFullList({ filter: 'tokenHash != ""' }))).toBe(400);
	});

	nobodyWrites({
		world: () => world,
		collection: 'invitations',
		actors: ['anonymous', 'learner', 'mentor', 'teacher', 'coordinator', 'coordinatorB'],
		create: () => ({
			user: world.users.learner.id,
			school: world.schools.A.id,
			tokenHash: `made-up-${world.tag}`,
			expiresAt: daysFromNow(10)
		}),
		stored: (data) => `tokenHash = "${data.tokenHash}"`,
		existing: () => invitation,
		change: { expiresAt: daysFromNow(100) },
		status: [403, 404]
	});
});
