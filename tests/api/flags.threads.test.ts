// flag_comments: two threads per flag. "staff" between the teacher who raised it and
// the learner's mentor; "learner" between the learner and the mentor, once the learner
// may see the flag. Comments are never edited or deleted.
// kudos (ros): a teacher praises a learner in their class; the learner and mentor see it.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, everyKindOfActor, failureStatus, listIds, type Actor, type Person, type World } from './fixtures';
import { justNow, makeFlag, notificationsFor } from './flags.fixtures';

let world: World;
let open: RecordModel; // the learner's, acknowledged: the learner may see it
let unseen: RecordModel; // the learner's, still new
let hidden: RecordModel; // the learner's, kept from them
let C: Record<'staff' | 'learnerThread' | 'unseenStaff' | 'hiddenStaff' | 'classmates', RecordModel>;

const comment = (flag: RecordModel, author: Person, thread: 'staff' | 'learner', body = 'Hej') => ({
	flag: flag.id,
	learner: flag.learner,
	author: world.users[author].id,
	thread,
	body
});

beforeAll(async () => {
	world = await buildWorld();
	open = await makeFlag(world, 'learner', 'teacher', { category: 'reading', status: 'acknowledged' }, false);
	unseen = await makeFlag(world, 'learner', 'teacher', { category: 'numbers' }, false);
	hidden = await makeFlag(
		world,
		'learner',
		'teacher',
		{ category: 'personal', status: 'acknowledged', hiddenFromLearner: true, hiddenReason: 'Først en samtale' },
		false
	);
	const classmates = await makeFlag(world, 'classmate', 'coTeacher', { category: 'it', status: 'acknowledged' }, false);
	const su = (data: Record<string, unknown>) => world.su.collection('flag_comments').create(data);
	C = {
		staff: await su(comment(open, 'teacher', 'staff', 'Hun har svært ved opgaverne')),
		learnerThread: await su(comment(open, 'learner', 'learner', 'Det går bedre nu')),
		unseenStaff: await su(comment(unseen, 'mentor', 'staff')),
		hiddenStaff: await su(comment(hidden, 'mentor', 'learner')),
		classmates: await su(comment(classmates, 'coTeacher', 'staff'))
	};
});

type Key = keyof typeof C;
const visibleTo: [Actor, Key[]][] = [
	['anonymous', []],
	['learner', ['learnerThread']], // not the staff thread, nothing on flags they may not see
	['classmate', []],
	['stranger', []],
	['mentor', ['staff', 'learnerThread', 'unseenStaff', 'hiddenStaff']],
	['otherMentor', ['classmates']],
	['teacher', ['staff', 'unseenStaff']], // the staff threads of the flags they raised
	['coTeacher', ['classmates']],
	['otherTeacher', []],
	['coordinator', []],
	['coordinatorB', []],
	['mentorB', []]
];

describe('flag_comments: reading', () => {
	it.each(visibleTo)('%s lists exactly these comments', async (actor, keys) => {
		const ours = Object.values(C).map((c) => `id = "${c.id}"`).join(' || ');
		expect(await listIds(await world.as(actor), 'flag_comments', ours)).toEqual(keys.map((k) => C[k].id).sort());
	});

	it.each(visibleTo)('%s views those and gets 404 for the others', async (actor, keys) => {
		const pb = await world.as(actor);
		for (const [key, c] of Object.entries(C) as [Key, RecordModel][]) {
			const request = pb.collection('flag_comments').getOne(c.id);
			if (keys.includes(key)) expect((await request).id).toBe(c.id);
			else expect(await failureStatus(request), `${actor} viewing ${key}`).toBe(404);
		}
	});
});

describe('flag_comments: writing', () => {
	const allowed: [string, Person, () => RecordModel, 'staff' | 'learner', Person][] = [
		['the teacher writes to the mentor', 'teacher', () => open, 'staff', 'mentor'],
		['the mentor answers the teacher', 'mentor', () => open, 'staff', 'teacher'],
		['the learner answers the mentor', 'learner', () => open, 'learner', 'mentor'],
		['the mentor writes to the learner', 'mentor', () => open, 'learner', 'learner']
	];
	it.each(allowed)('%s (and they are notified)', async (_, author, flag, thread, notified) => {
		const since = justNow();
		const created = await (await world.as(author)).collection('flag_comments').create(comment(flag(), author, thread, 'Tak for beskeden'));
		world.cleanUp('flag_comments', created.id);
		expect(await world.reread('flag_comments', created.id)).toMatchObject({ body: 'Tak for beskeden', thread });
		const heard = await notificationsFor(world, notified, since);
		expect(heard.map((n) => n.body)).toEqual(['Tak for beskeden']);
	});

	const refused: [string, Actor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => comment(open, 'teacher', 'staff')],
		['the learner, in the staff thread', 'learner', () => comment(open, 'learner', 'staff')],
		['the learner, on a flag not yet acknowledged', 'learner', () => comment(unseen, 'learner', 'learner')],
		['the learner, on a flag kept from them', 'learner', () => comment(hidden, 'learner', 'learner')],
		['the learner, in the name of the mentor', 'learner', () => comment(open, 'mentor', 'learner')],
		['the teacher, in the learner thread', 'teacher', () => comment(open, 'teacher', 'learner')],
		['the co-teacher, on a flag they did not raise', 'coTeacher', () => comment(open, 'coTeacher', 'staff')],
		['another mentor', 'otherMentor', () => comment(open, 'otherMentor', 'staff')],
		['a classmate', 'classmate', () => comment(open, 'classmate', 'learner')],
		['the coordinator', 'coordinator', () => comment(open, 'coordinator', 'staff')],
		['the mentor, filing it under another learner', 'mentor', () => ({ ...comment(open, 'mentor', 'staff'), learner: world.users.classmate.id })],
		['the mentor, with an empty text', 'mentor', () => comment(open, 'mentor', 'staff', '')],
		['the mentor, in an unknown thread', 'mentor', () => ({ ...comment(open, 'mentor', 'staff'), thread: 'secret' })]
	];
	it.each(refused)('%s cannot write (400, nothing stored)', async (_, actor, body) => {
		const data = body();
		const before = await world.count('flag_comments', 'flag = {:f}', { f: data.flag });
		expect(await failureStatus((await world.as(actor)).collection('flag_comments').create(data))).toBe(400);
		expect(await world.count('flag_comments', 'flag = {:f}', { f: data.flag })).toBe(before);
	});

	it.each(everyKindOfActor.concat(['teacher']))('%s cannot edit or delete a comment', async (actor) => {
		const pb = await world.as(actor);
		// nobody: the rules are closed (append-only)
		expect(await failureStatus(pb.collection('flag_comments').update(C.staff.id, { body: 'ændret' }))).toBe(403);
		expect(await failureStatus(pb.collection('flag_comments').delete(C.staff.id))).toBe(403);
		expect((await world.reread('flag_comments', C.staff.id)).body).toBe('Hun har svært ved opgaverne');
	});
});

describe('kudos (ros)', () => {
	let K: Record<'mine' | 'classmates', RecordModel>;
	beforeAll(async () => {
		const give = (learner: Person, from: Person) =>
			world.su
				.collection('kudos')
				.create({ learner: world.users[learner].id, from: world.users[from].id, school: world.schools.A.id, message: 'Flot arbejde' });
		K = { mine: await give('learner', 'teacher'), classmates: await give('classmate', 'coTeacher') };
	});

	const kudosVisibleTo: [Actor, ('mine' | 'classmates')[]][] = [
		['anonymous', []],
		['learner', ['mine']],
		['classmate', ['classmates']],
		['mentor', ['mine']],
		['otherMentor', ['classmates']],
		['teacher', ['mine']], // the ones they gave
		['coTeacher', ['classmates']],
		['otherTeacher', []],
		['coordinator', []],
		['mentorB', []]
	];
	it.each(kudosVisibleTo)('%s lists and views exactly these', async (actor, keys) => {
		const pb = await world.as(actor);
		const ours = `id = "${K.mine.id}" || id = "${K.classmates.id}"`;
		expect(await listIds(pb, 'kudos', ours)).toEqual(keys.map((k) => K[k].id).sort());
		for (const key of ['mine', 'classmates'] as const) {
			const request = pb.collection('kudos').getOne(K[key].id);
			if (keys.includes(key)) expect((await request).id).toBe(K[key].id);
			else expect(await failureStatus(request)).toBe(404);
		}
	});

	const body = (learner: Person, from: Person, extra: Record<string, unknown> = {}) => ({
		learner: world.users[learner].id,
		from: world.users[from].id,
		school: world.users[learner].school,
		message: 'Godt klaret i dag',
		...extra
	});

	it('a teacher gives ros to a learner in their class; the learner is notified', async () => {
		const since = justNow();
		const created = await (await world.as('teacher')).collection('kudos').create(body('learner', 'teacher'));
		world.cleanUp('kudos', created.id);
		const heard = await notificationsFor(world, 'learner', since);
		expect(heard.map((n) => [n.title, n.body])).toEqual([[`Ros fra ${world.users.teacher.name}`, 'Godt klaret i dag']]);
	});

	const refused: [string, Actor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => body('learner', 'teacher')],
		['a learner, to a classmate', 'learner', () => body('classmate', 'learner')],
		['the mentor', 'mentor', () => body('learner', 'mentor')],
		['the coordinator', 'coordinator', () => body('learner', 'coordinator')],
		['a teacher, to a learner not in their class', 'otherTeacher', () => body('learner', 'otherTeacher')],
		['a teacher, in the name of another', 'teacher', () => body('learner', 'coTeacher')],
		['a teacher, to a teacher', 'teacher', () => body('coTeacher', 'teacher')],
		['a teacher, filed under another school', 'teacher', () => body('learner', 'teacher', { school: world.schools.B.id })],
		['a teacher, with a very long message', 'teacher', () => body('learner', 'teacher', { message: 'x'.repeat(501) })]
	];
	it.each(refused)('%s cannot give it (400, nothing stored)', async (_, actor, data) => {
		const d = data();
		const before = await world.count('kudos', 'learner = {:l}', { l: d.learner });
		expect(await failureStatus((await world.as(actor)).collection('kudos').create(d))).toBe(400);
		expect(await world.count('kudos', 'learner = {:l}', { l: d.learner })).toBe(before);
	});

	it.each(['learner', 'teacher', 'mentor', 'coordinator'] as Actor[])('%s cannot edit or delete ros', async (actor) => {
		const pb = await world.as(actor);
		expect(await failureStatus(pb.collection('kudos').update(K.mine.id, { message: 'ændret' }))).toBe(403);
		expect(await failureStatus(pb.collection('kudos').delete(K.mine.id))).toBe(403);
		expect((await world.reread('kudos', K.mine.id)).message).toBe('Flot arbejde');
	});
});
