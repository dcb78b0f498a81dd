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
/** Generous: with the rules as they should be, each list answers in milliseconds. */
const BUDGET_MS = 2000;

let server: ThrowawayPocketBase;
let su: PocketBase;
const emails = { learner: '', mentor: '', teacher: '', coordinator: '' };

/** Runs the jobs a few at a time (password hashing makes user creation slow one by one). */
async function inBatches<T>(jobs: (() => Promise<T>)[], size = 16): Promise<T[]> {
	const results: T[] = [];
	for (let i = 0; i < jobs.length; i += size) results.push(...(await Promise.all(jobs.slice(i, i + size).map((job) => job()))));
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
			email: `${role}${n}@stor.test`,
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name: `${role} ${n}`,
			role,
			school: school.id
		});
	const range = (n: number) => [...Array(n).keys()];
	const learners = await inBatches(range(CLASSES * LEARNERS_PER_CLASS).map((n) => user('learner', n)));
	const mentors = await inBatches(range(MENTORS).map((n) => user('mentor', n)));
	const teachers = await inBatches(range(CLASSES).map((n) => user('teacher', n)));
	await user('coordinator', 0)();
	Object.assign(emails, { learner: learners[0]!.email, mentor: mentors[0]!.email, teacher: teachers[0]!.email, coordinator: 'coordinator0@stor.test' });

	const classes = await inBatches(range(CLASSES).map((n) => () => su.collection('classes').create({ name: `Hold ${n}`, school: school.id })));
	const membership = (klass: number, userId: string) => () =>
		su.collection('class_members').create({ class: classes[klass]!.id, user: userId });
	await inBatches([
		...teachers.map((t, n) => membership(n, t.id)),
		...learners.map((l, n) => membership(n % CLASSES, l.id))
	]);
	// every learner has a current mentor, every other one also an ended mentorship (history)
	const mentorship = (learner: string, mentor: string, end: string) => () =>
		su.collection('mentorships').create({ learner, mentor, school: school.id, start: daysFromNow(-300), end });
	await inBatches([
		...learners.map((l, n) => mentorship(l.id, mentors[n % MENTORS]!.id, '')),
		...learners.filter((_, n) => n % 2 === 0).map((l, n) => mentorship(l.id, mentors[(n + 1) % MENTORS]!.id, daysFromNow(-30)))
	]);
}, 180_000);

afterAll(async () => {
	await server?.stop();
});

describe(`a school of ${CLASSES * LEARNERS_PER_CLASS} learners`, () => {
	const collections = ['people', 'users', 'classes', 'class_members', 'mentorships'];
	// what each sees, roughly: learner 0 (class 0, mentor 0), mentor 0, teacher 0 (class 0)
	const expectedPeople = {
		learner: 1 + 1 + LEARNERS_PER_CLASS, // their mentor, their teacher, their class (self included)
		mentor: 1 + MENTORS + CLASSES + LEARNERS_PER_CLASS * CLASSES / MENTORS, // staff and current learners
		teacher: 1 + MENTORS + CLASSES + LEARNERS_PER_CLASS, // staff and their class
		coordinator: 1 + MENTORS + CLASSES + LEARNERS_PER_CLASS * CLASSES
	};

	it.each(Object.keys(emails) as (keyof typeof emails)[])(`%s lists every collection within ${BUDGET_MS} ms each`, async (role) => {
		const pb = newClient(nextFakeIp(), server.url);
		await pb.collection('users').authWithPassword(emails[role], PASSWORD);
		for (const collection of collections) {
			const page = await pb
				.collection(collection)
				.getList(1, 50, { signal: AbortSignal.timeout(BUDGET_MS) })
				.catch((error) => expect.fail(`${role} listing ${collection}: no answer within ${BUDGET_MS} ms (${error})`));
			if (collection === 'people') expect(page.totalItems).toBe(expectedPeople[role]);
		}
	});
});
