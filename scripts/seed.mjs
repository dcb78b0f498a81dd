// Loads Sammen's Danish demo data (scripts/demo-data.mjs) into PocketBase.
//
// Idempotent: every row is found by its natural key and only created when it is
// missing, so running the seed again changes nothing. Existing rows are brought
// back to the demo values, except a user's password and reading preferences,
// which a person trying the demo may have changed on purpose.
//
//   node scripts/seed.mjs <pocketbaseUrl> <superuserEmail> <superuserPassword>
import PocketBase from 'pocketbase';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as demo from './demo-data.mjs';

export { demoLogins } from './demo-data.mjs';

/** @typedef {import('pocketbase').RecordModel} RecordModel */
/** @typedef {{ created: number, updated: number }} Tally */
/** @typedef {{ key: string, fields: Record<string, unknown>, onCreate?: Record<string, unknown> }} Row */

// The SDK cancels a pending request when an identical one starts; parallel
// creates in one collection would cancel each other without this.
const NO_AUTO_CANCEL = { requestKey: null };

/** Features with demo data of their own, in the order they are loaded. */
const featureDemos = ['plan', 'messages', 'supports', 'flags', 'network', 'network-events', 'appointments', 'privacy', 'enrollment'];

// Small groups of parallel requests: fast, without flooding a small server.
const PARALLEL = 8;

/**
 * PocketBase stores dates as "2026-08-10 00:00:00.000Z"; the demo data uses days.
 * @param {string} day "2026-08-10" or "" (no date)
 */
export function pbDate(day) {
	return day ? `${day} 00:00:00.000Z` : '';
}

/**
 * Runs `work` over `items`, `size` at a time.
 * @template T
 * @param {T[]} items
 * @param {number} size
 * @param {(item: T) => Promise<void>} work
 */
async function inGroups(items, size, work) {
	for (let i = 0; i < items.length; i += size) {
		await Promise.all(items.slice(i, i + size).map(work));
	}
}

/**
 * The fields of `wanted` whose value differs from the record's.
 * @param {RecordModel} record
 * @param {Record<string, unknown>} wanted
 */
function changedFields(record, wanted) {
	return Object.fromEntries(Object.entries(wanted).filter(([name, value]) => record[name] !== value));
}

/**
 * Makes a collection hold `rows`: creates the missing ones (with `onCreate` added)
 * and updates existing ones whose fields differ. Returns the records by key.
 * @param {PocketBase} pb
 * @param {string} collection
 * @param {Map<string, RecordModel>} existing the rows already there, by key
 * @param {Row[]} rows
 * @param {Tally} tally counts of this collection, updated in place
 */
export async function sync(pb, collection, existing, rows, tally) {
	/** @type {Map<string, RecordModel>} */
	const result = new Map();
	await inGroups(rows, PARALLEL, async ({ key, fields, onCreate = {} }) => {
		const found = existing.get(key);
		if (!found) {
			result.set(key, await pb.collection(collection).create({ ...fields, ...onCreate }, NO_AUTO_CANCEL));
			tally.created++;
			return;
		}
		const changes = changedFields(found, fields);
		if (Object.keys(changes).length === 0) {
			result.set(key, found);
			return;
		}
		result.set(key, await pb.collection(collection).update(found.id, changes, NO_AUTO_CANCEL));
		tally.updated++;
	});
	return result;
}

/**
 * All records matching `filter`, by the key `keyOf` gives them.
 * @param {PocketBase} pb
 * @param {string} collection
 * @param {string} filter
 * @param {(record: RecordModel) => string} keyOf
 */
export async function existingByKey(pb, collection, filter, keyOf) {
	const records = await pb.collection(collection).getFullList({ filter, batch: 500, ...NO_AUTO_CANCEL });
	return new Map(records.map((r) => [keyOf(r), r]));
}

/**
 * The value for `key`; a missing one is a mistake in the demo data.
 * @template T
 * @param {Map<string, T>} map
 * @param {string} key
 */
function mustGet(map, key) {
	const value = map.get(key);
	if (value === undefined) throw new Error(`seed: nothing found for ${key}`);
	return value;
}

/**
 * @param {Map<string, RecordModel>} records
 * @param {string} key
 */
const idOf = (records, key) => mustGet(records, key).id;

// ------------------------------------------------------------------ one step per collection

/** @typedef {(typeof demo.demoSchools)[number]} SchoolData */

/** @param {PocketBase} pb @param {SchoolData} data @param {Tally} tally */
async function seedSchool(pb, data, tally) {
	const { name, city } = data.school;
	const existing = await existingByKey(pb, 'schools', pb.filter('name = {:name}', { name }), (r) => r.name);
	const schools = await sync(pb, 'schools', existing, [{ key: name, fields: { name, city } }], tally);
	return idOf(schools, name);
}

/** @param {PocketBase} pb @param {SchoolData} data @param {string} school @param {Tally} tally */
async function seedProgrammes(pb, data, school, tally) {
	const keyOf = (/** @type {string} */ name, /** @type {string} */ track) => `${name}|${track}`;
	const filter = pb.filter('school = {:school}', { school });
	const existing = await existingByKey(pb, 'programmes', filter, (r) => keyOf(r.name, r.track));
	const rows = data.programmes.map((p) => ({
		key: keyOf(p.name, p.track),
		fields: { name: p.name, track: p.track, description: p.description, endDocument: p.endDocument, school }
	}));
	const records = await sync(pb, 'programmes', existing, rows, tally);
	// by the demo data's own programme key ('tomrer', …), which classes refer to
	return new Map(data.programmes.map((p) => [p.key, idOf(records, keyOf(p.name, p.track))]));
}

/** @param {PocketBase} pb @param {SchoolData} data @param {string} school @param {Tally} tally */
async function seedUsers(pb, data, school, tally) {
	// Found by e-mail in any school: an e-mail is unique across all users.
	const emails = data.users.map((u) => u.email);
	const filter = pb.filter(
		emails.map((_, i) => `email = {:e${i}}`).join(' || '),
		Object.fromEntries(emails.map((email, i) => [`e${i}`, email]))
	);
	const existing = await existingByKey(pb, 'users', filter, (r) => r.email);
	const rows = data.users.map((u) => ({
		key: u.email,
		fields: {
			name: u.name,
			role: u.role,
			school,
			language: u.language,
			birthYear: u.birthYear,
			about: u.about,
			verified: true
		},
		// Only for a new account: never reset a password or reading preferences.
		onCreate: { email: u.email, password: demo.demoPassword, passwordConfirm: demo.demoPassword, ...u.prefs }
	}));
	const records = await sync(pb, 'users', existing, rows, tally);
	return new Map(emails.map((email) => [email, idOf(records, email)]));
}

/**
 * @param {PocketBase} pb @param {SchoolData} data @param {string} school
 * @param {Map<string, string>} programmeIds by demo programme key
 * @param {Tally} tally
 */
async function seedClasses(pb, data, school, programmeIds, tally) {
	const existing = await existingByKey(pb, 'classes', pb.filter('school = {:school}', { school }), (r) => r.name);
	const rows = data.classes.map((c) => ({
		key: c.name,
		fields: {
			name: c.name,
			school,
			programme: mustGet(programmeIds, c.programme),
			start: pbDate(c.start),
			end: pbDate(c.end)
		}
	}));
	const records = await sync(pb, 'classes', existing, rows, tally);
	return new Map(data.classes.map((c) => [c.name, idOf(records, c.name)]));
}

/**
 * @param {PocketBase} pb @param {SchoolData} data @param {string} school
 * @param {Map<string, string>} classIds by class name
 * @param {Map<string, string>} userIds by e-mail
 * @param {Tally} tally
 */
async function seedClassMembers(pb, data, school, classIds, userIds, tally) {
	const keyOf = (/** @type {string} */ classId, /** @type {string} */ userId) => `${classId}|${userId}`;
	const filter = pb.filter('class.school = {:school}', { school });
	const existing = await existingByKey(pb, 'class_members', filter, (r) => keyOf(r.class, r.user));
	const rows = data.classMembers.map((m) => {
		const classId = mustGet(classIds, m.className);
		const userId = mustGet(userIds, m.email);
		return { key: keyOf(classId, userId), fields: { class: classId, user: userId } };
	});
	await sync(pb, 'class_members', existing, rows, tally);
}

/**
 * @param {PocketBase} pb @param {SchoolData} data @param {string} school
 * @param {Map<string, string>} userIds by e-mail
 * @param {Tally} tally
 */
async function seedMentorships(pb, data, school, userIds, tally) {
	// A learner may have the same mentor twice, so the start day is part of the key.
	const keyOf = (/** @type {string} */ learner, /** @type {string} */ mentor, /** @type {string} */ start) =>
		`${learner}|${mentor}|${start.slice(0, 10)}`;
	const filter = pb.filter('school = {:school}', { school });
	const existing = await existingByKey(pb, 'mentorships', filter, (r) => keyOf(r.learner, r.mentor, r.start));
	const rows = data.mentorships.map((m) => {
		const learner = mustGet(userIds, m.learner);
		const mentor = mustGet(userIds, m.mentor);
		return {
			key: keyOf(learner, mentor, m.start),
			fields: { learner, mentor, school, start: pbDate(m.start), end: pbDate(m.end) }
		};
	});
	await sync(pb, 'mentorships', existing, rows, tally);
}

// ------------------------------------------------------------------ the seed

/**
 * Loads the demo data. `pb` must be authenticated as a superuser.
 * @param {PocketBase} pb
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<Tally>} how many rows were created and updated
 */
export async function seed(pb, { log = () => {} } = {}) {
	/** @type {Record<string, Tally>} */
	const tallies = {};

	// Tallies add up over the schools (the second school has fewer rows of each kind).
	const tallyFor = (/** @type {string} */ name) => (tallies[name] ??= { created: 0, updated: 0 });
	for (const [n, data] of demo.demoSchools.entries()) {
		const school = await seedSchool(pb, data, tallyFor('schools'));
		const [programmeIds, userIds] = await Promise.all([
			seedProgrammes(pb, data, school, tallyFor('programmes')),
			seedUsers(pb, data, school, tallyFor('users'))
		]);
		const classIds = await seedClasses(pb, data, school, programmeIds, tallyFor('classes'));
		await Promise.all([
			seedClassMembers(pb, data, school, classIds, userIds, tallyFor('class_members')),
			seedMentorships(pb, data, school, userIds, tallyFor('mentorships'))
		]);

		// Each feature keeps its demo data in scripts/demo/<feature>.mjs, exporting
		// `seedDemo(pb, context)`; they run in this order (later ones may use earlier ones').
		// The first school has every feature's demo; the others have plans (their learners' stories)
		// and their part of the network (groups across both schools).
		const context = { school, programmeIds, userIds, classIds, tallyFor, sync, existingByKey, pbDate };
		for (const feature of n === 0 ? featureDemos : ['plan', 'network']) {
			const file = join(import.meta.dirname, 'demo', `${feature}.mjs`);
			if (existsSync(file)) await (await import(pathToFileURL(file).href)).seedDemo(pb, context);
		}
	}

	const total = { created: 0, updated: 0 };
	for (const [name, t] of Object.entries(tallies)) {
		log(`Demodata ${name}: ${t.created} oprettet, ${t.updated} opdateret`);
		total.created += t.created;
		total.updated += t.updated;
	}
	return total;
}

// ------------------------------------------------------------------ run directly

async function main() {
	const [url, email, password] = process.argv.slice(2);
	if (!url || !email || !password) {
		console.error('Brug: node scripts/seed.mjs <pocketbaseUrl> <superuserEmail> <superuserPassword>');
		process.exit(2);
	}
	const pb = new PocketBase(url);
	await pb.collection('_superusers').authWithPassword(email, password);
	const started = Date.now();
	const { created, updated } = await seed(pb, { log: console.log });
	console.log(`Demodata indlæst på ${Date.now() - started} ms: ${created} oprettet, ${updated} opdateret.`);
	for (const login of demo.demoLogins) console.log(`  ${login.label}: ${login.email} / ${login.password}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((error) => {
		console.error('Demodata kunne ikke indlæses:', error?.response ?? error);
		process.exit(1);
	});
}
