// programmes (uddannelser): everyone in a school reads its programmes; its
// coordinator manages them, and never reaches another school's.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import { buildWorld, type Actor, type World } from './fixtures';
import { expectRefused, refusals, whoSees } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const newProgramme = (school: 'A' | 'B') => ({
	name: `Ny uddannelse ${randomUUID().slice(0, 8)}`,
	track: 'EUV3',
	school: world.schools[school].id
});

describe('programmes: reading', () => {
	whoSees<'A' | 'B'>({
		world: () => world,
		collection: 'programmes',
		records: () => world.programmes,
		noun: "programmes (only their own school's)",
		field: 'name',
		table: [
			['anonymous', []],
			['learner', ['A']],
			['stranger', ['A']],
			['mentor', ['A']],
			['teacher', ['A']],
			['coordinator', ['A']],
			['coordinatorB', ['B']],
			['learnerB', ['B']]
		]
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
	refusals<ReturnType<typeof newProgramme>>(
		() => world,
		refused.map(([actor, school]) => ({
			name: `${actor} cannot create a programme in school ${school} (nothing stored)`,
			as: actor,
			status: 400,
			given: async () => newProgramme(school),
			attempt: (pb, data) => pb.collection('programmes').create(data),
			unchanged: (data) => ({ collection: 'programmes', filter: 'name = {:name}', params: { name: data.name } })
		}))
	);
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
		await expectRefused(world, attempt, 404, { collection: 'programmes', record: programme });
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
	refusals<RecordModel>(
		() => world,
		refused.flatMap(([actor, school]) => [
			{
				name: `${actor} cannot edit a programme of school ${school} (nothing changes)`,
				as: actor,
				status: 404,
				given: (w) => w.temp('programmes', newProgramme(school)),
				attempt: (pb, programme) => pb.collection('programmes').update(programme.id, { description: 'Hacket' }),
				unchanged: (programme) => ({ collection: 'programmes', record: programme })
			},
			{
				name: `${actor} cannot delete a programme of school ${school} (still there)`,
				as: actor,
				status: 404,
				given: (w) => w.temp('programmes', newProgramme(school)),
				attempt: (pb, programme) => pb.collection('programmes').delete(programme.id),
				unchanged: (programme) => ({ collection: 'programmes', record: programme })
			}
		])
	);
});
