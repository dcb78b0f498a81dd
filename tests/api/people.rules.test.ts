// people: the names-only view. Learners see their mentor, teachers and classmates
// here (never e-mails); staff see the school's staff and their own learners.
// Nobody writes to it.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildWorld,
	everyKindOfActor,
	failureStatus,
	schoolA,
	schoolB,
	staffA,
	type Actor,
	type Person,
	type World
} from './fixtures';
import { refusals, whoSees } from './scenarios';

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
	// people's ids are the users' ids
	whoSees<Person>({
		world: () => world,
		collection: 'people',
		records: () => world.users,
		noun: 'people whose names',
		field: 'name',
		table: namesVisibleTo
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

	refusals<string>(
		() => world,
		everyKindOfActor.map((actor) => ({
			name: `${actor} cannot create a person (no user appears)`,
			as: actor,
			status: 400,
			given: async (w) => `Ny person ${w.tag} ${actor}`,
			attempt: (pb, name, w) => pb.collection('people').create({ name, role: 'learner', school: w.schools.A.id }),
			unchanged: (name) => ({ collection: 'users', filter: 'name = {:name}', params: { name } })
		}))
	);

	refusals<RecordModel>(
		() => world,
		everyKindOfActor.map((actor) => ({
			name: `${actor} cannot rename a person (nothing changes)`,
			as: actor,
			status: 400,
			given: (w) => w.reread('users', target().id),
			attempt: (pb, before) => pb.collection('people').update(before.id, { name: 'Omdøbt', role: 'coordinator' }),
			unchanged: (before) => ({ collection: 'users', record: before })
		}))
	);

	refusals(
		() => world,
		everyKindOfActor.map((actor) => ({
			name: `${actor} cannot delete a person (the user is still there)`,
			as: actor,
			status: 400,
			attempt: (pb) => pb.collection('people').delete(target().id),
			unchanged: () => ({ collection: 'users', filter: 'id = {:id}', params: { id: target().id }, count: 1 })
		}))
	);
});
