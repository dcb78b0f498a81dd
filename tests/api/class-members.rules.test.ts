// class_members: members of a class see who else is in it; the coordinator of the
// school manages membership, with classes and users of their own school only.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type Actor, type Person, type World } from './fixtures';
import { createdAs, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const classA = ['A:learner', 'A:classmate', 'A:teacher', 'A:coTeacher'];
const classA2 = ['A2:formerLearner', 'A2:otherTeacher'];
const membersVisibleTo: [Actor, string[]][] = [
	['anonymous', []],
	['learner', classA],
	['classmate', classA],
	['teacher', classA],
	['formerLearner', classA2],
	['otherTeacher', classA2],
	['stranger', []],
	['mentor', []], // a mentor is in no class
	['coordinator', [...classA, ...classA2]],
	['coordinatorB', ['B:learnerB']],
	['learnerB', ['B:learnerB']]
];

type ClassKey = keyof World['classes'];
const membership = (klass: ClassKey, person: Person) => ({ class: world.classes[klass].id, user: world.users[person].id });

describe('class_members: reading', () => {
	whoSees({
		world: () => world,
		collection: 'class_members',
		records: () => world.members,
		noun: 'memberships of their own classes',
		field: 'user',
		table: membersVisibleTo
	});

	it("a learner sees which users are in the class, but expanding them gives only the learner's own record", async () => {
		const rows = await (await world.as('learner')).collection('class_members').getFullList({ expand: 'user' });
		const expanded = rows.filter((row) => row.expand?.user).map((row) => row.expand!.user.id);
		expect(expanded).toEqual([world.users.learner.id]);
	});
});

describe('class_members: adding someone to a class', () => {
	it('a coordinator adds a learner of their school to a class of their school', async () => {
		const data = membership('A', 'stranger');
		expect(await createdAs(world, 'coordinator', 'class_members', data)).toMatchObject(data);
	});

	const refused: [string, Actor, ClassKey, Person][] = [
		['anonymous', 'anonymous', 'A', 'stranger'],
		['a learner (themselves, into another class)', 'learner', 'A2', 'learner'],
		['a teacher (into their own class)', 'teacher', 'A', 'stranger'],
		['a mentor', 'mentor', 'A', 'stranger'],
		["another school's coordinator", 'coordinatorB', 'A', 'stranger'],
		["a coordinator, another school's learner", 'coordinator', 'A', 'learnerB'],
		["a coordinator, into another school's class", 'coordinator', 'B', 'stranger']
	];
	refusedCreates(
		() => world,
		'class_members',
		refused.map(([who, actor, klass, person]) => [who, actor, () => membership(klass, person)]),
		(data) => ({ collection: 'class_members', filter: 'class = {:class} && user = {:user}', params: data })
	);
});

describe('class_members: changing and removing memberships', () => {
	it('a coordinator moves a membership to another class of their school', async () => {
		const member = await world.temp('class_members', membership('A', 'stranger'));
		await (await world.as('coordinator')).collection('class_members').update(member.id, { class: world.classes.A2.id });
		expect((await world.reread('class_members', member.id)).class).toBe(world.classes.A2.id);
	});

	it('a coordinator removes a membership in their school', async () => {
		const member = await world.temp('class_members', membership('A', 'stranger'));
		await (await world.as('coordinator')).collection('class_members').delete(member.id);
		expect(await world.count('class_members', 'id = {:id}', { id: member.id })).toBe(0);
	});

	const refusedEdits: [string, Actor, string, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', 'A:learner', () => ({ class: world.classes.A2.id })],
		['a learner, their own membership', 'learner', 'A:learner', () => ({ class: world.classes.A2.id })],
		['a teacher, in their class', 'teacher', 'A:learner', () => ({ class: world.classes.A2.id })],
		["another school's coordinator", 'coordinatorB', 'A:learner', () => ({ class: world.classes.A2.id })],
		["a coordinator, another school's membership", 'coordinator', 'B:learnerB', () => ({ user: world.users.learnerB.id })],
		["a coordinator, into another school's class", 'coordinator', 'A:learner', () => ({ class: world.classes.B.id })],
		["a coordinator, to another school's user", 'coordinator', 'A:learner', () => ({ user: world.users.learnerB.id })]
	];
	refusedUpdates(
		() => world,
		'class_members',
		refusedEdits.map(([who, actor, key, change]) => [who, actor, (w) => w.members[key]!, change])
	);

	const deletes: [string, Actor, string][] = [
		['anonymous', 'anonymous', 'A:learner'],
		['a learner, their own membership', 'learner', 'A:learner'],
		['a teacher, in their class', 'teacher', 'A:learner'],
		["another school's coordinator", 'coordinatorB', 'A:learner'],
		["a coordinator, another school's membership", 'coordinator', 'B:learnerB']
	];
	refusedDeletes(
		() => world,
		'class_members',
		deletes.map(([who, actor, key]) => [who, actor, (w) => w.members[key]!])
	);
});
