// classes (hold): staff see every class of their school, learners only their own;
// the coordinator manages them within their school.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, listIds, type Actor, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

type ClassKey = keyof World['classes'];
const classesVisibleTo: [Actor, ClassKey[]][] = [
	['anonymous', []],
	['learner', ['A']],
	['classmate', ['A']],
	['formerLearner', ['A2']],
	['stranger', []], // a learner in no class
	['mentor', ['A', 'A2']],
	['teacher', ['A', 'A2']],
	['otherTeacher', ['A', 'A2']],
	['coordinator', ['A', 'A2']],
	['coordinatorB', ['B']],
	['learnerB', ['B']],
	['mentorB', ['B']]
];

const newClass = (school: 'A' | 'B', programme: 'A' | 'B' = school) => ({
	name: `Nyt hold ${randomUUID().slice(0, 8)}`,
	school: world.schools[school].id,
	programme: world.programmes[programme].id
});

describe('classes: reading', () => {
	it.each(classesVisibleTo)('%s lists exactly the classes they may see', async (actor, visible) => {
		const ids = visible.map((c) => world.classes[c].id).sort();
		expect(await listIds(await world.as(actor), 'classes')).toEqual(ids);
	});

	it.each(classesVisibleTo)('%s views those and gets 404 for the others', async (actor, visible) => {
		const pb = await world.as(actor);
		for (const klass of ['A', 'A2', 'B'] as const) {
			const request = pb.collection('classes').getOne(world.classes[klass].id);
			if (visible.includes(klass)) expect((await request).name).toBe(world.classes[klass].name);
			else expect(await failureStatus(request), `${actor} viewing class ${klass}`).toBe(404);
		}
	});
});

describe('classes: creating', () => {
	it('a coordinator creates a class in their school', async () => {
		const data = newClass('A');
		const created = await (await world.as('coordinator')).collection('classes').create(data);
		world.cleanUp('classes', created.id);
		expect(await world.reread('classes', created.id)).toMatchObject(data);
	});

	const refused: [string, Actor, () => ReturnType<typeof newClass>][] = [
		['anonymous', 'anonymous', () => newClass('A')],
		['a learner', 'learner', () => newClass('A')],
		['a mentor', 'mentor', () => newClass('A')],
		['a teacher', 'teacher', () => newClass('A')],
		["another school's coordinator", 'coordinatorB', () => newClass('A')],
		['a coordinator, in another school', 'coordinator', () => newClass('B')],
		["a coordinator, with another school's programme", 'coordinator', () => newClass('A', 'B')]
	];
	it.each(refused)('%s cannot create it (400, nothing stored)', async (_, actor, data) => {
		const body = data();
		expect(await failureStatus((await world.as(actor)).collection('classes').create(body))).toBe(400);
		expect(await world.count('classes', 'name = {:name}', { name: body.name })).toBe(0);
	});
});

describe('classes: editing and deleting', () => {
	it('a coordinator renames a class of their school', async () => {
		const klass = await world.temp('classes', newClass('A'));
		await (await world.as('coordinator')).collection('classes').update(klass.id, { name: 'Omdøbt hold' });
		expect((await world.reread('classes', klass.id)).name).toBe('Omdøbt hold');
	});

	it('a coordinator deletes a class of their school', async () => {
		const klass = await world.temp('classes', newClass('A'));
		await (await world.as('coordinator')).collection('classes').delete(klass.id);
		expect(await world.count('classes', 'id = {:id}', { id: klass.id })).toBe(0);
	});

	const refusedEdits: [string, Actor, 'A' | 'B', () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', 'A', () => ({ name: 'Hacket' })],
		['a learner of the class', 'learner', 'A', () => ({ name: 'Hacket' })],
		['a mentor', 'mentor', 'A', () => ({ name: 'Hacket' })],
		['a teacher', 'teacher', 'A', () => ({ name: 'Hacket' })],
		["another school's coordinator", 'coordinatorB', 'A', () => ({ name: 'Hacket' })],
		["a coordinator, another school's class", 'coordinator', 'B', () => ({ name: 'Hacket' })],
		['a coordinator, moving it to another school', 'coordinator', 'A', () => ({ school: world.schools.B.id })],
		["a coordinator, giving it another school's programme", 'coordinator', 'A', () => ({ programme: world.programmes.B.id })]
	];
	it.each(refusedEdits)('%s cannot edit it (404, nothing changes)', async (_, actor, school, change) => {
		// a throwaway class with the actor as a member, so being in the class is not what stops them
		const klass = await world.temp('classes', newClass(school));
		if (actor !== 'anonymous') await world.temp('class_members', { class: klass.id, user: world.users[actor].id });
		const attempt = (await world.as(actor)).collection('classes').update(klass.id, change());
		expect(await failureStatus(attempt)).toBe(404);
		expect(await world.reread('classes', klass.id)).toEqual(klass);
	});

	const refusedDeletes: [Actor, 'A' | 'B'][] = [
		['anonymous', 'A'],
		['learner', 'A'],
		['mentor', 'A'],
		['teacher', 'A'],
		['coordinatorB', 'A'],
		['coordinator', 'B']
	];
	it.each(refusedDeletes)('%s cannot delete a class of school %s (404, still there)', async (actor, school) => {
		const klass = await world.temp('classes', newClass(school));
		if (actor !== 'anonymous') await world.temp('class_members', { class: klass.id, user: world.users[actor].id });
		expect(await failureStatus((await world.as(actor)).collection('classes').delete(klass.id))).toBe(404);
		expect(await world.reread('classes', klass.id)).toEqual(klass);
	});
});
