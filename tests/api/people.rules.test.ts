// people: the names-only view. Learners see their mentor, teachers and classmates
// here (never e-mails); staff see the school's staff and their own learners.
// Nobody writes to it.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildWorld,
	everyKindOfActor,
	failureStatus,
	listIds,
	schoolA,
	schoolB,
	staffA,
	type Actor,
	type Person,
	type World
} from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const namesVisibleTo: [Actor, Person[]][] = [
	['anonymous', []],
	['learner', ['learner', 'mentor', 'teacher', 'coTeacher', 'classmate']], // not the stranger, other mentor or coordinator
	['classmate', ['classmate', 'otherMentor', 'teacher', 'coTeacher', 'learner']],
	['formerLearner', ['formerLearner', 'otherMentor', 'otherTeacher']], // not `mentor`: that mentorship ended
	['stranger', ['stranger']],
	['mentor', [...staffA, 'learner']], // not formerLearner (ended, handed over), classmate or stranger
	['otherMentor', [...staffA, 'classmate', 'formerLearner']],
	['teacher', [...staffA, 'learner', 'classmate']],
	['otherTeacher', [...staffA, 'formerLearner']],
	['coordinator', schoolA],
	['coordinatorB', schoolB],
	['learnerB', ['learnerB', 'mentorB']],
	['mentorB', ['mentorB', 'coordinatorB', 'learnerB']]
];

describe('people: reading names', () => {
	it.each(namesVisibleTo)('%s lists exactly the people whose names they may see', async (actor, visible) => {
		expect(await listIds(await world.as(actor), 'people')).toEqual(world.ids(visible));
	});

	it.each(namesVisibleTo)('%s views those one by one and gets 404 for everyone else', async (actor, visible) => {
		const pb = await world.as(actor);
		for (const person of Object.keys(world.users) as Person[]) {
			const request = pb.collection('people').getOne(world.users[person].id);
			if (visible.includes(person)) expect((await request).name).toBe(world.users[person].name);
			else expect(await failureStatus(request), `${actor} viewing ${person}`).toBe(404);
		}
	});

	it('a learner gets name, role and school of their mentor, teachers and classmate, never an e-mail', async () => {
		const rows = await (await world.as('learner')).collection('people').getFullList();
		expect(rows).toHaveLength(5);
		// `updated` is there for the offline sync's delta pulls
		const namesOnly = ['collectionId', 'collectionName', 'id', 'name', 'role', 'school', 'updated'];
		for (const row of rows) expect(Object.keys(row).sort()).toEqual(namesOnly);
		const mentor = rows.find((row) => row.id === world.users.mentor.id);
		expect(mentor).toMatchObject({ name: world.users.mentor.name, role: 'mentor', school: world.schools.A.id });
	});

	it("a learner still cannot read the full user records of the people they see", async () => {
		const pb = await world.as('learner');
		for (const person of ['mentor', 'teacher', 'classmate'] as const) {
			expect(await failureStatus(pb.collection('users').getOne(world.users[person].id)), person).toBe(404);
		}
	});

	it('a coordinator cannot find e-mails through people either', async () => {
		const pb = await world.as('coordinator');
		const filter = pb.filter('name = {:n}', { n: world.users.learner.name });
		const [row] = await pb.collection('people').getFullList({ filter });
		expect(row?.id).toBe(world.users.learner.id);
		expect(row).not.toHaveProperty('email');
	});
});

describe('people: nobody writes to the view', () => {
	const target = () => world.users.learner;

	it.each(everyKindOfActor)('%s cannot create a person (400, no user appears)', async (actor) => {
		const name = `Ny person ${world.tag} ${actor}`;
		const body = { name, role: 'learner', school: world.schools.A.id };
		expect(await failureStatus((await world.as(actor)).collection('people').create(body))).toBe(400);
		expect(await world.count('users', 'name = {:name}', { name })).toBe(0);
	});

	it.each(everyKindOfActor)('%s cannot rename a person (400, nothing changes)', async (actor) => {
		const before = await world.reread('users', target().id);
		const attempt = (await world.as(actor)).collection('people').update(target().id, { name: 'Omdøbt', role: 'coordinator' });
		expect(await failureStatus(attempt)).toBe(400);
		expect(await world.reread('users', target().id)).toEqual(before);
	});

	it.each(everyKindOfActor)('%s cannot delete a person (400, the user is still there)', async (actor) => {
		expect(await failureStatus((await world.as(actor)).collection('people').delete(target().id))).toBe(400);
		expect(await world.count('users', 'id = {:id}', { id: target().id })).toBe(1);
	});
});
