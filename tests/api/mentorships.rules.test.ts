// mentorships: the learner and mentor see their own (history included); the
// coordinator manages those of their school. Nobody edits their own mentorship.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, daysFromNow, listIds, type Actor, type Person, type World } from './fixtures';
import { createdAs, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

type MentorshipKey = keyof World['mentorships'];
const mentorshipsVisibleTo: [Actor, MentorshipKey[]][] = [
	['anonymous', []],
	['learner', ['current']],
	['classmate', ['endsLater']],
	['formerLearner', ['ended', 'handedOver']], // history stays visible to both sides
	['stranger', []],
	['mentor', ['current', 'ended']],
	['otherMentor', ['endsLater', 'handedOver']],
	['teacher', []],
	['coordinator', ['current', 'endsLater', 'ended', 'handedOver']],
	['coordinatorB', ['B']],
	['learnerB', ['B']],
	['mentorB', ['B']]
];

const mentorship = (learner: Person, mentor: Person, school: 'A' | 'B' = 'A') => ({
	learner: world.users[learner].id,
	mentor: world.users[mentor].id,
	school: world.schools[school].id,
	start: daysFromNow(0)
});

describe('mentorships: reading', () => {
	whoSees({
		world: () => world,
		collection: 'mentorships',
		records: () => world.mentorships,
		noun: 'mentorships (their own)',
		field: 'learner',
		table: mentorshipsVisibleTo
	});

	it("a learner cannot read the mentor's user record by expanding the mentorship", async () => {
		const [row] = await (await world.as('learner')).collection('mentorships').getFullList({ expand: 'mentor,learner' });
		expect(row?.expand?.learner?.id).toBe(world.users.learner.id);
		expect(row?.expand?.mentor).toBeUndefined();
	});

	it("a learner cannot probe the mentor's e-mail through a filter", async () => {
		const pb = await world.as('learner');
		const byEmail = pb.filter('mentor.email = {:e}', { e: world.email('mentor') });
		expect(await listIds(pb, 'mentorships', byEmail)).toEqual([]);
		// while a filter on what the learner may see does find the mentorship
		const byMentorId = pb.filter('mentor = {:id}', { id: world.users.mentor.id });
		expect(await listIds(pb, 'mentorships', byMentorId)).toEqual([world.mentorships.current.id]);
	});
});

describe('mentorships: creating', () => {
	it('a coordinator pairs a learner with a mentor of their school', async () => {
		const data = mentorship('stranger', 'otherMentor');
		expect(await createdAs(world, 'coordinator', 'mentorships', data)).toMatchObject({ learner: data.learner, mentor: data.mentor });
	});

	const refused: [string, Actor, () => ReturnType<typeof mentorship>][] = [
		['anonymous', 'anonymous', () => mentorship('stranger', 'otherMentor')],
		['a learner, for themselves', 'learner', () => mentorship('learner', 'otherMentor')],
		['a learner, for a stranger', 'learner', () => mentorship('stranger', 'mentor')],
		['a mentor, for themselves', 'mentor', () => mentorship('stranger', 'mentor')],
		['a teacher', 'teacher', () => mentorship('stranger', 'otherMentor')],
		["another school's coordinator", 'coordinatorB', () => mentorship('stranger', 'otherMentor')],
		['a coordinator, with a teacher as the learner', 'coordinator', () => mentorship('teacher', 'mentor')],
		['a coordinator, with a mentor as the learner', 'coordinator', () => mentorship('otherMentor', 'mentor')],
		['a coordinator, with a teacher as the mentor', 'coordinator', () => mentorship('stranger', 'teacher')],
		["a coordinator, with another school's mentor", 'coordinator', () => mentorship('stranger', 'mentorB')],
		["a coordinator, with another school's learner", 'coordinator', () => mentorship('learnerB', 'mentor')],
		["a coordinator, filed under another school", 'coordinator', () => mentorship('stranger', 'mentor', 'B')]
	];
	refusedCreates(() => world, 'mentorships', refused, ({ learner, mentor }) => ({
		collection: 'mentorships',
		filter: 'learner = {:learner} && mentor = {:mentor}',
		params: { learner, mentor }
	}));
});

describe('mentorships: ending, changing and deleting', () => {
	it('a coordinator ends a mentorship of their school (a handover)', async () => {
		const record = await world.temp('mentorships', mentorship('stranger', 'otherMentor'));
		const end = daysFromNow(0);
		await (await world.as('coordinator')).collection('mentorships').update(record.id, { end });
		expect((await world.reread('mentorships', record.id)).end).toBe(end);
	});

	it('a coordinator deletes a mentorship of their school', async () => {
		const record = await world.temp('mentorships', mentorship('stranger', 'otherMentor'));
		await (await world.as('coordinator')).collection('mentorships').delete(record.id);
		expect(await world.count('mentorships', 'id = {:id}', { id: record.id })).toBe(0);
	});

	const ended = () => ({ end: daysFromNow(-1) });
	const refusedEdits: [string, Actor, MentorshipKey, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', 'current', ended],
		['the learner, ending their own', 'learner', 'current', ended],
		['the learner, picking another mentor', 'learner', 'current', () => ({ mentor: world.users.otherMentor.id })],
		['the mentor, ending their own', 'mentor', 'current', ended],
		['a teacher', 'teacher', 'current', ended],
		["another school's coordinator", 'coordinatorB', 'current', ended],
		["a coordinator, another school's mentorship", 'coordinator', 'B', ended],
		["a coordinator, giving it another school's mentor", 'coordinator', 'current', () => ({ mentor: world.users.mentorB.id })],
		['a coordinator, making a teacher the learner', 'coordinator', 'current', () => ({ learner: world.users.teacher.id })],
		['a coordinator, making a learner the mentor', 'coordinator', 'current', () => ({ mentor: world.users.stranger.id })],
		['a coordinator, moving it to another school', 'coordinator', 'current', () => ({ school: world.schools.B.id })]
	];
	refusedUpdates(
		() => world,
		'mentorships',
		refusedEdits.map(([who, actor, key, change]) => [who, actor, (w) => w.mentorships[key], change])
	);

	const deletes: [Actor, MentorshipKey][] = [
		['anonymous', 'current'],
		['learner', 'current'],
		['mentor', 'current'],
		['teacher', 'current'],
		['coordinatorB', 'current'],
		['coordinator', 'B']
	];
	refusedDeletes(
		() => world,
		'mentorships',
		deletes.map(([actor, key]) => [`${actor}, the ${key} mentorship`, actor, (w) => w.mentorships[key]])
	);
});
