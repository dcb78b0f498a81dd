// Hvordan går det? over the device's data: this week's answer and its words, and the trend.
import { copenhagenWeek } from '$lib/domain/checkins';
import type { CheckinWordsResponse, CheckinsResponse } from '$lib/pb/types.gen';
import { hasTable, type SammenDb } from '$lib/sync/db';

export type Checkin = CheckinsResponse;
export type CheckinWords = CheckinWordsResponse;

/** Check-ins of one learner, oldest week first. */
export async function checkinsOf(db: SammenDb, learner: string): Promise<Checkin[]> {
	if (!hasTable(db, 'checkins')) return [];
	const rows = (await db.records('checkins').where('learner').equals(learner).toArray()) as unknown as Checkin[];
	return rows.sort((a, b) => a.week.localeCompare(b.week));
}

/** The learner's own page: this week's answer and words, and the last 12 weeks. */
export async function myWeek(db: SammenDb, me: string, now = Date.now()) {
	const all = await checkinsOf(db, me);
	const week = copenhagenWeek(now);
	const current = all.find((c) => c.week === week) ?? null;
	let words: CheckinWords | null = null;
	if (current && hasTable(db, 'checkin_words')) {
		words = ((await db.records('checkin_words').where('checkin').equals(current.id).first()) as unknown as CheckinWords) ?? null;
	}
	return { week, current, words, trend: all.slice(-12) };
}

/** What the mentor reads on the learner page: the moods, and the words only of shared weeks. */
export async function learnerCheckins(db: SammenDb, learner: string) {
	const all = await checkinsOf(db, learner);
	const words = hasTable(db, 'checkin_words')
		? ((await db.records('checkin_words').where('learner').equals(learner).toArray()) as unknown as CheckinWords[])
		: [];
	const byCheckin = new Map(words.map((w) => [w.checkin, w]));
	// a device may still hold words the learner stopped sharing (until the hourly sweep): never shown
	return all.slice(-8).map((c) => ({ ...c, words: c.shareWords ? (byCheckin.get(c.id) ?? null) : null }));
}
