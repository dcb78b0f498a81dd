// users: who reads, creates, edits and deletes whose full record (e-mail included).
import { randomUUID } from 'node:crypto';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	PASSWORD,
	buildWorld,
	daysFromNow,
	listIds,
	newClient,
	schoolA,
	schoolB,
	type Actor,
	type Person,
	type World
} from './fixtures';
import { createdAs, refusals, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

/** The person's user record as it is now (what a refused write must leave). */
const now = (person: Person) => (w: World) => w.reread('users', w.users[person].id);

/** Whose full user record each actor may read; everyone else only through `people`. */
const fullRecordsVisibleTo: [Actor, Person[]][] = [
	['anonymous', []],
	['learner', ['learner']],
	['stranger', ['stranger']],
	['formerLearner', ['formerLearner']],
	['mentor', ['mentor', 'learner']], // not formerLearner (ended, handed over), not classmate (otherMentor's)
	['otherMentor', ['otherMentor', 'classmate', 'formerLearner']], // one ending in the future is current
	['teacher', ['teacher', 'learner', 'classmate']], // learners of class A only, not the co-teacher
	['coTeacher', ['coTeacher', 'learner', 'classmate']],
	['otherTeacher', ['otherTeacher', 'formerLearner']],
	['coordinator', schoolA],
	['coordinatorB', schoolB],
	['learnerB', ['learnerB']],
	['mentorB', ['mentorB', 'learnerB']]
];

describe('users: reading', () => {
	// the whole list, not only the world's people: nobody else may be in it
	whoSees<Person>({
		world: () => world,
		collection: 'users',
		records: () => world.users,
		noun: 'users whose full record',
		table: fullRecordsVisibleTo
	});

	it('a learner sees their own record in full, e-mail and reading preferences included', async () => {
		const me = await (await world.as('learner')).collection('users').getOne(world.users.learner.id);
		expect(me.email).toBe(world.email('learner'));
		expect(me).toMatchObject({ role: 'learner', school: world.schools.A.id, name: world.users.learner.name });
		for (const field of ['textSize', 'font', 'lineSpacing', 'letterSpacing', 'tint', 'language', 'birthYear', 'about']) {
			expect(me, field).toHaveProperty(field);
		}
	});

	it.each([
		['mentor', 'learner'],
		['teacher', 'classmate']
	] as const)('%s reads the record of their learner %s, but not the e-mail', async (actor, learner) => {
		const record = await (await world.as(actor)).collection('users').getOne(world.users[learner].id);
		expect(record.name).toBe(world.users[learner].name);
		expect(record.email ?? '').toBe('');
	});

	it('a coordinator sees the e-mails of everyone in their school', async () => {
		const records = await (await world.as('coordinator')).collection('users').getFullList();
		expect(records.map((r) => r.email).sort()).toEqual(schoolA.map((p) => world.email(p)).sort());
	});

	it('a learner cannot find the mentor by filtering on their e-mail', async () => {
		const pb = await world.as('learner');
		expect(await listIds(pb, 'users', pb.filter('email = {:e}', { e: world.email('mentor') }))).toEqual([]);
	});
});

describe('users: creating (no public sign-up; coordinators in their own school only)', () => {
	const newUser = (school: 'A' | 'B') => ({
		email: `new-${randomUUID().slice(0, 8)}.${world.tag}@sammen.test`,
		password: PASSWORD,
		passwordConfirm: PASSWORD,
		name: 'Ny Bruger',
		role: 'learner',
		school: world.schools[school].id
	});
	refusedCreates(
		() => world,
		'users',
		[
			...(['anonymous', 'learner', 'mentor', 'teacher', 'coordinatorB'] as const).map(
				(actor) => [`${actor}, in school A`, actor, () => newUser('A')] as const
			),
			['a coordinator, in another school', 'coordinator', () => newUser('B')]
		],
		({ email }) => ({ collection: 'users', filter: 'email = {:email}', params: { email } })
	);

	it('a coordinator creates a user in their own school', async () => {
		const data = newUser('A');
		expect(await createdAs(world, 'coordinator', 'users', data)).toMatchObject({ email: data.email, role: 'learner', school: data.school });
	});
});

describe('users: nobody changes their own role or school', () => {
	const roles = ['learner', 'mentor', 'teacher', 'coordinator', 'coordinatorB'] as const;
	const otherRole = (actor: Person) => (actor.startsWith('coordinator') ? 'learner' : 'coordinator');
	const otherSchool = (actor: Person) => (actor === 'coordinatorB' ? world.schools.A.id : world.schools.B.id);

	const selfChanges: [string, (actor: Person) => Record<string, unknown>][] = [
		['role', (actor) => ({ role: otherRole(actor) })],
		['role, through the "role+" modifier', (actor) => ({ 'role+': otherRole(actor) })],
		['role, along with a harmless change', (actor) => ({ about: 'hej', role: otherRole(actor) })],
		['school', (actor) => ({ school: otherSchool(actor) })],
		['school, through the "school+" modifier', (actor) => ({ 'school+': otherSchool(actor) })]
	];
	refusedUpdates(
		() => world,
		'users',
		selfChanges.flatMap(([what, change]) =>
			roles.map((actor) => [`${actor}, their own ${what}`, actor, now(actor), () => change(actor)] as const)
		)
	);

	it.each(roles)('%s edits their own profile', async (actor) => {
		const id = world.users[actor].id;
		const about = `Om mig ${randomUUID()}`;
		await (await world.as(actor)).collection('users').update(id, { about, textSize: 20 });
		expect(await world.reread('users', id)).toMatchObject({ about, textSize: 20, role: world.users[actor].role });
	});
});

describe('users: editing other people', () => {
	const refused: [Actor, Person][] = [
		['anonymous', 'learner'],
		['learner', 'classmate'],
		['learner', 'mentor'],
		['learner', 'stranger'],
		['mentor', 'learner'], // may read the record, not edit it
		['teacher', 'learner'],
		['coordinator', 'learnerB'],
		['coordinatorB', 'learner']
	];
	refusedUpdates(
		() => world,
		'users',
		refused.map(([actor, target]) => [`${actor}, ${target}'s record`, actor, now(target), () => ({ name: 'Ændret', about: 'ændret' })])
	);

	it('a coordinator edits another user of their school, role included', async () => {
		const user = await world.tempUser('A', 'learner');
		await (await world.as('coordinator')).collection('users').update(user.id, { name: 'Nyt Navn', role: 'mentor' });
		const stored = await world.reread('users', user.id);
		expect(stored).toMatchObject({ name: 'Nyt Navn', role: 'mentor', school: world.schools.A.id });
	});

	refusedUpdates(() => world, 'users', [
		['a coordinator, moving a user to another school', 'coordinator', (w) => w.tempUser('A', 'learner'), () => ({ school: world.schools.B.id })]
	]);

	it('a coordinator sets a new password for a user of their school without the old one', async () => {
		const user = await world.tempUser('A', 'learner');
		const newPassword = 'a-brand-new-password-2';
		await (await world.as('coordinator'))
			.collection('users')
			.update(user.id, { password: newPassword, passwordConfirm: newPassword });
		const auth = await newClient().collection('users').authWithPassword(user.email, newPassword);
		expect(auth.record.id).toBe(user.id);
	});

	refusals<RecordModel>(() => world, [
		{
			name: "a coordinator cannot set the password of another school's user (the old one still works)",
			as: 'coordinator',
			status: 404,
			given: (w) => w.tempUser('B', 'learner'),
			attempt: (pb, user) =>
				pb.collection('users').update(user.id, { password: 'hijacked-password-3', passwordConfirm: 'hijacked-password-3' }),
			unchanged: (user, w) => async () => expect((await w.signIn(user)).authStore.record?.id).toBe(user.id)
		}
	]);
});

describe('users: deleting', () => {
	it('a coordinator deletes a user of their school', async () => {
		const user = await world.tempUser('A', 'learner');
		await (await world.as('coordinator')).collection('users').delete(user.id);
		expect(await world.count('users', 'id = {:id}', { id: user.id })).toBe(0);
	});

	// Each case deletes a throwaway learner; where it matters, one the actor can read.
	const noRelation = async () => {};
	const mentoredBy = (mentor: Person) => (learner: string) =>
		world.temp('mentorships', { learner, mentor: world.users[mentor].id, school: world.schools.A.id, start: daysFromNow(-1) });
	const inClassA = (user: string) => world.temp('class_members', { class: world.classes.A.id, user });
	const refused: [string, Actor, 'A' | 'B', (user: string) => Promise<unknown>][] = [
		['anonymous', 'anonymous', 'A', noRelation],
		['another learner', 'learner', 'A', noRelation],
		['their mentor', 'mentor', 'A', mentoredBy('mentor')],
		['their teacher', 'teacher', 'A', inClassA],
		["another school's coordinator", 'coordinatorB', 'A', noRelation],
		["a coordinator, another school's learner", 'coordinator', 'B', noRelation]
	];
	refusedDeletes(() => world, 'users', [
		...refused.map(([who, actor, school, relate]) => {
			const learner = async (w: World) => {
				const user = await w.tempUser(school, 'learner');
				await relate(user.id);
				return user;
			};
			return [`${who}, a learner`, actor, learner] as const;
		}),
		...(['learner', 'coordinator'] as const).map((actor) => [`${actor}, themselves`, actor, now(actor)] as const)
	]);
});

describe('users: reading preferences are validated', () => {
	const badPreferences: [string, unknown][] = [
		['textSize', 12],
		['textSize', 40],
		['textSize', 15],
		['textSize', 29],
		['textSize', 17.5],
		['font', 'comic-sans'],
		['tint', 'neon'],
		['lineSpacing', 'huge']
	];
	// each change is made by a throwaway learner, signed in as themselves
	refusals<RecordModel>(
		() => world,
		badPreferences.map(([field, value]) => ({
			name: `${field} = ${value} is refused (nothing stored)`,
			as: (user, w) => w.signIn(user),
			status: 400,
			given: (w) => w.tempUser('A', 'learner'),
			attempt: (pb, user) => pb.collection('users').update(user.id, { [field]: value }),
			unchanged: (user) => ({ collection: 'users', record: user })
		}))
	);

	it.each([
		['textSize', 16],
		['textSize', 28],
		['font', 'opendyslexic'],
		['tint', 'cream']
	])('%s = %s is accepted', async (field, value) => {
		const user = await world.tempUser('A', 'learner');
		await (await world.signIn(user)).collection('users').update(user.id, { [field]: value });
		expect((await world.reread('users', user.id))[field]).toBe(value);
	});
});
