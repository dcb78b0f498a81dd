import { sync } from '$lib/sync/engine.svelte';
import { pbDate } from '$lib/domain/time';

/**
 * Everything Beskeder writes goes through the sync engine: stored on the device at
 * once (shown as "Venter" offline), sent exactly once when there is a connection.
 */

export type NewMessage = {
	learnerId: string;
	me: string;
	text: string;
	attachment?: File | null;
	voice?: File | null;
	voiceSeconds?: number;
	milestone?: string | null;
};

/**
 * Sends a message, starting the conversation first if this device has none. The
 * conversation's id is the learner's id, so two devices that both start it offline
 * make the same record; the second create meets its own id and counts as sent.
 */
export async function sendMessage(message: NewMessage): Promise<string> {
	const db = sync.db;
	if (!db) throw new Error('Not logged in.');
	const { learnerId, me } = message;
	if (!(await db.records('conversations').get(learnerId))) {
		await sync.create('conversations', { id: learnerId, learner: learnerId });
	}
	const data: Record<string, unknown> = {
		conversation: learnerId,
		sender: me,
		text: message.text.trim(),
		// local only (PocketBase sets its own): orders the message until the server's copy arrives
		created: pbDate()
	};
	if (message.attachment) data.attachment = message.attachment;
	if (message.voice) {
		data.voice = message.voice;
		data.voiceSeconds = Math.max(1, Math.round(message.voiceSeconds ?? 0));
	}
	if (message.milestone) data.milestone = message.milestone;
	return sync.create('messages', data);
}

export function editMessage(id: string, text: string) {
	return sync.update('messages', id, { text: text.trim() });
}

/**
 * Withdraws one's own message. One still waiting to be sent (or failed) is simply
 * dropped (nobody ever saw it); a sent one is deleted on the server too.
 */
export function withdrawMessage(id: string) {
	return sync.withdraw('messages', id);
}

export function saveTranscript(id: string, transcript: string) {
	return sync.update('messages', id, { transcript: transcript.trim() });
}

/** Read receipts for messages the person has now seen (the server keeps its own time). */
export async function markRead(ids: string[]) {
	const at = pbDate();
	for (const id of ids) await sync.update('messages', id, { readAt: at });
}
