// Writing Hvordan går det?: through the outbox, so it works offline.
import { limits } from '$lib/domain/limits.gen';
import { sync } from '$lib/sync/engine.svelte';

export const maxVoiceBytes = limits.checkin_words.voice.maxSize;

/** This week's answer: a new check-in, or a changed mood. Returns its id. */
export async function answer(me: string, week: string, mood: number, existing: { id: string } | null): Promise<string> {
	if (existing) {
		await sync.update('checkins', existing.id, { mood });
		return existing.id;
	}
	return sync.create('checkins', { learner: me, week, mood, shareWords: false });
}

export function setShareWords(checkin: string, shareWords: boolean) {
	return sync.update('checkins', checkin, { shareWords });
}

export type Words = { text: string; voice?: Blob | null; voiceSeconds?: number };

/** The words of a check-in: made once, then changed. */
export async function saveWords(me: string, checkin: string, words: Words, existing: { id: string } | null): Promise<string> {
	const data: Record<string, unknown> = { text: words.text.trim() };
	if (words.voice) {
		data.voice = words.voice;
		data.voiceSeconds = Math.max(1, Math.min(120, Math.round(words.voiceSeconds ?? 1)));
	}
	if (existing) {
		await sync.update('checkin_words', existing.id, data);
		return existing.id;
	}
	return sync.create('checkin_words', { checkin, learner: me, ...data });
}

/** The day of the week the learner is asked (1 = Monday; null: not asked). */
export function setCheckinDay(me: string, day: number | null) {
	return sync.update('users', me, { checkinDay: day });
}
