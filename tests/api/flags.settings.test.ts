// The two settings of caseload and flags: a mentor's "no contact for N days" on their
// own user record (1–90), and a school's response target for flags in working days
// (1–20), set by the school's coordinator.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, type Actor, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

describe('users.noContactDays', () => {
	it('a mentor sets their own', async () => {
		const id = world.users.mentor.id;
		await (await world.as('mentor')).collection('users').update(id, { noContactDays: 14 });
		expect((await world.reread('users', id)).noContactDays).toBe(14);
		// 0 (or empty) means "the default" again (10 days in the app)
		await (await world.as('mentor')).collection('users').update(id, { noContactDays: 0 });
		expect((await world.reread('users', id)).noContactDays).toBe(0);
	});

	it.each([91, 7.5, -3])('%s days is refused (400, nothing changes)', async (days) => {
		const id = world.users.mentor.id;
		expect(await failureStatus((await world.as('mentor')).collection('users').update(id, { noContactDays: days }))).toBe(400);
		expect((await world.reread('users', id)).noContactDays).toBe(0);
	});

	it.each(['otherMentor', 'learner', 'teacher'] as Actor[])("%s cannot set the mentor's (404)", async (actor) => {
		const id = world.users.mentor.id;
		expect(await failureStatus((await world.as(actor)).collection('users').update(id, { noContactDays: 3 }))).toBe(404);
		expect((await world.reread('users', id)).noContactDays).toBe(0);
	});
});

describe('schools.flagResponseDays', () => {
	it('the coordinator sets their school’s', async () => {
		const id = world.schools.A.id;
		await (await world.as('coordinator')).collection('schools').update(id, { flagResponseDays: 3 });
		expect((await world.reread('schools', id)).flagResponseDays).toBe(3);
		// 0 (or empty) means "the default" again (2 working days)
		await (await world.as('coordinator')).collection('schools').update(id, { flagResponseDays: 0 });
		expect((await world.reread('schools', id)).flagResponseDays).toBe(0);
	});

	it.each([21, 1.5, -2])('%s working days is refused (400)', async (days) => {
		const id = world.schools.A.id;
		expect(await failureStatus((await world.as('coordinator')).collection('schools').update(id, { flagResponseDays: days }))).toBe(400);
		expect((await world.reread('schools', id)).flagResponseDays).toBe(0);
	});

	it.each(['mentor', 'teacher', 'learner', 'coordinatorB', 'anonymous'] as Actor[])('%s cannot set it (404)', async (actor) => {
		const id = world.schools.A.id;
		expect(await failureStatus((await world.as(actor)).collection('schools').update(id, { flagResponseDays: 9 }))).toBe(404);
		expect((await world.reread('schools', id)).flagResponseDays).toBe(0);
	});
});
