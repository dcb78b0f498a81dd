// schools: everyone sees their own school, its coordinator edits it, only the
// operator (superuser) creates or deletes schools.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, everyKindOfActor, ownSchoolOnly, type Actor, type World } from './fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

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
		table: ownSchoolOnly
	});
});

describe('schools: creating and deleting is for the operator only', () => {
	const actors = everyKindOfActor.map((actor) => [actor, actor] as const);
	refusedCreates(
		() => world,
		'schools',
		actors.map(([who, actor]) => [who, actor, () => ({ name: `Ny skole ${world.tag} ${actor}` })]),
		({ name }) => ({ collection: 'schools', filter: 'name = {:name}', params: { name } }),
		403
	);
	refusedDeletes(() => world, 'schools', actors.map(([who, actor]) => [`${who}, school A`, actor, (w) => w.schools.A]), 403);
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
	refusedUpdates(
		() => world,
		'schools',
		refused.map(([actor, school]) => [`${actor}, school ${school}`, actor, (w) => w.reread('schools', w.schools[school].id), () => ({ city: 'Hackerby' })])
	);
});
