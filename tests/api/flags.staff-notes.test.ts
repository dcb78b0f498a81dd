// Flags say who reads what (issue 11). The teacher writes what the learner may read
// (`flags.learnerText`) and what only the mentor reads (a `flag_staff_notes` record).
// The mentor-only words are readable by the learner's current mentor and the teacher who
// raised the flag, and reach the learner by no path: not a list, a view, an expand, a
// filter through a relation, nor a realtime event.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, type Actor, type World } from './fixtures';
import { flagBody, makeFlag, realtimeClient } from './flags.fixtures';
import { refusals, whoSees } from './scenarios';

let world: World;
let F: Record<'newFlag' | 'seen' | 'escalated' | 'former', RecordModel>;
let N: Record<keyof typeof F, RecordModel>;

const SECRET = 'Kun til mentoren: hun græder ofte i pausen';
const noteOf = (flag: RecordModel, body = SECRET) => ({ flag: flag.id, learner: flag.learner, author: flag.raisedBy, body });

beforeAll(async () => {
	world = await buildWorld();
	const keep = false;
	F = {
		newFlag: await makeFlag(world, 'learner', 'teacher', { category: 'reading' }, keep),
		// acknowledged: the learner reads the flag itself, never its note
		seen: await makeFlag(world, 'learner', 'teacher', { category: 'numbers', status: 'acknowledged', learnerText: 'Vi kan hjælpe med regning' }, keep),
		escalated: await makeFlag(world, 'learner', 'coTeacher', { category: 'absence' }, keep),
		former: await makeFlag(world, 'formerLearner', 'otherTeacher', { category: 'economy', status: 'acknowledged' }, keep)
	};
	await world.su.collection('flags').update(F.escalated.id, { escalatedAt: new Date().toISOString().replace('T', ' ') });
	const create = (flag: RecordModel) => world.su.collection('flag_staff_notes').create(noteOf(flag));
	N = { newFlag: await create(F.newFlag), seen: await create(F.seen), escalated: await create(F.escalated), former: await create(F.former) };
});

describe('flag_staff_notes: who reads the mentor-only words', () => {
	whoSees({
		world: () => world,
		collection: 'flag_staff_notes',
		records: () => N,
		noun: 'notes',
		field: 'body',
		table: [
			['anonymous', []],
			['learner', []], // never, also not of flags they may see
			['classmate', []],
			['formerLearner', []],
			['mentor', ['newFlag', 'seen', 'escalated']], // not the former learner's
			['otherMentor', ['former']],
			['teacher', ['newFlag', 'seen']], // the ones of flags they raised
			['coTeacher', ['escalated']],
			['otherTeacher', ['former']],
			['coordinator', []], // not even escalated
			['coordinatorB', []],
			['mentorB', []]
		] satisfies [Actor, (keyof typeof N)[]][]
	});

	it('the learner reads the flag and its learner text; an expand or a filter through the note is refused', async () => {
		const pb = await world.as('learner');
		const flag = await pb.collection('flags').getOne(F.seen.id);
		expect(flag.learnerText).toBe('Vi kan hjælpe med regning');
		expect(JSON.stringify(flag)).not.toContain(SECRET);
		const tries = [
			() => pb.collection('flags').getOne(F.seen.id, { expand: 'flag_staff_notes_via_flag' }),
			() => pb.collection('flags').getFullList({ expand: 'flag_staff_notes_via_flag' }),
			() => pb.collection('users').getOne(world.users.learner.id, { expand: 'flag_staff_notes_via_learner' }),
			() => pb.collection('users').getOne(world.users.learner.id, { expand: 'flags_via_learner.flag_staff_notes_via_flag' }),
			() => pb.collection('flags').getFullList({ filter: pb.filter('flag_staff_notes_via_flag.body ~ {:t}', { t: 'græder' }) }),
			() => pb.collection('users').getFullList({ filter: pb.filter('flag_staff_notes_via_learner.body ~ {:t}', { t: 'græder' }) })
		];
		for (const attempt of tries) expect(await failureStatus(attempt())).toBe(400);
	});

	it('no realtime event brings the note to the learner, also not when the mentor acknowledges', async () => {
		const learner = await realtimeClient(world, 'learner');
		const received: string[] = [];
		let sawFlag: (() => void) | undefined;
		const flagArrived = new Promise<void>((resolve) => (sawFlag = resolve));
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'it' });
		const stops = [
			await learner.collection('flag_staff_notes').subscribe('*', (e) => received.push(JSON.stringify(e))),
			await learner.collection('flags').subscribe(
				'*',
				(e) => {
					received.push(JSON.stringify(e));
					if (e.record.id === flag.id) sawFlag?.();
				}
			),
			await learner.collection('users').subscribe(world.users.learner.id, (e) => received.push(JSON.stringify(e)))
		];
		try {
			await world.temp('flag_staff_notes', noteOf(flag));
			await world.su.collection('users').update(world.users.learner.id, { about: 'ny' });
			await (await world.as('mentor')).collection('flags').update(flag.id, { status: 'acknowledged' });
			await flagArrived;
			expect(received.length).toBeGreaterThan(0);
			expect(received.join('\n')).not.toContain(SECRET);
		} finally {
			for (const stop of stops) await stop();
			learner.realtime.unsubscribe();
		}
	});
});

describe('flag_staff_notes: writing', () => {
	it('the teacher writes it with their flag; taking the flag back removes it', async () => {
		const pb = await world.as('teacher');
		const flag = await pb.collection('flags').create(flagBody(world, 'classmate', 'teacher', { category: 'personal', learnerText: 'Vi vil gerne hjælpe' }));
		const note = await pb.collection('flag_staff_notes').create(noteOf(flag, 'Han sover i timerne'));
		expect(await world.reread('flag_staff_notes', note.id)).toMatchObject({ body: 'Han sover i timerne', author: world.users.teacher.id });
		await pb.collection('flags').delete(flag.id);
		expect(await world.count('flag_staff_notes', 'id = {:id}', { id: note.id })).toBe(0);
	});

	const none = (flag: () => RecordModel) => () => ({ collection: 'flag_staff_notes', filter: `flag = "${flag().id}" && body = "x"` });
	refusals(
		() => world,
		[
			{
				name: "a teacher, for another teacher's flag",
				as: 'teacher',
				status: 400,
				attempt: (pb) => pb.collection('flag_staff_notes').create({ ...noteOf(F.escalated, 'x'), author: world.users.teacher.id }),
				unchanged: none(() => F.escalated)
			},
			{
				name: 'a teacher, in the name of another teacher',
				as: 'coTeacher',
				status: 400,
				attempt: (pb) => pb.collection('flag_staff_notes').create({ ...noteOf(F.newFlag, 'x'), author: world.users.teacher.id }),
				unchanged: none(() => F.newFlag)
			},
			{
				name: 'a teacher, filed under another learner',
				as: 'teacher',
				status: 400,
				given: () => makeFlag(world, 'learner', 'teacher', { category: 'wellbeing' }),
				attempt: (pb, flag) => pb.collection('flag_staff_notes').create({ ...noteOf(flag, 'x'), learner: world.users.classmate.id }),
				unchanged: (flag) => ({ collection: 'flag_staff_notes', filter: `flag = "${flag.id}"` })
			},
			{
				name: 'a second note for the same flag',
				as: 'teacher',
				status: 400,
				attempt: (pb) => pb.collection('flag_staff_notes').create(noteOf(F.newFlag, 'x')),
				unchanged: none(() => F.newFlag)
			},
			...(['learner', 'mentor', 'coordinator', 'anonymous'] as const).map((as) => ({
				name: `${as} cannot write one`,
				as,
				status: 400,
				given: () => makeFlag(world, 'learner', 'teacher', { category: 'wellbeing' }),
				attempt: (pb: import('pocketbase').default, flag: RecordModel) =>
					pb.collection('flag_staff_notes').create({ ...noteOf(flag, 'x'), author: as === 'anonymous' ? '' : world.users[as].id }),
				unchanged: (flag: RecordModel) => ({ collection: 'flag_staff_notes', filter: `flag = "${flag.id}"` })
			})),
			...(['teacher', 'mentor'] as const).map((as) => ({
				name: `${as} cannot change it`,
				as,
				status: 403,
				attempt: (pb: import('pocketbase').default) => pb.collection('flag_staff_notes').update(N.newFlag.id, { body: 'ændret' }),
				unchanged: () => ({ collection: 'flag_staff_notes', record: N.newFlag })
			})),
			...(['teacher', 'mentor'] as const).map((as) => ({
				name: `${as} cannot delete it`,
				as,
				status: 403,
				attempt: (pb: import('pocketbase').default) => pb.collection('flag_staff_notes').delete(N.newFlag.id),
				unchanged: () => ({ collection: 'flag_staff_notes', record: N.newFlag })
			}))
		]
	);

	it('the learner text is part of what was raised: nobody changes it later', async () => {
		for (const actor of ['teacher', 'mentor'] as const) {
			expect(await failureStatus((await world.as(actor)).collection('flags').update(F.seen.id, { learnerText: 'ændret' }))).toBe(404);
		}
		expect((await world.reread('flags', F.seen.id)).learnerText).toBe('Vi kan hjælpe med regning');
	});
});
