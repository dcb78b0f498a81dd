// schools: everyone sees their own school, its coordinator edits it, only the
// operator (superuser) creates or deletes schools.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, everyKindOfActor, failureStatus, listIds, type Actor, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const schoolsVisibleTo: [Actor, ('A' | 'B')[]][] = [
	['anonymous', []],
	['learner', ['A']],
	['stranger', ['A']],
	['mentor', ['A']],
	['teacher', ['A']],
	['coordinator', ['A']],
	['coordinatorB', ['B']],
	['learnerB', ['B']]
];

describe('schools: reading', () => {
	it.each(schoolsVisibleTo)('%s lists only their own school', async (actor, visible) => {
		const ids = visible.map((s) => world.schools[s].id).sort();
		expect(await listIds(await world.as(actor), 'schools')).toEqual(ids);
	});

	it.each(schoolsVisibleTo)('%s views their own school and gets 404 for the other', async (actor, visible) => {
		const pb = await world.as(actor);
		for (const school of ['A', 'B'] as const) {
			const request = pb.collection('schools').getOne(world.schools[school].id);
			if (visible.includes(school)) expect((await request).name).toBe(world.schools[school].name);
			else expect(await failureStatus(request), `${actor} viewing school ${school}`).toBe(404);
		}
	});
});

describe('schools: creating and deleting is for the operator only', () => {
	it.each(everyKindOfActor)('%s cannot create a school (403, nothing stored)', async (actor) => {
		const name = `Ny skole ${world.tag} ${actor}`;
		expect(await failureStatus((await world.as(actor)).collection('schools').create({ name }))).toBe(403);
		expect(await world.count('schools', 'name = {:name}', { name })).toBe(0);
	});

	it.each(everyKindOfActor)('%s cannot delete school A (403, still there)', async (actor) => {
		const id = world.schools.A.id;
		expect(await failureStatus((await world.as(actor)).collection('schools').delete(id))).toBe(403);
		expect(await world.reread('schools', id)).toEqual(world.schools.A);
	});
});

describe('schools: editing', () => {
	it("the coordinator edits their own school's details", async () => {
		const id = world.schools.A.id;
		await (await world.as('coordinator')).collection('schools').update(id, { city: 'Aalborg' });
		expect((await world.reread('schools', id)).city).toBe('Aalborg');
		await world.su.collection('schools').update(id, { city: world.schools.A.city }); // put it back
	});

	const refused: [Actor, 'A' | 'B'][] = [
		['anonymous', 'A'],
		['learner', 'A'],
		['mentor', 'A'],
		['teacher', 'A'],
		['coordinatorB', 'A'],
		['coordinator', 'B']
	];
	it.each(refused)('%s cannot edit school %s (404, nothing changes)', async (actor, school) => {
		const id = world.schools[school].id;
		const before = await world.reread('schools', id);
		expect(await failureStatus((await world.as(actor)).collection('schools').update(id, { city: 'Hackerby' }))).toBe(404);
		expect(await world.reread('schools', id)).toEqual(before);
	});
});
