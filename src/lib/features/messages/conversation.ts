import Dexie from 'dexie';
import type { MessagesResponse } from '$lib/pb/types.gen';
import type { SammenDb } from '$lib/sync/db';
import type { OutboxOp } from '$lib/sync/types';
import { EDIT_WINDOW_MINUTES } from '$lib/domain/network';
import { isCurrent } from '$lib/domain/people';
import { timeOf } from '$lib/domain/time';

/**
 * Queries of Beskeder over the local database. A conversation's id is its learner's
 * id (one per learner, the same on every device), so a learner's messages are found
 * by the learner's id alone.
 */

/** A message as stored on the device: files are Blobs until the server has them. */
export type LocalMessage = Omit<MessagesResponse, 'attachment' | 'voice'> & {
	attachment?: string | Blob;
	voice?: string | Blob;
};

export type MessageState = 'pending' | 'failed' | 'sent' | 'read';

export type MessageView = {
	id: string;
	/** Written by the person looking. */
	mine: boolean;
	senderName: string;
	text: string;
	transcript: string;
	created: string;
	edited: boolean;
	attachment: string | Blob | null;
	voice: string | Blob | null;
	voiceSeconds: number;
	/** The plan milestone the message is about, when known on this device. */
	about: string | null;
	/** Only for one's own messages. */
	state: MessageState;
	/** Why it could not be sent, and the outbox op to retry or drop. */
	error?: string;
	failedSeq?: number;
	/** The op that creates it, while it waits to be sent (a withdrawal then just drops it). */
	pendingCreateSeq?: number;
	/** An edit waits to be sent. */
	changeWaiting: boolean;
};

export type ConversationWindow = { items: MessageView[]; hasOlder: boolean; hasNewer: boolean };

// the kernel's edit window, the same for messages and the network's posts
export const editWindowMs = EDIT_WINDOW_MINUTES * 60 * 1000;

/** Minutes left to edit or withdraw one's own message (0 when fixed; at most 15, whatever the clocks say). */
export function minutesLeft(created: string, now = new Date()): number {
	const left = Math.min(editWindowMs, timeOf(created) + editWindowMs - now.getTime());
	return left > 0 ? Math.ceil(left / 60_000) : 0;
}

function byConversation(db: SammenDb, conversationId: string) {
	return db
		.records('messages')
		.where('[conversation+created]')
		.between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey]);
}

export { currentMentor, isMentorOf } from '$lib/people/current-mentor';
import { nameOf } from '$lib/people/names';

export { nameOf } from '$lib/people/names';

/** Plan milestones by id, read from the plan's local table when this device has one. */
export async function milestoneTitles(db: SammenDb, ids: string[]): Promise<Map<string, string>> {
	const titles = new Map<string, string>();
	const wanted = [...new Set(ids.filter(Boolean))];
	if (wanted.length === 0 || !db.tables.some((t) => t.name === 'milestones')) return titles;
	const rows = await db.table('milestones').bulkGet(wanted);
	for (const row of rows as ({ id: string; title?: string } | undefined)[]) {
		if (row?.title) titles.set(row.id, row.title);
	}
	return titles;
}

export type Names = {
	me: string;
	learnerId: string;
	/** Words for people this device cannot name. */
	you: string;
	formerMentor: string;
	someone: string;
};

/**
 * A window of a conversation: the `count` newest messages before `before` (a
 * `created` value, not included; null = up to the newest), oldest first. Paging goes
 * through the index on (conversation, created) by key, never by counting through
 * the older ones, so a window deep in a conversation of 10,000 messages costs no more
 * than the newest.
 */
export async function conversationWindow(
	db: SammenDb,
	conversationId: string,
	before: string | null,
	count: number,
	names: Names
): Promise<ConversationWindow> {
	const upper = before === null ? Dexie.maxKey : before;
	const newestFirst = (await db
		.records('messages')
		.where('[conversation+created]')
		.between([conversationId, Dexie.minKey], [conversationId, upper], true, before === null)
		.reverse()
		.limit(count)
		.toArray()) as LocalMessage[];
	const messages = newestFirst.reverse();
	const oldest = messages[0]?.created;
	const [older, newer] = await Promise.all([
		oldest
			? db
					.records('messages')
					.where('[conversation+created]')
					.between([conversationId, Dexie.minKey], [conversationId, oldest], true, false)
					.first()
			: undefined,
		before === null ? undefined : atOrAfter(db, conversationId, before)
	]);
	const ids = messages.map((msg) => msg.id);
	const senderIds = [...new Set(messages.map((msg) => msg.sender).filter(Boolean))];
	const [ops, people, users, titles] = await Promise.all([
		ids.length ? db.outbox.where('recordId').anyOf(ids).toArray() : Promise.resolve([] as OutboxOp[]),
		db.records('people').bulkGet(senderIds),
		db.records('users').bulkGet(senderIds),
		milestoneTitles(db, messages.map((msg) => msg.milestone ?? ''))
	]);
	const nameById = new Map<string, string>();
	senderIds.forEach((id, i) => {
		const name = users[i]?.name || people[i]?.name;
		if (name) nameById.set(id, name);
	});
	const opsByRecord = new Map<string, OutboxOp[]>();
	for (const op of ops) opsByRecord.set(op.recordId, [...(opsByRecord.get(op.recordId) ?? []), op]);

	const items = messages.map((msg): MessageView => {
		const mine = msg.sender === names.me;
		const recordOps = opsByRecord.get(msg.id) ?? [];
		const failed = recordOps.find((op) => op.state !== 'pending');
		const pendingCreate = recordOps.find((op) => op.kind === 'create' && op.state === 'pending');
		const senderName = mine
			? names.you
			: (nameById.get(msg.sender ?? '') ??
				(!msg.sender ? names.someone : msg.sender === names.learnerId ? names.someone : names.formerMentor));
		return {
			id: msg.id,
			mine,
			senderName,
			text: msg.text ?? '',
			transcript: msg.transcript ?? '',
			created: msg.created ?? '',
			edited: Boolean(msg.editedAt),
			attachment: msg.attachment || null,
			voice: msg.voice || null,
			voiceSeconds: msg.voiceSeconds ?? 0,
			about: msg.milestone ? (titles.get(msg.milestone) ?? null) : null,
			state: failed ? 'failed' : pendingCreate ? 'pending' : msg.readAt ? 'read' : 'sent',
			error: failed?.error,
			failedSeq: failed?.seq,
			pendingCreateSeq: pendingCreate?.seq,
			changeWaiting: recordOps.some((op) => op.kind === 'update' && op.state === 'pending')
		};
	});
	return { items, hasOlder: Boolean(older), hasNewer: Boolean(newer) };
}

/** Is there a message at or after `created` (so newer than a window that ends before it)? */
function atOrAfter(db: SammenDb, conversationId: string, created: string) {
	return db
		.records('messages')
		.where('[conversation+created]')
		.between([conversationId, created], [conversationId, Dexie.maxKey], true, true)
		.first();
}

/**
 * Where a window must end to show the `page` messages after `newestShown` too: the
 * `created` of the first message beyond them, or null when they reach the newest.
 */
export async function boundAfter(db: SammenDb, conversationId: string, newestShown: string, page: number): Promise<string | null> {
	const next = await db
		.records('messages')
		.where('[conversation+created]')
		.between([conversationId, newestShown], [conversationId, Dexie.maxKey], false, true)
		.limit(page + 1)
		.toArray();
	return next.length > page ? (next[page]?.created ?? null) : null;
}

/** Messages to `me` in the conversation that are not read yet. */
export async function unreadFor(db: SammenDb, conversationId: string, me: string): Promise<string[]> {
	const unread = await db
		.records('messages')
		.where('[conversation+readAt]')
		.equals([conversationId, ''])
		.filter((msg) => msg.sender !== me)
		.primaryKeys();
	return unread;
}

// ------------------------------------------------------------------ the mentor's inbox

export type InboxEntry = {
	learnerId: string;
	name: string;
	unread: number;
	/** The newest message, if any. */
	last: { created: string; mine: boolean; text: string; kind: 'text' | 'voice' | 'photo' | 'file' } | null;
	/** Days the learner's last message has waited for an answer (0 when answered or none). */
	waitingDays: number;
	/** Waited more than 2 days. */
	unanswered: boolean;
};

const dayMs = 24 * 60 * 60 * 1000;

function kindOf(msg: LocalMessage): 'text' | 'voice' | 'photo' | 'file' {
	if (msg.voice) return 'voice';
	if (msg.attachment) {
		const name = typeof msg.attachment === 'string' ? msg.attachment : ((msg.attachment as File).name ?? '');
		const type = typeof msg.attachment === 'string' ? '' : msg.attachment.type;
		return type.startsWith('image/') || /\.(jpe?g|png|webp|gif)$/i.test(name) ? 'photo' : 'file';
	}
	return 'text';
}

/**
 * The mentor's conversations: every current learner, unread first, then the most
 * recent. A learner whose last message has waited more than 2 days is "unanswered".
 */
export async function inbox(db: SammenDb, mentorId: string, now = new Date()): Promise<InboxEntry[]> {
	const mentorships = (await db.records('mentorships').where('mentor').equals(mentorId).toArray()).filter((m) =>
		isCurrent(m, now)
	);
	const learnerIds = [...new Set(mentorships.map((m) => m.learner))];
	const entries = await Promise.all(
		learnerIds.map(async (learnerId): Promise<InboxEntry> => {
			const [name, unread, lastMessage] = await Promise.all([
				nameOf(db, learnerId),
				db
					.records('messages')
					.where('[conversation+readAt]')
					.equals([learnerId, ''])
					.filter((msg) => msg.sender !== mentorId)
					.count(),
				byConversation(db, learnerId).last() as Promise<LocalMessage | undefined>
			]);
			const last = lastMessage
				? {
						created: lastMessage.created ?? '',
						mine: lastMessage.sender === mentorId,
						text: lastMessage.text ?? '',
						kind: kindOf(lastMessage)
					}
				: null;
			const fromLearner = lastMessage && lastMessage.sender === learnerId;
			const waitedMs = fromLearner && last?.created ? now.getTime() - timeOf(last.created) : 0;
			return {
				learnerId,
				name,
				unread,
				last,
				waitingDays: Math.max(0, Math.floor(waitedMs / dayMs)),
				unanswered: waitedMs > 2 * dayMs
			};
		})
	);
	return entries.sort(
		(a, b) =>
			Number(b.unread > 0) - Number(a.unread > 0) ||
			(b.last?.created ?? '').localeCompare(a.last?.created ?? '') ||
			a.name.localeCompare(b.name, 'da')
	);
}
