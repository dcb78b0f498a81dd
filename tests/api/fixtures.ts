// A small world of schools, people, classes and mentorships, built as superuser
// in the throwaway PocketBase, plus helpers to act in it as any of its people.
// Every test file builds its own world with unique names, so files never share
// records; tests that change something clean up after themselves.
import { appendFileSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import PocketBase, { ClientResponseError, type RecordModel } from 'pocketbase';
import { expect, inject, onTestFinished } from 'vitest';

export type Role = 'learner' | 'mentor' | 'teacher' | 'coordinator';
type SchoolKey = 'A' | 'B';

/** Everyone in the world, by what they are to the rules. */
const PEOPLE = {
	// school A
	learner: { school: 'A', role: 'learner', name: 'Lærke Lærling' }, // current mentorship with `mentor`, in class A
	classmate: { school: 'A', role: 'learner', name: 'Karl Klassekammerat' }, // in class A, mentored by `otherMentor`
	stranger: { school: 'A', role: 'learner', name: 'Frida Fremmed' }, // no class, no mentorship
	// ENDED mentorship with `mentor`, handed over to `otherMentor`; in class A2
	formerLearner: { school: 'A', role: 'learner', name: 'Tidligere Tove' },
	mentor: { school: 'A', role: 'mentor', name: 'Mads Mentor' },
	otherMentor: { school: 'A', role: 'mentor', name: 'Mette Mentor' },
	teacher: { school: 'A', role: 'teacher', name: 'Lise Lærer' }, // teaches class A
	coTeacher: { school: 'A', role: 'teacher', name: 'Carl Medlærer' }, // also teaches class A
	otherTeacher: { school: 'A', role: 'teacher', name: 'Leo Lærer' }, // teaches class A2, not class A
	coordinator: { school: 'A', role: 'coordinator', name: 'Kim Koordinator' },
	// school B
	coordinatorB: { school: 'B', role: 'coordinator', name: 'Bo Koordinator' },
	learnerB: { school: 'B', role: 'learner', name: 'Bente Lærling' }, // in class B, mentored by `mentorB`
	mentorB: { school: 'B', role: 'mentor', name: 'Bjørn Mentor' }
} as const satisfies Record<string, { school: SchoolKey; role: Role; name: string }>;

export type Person = keyof typeof PEOPLE;
export type Actor = Person | 'anonymous';
export const everyone = Object.keys(PEOPLE) as Person[];
export const schoolA = everyone.filter((p) => PEOPLE[p].school === 'A');
export const schoolB = everyone.filter((p) => PEOPLE[p].school === 'B');
/** Everyone in school A who is not a learner. */
export const staffA = schoolA.filter((p) => PEOPLE[p].role !== 'learner');
/** Who reads a school's own records (the school, its programmes): everyone in it, nobody else. */
export const ownSchoolOnly: [Actor, SchoolKey[]][] = [
	['anonymous', []],
	['learner', ['A']],
	['stranger', ['A']],
	['mentor', ['A']],
	['teacher', ['A']],
	['coordinator', ['A']],
	['coordinatorB', ['B']],
	['learnerB', ['B']]
];
/** One of each kind of actor, for "nobody may" tests. */
export const everyKindOfActor: Actor[] = ['anonymous', 'learner', 'mentor', 'teacher', 'coordinator', 'coordinatorB'];

export const PASSWORD = 'sammen-test-password-1';
const DAY = 24 * 60 * 60 * 1000;
/** A PocketBase datetime `days` from now (negative: in the past). */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().replace('T', ' ');

// ------------------------------------------------------------------ clients

/**
 * A fake client IP, unique across the whole run (a shared counter file: files run
 * one at a time). PocketBase trusts X-Forwarded-For, so each SDK client counts as
 * its own client for the rate limits, which allow only 10 logins a minute.
 */
export function nextFakeIp(): string {
	const counterFile = inject('clientCounterFile');
	appendFileSync(counterFile, '.');
	const n = statSync(counterFile).size;
	return `10.77.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

/** A fresh, signed-out SDK client that speaks from its own fake IP. */
export function newClient(ip = nextFakeIp(), url = inject('pbUrl')): PocketBase {
	const pb = new PocketBase(url);
	// the tests fire similar requests back to back; the SDK must not cancel any
	pb.autoCancellation(false);
	pb.beforeSend = (url, options) => {
		options.headers = { ...options.headers, 'X-Forwarded-For': ip };
		return { url, options };
	};
	return pb;
}

export async function superuserClient(): Promise<PocketBase> {
	const pb = newClient();
	const { email, password } = inject('superuser');
	await pb.collection('_superusers').authWithPassword(email, password);
	return pb;
}

// ------------------------------------------------------------------ assertions

/** The HTTP status the request failed with; fails the test if it succeeded. */
export async function failureStatus(request: Promise<unknown>): Promise<number> {
	try {
		await request;
	} catch (error) {
		if (error instanceof ClientResponseError) return error.status;
		throw error;
	}
	expect.fail('the request was expected to be refused, but it succeeded');
}

/** Sorted ids of every record the client may list in the collection. */
export async function listIds(pb: PocketBase, collection: string, filter = ''): Promise<string[]> {
	const records = await pb.collection(collection).getFullList({ filter });
	return records.map((r) => r.id).sort();
}

// ------------------------------------------------------------------ the world

export interface World {
	su: PocketBase;
	/** Unique to this world; part of every name and e-mail in it. */
	tag: string;
	schools: Record<SchoolKey, RecordModel>;
	programmes: Record<SchoolKey, RecordModel>;
	classes: { A: RecordModel; A2: RecordModel; B: RecordModel };
	users: Record<Person, RecordModel>;
	mentorships: {
		/** learner ← mentor, no end */
		current: RecordModel;
		/** classmate ← otherMentor, ends in a year */
		endsLater: RecordModel;
		/** formerLearner ← mentor, ended a month ago */
		ended: RecordModel;
		/** formerLearner ← otherMentor since then (the handover) */
		handedOver: RecordModel;
		/** learnerB ← mentorB */
		B: RecordModel;
	};
	/** class_members rows, keyed "class:person", e.g. "A:learner". */
	members: Record<string, RecordModel>;
	/** A client signed in as that person (one per person, cached), or signed out. */
	as(actor: Actor): Promise<PocketBase>;
	/** Sorted user ids of these people (also their `people` ids). */
	ids(people: readonly Person[]): string[];
	email(person: Person): string;
	/** Creates a record as superuser that is deleted again when the test finishes. */
	temp(collection: string, data: Record<string, unknown>): Promise<RecordModel>;
	/** A throwaway user, deleted when the test finishes. */
	tempUser(school: SchoolKey, role: Role): Promise<RecordModel>;
	/** Deletes a record an actor created, when the test finishes. */
	cleanUp(collection: string, id: string): void;
	/** The record as it is in the database now (read as superuser). */
	reread(collection: string, id: string): Promise<RecordModel>;
	/** How many records match the filter (`{:name}` placeholders), counted as superuser. */
	count(collection: string, filter: string, params?: Record<string, unknown>): Promise<number>;
	/** A new client signed in as this user (for throwaway users). */
	signIn(user: RecordModel): Promise<PocketBase>;
}

export async function buildWorld(): Promise<World> {
	const su = await superuserClient();
	const tag = randomUUID().slice(0, 8);
	const create = (collection: string, data: Record<string, unknown>) => su.collection(collection).create(data);
	const email = (person: string) => `${person.toLowerCase()}.${tag}@sammen.test`;

	const schools = {
		A: await create('schools', { name: `Skole A ${tag}`, city: 'Aarhus' }),
		B: await create('schools', { name: `Skole B ${tag}`, city: 'Bornholm' })
	};
	const programmes = {
		A: await create('programmes', { name: `Social- og sundhed ${tag}`, track: 'EUV1', school: schools.A.id }),
		B: await create('programmes', { name: `Tømrer ${tag}`, track: 'EUV2', school: schools.B.id })
	};
	const classes = {
		A: await create('classes', { name: `Hold A ${tag}`, school: schools.A.id, programme: programmes.A.id }),
		A2: await create('classes', { name: `Hold A2 ${tag}`, school: schools.A.id, programme: programmes.A.id }),
		B: await create('classes', { name: `Hold B ${tag}`, school: schools.B.id, programme: programmes.B.id })
	};

	const users = {} as Record<Person, RecordModel>;
	for (const person of everyone) {
		const { school, role, name } = PEOPLE[person];
		users[person] = await create('users', {
			email: email(person),
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name,
			role,
			school: schools[school].id
		});
	}

	const members: Record<string, RecordModel> = {};
	const membership: [keyof typeof classes, Person][] = [
		['A', 'learner'],
		['A', 'classmate'],
		['A', 'teacher'],
		['A', 'coTeacher'],
		['A2', 'formerLearner'],
		['A2', 'otherTeacher'],
		['B', 'learnerB']
	];
	for (const [klass, person] of membership) {
		members[`${klass}:${person}`] = await create('class_members', { class: classes[klass].id, user: users[person].id });
	}

	const mentorship = (learner: Person, mentor: Person, school: SchoolKey, start: number, end?: number) =>
		create('mentorships', {
			learner: users[learner].id,
			mentor: users[mentor].id,
			school: schools[school].id,
			start: daysFromNow(start),
			end: end === undefined ? '' : daysFromNow(end)
		});
	const mentorships = {
		current: await mentorship('learner', 'mentor', 'A', -200),
		endsLater: await mentorship('classmate', 'otherMentor', 'A', -100, 365),
		ended: await mentorship('formerLearner', 'mentor', 'A', -400, -30),
		handedOver: await mentorship('formerLearner', 'otherMentor', 'A', -30),
		B: await mentorship('learnerB', 'mentorB', 'B', -50)
	};

	const signedIn = new Map<Actor, PocketBase>();
	// Clean-ups run last-registered first, so a record goes before what it points to.
	const cleanUp = (collection: string, id: string) =>
		onTestFinished(async () => {
			try {
				await su.collection(collection).delete(id);
			} catch (error) {
				// already deleted by the test is fine; anything else would leave the world changed
				if (!(error instanceof ClientResponseError && error.status === 404)) throw error;
			}
		});
	const temp = async (collection: string, data: Record<string, unknown>) => {
		const record = await create(collection, data);
		cleanUp(collection, record.id);
		return record;
	};

	return {
		su,
		tag,
		schools,
		programmes,
		classes,
		users,
		mentorships,
		members,
		email,
		async as(actor) {
			let pb = signedIn.get(actor);
			if (!pb) {
				pb = newClient();
				if (actor !== 'anonymous') await pb.collection('users').authWithPassword(email(actor), PASSWORD);
				signedIn.set(actor, pb);
			}
			return pb;
		},
		ids: (people) => people.map((p) => users[p].id).sort(),
		temp,
		tempUser(school, role) {
			const id = randomUUID().slice(0, 8);
			return temp('users', {
				email: `temp-${id}.${tag}@sammen.test`,
				password: PASSWORD,
				passwordConfirm: PASSWORD,
				name: `Midlertidig ${id}`,
				role,
				school: schools[school].id
			});
		},
		cleanUp,
		reread: (collection, id) => su.collection(collection).getOne(id),
		async count(collection, filter, params) {
			return (await su.collection(collection).getList(1, 1, { filter: su.filter(filter, params) })).totalItems;
		},
		async signIn(user) {
			const pb = newClient();
			await pb.collection('users').authWithPassword(user.email, PASSWORD);
			return pb;
		}
	};
}
