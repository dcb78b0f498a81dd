// programmes (uddannelser): everyone in a school reads its programmes; its
// coordinator manages them, and never reaches another school's.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, ownSchoolOnly, type Actor, type World } from './fixtures';
import { createdAs, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const newProgramme = (school: 'A' | 'B') => ({
	name: `Ny uddannelse ${randomUUID().slice(0, 8)}`,
	track: 'EUV3',
	school: world.schools[school].id
});

/** Who may not write programmes of which school (create, edit and delete alike). */
const refused: [Actor, 'A' | 'B'][] = [
	['anonymous', 'A'],
	['learner', 'A'],
	['mentor', 'A'],
	['teacher', 'A'],
	['coordinatorB', 'A'],
	['coordinator', 'B']
];

describe('programmes: reading', () => {
	whoSees<'A' | 'B'>({
		world: () => world,
		collection: 'programmes',
		records: () => world.programmes,
		noun: "programmes (only their own school's)",
		field: 'name',
		table: ownSchoolOnly
	});
});

describe('programmes: creating', () => {
	it('a coordinator creates a programme in their own school', async () => {
		const data = newProgramme('A');
		expect(await createdAs(world, 'coordinator', 'programmes', data)).toMatchObject(data);
	});

	refusedCreates(
		() => world,
		'programmes',
		refused.map(([actor, school]) => [`${actor}, in school ${school}`, actor, () => newProgramme(school)]),
		({ name }) => ({ collection: 'programmes', filter: 'name = {:name}', params: { name } })
	);
});

describe('programmes: editing and deleting', () => {
	it('a coordinator edits a programme of their school', async () => {
		const programme = await world.temp('programmes', newProgramme('A'));
		await (await world.as('coordinator')).collection('programmes').update(programme.id, { description: 'Opdateret' });
		expect((await world.reread('programmes', programme.id)).description).toBe('Opdateret');
	});

	it('a coordinator deletes a programme of their school', async () => {
		const programme = await world.temp('programmes', newProgramme('A'));
		await (await world.as('coordinator')).collection('programmes').delete(programme.id);
		expect(await world.count('programmes', 'id = {:id}', { id: programme.id })).toBe(0);
	});

	const programmeOf = (school: 'A' | 'B') => (w: World) => w.temp('programmes', newProgramme(school));
	refusedUpdates(() => world, 'programmes', [
		...refused.map(([actor, school]) => [`${actor}, school ${school}'s`, actor, programmeOf(school), () => ({ description: 'Hacket' })] as const),
		['a coordinator, moving one to another school', 'coordinator', programmeOf('A'), () => ({ school: world.schools.B.id })]
	]);
	refusedDeletes(
		() => world,
		'programmes',
		refused.map(([actor, school]) => [`${actor}, school ${school}'s`, actor, programmeOf(school)])
	);
});

describe('programmes: expected length and end document (issue 16)', () => {
	it('a coordinator sets how many months it takes and what it ends with', async () => {
		const programme = await world.temp('programmes', newProgramme('A'));
		await (await world.as('coordinator')).collection('programmes').update(programme.id, { expectedMonths: 42, endDocument: 'svendebrev' });
		expect(await world.reread('programmes', programme.id)).toMatchObject({ expectedMonths: 42, endDocument: 'svendebrev' });
	});

	const programmeOf = (school: 'A' | 'B') => (w: World) => w.temp('programmes', newProgramme(school));
	refusedUpdates(() => world, 'programmes', [
		...refused.map(([actor, school]) => [`${actor}, school ${school}'s length`, actor, programmeOf(school), () => ({ expectedMonths: 1 })] as const),
		// (0 is PocketBase's empty number: "not told", like an empty end document)
		['a coordinator, -3 months', 'coordinator', programmeOf('A'), () => ({ expectedMonths: -3 })],
		['a coordinator, 121 months', 'coordinator', programmeOf('A'), () => ({ expectedMonths: 121 })],
		['a coordinator, half months', 'coordinator', programmeOf('A'), () => ({ expectedMonths: 2.5 })],
		['a coordinator, an end document not on the list', 'coordinator', programmeOf('A'), () => ({ endDocument: 'diplom' })]
	].map((row) => row as readonly [string, Actor, (w: World) => Promise<import('pocketbase').RecordModel>, () => Record<string, unknown>]), [400, 404]);
});
