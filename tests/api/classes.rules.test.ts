// classes (hold): staff see every class of their school, learners only their own;
// the coordinator manages them within their school.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type Actor, type World } from './fixtures';
import { createdAs, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

type ClassKey = keyof World['classes'];
type School = 'A' | 'B';

const newClass = (school: School, programme: School = school) => ({
	name: `Nyt hold ${randomUUID().slice(0, 8)}`,
	school: world.schools[school].id,
	programme: world.programmes[programme].id
});

/** A throwaway class with the actor as a member, so being in the class is not what stops them. */
async function classWithMember(w: World, school: School, actor: Actor) {
	const klass = await w.temp('classes', newClass(school));
	if (actor !== 'anonymous') await w.temp('class_members', { class: klass.id, user: w.users[actor].id });
	return klass;
}

describe('classes: reading', () => {
	whoSees<ClassKey>({
		world: () => world,
		collection: 'classes',
		records: () => world.classes,
		noun: 'classes',
		field: 'name',
		table: [
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
		]
	});
});

describe('classes: creating', () => {
	it('a coordinator creates a class in their school', async () => {
		const data = newClass('A');
		expect(await createdAs(world, 'coordinator', 'classes', data)).toMatchObject(data);
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
	refusedCreates(() => world, 'classes', refused, ({ name }) => ({ collection: 'classes', filter: 'name = {:name}', params: { name } }));
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

	const refusedEdits: [string, Actor, School, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', 'A', () => ({ name: 'Hacket' })],
		['a learner of the class', 'learner', 'A', () => ({ name: 'Hacket' })],
		['a mentor', 'mentor', 'A', () => ({ name: 'Hacket' })],
		['a teacher', 'teacher', 'A', () => ({ name: 'Hacket' })],
		["another school's coordinator", 'coordinatorB', 'A', () => ({ name: 'Hacket' })],
		["a coordinator, another school's class", 'coordinator', 'B', () => ({ name: 'Hacket' })],
		['a coordinator, moving it to another school', 'coordinator', 'A', () => ({ school: world.schools.B.id })],
		["a coordinator, giving it another school's programme", 'coordinator', 'A', () => ({ programme: world.programmes.B.id })]
	];
	refusedUpdates(
		() => world,
		'classes',
		refusedEdits.map(([who, actor, school, change]) => [who, actor, (w) => classWithMember(w, school, actor), change])
	);

	const deletes: [Actor, School][] = [
		['anonymous', 'A'],
		['learner', 'A'],
		['mentor', 'A'],
		['teacher', 'A'],
		['coordinatorB', 'A'],
		['coordinator', 'B']
	];
	refusedDeletes(
		() => world,
		'classes',
		deletes.map(([actor, school]) => [`${actor}, a class of school ${school}`, actor, (w) => classWithMember(w, school, actor)])
	);
});
