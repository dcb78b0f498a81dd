// The demo data loader: idempotent, complete, and safe (no CPR numbers).
// This file starts its own throwaway PocketBase rather than the shared one from
// global-setup, because seeding fills a school with demo users that the other
// API tests do not expect to see.
import PocketBase, { type RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPocketBase, type ThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';
import { demoPassword, school as demoSchool, secondSchool } from '../../scripts/demo-data.mjs';
import { demoLogins, seed } from '../../scripts/seed.mjs';

const COLLECTIONS = ['schools', 'users', 'programmes', 'classes', 'class_members', 'mentorships', 'help_articles', 'help_requests', 'plan_templates', 'plans', 'plan_phases', 'milestones', 'flags', 'flag_comments', 'flag_staff_notes', 'kudos', 'notes', 'conversations', 'messages', 'appointment_slots', 'appointments', 'checkins', 'checkin_words', 'deletion_requests', 'learner_status'] as const;
type Counts = Record<(typeof COLLECTIONS)[number], number>;

let server: ThrowawayPocketBase;
let admin: PocketBase;
let firstRun: { created: number; updated: number };
let secondRun: { created: number; updated: number };
let countsAfterFirst: Counts;
let countsAfterSecond: Counts;
// Fællesskab (scripts/demo/network.mjs): hooks add rows of their own (automatic groups and
// members), so these are counted apart from the seed's totals.
const NETWORK = ['network_profiles', 'groups', 'group_members', 'posts', 'post_reactions', 'reports'] as const;
let networkAfterFirst: Record<string, number>;
let networkAfterSecond: Record<string, number>;
const countNetwork = async (pb: PocketBase) =>
	Object.fromEntries(await Promise.all(NETWORK.map(async (name) => [name, (await pb.collection(name).getList(1, 1)).totalItems] as const)));

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
	networkAfterFirst = await countNetwork(admin);
	secondRun = await timed('seed, second run', () => seed(admin));
	countsAfterSecond = await countRows(admin);
	networkAfterSecond = await countNetwork(admin);
	// two schools and ~90 plans: a first seed takes a minute or more on a busy machine
}, 600_000);

afterAll(async () => {
	await server?.stop();
});

describe('seed', () => {
	it('creates every row on an empty database', () => {
		const total = Object.values(countsAfterFirst).reduce((a, b) => a + b, 0);
		expect(firstRun).toEqual({ created: total, updated: 0 });
		// two schools: Midt with four programmes and classes, Nord with two
		expect(countsAfterFirst).toMatchObject({ schools: 2, programmes: 6, classes: 6 });
		expect(countsAfterFirst.users).toBeGreaterThanOrEqual(100);
	});

	it('is idempotent: a second run creates and changes nothing', () => {
		expect(secondRun).toEqual({ created: 0, updated: 0 });
		expect(countsAfterSecond).toEqual(countsAfterFirst);
	});

	it('seeds the network across both schools, once: groups, threads with replies, one report waiting; Lisbeth not yet in it', async () => {
		expect(networkAfterSecond).toEqual(networkAfterFirst);
		const open = await admin.collection('groups').getFullList({ filter: 'kind = "open" && school = ""', sort: 'name' });
		expect(open.map((g) => g['name'])).toEqual(['Forældre under uddannelse', 'Karriereskift efter 40', 'Ordblinde sammen', 'Tømrerlærlinge Midt og Nord']);
		const all = await admin.collection('groups').getFullList({ fields: 'name' });
		for (const name of ['SOSU-hjørnet', `Voksne elever på ${demoSchool.name}`, `Voksne elever på ${secondSchool.school.name}`]) {
			expect(all.map((g) => g['name'])).toContain(name);
		}
		// both schools write in the tømrer club
		const club = open.find((g) => g['name'] === 'Tømrerlærlinge Midt og Nord')!;
		const authors = await admin.collection('posts').getFullList({ filter: `group = "${club.id}"`, expand: 'author' });
		expect(new Set(authors.map((p) => p.expand?.['author']?.['school'])).size).toBe(2);
		expect(authors.some((p) => p['parent'] !== '')).toBe(true);
		expect(await admin.collection('reports').getFullList({ filter: 'status = "open"' })).toHaveLength(1);
		const lisbeth = await userByEmail('lisbeth@sammen.test');
		expect((await admin.collection('network_profiles').getList(1, 1, { filter: `user = "${lisbeth.id}"` })).totalItems).toBe(0);
	});

	it('names what each programme ends with: a svendebrev for crafts, an uddannelsesbevis for SOSU and industry', async () => {
		const rows = await admin.collection('programmes').getFullList({ fields: 'name,endDocument' });
		const ends = Object.fromEntries(rows.map((r) => [r['name'], r['endDocument']]));
		expect(ends).toEqual({
			Tømrer: 'svendebrev',
			Elektriker: 'svendebrev',
			'Social- og sundhedshjælper': 'uddannelsesbevis',
			Industrioperatør: 'uddannelsesbevis'
		});
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

	it('gives each persona a plan with "Tid og økonomi" filled in, and Bjarke a short path with merit', async () => {
		for (const first of ['sarah', 'jonas', 'bjarke', 'lisbeth']) {
			const learner = await userByEmail(`${first}@sammen.test`);
			const plan = await admin.collection('plans').getFirstListItem(admin.filter('learner = {:id}', { id: learner.id }));
			const phases = await admin.collection('plan_phases').getFullList({ filter: admin.filter('plan = {:id}', { id: plan.id }) });
			const withMoney = phases.filter((p) => p['incomeKind'] !== '' && p['incomeAmount'] > 0);
			expect(withMoney.length, first).toBeGreaterThanOrEqual(2);
		}
		const bjarke = await userByEmail('bjarke@sammen.test');
		const steps = await admin.collection('milestones').getFullList({ filter: admin.filter('learner = {:id}', { id: bjarke.id }) });
		expect(steps.filter((s) => s['status'] === 'merit').length).toBeGreaterThanOrEqual(1);
		expect(steps.filter((s) => s['meritNote'] !== '').length).toBeGreaterThanOrEqual(2);
		expect(steps.filter((s) => s['status'] === 'done').length).toBeGreaterThanOrEqual(4);
	});

	it('gives every mentor a caseload of 20–40 current learners, each with a plan', async () => {
		const mentors = await admin.collection('users').getFullList({ filter: 'role = "mentor"' });
		const mentorships = await admin.collection('mentorships').getFullList();
		const plans = new Set((await admin.collection('plans').getFullList()).map((p) => p['learner']));
		const now = new Date();
		expect(mentors.length).toBeGreaterThanOrEqual(4);
		for (const mentor of mentors) {
			const current = mentorships.filter((m) => m['mentor'] === mentor.id && (m['end'] === '' || new Date(m['end']) > now));
			expect(current.length, mentor['name']).toBeGreaterThanOrEqual(20);
			expect(current.length, mentor['name']).toBeLessThanOrEqual(40);
			for (const m of current) expect(plans.has(m['learner']), `${mentor['name']}: ${m['learner']} has a plan`).toBe(true);
		}
	});

	it('has a second school with its own coordinator, mentor, teacher, classes and learners', async () => {
		const nord = await admin.collection('schools').getFirstListItem(admin.filter('name = {:name}', { name: secondSchool.school.name }));
		const people = await admin.collection('users').getFullList({ filter: admin.filter('school = {:s}', { s: nord.id }) });
		const roles = people.map((u) => u['role']);
		for (const role of ['coordinator', 'mentor', 'teacher']) expect(roles, role).toContain(role);
		expect(roles.filter((r) => r === 'learner').length).toBeGreaterThanOrEqual(20);
		const classes = await admin.collection('classes').getFullList({ filter: admin.filter('school = {:s}', { s: nord.id }) });
		expect(classes.length).toBeGreaterThanOrEqual(2);
		const templates = await admin.collection('plan_templates').getFullList({ filter: admin.filter('school = {:s}', { s: nord.id }) });
		expect(templates.length).toBeGreaterThanOrEqual(2);
		// and a login of its own works
		const pb = clientWithOwnIp(server.url);
		const auth = await pb.collection('users').authWithPassword('mads@sammen.test', demoPassword);
		expect(auth.record['school']).toBe(nord.id);
	});

	it('keeps every plan step consistent with the day: nothing done in the future, waiting only after a tick', async () => {
		const steps = await admin.collection('milestones').getFullList({ batch: 1000 });
		const now = Date.now();
		const at = (value: unknown) => (value ? Date.parse(String(value).replace(' ', 'T')) : NaN);
		const states = new Set(steps.map((s) => s['status']));
		// varied: some of every state
		for (const state of ['todo', 'waiting', 'done', 'merit']) expect(states, state).toContain(state);
		expect(steps.filter((s) => s['status'] === 'todo' && at(s['due']) < now).length, 'overdue steps').toBeGreaterThan(0);
		for (const s of steps) {
			const what = `${s['title']} (${s['status']})`;
			if (s['status'] === 'done' || s['status'] === 'waiting') {
				expect(at(s['doneAt']), what).toBeLessThanOrEqual(now);
				expect(s['doneBy'], what).not.toBe('');
				expect(at(s['doneAt']), what).toBeGreaterThanOrEqual(at(s['start']));
			} else {
				expect(s['doneAt'], what).toBe('');
			}
			if (s['status'] === 'waiting') {
				expect(s['owner'], what).toBe('learner');
				expect(s['confirm'], what).toBe(true);
				expect(s['doneBy'], what).toBe(s['learner']);
				expect(at(s['start']), what).toBeLessThanOrEqual(now);
			}
			if (s['confirmedAt']) expect(at(s['confirmedAt']), what).toBeLessThanOrEqual(now);
		}
	});
});

describe('seed: where each learner is, and the quarter (issue 16)', () => {
	it('Anne’s quarterly report shows real-looking figures: learners in course, some finished, one on leave, one stopped', async () => {
		const anne = clientWithOwnIp(server.url);
		await anne.collection('users').authWithPassword('anne@sammen.test', demoPassword);
		const quarter = (() => {
			const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(Date.now());
			return `${day.slice(0, 4)}-${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
		})();
		const r = await anne.send('/api/sammen/report', { method: 'GET', query: { quarter } });
		expect(r.totals.inCourse).toBeGreaterThan(40);
		expect(r.totals.completed).toBe(2);
		expect(r.totals.leave).toBe(1);
		expect(r.totals.stopped).toBe(1);
		expect(r.totals.started).toBeGreaterThanOrEqual(3);
		expect(r.missingStart).toBe(0);
		for (const b of [r.byFunding, r.byReferral, r.byTrack]) {
			expect(b.find((x: { key: string }) => x.key === 'ukendt').figures.inCourse).toBe(0);
		}
	});
});
