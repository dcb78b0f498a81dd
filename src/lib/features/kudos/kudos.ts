// Ros: a teacher's kind word to a learner. The learner, the giver and the learner's
// current mentor read it; nobody edits it. Written through the sync engine.
import { pbDate, timeOf } from '$lib/domain/time';
import type { KudosResponse } from '$lib/pb/types.gen';
import { namesOf } from '$lib/people/names';
import type { SammenDb } from '$lib/sync/db';
import { sync } from '$lib/sync/engine.svelte';

export const maxKudosLength = 500;

export type KudosView = KudosResponse & { fromName: string };

/** Ros for one learner with the giver's name, newest first. */
export async function kudosOf(db: SammenDb, learnerId: string): Promise<KudosView[]> {
	const kudos = await db.records('kudos').where('learner').equals(learnerId).toArray();
	const names = await namesOf(db, kudos.map((k) => k.from));
	return kudos.map((k) => ({ ...k, fromName: names.get(k.from) ?? '' })).sort((a, b) => timeOf(b.created) - timeOf(a.created));
}

/** Ros a teacher gave, by learner (newest first), for the class list. */
export async function kudosGivenBy(db: SammenDb, teacherId: string): Promise<KudosResponse[]> {
	const kudos = await db.records('kudos').where('from').equals(teacherId).toArray();
	return kudos.sort((a, b) => timeOf(b.created) - timeOf(a.created));
}

export async function giveKudos(me: { id: string; school: string }, learner: string, message: string): Promise<string> {
	return sync.create('kudos', { learner, from: me.id, school: me.school, message: message.trim(), created: pbDate() });
}
