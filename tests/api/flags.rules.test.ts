// flags: a teacher raises a flag for a learner in their class; the learner's current
// mentor moves it on (acknowledged → in progress → closed with an outcome); the learner
// sees it once acknowledged, unless the mentor kept it from them with a reason; the
// coordinator sees escalated ones. A second open flag of the same kind joins the first.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, listIds, type Actor, type World } from './fixtures';
import { auditFor, flagBody, justNow, makeFlag, notificationsFor } from './flags.fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
/** The flags everyone's reading is checked against, made once. */
let F: Record<'newFlag' | 'seen' | 'hidden' | 'escalated' | 'classmates' | 'former' | 'B', RecordModel>;

beforeAll(async () => {
	world = await buildWorld();
	const keep = false; // these stay for the whole file
	F = {
		// the learner's: raised by the teacher, not yet seen by the mentor
		newFlag: await makeFlag(world, 'learner', 'teacher', { category: 'reading' }, keep),
		// acknowledged: the learner sees it
		seen: await makeFlag(world, 'learner', 'teacher', { category: 'numbers', status: 'acknowledged' }, keep),
		// acknowledged but kept from the learner, with a reason
		hidden: await makeFlag(
			world,
			'learner',
			'teacher',
			{ category: 'personal', status: 'in_progress', hiddenFromLearner: true, hiddenReason: 'Venter på samtalen' },
			keep
		),
		// raised by the co-teacher, escalated to the coordinator
		escalated: await makeFlag(world, 'learner', 'coTeacher', { category: 'absence' }, keep),
		classmates: await makeFlag(world, 'classmate', 'teacher', { category: 'it' }, keep),
		// the former learner of `mentor`, now with `otherMentor`, in class A2
		former: await makeFlag(world, 'formerLearner', 'otherTeacher', { category: 'economy', status: 'acknowledged' }, keep),
		B: await world.su.collection('flags').create({
			learner: world.users.learnerB.id,
			school: world.schools.B.id,
			raisedBy: world.users.mentorB.id,
			category: 'other',
			urgency: 'concern',
			status: 'new'
		})
	};
	F.escalated = await world.su.collection('flags').update(F.escalated.id, { escalatedAt: justNow() });
});

type Key = keyof typeof F;
const visibleTo: [Actor, Key[]][] = [
	['anonymous', []],
	['learner', ['seen']], // not new, not hidden ones
	['classmate', []], // their flag is still new
	['formerLearner', ['former']],
	['stranger', []],
	['mentor', ['newFlag', 'seen', 'hidden', 'escalated']], // not the former learner's
	['otherMentor', ['classmates', 'former']],
	['teacher', ['newFlag', 'seen', 'hidden', 'classmates']], // the ones they raised
	['coTeacher', ['escalated']],
	['otherTeacher', ['former']],
	['coordinator', ['escalated']], // only escalated ones of their school
	['coordinatorB', []],
	['learnerB', []],
	['mentorB', ['B']]
];

describe('flags: reading', () => {
	whoSees<Key>({ world: () => world, collection: 'flags', records: () => F, noun: 'flags', table: visibleTo, scoped: true });

	it('a teacher cannot read a flag of a learner who is not in their class, even one they raised', async () => {
		// the teacher raised it while the learner was in class A; then the learner left the class
		const member = await world.temp('class_members', { class: world.classes.A.id, user: world.users.stranger.id });
		const flag = await makeFlag(world, 'stranger', 'teacher', { category: 'other' });
		const pb = await world.as('teacher');
		expect((await pb.collection('flags').getOne(flag.id)).id).toBe(flag.id);
		await world.su.collection('class_members').delete(member.id);
		expect(await failureStatus(pb.collection('flags').getOne(flag.id))).toBe(404);
		expect(await listIds(pb, 'flags', `id = "${flag.id}"`)).toEqual([]);
	});
});

describe('flags: raising one', () => {
	it('a teacher raises a flag for a learner in their class; the mentor gets an important notification', async () => {
		const since = justNow();
		const body = flagBody(world, 'classmate', 'teacher', { category: 'apprenticeship', urgency: 'urgent', learnerText: 'Mangler praktikplads' });
		const flag = await (await world.as('teacher')).collection('flags').create(body);
		world.cleanUp('flags', flag.id);
		expect(await world.reread('flags', flag.id)).toMatchObject({ status: 'new', joinedTo: '', learnerText: 'Mangler praktikplads' });
		const sent = await notificationsFor(world, 'otherMentor', since);
		expect(sent.map((n) => [n.importance, n.title, n.url])).toEqual([
			['important', `Haster: ${world.users.classmate.name}`, `/elever/${world.users.classmate.id}`]
		]);
		expect(await notificationsFor(world, 'mentor', since)).toEqual([]);
	});

	it('a second open flag for the same learner and category joins the first: no new notification', async () => {
		const since = justNow();
		const first = await (await world.as('teacher'))
			.collection('flags')
			.create(flagBody(world, 'classmate', 'teacher', { category: 'wellbeing' }));
		world.cleanUp('flags', first.id);
		const second = await (await world.as('coTeacher'))
			.collection('flags')
			.create(flagBody(world, 'classmate', 'coTeacher', { category: 'wellbeing', urgency: 'urgent' }));
		world.cleanUp('flags', second.id);
		expect((await world.reread('flags', second.id)).joinedTo).toBe(first.id);
		// one notification: the first flag's (a concern), none for the urgent one that joined it
		const mentorHeard = await notificationsFor(world, 'otherMentor', since);
		expect(mentorHeard.map((n) => n.title)).toEqual([`Ny markering: ${world.users.classmate.name}`]);
		// the co-teacher still sees their own flag, and it follows the first one when it closes
		await (await world.as('otherMentor')).collection('flags').update(first.id, { status: 'closed', outcome: 'talk_held' });
		expect(await world.reread('flags', second.id)).toMatchObject({ status: 'closed', outcome: 'talk_held' });
		const coTeacherHeard = await notificationsFor(world, 'coTeacher', since);
		expect(coTeacherHeard.map((n) => n.title)).toEqual(['Lukket – Samtale holdt']);
		// once closed, a new flag of that kind starts over (not joined)
		const third = await (await world.as('teacher'))
			.collection('flags')
			.create(flagBody(world, 'classmate', 'teacher', { category: 'wellbeing' }));
		world.cleanUp('flags', third.id);
		expect((await world.reread('flags', third.id)).joinedTo).toBe('');
	});

	const refused: [string, Actor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => flagBody(world, 'learner', 'teacher')],
		['the learner, about themselves', 'learner', () => flagBody(world, 'learner', 'learner')],
		['the mentor', 'mentor', () => flagBody(world, 'learner', 'mentor')],
		['the coordinator', 'coordinator', () => flagBody(world, 'learner', 'coordinator')],
		['a teacher, for a learner not in their class', 'otherTeacher', () => flagBody(world, 'learner', 'otherTeacher')],
		['a teacher, for a stranger', 'teacher', () => flagBody(world, 'stranger', 'teacher')],
		['a teacher, in the name of another teacher', 'teacher', () => flagBody(world, 'learner', 'coTeacher')],
		['a teacher, about another teacher', 'teacher', () => flagBody(world, 'coTeacher', 'teacher')],
		['a teacher, filed under another school', 'teacher', () => flagBody(world, 'learner', 'teacher', { school: world.schools.B.id })],
		['a teacher, already acknowledged', 'teacher', () => flagBody(world, 'learner', 'teacher', { status: 'acknowledged' })],
		['a teacher, already closed', 'teacher', () => flagBody(world, 'learner', 'teacher', { status: 'closed', outcome: 'sps_applied' })],
		['a teacher, with an outcome', 'teacher', () => flagBody(world, 'learner', 'teacher', { outcome: 'sps_applied' })],
		['a teacher, with an outcome note', 'teacher', () => flagBody(world, 'learner', 'teacher', { outcomeNote: 'x' })],
		['a teacher, hidden from the learner', 'teacher', () => flagBody(world, 'learner', 'teacher', { hiddenFromLearner: true, hiddenReason: 'x' })],
		['a teacher, with a hidden reason', 'teacher', () => flagBody(world, 'learner', 'teacher', { hiddenReason: 'x' })],
		['a teacher, already escalated', 'teacher', () => flagBody(world, 'learner', 'teacher', { escalatedAt: justNow() })],
		['a teacher, joined by hand', 'teacher', () => flagBody(world, 'learner', 'teacher', { joinedTo: F.seen.id })],
		['a teacher, acknowledged by hand', 'teacher', () => flagBody(world, 'learner', 'teacher', { acknowledgedAt: justNow(), acknowledgedBy: world.users.mentor.id })],
		['a teacher, closed by hand', 'teacher', () => flagBody(world, 'learner', 'teacher', { closedAt: justNow(), closedBy: world.users.mentor.id })],
		["another school's mentor", 'mentorB', () => flagBody(world, 'learner', 'mentorB')]
	];
	refusedCreates(() => world, 'flags', refused, (data) => ({
		collection: 'flags',
		filter: 'learner = {:l}',
		params: { l: data.learner },
		count: 'asBefore'
	}));

	it('a bad category or urgency is refused with the field named', async () => {
		const pb = await world.as('teacher');
		for (const bad of [{ category: 'gossip' }, { urgency: 'panic' }, { learnerText: 'x'.repeat(1001) }]) {
			const error = await pb
				.collection('flags')
				.create(flagBody(world, 'learner', 'teacher', bad))
				.then(() => null, (e) => e);
			expect(error?.status).toBe(400);
			expect(Object.keys(error?.response?.data ?? {})).toEqual(Object.keys(bad));
		}
	});
});

describe('flags: the mentor moves it on', () => {
	it('acknowledge → in progress → closed with an outcome; stamped by the server; the loop closes to the teacher', async () => {
		const since = justNow();
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'it', learnerText: 'Kan ikke logge på' });
		const pb = await world.as('mentor');
		expect(await listIds(await world.as('learner'), 'flags', `id = "${flag.id}"`)).toEqual([]);

		await pb.collection('flags').update(flag.id, { status: 'acknowledged' });
		const seen = await world.reread('flags', flag.id);
		expect(seen).toMatchObject({ status: 'acknowledged', acknowledgedBy: world.users.mentor.id });
		expect(seen.acknowledgedAt).not.toBe('');
		// now the learner sees it, and hears about it in kind words
		expect(await listIds(await world.as('learner'), 'flags', `id = "${flag.id}"`)).toEqual([flag.id]);
		const toLearner = await notificationsFor(world, 'learner', since);
		expect(toLearner.map((n) => n.body)).toEqual([
			'Din underviser har bedt mig om at høre, hvordan det går med computeren og IT.'
		]);

		await pb.collection('flags').update(flag.id, { status: 'in_progress' });
		expect(await failureStatus(pb.collection('flags').update(flag.id, { status: 'closed' }))).toBe(400);
		await pb.collection('flags').update(flag.id, { status: 'closed', outcome: 'referred_it', outcomeNote: 'IT-hjælpen ringer' });
		const closed = await world.reread('flags', flag.id);
		expect(closed).toMatchObject({ status: 'closed', outcome: 'referred_it', closedBy: world.users.mentor.id });
		expect(closed.closedAt).not.toBe('');
		const toTeacher = await notificationsFor(world, 'teacher', since);
		expect(toTeacher.map((n) => [n.title, n.importance])).toEqual([['Lukket – Henvist til IT-hjælp', 'normal']]);
	});

	it('a flag never moves back, and only a closed flag has an outcome', async () => {
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'other', status: 'closed', outcome: 'not_relevant' });
		const pb = await world.as('mentor');
		expect(await failureStatus(pb.collection('flags').update(flag.id, { status: 'in_progress', outcome: '' }))).toBe(400);
		const open = await makeFlag(world, 'learner', 'teacher', { category: 'economy' });
		expect(await failureStatus(pb.collection('flags').update(open.id, { outcome: 'sps_applied' }))).toBe(400);
		expect(await failureStatus(pb.collection('flags').update(open.id, { status: 'shouted' }))).toBe(400);
		expect((await world.reread('flags', open.id)).status).toBe('new');
	});

	it('keeping a flag from the learner needs a written reason, and is audited (for the coordinator, not the learner)', async () => {
		const since = justNow();
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'wellbeing', status: 'acknowledged' });
		const pb = await world.as('mentor');
		expect(await failureStatus(pb.collection('flags').update(flag.id, { hiddenFromLearner: true }))).toBe(404);
		expect(await failureStatus(pb.collection('flags').update(flag.id, { hiddenFromLearner: true, hiddenReason: '' }))).toBe(404);
		expect(await failureStatus(pb.collection('flags').update(flag.id, { hiddenFromLearner: true, hiddenReason: '   ' }))).toBe(400);
		expect((await world.reread('flags', flag.id)).hiddenFromLearner).toBe(false);

		await pb.collection('flags').update(flag.id, { hiddenFromLearner: true, hiddenReason: 'Hun skal høre det fra mig først' });
		expect(await listIds(await world.as('learner'), 'flags', `id = "${flag.id}"`)).toEqual([]);
		expect(await failureStatus((await world.as('learner')).collection('flags').getOne(flag.id))).toBe(404);
		// emptying the reason while it stays hidden is refused
		expect(await failureStatus(pb.collection('flags').update(flag.id, { hiddenReason: '' }))).toBe(400);

		const rows = await auditFor(world, 'learner', since, 'kind = "hide_flag"');
		expect(rows.map((r) => [r.actor, r.detail])).toEqual([
			[world.users.mentor.id, 'Trivsel/motivation: Hun skal høre det fra mig først']
		]);
		const learnerSees = await (await world.as('learner')).collection('audit_log').getFullList({ filter: `kind = "hide_flag"` });
		expect(learnerSees).toEqual([]);
		const coordinatorSees = await (await world.as('coordinator'))
			.collection('audit_log')
			.getFullList({ filter: `kind = "hide_flag" && created >= "${since}"`, query: { learner: world.users.learner.id } });
		expect(coordinatorSees.map((r) => r.id)).toEqual(rows.map((r) => r.id));

		// shown again: the reason goes away, and the learner sees it
		await pb.collection('flags').update(flag.id, { hiddenFromLearner: false, hiddenReason: '' });
		expect(await listIds(await world.as('learner'), 'flags', `id = "${flag.id}"`)).toEqual([flag.id]);
	});

	const now = (key: Key) => (w: World) => w.reread('flags', F[key].id);
	refusedUpdates(() => world, 'flags', [
		['anonymous', 'anonymous', now('newFlag'), () => ({ status: 'acknowledged' })],
		['the learner', 'learner', now('seen'), () => ({ status: 'closed', outcome: 'not_relevant' })],
		['the learner, showing a hidden one', 'learner', now('hidden'), () => ({ hiddenFromLearner: false, hiddenReason: '' })],
		['the teacher who raised it', 'teacher', now('newFlag'), () => ({ status: 'closed', outcome: 'not_relevant' })],
		['the teacher, changing the learner’s words', 'teacher', now('newFlag'), () => ({ learnerText: 'ændret' })],
		['another mentor', 'otherMentor', now('newFlag'), () => ({ status: 'acknowledged' })],
		['the former mentor', 'mentor', now('former'), () => ({ status: 'in_progress' })],
		['the coordinator', 'coordinator', now('escalated'), () => ({ status: 'acknowledged' })],
		["another school's mentor", 'mentorB', now('newFlag'), () => ({ status: 'acknowledged' })],
		['the mentor, moving it to another learner', 'mentor', now('newFlag'), () => ({ learner: world.users.stranger.id })],
		['the mentor, changing the category', 'mentor', now('newFlag'), () => ({ category: 'other' })],
		['the mentor, changing the urgency', 'mentor', now('newFlag'), () => ({ urgency: 'urgent' })],
		["the mentor, changing the learner's words", 'mentor', now('newFlag'), () => ({ learnerText: 'ændret' })],
		['the mentor, changing who raised it', 'mentor', now('newFlag'), () => ({ raisedBy: world.users.coTeacher.id })],
		['the mentor, moving it to another school', 'mentor', now('newFlag'), () => ({ school: world.schools.B.id })],
		['the mentor, joining it by hand', 'mentor', now('newFlag'), () => ({ joinedTo: F.seen.id })],
		['the mentor, marking it escalated', 'mentor', now('newFlag'), () => ({ escalatedAt: justNow() })],
		['the mentor, stamping it by hand', 'mentor', now('newFlag'), () => ({ acknowledgedAt: justNow() })],
		['the mentor, naming who acknowledged', 'mentor', now('newFlag'), () => ({ acknowledgedBy: world.users.otherMentor.id })],
		['the mentor, closing by hand', 'mentor', now('newFlag'), () => ({ closedAt: justNow(), closedBy: world.users.mentor.id })]
	]);
});

describe('flags: taking one back', () => {
	it('the teacher who raised it deletes it while it is new', async () => {
		const flag = await makeFlag(world, 'learner', 'teacher', { category: 'other' });
		await (await world.as('teacher')).collection('flags').delete(flag.id);
		expect(await world.count('flags', 'id = {:id}', { id: flag.id })).toBe(0);
	});

	it('taking back a flag others joined makes the oldest joined one the first, and the mentor hears of it', async () => {
		const pb = await world.as('teacher');
		const first = await pb.collection('flags').create(flagBody(world, 'classmate', 'teacher', { category: 'personal' }));
		const joined = await (await world.as('coTeacher'))
			.collection('flags')
			.create(flagBody(world, 'classmate', 'coTeacher', { category: 'personal', urgency: 'urgent' }));
		world.cleanUp('flags', joined.id);
		expect((await world.reread('flags', joined.id)).joinedTo).toBe(first.id);
		const since = justNow();
		await pb.collection('flags').delete(first.id);
		expect(await world.reread('flags', joined.id)).toMatchObject({ joinedTo: '', status: 'new' });
		const heard = await notificationsFor(world, 'otherMentor', since);
		expect(heard.map((n) => n.title)).toEqual([`Haster: ${world.users.classmate.name}`]);
	});

	const refused: [string, Actor, () => Promise<RecordModel>][] = [
		['the teacher, once the mentor saw it', 'teacher', () => makeFlag(world, 'learner', 'teacher', { category: 'other', status: 'acknowledged' })],
		['the co-teacher', 'coTeacher', () => makeFlag(world, 'learner', 'teacher', { category: 'other' })],
		['the mentor', 'mentor', () => makeFlag(world, 'learner', 'teacher', { category: 'other' })],
		['the learner', 'learner', () => makeFlag(world, 'learner', 'teacher', { category: 'other', status: 'acknowledged' })],
		['the coordinator', 'coordinator', () => makeFlag(world, 'learner', 'teacher', { category: 'other' })],
		['anonymous', 'anonymous', () => makeFlag(world, 'learner', 'teacher', { category: 'other' })]
	];
	refusedDeletes(() => world, 'flags', refused);
});
