// Hvordan går det? (issue 15): the weekly check-in. The learner writes and reads their
// own; the current mentor reads the mood always, the words (text, voice) only when the
// learner shares them — a separate collection, so the rule holds on every path (list,
// view, expand, filters, realtime, the protected voice file). Never teachers or
// coordinators. Every staff read is audited, the words' text is never in a filter.
// The weekly question comes on the learner's chosen day, never in their quiet hours.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { copenhagenWeek, copenhagenWeekday } from '../../src/lib/domain/checkins';
import { buildWorld, failureStatus, listIds, type Actor, type Person, type World } from './fixtures';
import { auditFor, justNow, notificationsFor } from './flags.fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
let C: Record<'low' | 'shared' | 'classmate' | 'former' | 'B', RecordModel>;
let W: Record<'low' | 'shared' | 'classmate' | 'former' | 'B', RecordModel>;

const thisWeek = copenhagenWeek(Date.now());
const weekAgo = (n: number) => copenhagenWeek(Date.now() - n * 7 * 86_400_000);

beforeAll(async () => {
	world = await buildWorld();
	const su = world.su;
	const checkin = (p: Person, week: string, mood: number, shareWords: boolean) =>
		su.collection('checkins').create({ learner: world.users[p].id, week, mood, shareWords });
	const words = (c: RecordModel, text: string) => su.collection('checkin_words').create({ checkin: c.id, learner: c.learner, text });
	C = {
		low: await checkin('learner', weekAgo(1), 2, false),
		shared: await checkin('learner', weekAgo(2), 4, true),
		classmate: await checkin('classmate', thisWeek, 3, true),
		former: await checkin('formerLearner', thisWeek, 3, true),
		B: await checkin('learnerB', thisWeek, 5, true)
	};
	W = {
		low: await words(C.low, 'Det er svært med praktikken'),
		shared: await words(C.shared, 'Det går fint'),
		classmate: await words(C.classmate, 'Travlt'),
		former: await words(C.former, 'Ny mentor'),
		B: await words(C.B, 'Godt')
	};
});

const nobody: Actor[] = ['anonymous', 'stranger', 'teacher', 'coTeacher', 'otherTeacher', 'coordinator', 'coordinatorB'];

describe('checkins: who sees the mood', () => {
	whoSees<keyof typeof C>({
		world: () => world,
		collection: 'checkins',
		records: () => C,
		noun: 'check-ins',
		field: 'mood',
		scoped: true,
		table: [
			['learner', ['low', 'shared']],
			['classmate', ['classmate']],
			['formerLearner', ['former']],
			['learnerB', ['B']],
			['mentor', ['low', 'shared']], // not the former learner's
			['otherMentor', ['classmate', 'former']],
			['mentorB', ['B']],
			...nobody.map((a) => [a, []] as [Actor, []])
		]
	});
});

describe('checkin_words: the words only when shared', () => {
	whoSees<keyof typeof W>({
		world: () => world,
		collection: 'checkin_words',
		records: () => W,
		noun: 'words',
		field: 'text',
		scoped: true,
		table: [
			['learner', ['low', 'shared']],
			['classmate', ['classmate']],
			['formerLearner', ['former']],
			['learnerB', ['B']],
			['mentor', ['shared']], // the low week's words are not shared
			['otherMentor', ['classmate', 'former']],
			['mentorB', ['B']],
			...nobody.map((a) => [a, []] as [Actor, []])
		]
	});

	it('sharing later: the words get a new `updated` (so the mentor’s pull fetches them) and the mentor reads them; unsharing hides them again', async () => {
		const before = await world.reread('checkin_words', W.low.id);
		const learner = await world.as('learner');
		await learner.collection('checkins').update(C.low.id, { shareWords: true });
		try {
			const after = await world.reread('checkin_words', W.low.id);
			expect(after.updated > before.updated).toBe(true);
			expect(await listIds(await world.as('mentor'), 'checkin_words', `id = "${W.low.id}"`)).toEqual([W.low.id]);
		} finally {
			await learner.collection('checkins').update(C.low.id, { shareWords: false });
			// the tables below compare whole records
			C.low = await world.reread('checkins', C.low.id);
			W.low = await world.reread('checkin_words', W.low.id);
		}
		expect(await listIds(await world.as('mentor'), 'checkin_words', `id = "${W.low.id}"`)).toEqual([]);
	});

	it('no path around the rule: expand, a filter through the relation, a search in the text', async () => {
		const mentor = await world.as('mentor');
		// the audited collections are read only directly (pb_hooks/lib/audit.js)
		expect(await failureStatus(mentor.collection('checkins').getFullList({ expand: 'checkin_words_via_checkin' }))).toBe(400);
		expect(await failureStatus(mentor.collection('checkin_words').getFullList({ expand: 'checkin' }))).toBe(400);
		expect(await failureStatus(mentor.collection('checkins').getFullList({ filter: 'checkin_words_via_checkin.text ~ "svært"' }))).toBe(400);
		expect(await failureStatus(mentor.collection('checkin_words').getFullList({ filter: 'text ~ "svært"' }))).toBe(400);
		expect(await failureStatus(mentor.collection('users').getFullList({ filter: 'checkins_via_learner.mood <= 2' }))).toBe(400);
		// a teacher filtering by the learner gets nothing
		expect(await listIds(await world.as('teacher'), 'checkins', `learner = "${world.users.learner.id}"`)).toEqual([]);
	});
});

describe('checkins: audit', () => {
	it('a mentor reading check-ins or their words leaves a row per learner; the learner reading their own does not', async () => {
		const since = justNow();
		await (await world.as('learner')).collection('checkins').getFullList();
		expect(await auditFor(world, 'learner', since)).toEqual([]);
		const mentor = await world.as('mentor');
		await mentor.collection('checkins').getFullList({ filter: `learner = "${world.users.learner.id}"` });
		await mentor.collection('checkin_words').getOne(W.shared.id);
		const rows = await auditFor(world, 'learner', since);
		expect(rows.map((r) => [r.kind, r.collection, r.count, r.actor, r.actorRole])).toEqual([
			['read', 'checkins', 2, world.users.mentor.id, 'mentor'],
			['read', 'checkin_words', 1, world.users.mentor.id, 'mentor']
		]);
		// the learner reads who looked
		expect(await listIds(await world.as('learner'), 'audit_log', `created >= "${since}"`)).toEqual(rows.map((r) => r.id).sort());
	});
});

describe('checkins: writing', () => {
	it('the learner answers this week with words, changes the mood and the sharing, and may delete it', async () => {
		const pb = await world.as('classmate');
		const me = world.users.classmate.id;
		const week = weekAgo(5);
		const c = await pb.collection('checkins').create({ learner: me, week, mood: 3 });
		world.cleanUp('checkins', c.id);
		const words = await pb.collection('checkin_words').create({ checkin: c.id, learner: me, text: 'Det går op og ned' });
		await pb.collection('checkins').update(c.id, { mood: 2, shareWords: true });
		await pb.collection('checkin_words').update(words.id, { text: 'Det går ned' });
		expect((await world.reread('checkins', c.id)).mood).toBe(2);
		expect((await world.reread('checkin_words', words.id)).text).toBe('Det går ned');
		await pb.collection('checkins').delete(c.id);
		expect(await world.count('checkin_words', 'id = {:id}', { id: words.id })).toBe(0);
	});

	const body = (p: Person, extra: Record<string, unknown> = {}) => () => ({ learner: world.users[p].id, week: weekAgo(8), mood: 3, ...extra });
	refusedCreates(
		() => world,
		'checkins',
		[
			['anonymous', 'anonymous', body('learner')],
			['the learner, for a classmate', 'learner', body('classmate')],
			['the learner, a second answer for a week', 'learner', () => ({ learner: world.users.learner.id, week: weekAgo(1), mood: 4 })],
			['the learner, a week to come', 'learner', body('learner', { week: weekAgo(-2) })],
			['the learner, a week that does not exist', 'learner', body('learner', { week: '2026-W60' })],
			['the learner, not a week', 'learner', body('learner', { week: 'uge 12' })],
			['the learner, mood 0', 'learner', body('learner', { mood: 0 })],
			['the learner, mood 6', 'learner', body('learner', { mood: 6 })],
			['the mentor, for their learner', 'mentor', body('learner')],
			['a teacher', 'teacher', body('learner')],
			['the coordinator', 'coordinator', body('learner')]
		],
		(data) => ({
			collection: 'checkins',
			filter: 'learner = {:l} && week = {:w}',
			params: { l: data.learner, w: data.week },
			count: 'asBefore'
		})
	);

	const words = (c: () => RecordModel, p: Person, extra: Record<string, unknown> = {}) => () => ({
		checkin: c().id,
		learner: world.users[p].id,
		text: 'x',
		...extra
	});
	refusedCreates(
		() => world,
		'checkin_words',
		[
			['anonymous', 'anonymous', words(() => C.low, 'learner')],
			['the learner, words on a classmate’s check-in', 'learner', words(() => C.classmate, 'learner')],
			['the learner, in a classmate’s name', 'learner', words(() => C.classmate, 'classmate')],
			['the mentor', 'mentor', words(() => C.low, 'learner')],
			['a teacher', 'teacher', words(() => C.low, 'learner')],
			['the learner, a text over 1000', 'learner', words(() => C.shared, 'learner', { text: 'x'.repeat(1001) })]
		],
		(data) => ({ collection: 'checkin_words', filter: 'checkin = {:c} && text = {:t}', params: { c: data.checkin, t: data.text }, count: 'asBefore' })
	);

	const low = () => C.low;
	refusedUpdates(() => world, 'checkins', [
		['anonymous', 'anonymous', low, () => ({ mood: 5 })],
		['the learner, moving it to another week', 'learner', low, () => ({ week: weekAgo(9) })],
		['the learner, giving it to a classmate', 'learner', low, () => ({ learner: world.users.classmate.id })],
		['the mentor, the mood', 'mentor', low, () => ({ mood: 5 })],
		['the mentor, sharing the words', 'mentor', low, () => ({ shareWords: true })],
		['a classmate', 'classmate', low, () => ({ mood: 5 })],
		['a teacher', 'teacher', low, () => ({ mood: 5 })],
		['the coordinator', 'coordinator', low, () => ({ mood: 5 })]
	]);
	refusedUpdates(() => world, 'checkin_words', [
		['the mentor, shared words', 'mentor', () => W.shared, () => ({ text: 'x' })],
		['the learner, moving them to another check-in', 'learner', () => W.shared, () => ({ checkin: C.low.id })],
		['a classmate', 'classmate', () => W.shared, () => ({ text: 'x' })]
	]);
	refusedDeletes(() => world, 'checkins', [
		['anonymous', 'anonymous', low],
		['the mentor', 'mentor', low],
		['a classmate', 'classmate', low],
		['a teacher', 'teacher', low],
		['the coordinator', 'coordinator', low]
	]);
	refusedDeletes(() => world, 'checkin_words', [
		['the mentor, shared words', 'mentor', () => W.shared],
		['a classmate', 'classmate', () => W.shared]
	]);
});

describe('the weekly question (moved clock)', () => {
	const prompt = (now: Date) =>
		world.su.send<{ asked: number; week: string }>('/api/sammen/checkin-prompts', { method: 'POST', body: { now: now.toISOString() } });
	// a Wednesday in winter: 09:00 UTC is 10:00 in Copenhagen
	const wednesday = (utcHour: number) => new Date(Date.UTC(2030, 0, 16, utcHour, 5));

	it('on the chosen day from 10 o’clock, once a week, not when answered, never in quiet hours', async () => {
		const user = await world.tempUser('A', 'learner');
		const tag = `trivsel-${copenhagenWeek(wednesday(12))}`;
		const tags = async () => (await notificationsFor(world, user.id, '2000-01-01')).filter((n) => n.tag === tag);
		expect(copenhagenWeekday(wednesday(12))).toBe(3);
		await world.su.collection('users').update(user.id, { checkinDay: 2 });
		await prompt(wednesday(12));
		expect(await tags()).toEqual([]); // not their day
		await world.su.collection('users').update(user.id, { checkinDay: 3, quietFrom: 11, quietTo: 14 });
		await prompt(wednesday(8)); // 09:05 Danish time: too early
		await prompt(wednesday(11)); // 12:05: their quiet hours
		expect(await tags()).toEqual([]);
		await prompt(wednesday(13)); // 14:05
		await prompt(wednesday(15));
		const asked = await tags();
		expect(asked.map((n) => [n.title, n.url, n.importance])).toEqual([['Hvordan går det?', '/hvordan-gaar-det', 'normal']]);
	});

	it('not when this week is answered', async () => {
		const user = await world.tempUser('A', 'learner');
		await world.su.collection('users').update(user.id, { checkinDay: 3 });
		await world.temp('checkins', { learner: user.id, week: copenhagenWeek(wednesday(12)), mood: 4 });
		await prompt(wednesday(12));
		expect((await notificationsFor(world, user.id, '2000-01-01')).length).toBe(0);
	});
});
