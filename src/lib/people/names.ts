import type { SammenDb } from '$lib/sync/db';

/** Names of people by id, from `people` (names only), falling back to full user records. */
export async function namesOf(db: SammenDb, ids: (string | undefined)[]): Promise<Map<string, string>> {
	const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
	const [people, users] = await Promise.all([db.records('people').bulkGet(wanted), db.records('users').bulkGet(wanted)]);
	const names = new Map<string, string>();
	wanted.forEach((id, i) => {
		const name = people[i]?.name ?? users[i]?.name;
		if (name) names.set(id, name);
	});
	return names;
}

/** One person's name by id ("" when this device does not know it). */
export async function nameOf(db: SammenDb, id: string | undefined): Promise<string> {
	return id ? ((await namesOf(db, [id])).get(id) ?? '') : '';
}
