// The demo data loader: idempotent, complete, and safe (no CPR numbers).
// This file starts its own throwaway PocketBase rather than the shared one from
// global-setup, because seeding fills a school with demo users that the other
// API tests do not expect to see.
import PocketBase, { type RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPocketBase, type ThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';
import { demoPassword, school as demoSchool } from '../../scripts/demo-data.mjs';
import { demoLogins, seed } from '../../scripts/seed.mjs';

const COLLECTIONS = ['schools', 'users', 'programmes', 'classes', 'class_members', 'mentorships', 'help_articles', 'help_requests', 'plan_templates', 'plans', 'plan_phases', 'milestones', 'flags', 'flag_comments', 'flag_staff_notes', 'kudos', 'notes', 'conversations', 'messages'] as const;
type Counts = Record<(typeof COLLECTIONS)[number], number>;

let server: ThrowawayPocketBase;
let admin: PocketBase;
let firstRun: { created: number; updated: number };
let secondRun: { created: number; updated: number };
let countsAfterFirst: Counts;
let countsAfterSecond: Counts;

// Auth is rate limited to 10 a minute per client IP; PocketBase trusts
// X-Forwarded-For, so each client gets its own fake IP.
let nextIp = 1;
function clientWithOwnIp(url: string): PocketBase {
	const pb = new PocketBase(url);
	const ip = `10.88.0.${nextIp++}`;
	pb.autoCancellation(false);
	pb.beforeSend = (fetchUrl, options) => {
		options.headers = { ...(options.headers as Record<string, string>), 'X-Forwarded-For': ip };
		return { url: fetchUrl, options };
	};
	return pb;
}

async function countRows(pb: PocketBase): Promise<Counts> {
	const entries = await Promise.all(
		COLLECTIONS.map(async (name) => [name, (await pb.collection(name).getList(1, 1)).totalItems] as const)
	);
	return Object.fromEntries(entries) as Counts;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
	const started = performance.now();
	const result = await work();
	console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
	return result;
}

async function userByEmail(email: string): Promise<RecordModel> {
	return admin.collection('users').getFirstListItem(admin.filter('email = {:email}', { email }));
}

beforeAll(async () => {
	server = await startThrowawayPocketBase();
	admin = clientWithOwnIp(server.url);
	await admin.collection('_superusers').authWithPassword(server.superuser.email, server.superuser.password);

	firstRun = await timed('seed, first run', () => seed(admin));
	countsAfterFirst = await countRows(admin);
	secondRun = await timed('seed, second run', () => seed(admin));
	countsAfterSecond = await countRows(admin);
});

afterAll(async () => {
	await server?.stop();
});

describe('seed', () => {
	it('creates every row on an empty database', () => {
		const total = Object.values(countsAfterFirst).reduce((a, b) => a + b, 0);
		expect(firstRun).toEqual({ created: total, updated: 0 });
		expect(countsAfterFirst).toMatchObject({ schools: 1, programmes: 4, classes: 4 });
		expect(countsAfterFirst.users).toBeGreaterThanOrEqual(30);
	});

	it('is idempotent: a second run creates and changes nothing', () => {
		expect(secondRun).toEqual({ created: 0, updated: 0 });
		expect(countsAfterSecond).toEqual(countsAfterFirst);
	});

	it('has the four personas with their birth years (age in 2026)', async () => {
		const personas = { sarah: 1987, jonas: 1986, bjarke: 1981, lisbeth: 1997 };
		for (const [first, birthYear] of Object.entries(personas)) {
			const user = await userByEmail(`${first}@sammen.test`);
			expect(user).toMatchObject({ role: 'learner', birthYear, verified: true });
			expect(user['about']).not.toBe('');
		}
	});

	it('gives every learner exactly one current mentorship, and keeps a handover in history', async () => {
		const learners = await admin.collection('users').getFullList({ filter: 'role = "learner"' });
		const mentorships = await admin.collection('mentorships').getFullList();
		const now = new Date();
		const isCurrent = (m: RecordModel) => m['end'] === '' || new Date(m['end']) > now;

		for (const learner of learners) {
			const current = mentorships.filter((m) => m['learner'] === learner.id && isCurrent(m));
			expect(current, learner['name']).toHaveLength(1);
		}
		expect(mentorships.filter((m) => !isCurrent(m))).toHaveLength(1);
	});

	it('puts every teacher in at least one class', async () => {
		const teachers = await admin.collection('users').getFullList({ filter: 'role = "teacher"' });
		const members = await admin.collection('class_members').getFullList();
		for (const teacher of teachers) {
			expect(members.some((m) => m['user'] === teacher.id), teacher['name']).toBe(true);
		}
	});

	it('lets each demo login sign in with the demo password', async () => {
		expect(demoLogins.map((l) => l.role)).toEqual(['learner', 'mentor', 'teacher', 'coordinator']);
		for (const login of demoLogins) {
			expect(login.password).toBe(demoPassword);
			const pb = clientWithOwnIp(server.url);
			const auth = await pb.collection('users').authWithPassword(login.email, login.password);
			expect(auth.record['role']).toBe(login.role);
		}
	});

	it('never resets a password or reading preferences a user changed', async () => {
		const jonas = await userByEmail('jonas@sammen.test');
		await admin.collection('users').update(jonas.id, {
			password: 'jonas-eget-kodeord',
			passwordConfirm: 'jonas-eget-kodeord',
			textSize: 26,
			tint: 'cream'
		});

		expect(await seed(admin)).toEqual({ created: 0, updated: 0 });

		expect(await userByEmail('jonas@sammen.test')).toMatchObject({ textSize: 26, tint: 'cream' });
		const pb = clientWithOwnIp(server.url);
		await expect(pb.collection('users').authWithPassword('jonas@sammen.test', 'jonas-eget-kodeord')).resolves.toBeTruthy();
	});

	it('brings a changed demo field back to the demo value', async () => {
		const sarah = await userByEmail('sarah@sammen.test');
		await admin.collection('users').update(sarah.id, { about: 'ændret' });
		expect(await seed(admin)).toEqual({ created: 0, updated: 1 });
		expect((await userByEmail('sarah@sammen.test'))['about']).not.toBe('ændret');
	});

	it('stores nothing that looks like a CPR number', async () => {
		const schoolRecord = await admin
			.collection('schools')
			.getFirstListItem(admin.filter('name = {:name}', { name: demoSchool.name }));
		const users = await admin.collection('users').getFullList({ filter: admin.filter('school = {:s}', { s: schoolRecord.id }) });
		const cpr = /\b\d{6}-?\d{4}\b/;
		for (const user of users) {
			for (const [field, value] of Object.entries(user)) {
				if (typeof value === 'string') expect(value, `${user['email']} ${field}`).not.toMatch(cpr);
			}
		}
	});
});
