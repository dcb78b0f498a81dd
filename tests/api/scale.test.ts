// The rules follow mentorships and classes; reading must stay fast as a school grows.
// (Rules written with @collection joins cross every row with every other row: with a
// few hundred people, listing `people` took minutes and then failed.) This file has its
// own throwaway PocketBase, so its many records neither slow nor disturb the others.
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPocketBase, type ThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';
import { PASSWORD, daysFromNow, newClient, nextFakeIp } from './fixtures';

const CLASSES = 8;
const LEARNERS_PER_CLASS = 30;
const MENTORS = 12;

let server: ThrowawayPocketBase;
let su: PocketBase;
const emailOf = (role: string, n: number) => `${role}${n}@stor.test`;
const range = (n: number) => [...Array(n).keys()];

/** Runs the jobs a few at a time. */
async function inBatches<T>(jobs: (() => Promise<T>)[], size = 16): Promise<T[]> {
	const results: T[] = [];
	for (let i = 0; i < jobs.length; i += size) {
		results.push(...(await Promise.all(jobs.slice(i, i + size).map((job) => job()))));
	}
	return results;
}

beforeAll(async () => {
	server = await startThrowawayPocketBase();
	su = newClient(nextFakeIp(), server.url);
	await su.collection('_superusers').authWithPassword(server.superuser.email, server.superuser.password);
	// cheapest password hashing in this private PocketBase: hashing is not what is measured here
	const usersCollection = await su.collections.getOne('users');
	const fields = usersCollection.fields.map((f) => (f.name === 'password' ? { ...f, cost: 4 } : f));
	await su.collections.update('users', { fields });

	const school = await su.collection('schools').create({ name: 'Stor skole' });
	const user = (role: string, n: number) => () =>
		su.collection('users').create({
			email: emailOf(role, n),
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name: `${role} ${n}`,
			role,
			school: school.id
		});
	const learners = await inBatches(range(CLASSES * LEARNERS_PER_CLASS).map((n) => user('learner', n)));
	const mentors = await inBatches(range(MENTORS).map((n) => user('mentor', n)));
	const teachers = await inBatches(range(CLASSES).map((n) => user('teacher', n)));
	await user('coordinator', 0)();

	// one teacher per class; learner n is in class n % CLASSES
	const classes = await inBatches(
		range(CLASSES).map((n) => () => su.collection('classes').create({ name: `Hold ${n}`, school: school.id }))
	);
	const membership = (klass: number, user: string) => () =>
		su.collection('class_members').create({ class: classes[klass]!.id, user });
	await inBatches([
		...teachers.map((teacher, n) => membership(n, teacher.id)),
		...learners.map((learner, n) => membership(n % CLASSES, learner.id))
	]);

	// every learner has a current mentor; every other one also an ended mentorship (history)
	const mentorship = (learner: string, mentor: number, end: string) => () =>
		su.collection('mentorships').create({
			learner,
			mentor: mentors[mentor % MENTORS]!.id,
			school: school.id,
			start: daysFromNow(-300),
			end
		});
	await inBatches([
		...learners.map((learner, n) => mentorship(learner.id, n, '')),
		...learners.filter((_, n) => n % 2 === 0).map((learner, n) => mentorship(learner.id, n + 1, daysFromNow(-30)))
	]);
}, 180_000);

afterAll(async () => {
	await server?.stop();
});

describe(`a school of ${CLASSES * LEARNERS_PER_CLASS} learners`, () => {
	const staff = 1 + MENTORS + CLASSES; // coordinator, mentors, teachers
	// How many names each sees in `people` (themselves included): learner 0 (class 0,
	// mentor 0), mentor 0 and teacher 0 (class 0).
	const peopleSeenBy: [string, number][] = [
		['learner', 1 + 1 + LEARNERS_PER_CLASS], // their mentor, their teacher, their class
		['mentor', staff + (CLASSES * LEARNERS_PER_CLASS) / MENTORS], // staff, current learners
		['teacher', staff + LEARNERS_PER_CLASS], // staff, their class
		['coordinator', staff + CLASSES * LEARNERS_PER_CLASS]
	];

	// No time limit here (speed is for benchmarks): the old @collection rules did not
	// just slow down at this size, they failed, and the api project's test timeout
	// stops a list that never answers.
	it.each(peopleSeenBy)('a %s lists every collection, and sees the right people', async (role, peopleSeen) => {
		const pb = newClient(nextFakeIp(), server.url);
		await pb.collection('users').authWithPassword(emailOf(role, 0), PASSWORD);
		for (const collection of ['people', 'users', 'classes', 'class_members', 'mentorships']) {
			const page = await pb
				.collection(collection)
				.getList(1, 50)
				.catch((error) => expect.fail(`${role} listing ${collection}: ${error}`));
			if (collection === 'people') expect(page.totalItems).toBe(peopleSeen);
		}
	});
});
