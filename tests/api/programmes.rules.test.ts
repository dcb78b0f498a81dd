// programmes (uddannelser): everyone in a school reads its programmes; its
// coordinator manages them, and never reaches another school's.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, listIds, type Actor, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const programmesVisibleTo: [Actor, ('A' | 'B')[]][] = [
	['anonymous', []],
	['learner', ['A']],
	['stranger', ['A']],
	['mentor', ['A']],
	['teacher', ['A']],
	['coordinator', ['A']],
	['coordinatorB', ['B']],
	['learnerB', ['B']]
];

const newProgramme = (school: 'A' | 'B') => ({
	name: `Ny uddannelse ${randomUUID().slice(0, 8)}`,
	track: 'EUV3',
	school: world.schools[school].id
});

describe('programmes: reading', () => {
	it.each(programmesVisibleTo)("%s lists only their own school's programmes", async (actor, visible) => {
		const ids = visible.map((s) => world.programmes[s].id).sort();
		expect(await listIds(await world.as(actor), 'programmes')).toEqual(ids);
	});

	it.each(programmesVisibleTo)('%s views them and gets 404 for the others', async (actor, visible) => {
		const pb = await world.as(actor);
		for (const school of ['A', 'B'] as const) {
			const request = pb.collection('programmes').getOne(world.programmes[school].id);
			if (visible.includes(school)) expect((await request).name).toBe(world.programmes[school].name);
			else expect(await failureStatus(request), `${actor} viewing programme ${school}`).toBe(404);
		}
	});
});

describe('programmes: creating', () => {
	it('a coordinator creates a programme in their own school', async () => {
		const data = newProgramme('A');
		const created = await (await world.as('coordinator')).collection('programmes').create(data);
		world.cleanUp('programmes', created.id);
		expect(await world.reread('programmes', created.id)).toMatchObject(data);
	});

	const refused: [Actor, 'A' | 'B'][] = [
		['anonymous', 'A'],
		['learner', 'A'],
		['mentor', 'A'],
		['teacher', 'A'],
		['coordinatorB', 'A'],
		['coordinator', 'B']
	];
	it.each(refused)('%s cannot create a programme in school %s (400, nothing stored)', async (actor, school) => {
		const data = newProgramme(school);
		expect(await failureStatus((await world.as(actor)).collection('programmes').create(data))).toBe(400);
		expect(await world.count('programmes', 'name = {:name}', { name: data.name })).toBe(0);
	});
});

describe('programmes: editing and deleting', () => {
	it('a coordinator edits a programme of their school', async () => {
		const programme = await world.temp('programmes', newProgramme('A'));
		await (await world.as('coordinator')).collection('programmes').update(programme.id, { description: 'Opdateret' });
		expect((await world.reread('programmes', programme.id)).description).toBe('Opdateret');
	});

	it('a coordinator cannot move a programme to another school', async () => {
		const programme = await world.temp('programmes', newProgramme('A'));
		const move = { school: world.schools.B.id };
		const attempt = (await world.as('coordinator')).collection('programmes').update(programme.id, move);
		expect(await failureStatus(attempt)).toBe(404);
		expect(await world.reread('programmes', programme.id)).toEqual(programme);
	});

	it('a coordinator deletes a programme of their school', async () => {
		const programme = await world.temp('programmes', newProgramme('A'));
		await (await world.as('coordinator')).collection('programmes').delete(programme.id);
		expect(await world.count('programmes', 'id = {:id}', { id: programme.id })).toBe(0);
	});

	const refused: [Actor, 'A' | 'B'][] = [
		['anonymous', 'A'],
		['learner', 'A'],
		['mentor', 'A'],
		['teacher', 'A'],
		['coordinatorB', 'A'],
		['coordinator', 'B']
	];
	it.each(refused)('%s cannot edit a programme of school %s (404, nothing changes)', async (actor, school) => {
		const programme = await world.temp('programmes', newProgramme(school));
		const attempt = (await world.as(actor)).collection('programmes').update(programme.id, { description: 'Hacket' });
		expect(await failureStatus(attempt)).toBe(404);
		expect(await world.reread('programmes', programme.id)).toEqual(programme);
	});

	it.each(refused)('%s cannot delete a programme of school %s (404, still there)', async (actor, school) => {
		const programme = await world.temp('programmes', newProgramme(school));
		expect(await failureStatus((await world.as(actor)).collection('programmes').delete(programme.id))).toBe(404);
		expect(await world.reread('programmes', programme.id)).toEqual(programme);
	});
});
