// schools: everyone sees their own school, its coordinator edits it, only the
// operator (superuser) creates or deletes schools.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, everyKindOfActor, type Actor, type World } from './fixtures';
import { refusals, whoSees } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

describe('schools: reading', () => {
	whoSees<'A' | 'B'>({
		world: () => world,
		collection: 'schools',
		records: () => world.schools,
		noun: 'schools (only their own)',
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

describe('schools: creating and deleting is for the operator only', () => {
	refusals<string>(
		() => world,
		everyKindOfActor.map((actor) => ({
			name: `${actor} cannot create a school (nothing stored)`,
			as: actor,
			status: 403,
			given: async (w) => `Ny skole ${w.tag} ${actor}`,
			attempt: (pb, name) => pb.collection('schools').create({ name }),
			unchanged: (name) => ({ collection: 'schools', filter: 'name = {:name}', params: { name } })
		}))
	);

	refusals(
		() => world,
		everyKindOfActor.map((actor) => ({
			name: `${actor} cannot delete school A (still there)`,
			as: actor,
			status: 403,
			attempt: (pb, _, w) => pb.collection('schools').delete(w.schools.A.id),
			unchanged: (_, w) => ({ collection: 'schools', record: w.schools.A })
		}))
	);
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
	refusals<RecordModel>(
		() => world,
		refused.map(([actor, school]) => ({
			name: `${actor} cannot edit school ${school} (nothing changes)`,
			as: actor,
			status: 404,
			given: (w) => w.reread('schools', w.schools[school].id),
			attempt: (pb, before) => pb.collection('schools').update(before.id, { city: 'Hackerby' }),
			unchanged: (before) => ({ collection: 'schools', record: before })
		}))
	);
});
