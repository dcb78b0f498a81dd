import { isOpen } from '$lib/features/flags/flags';
import { copenhagenDay, daysBetween, timeOf } from '$lib/domain/time';
import { isOverdue, type MilestoneFacts } from '$lib/features/plan/milestone-state';
import { isCurrent } from '$lib/domain/people';
import { checkinSignal } from '$lib/domain/checkins';
import type { FlagsResponse, UsersResponse } from '$lib/pb/types.gen';
import { hasTable, type SammenDb } from '$lib/sync/db';
import type { SyncedRecord } from '$lib/sync/types';

export type CaseloadEntry = { learner: UsersResponse; since: string };

/** The mentor's current learners, by name. */
export async function caseload(db: SammenDb, mentorId: string): Promise<CaseloadEntry[]> {
	const mentorships = (await db.records('mentorships').where('mentor').equals(mentorId).toArray()).filter((m) =>
		isCurrent(m)
	);
	const learners = await db.records('users').bulkGet(mentorships.map((m) => m.learner));
	return mentorships
		.flatMap((m, i) => {
			const learner = learners[i];
			return learner ? [{ learner, since: m.start }] : [];
		})
		.sort((a, b) => a.learner.name.localeCompare(b.learner.name, 'da'));
}

// ------------------------------------------------------------------ "I dag": who needs me today

/** "No contact for N days": the mentor's own setting, else this. */
export const defaultNoContactDays = 10;

export type MilestoneRef = { id: string; title: string };

export type Signals = {
	/** Messages from the learner the mentor has not read. */
	unreadMessages: number;
	/** Open flags (a flag others joined counts once). */
	openFlags: number;
	/** Open flags the mentor has not acknowledged yet. */
	newFlags: number;
	/** Open flags marked "haster" (by any teacher who joined). */
	urgentFlags: number;
	/** Days the oldest open flag has waited; null without open flags. */
	oldestFlagDays: number | null;
	/** Sent on to the coordinator because nobody acknowledged it. */
	escalatedFlags: number;
	/** Plan milestones not done whose day has passed. */
	overdueMilestones: number;
	/** Milestones the learner ticked that the mentor must confirm. */
	waitingMilestones: number;
	/** The milestone each of those two chips leads to: of those, the one with the earliest day. */
	firstWaiting: MilestoneRef | null;
	firstOverdue: MilestoneRef | null;
	/** Open requests for help ("Jeg har brug for hjælp"). */
	openHelpRequests: number;
	/** Days since the last message either way (since the mentorship began, if none). */
	daysSinceContact: number;
	/** daysSinceContact reached the mentor's limit. */
	noContact: boolean;
	/**
	 * "Hvordan går det?" says low (the kernel's checkinSignal: the newest mood 2 or less, or
	 * two falls in a row); absent when this device has no check-ins.
	 */
	lowCheckin?: 'low-mood' | 'falling' | null;
};

export type TodayEntry = {
	learnerId: string;
	name: string;
	since: string;
	signals: Signals;
	/** Higher is more urgent; 0 means on track. */
	score: number;
};

/**
 * How much a learner needs the mentor today. A low check-in ("Hvordan går det?") comes
 * first (the learner said so themselves), then flags nobody has acknowledged
 * (a teacher is waiting), then unread messages and help requests, then the plan and
 * silence. The weights only order the list; what is shown is the signals themselves.
 */
export function needScore(s: Signals): number {
	let score = 0;
	// a learner who says it is hard right now comes before everything else (issue 15)
	score += s.lowCheckin ? 5000 : 0;
	score += s.newFlags * 1000 + (s.newFlags > 0 && s.urgentFlags > 0 ? 1000 : 0);
	score += s.escalatedFlags * 500;
	score += s.unreadMessages > 0 ? 100 + Math.min(s.unreadMessages, 20) : 0;
	score += s.openHelpRequests * 80;
	score += (s.openFlags - s.newFlags) * 40 + (s.newFlags === 0 ? s.urgentFlags * 40 : 0);
	score += s.waitingMilestones > 0 ? 50 : 0;
	score += Math.min(s.overdueMilestones, 3) * 30;
	score += s.noContact ? 30 + Math.min(s.daysSinceContact, 60) : 0;
	return score;
}

export type Filter = 'all' | 'action' | 'ontrack';

export function applyFilter(entries: TodayEntry[], filter: Filter, search: string): TodayEntry[] {
	const words = search.trim().toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
	return entries.filter(
		(e) =>
			(filter === 'all' || (filter === 'action' ? e.score > 0 : e.score === 0)) &&
			words.every((w) => e.name.toLocaleLowerCase('da').includes(w))
	);
}

/** Rows of one of another feature's tables by an indexed field, or by a scan when it has no index (or no table). */
async function rowsWhere(db: SammenDb, table: string, field: string, values: string[]): Promise<SyncedRecord[]> {
	if (!hasTable(db, table) || values.length === 0) return [];
	const t = db.records(table);
	if (t.schema.indexes.some((i) => i.name === field)) return t.where(field).anyOf(values).toArray();
	const wanted = new Set(values);
	return t.filter((r) => wanted.has(String(r[field] ?? ''))).toArray();
}

/** Unread messages to `me` in these conversations, by conversation. */
async function unreadByConversation(db: SammenDb, conversations: string[], me: string): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	if (!hasTable(db, 'messages') || conversations.length === 0) return counts;
	const t = db.records('messages');
	const compound = t.schema.indexes.some((i) => i.name === '[conversation+readAt]');
	const unread = compound
		? await t
				.where('[conversation+readAt]')
				.anyOf(conversations.map((c) => [c, '']))
				.toArray()
		: (await rowsWhere(db, 'messages', 'conversation', conversations)).filter((m) => !m.readAt);
	for (const m of unread) {
		if (m.sender === me || m.readAt) continue;
		const c = String(m.conversation);
		counts.set(c, (counts.get(c) ?? 0) + 1);
	}
	return counts;
}

/** The newest message time per conversation (for conversations without lastMessageAt). */
async function lastMessageAt(db: SammenDb, conversations: string[]): Promise<Map<string, number>> {
	const last = new Map<string, number>();
	if (!hasTable(db, 'messages') || conversations.length === 0) return last;
	const t = db.records('messages');
	if (t.schema.indexes.some((i) => i.name === '[conversation+created]')) {
		await Promise.all(
			conversations.map(async (c) => {
				const newest = await t
					.where('[conversation+created]')
					.between([c, ''], [c, '\uffff'])
					.last();
				if (newest) last.set(c, timeOf(String(newest.created ?? '')));
			})
		);
		return last;
	}
	for (const m of await rowsWhere(db, 'messages', 'conversation', conversations)) {
		const c = String(m.conversation);
		last.set(c, Math.max(last.get(c) ?? 0, timeOf(String(m.created ?? ''))));
	}
	return last;
}

export type TodayOptions = { now?: Date; noContactDays?: number };

/**
 * "I dag": the mentor's current learners with their signals, the most in need first.
 * Reads only the device's tables; the plan's, messages' and help requests' tables are
 * used when this device has them.
 */
export async function caseloadToday(db: SammenDb, mentorId: string, options: TodayOptions = {}): Promise<TodayEntry[]> {
	const now = options.now ?? new Date();
	const limit = options.noContactDays && options.noContactDays > 0 ? options.noContactDays : defaultNoContactDays;
	const mentorships = (await db.records('mentorships').where('mentor').equals(mentorId).toArray()).filter((m) =>
		isCurrent(m, now)
	);
	const ids = [...new Set(mentorships.map((m) => m.learner))];
	if (ids.length === 0) return [];

	const [users, people, flags, comments, conversations, milestones, helpRequests, checkins] = await Promise.all([
		db.records('users').bulkGet(ids),
		db.records('people').bulkGet(ids),
		db.records('flags').where('learner').anyOf(ids).toArray(),
		db.records('flag_comments').where('learner').anyOf(ids).toArray(),
		rowsWhere(db, 'conversations', 'learner', ids),
		rowsWhere(db, 'milestones', 'learner', ids),
		rowsWhere(db, 'help_requests', 'learner', ids),
		rowsWhere(db, 'checkins', 'learner', ids)
	]);
	const conversationOf = new Map(conversations.map((c) => [String(c.learner), c]));
	const conversationIds = conversations.map((c) => c.id);
	const [unread, lastMessages] = await Promise.all([
		unreadByConversation(db, conversationIds, mentorId),
		lastMessageAt(db, conversations.filter((c) => !c.lastMessageAt).map((c) => c.id))
	]);
	const today = now.getTime();

	return ids
		.map((learnerId, i) => {
			const mentorship = mentorships.find((m) => m.learner === learnerId);
			const name = users[i]?.name ?? people[i]?.name ?? '';
			const theirFlags = flags.filter((f) => f.learner === learnerId);
			const conversation = conversationOf.get(learnerId);
			const lastContact = Math.max(
				timeOf(String(conversation?.lastMessageAt ?? '')),
				conversation ? (lastMessages.get(conversation.id) ?? 0) : 0,
				// talking about a flag is contact too
				...comments
					.filter((c) => c.learner === learnerId && c.thread === 'learner')
					.map((c) => timeOf(c.created)),
				timeOf(mentorship?.start)
			);
			const daysSinceContact = lastContact ? daysBetween(lastContact, today) : 0;
			const theirs = milestones.filter((s) => s.learner === learnerId).sort(byDue);
			// the plan's own rule: not done and its Danish day has passed
			const overdue = theirs.filter((s) => isOverdue(s as unknown as MilestoneFacts, copenhagenDay(today)));
			const waiting = theirs.filter((s) => s.status === 'waiting');
			const signals: Signals = {
				...flagSignals(theirFlags, today),
				unreadMessages: conversation ? (unread.get(conversation.id) ?? 0) : 0,
				overdueMilestones: overdue.length,
				waitingMilestones: waiting.length,
				firstOverdue: refOf(overdue[0]),
				firstWaiting: refOf(waiting[0]),
				openHelpRequests: helpRequests.filter(
					(h) => h.learner === learnerId && (h.status === 'open' || h.status === 'in_progress')
				).length,
				daysSinceContact,
				noContact: daysSinceContact >= limit,
				lowCheckin:
					checkinSignal(
						checkins.filter((c) => c.learner === learnerId).map((c) => ({ week: String(c.week ?? ''), mood: Number(c.mood ?? 0) }))
					)?.reason ?? null
			};
			return { learnerId, name, since: mentorship?.start ?? '', signals, score: needScore(signals) };
		})
		.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'da'));
}

type MilestoneRow = { id: string; title?: unknown; due?: unknown };
const byDue = (a: MilestoneRow, b: MilestoneRow) => String(a.due ?? '').localeCompare(String(b.due ?? ''));
const refOf = (s: MilestoneRow | undefined): MilestoneRef | null => (s ? { id: s.id, title: String(s.title ?? '') } : null);

/** The flag part of the signals: joined flags count once, but make the first urgent. */
export function flagSignals(flags: FlagsResponse[], today: number) {
	const ids = new Set(flags.map((f) => f.id));
	const open = flags.filter(isOpen);
	const primaries = open.filter((f) => !f.joinedTo || !ids.has(f.joinedTo));
	const urgent = primaries.filter(
		(p) => p.urgency === 'urgent' || open.some((j) => j.joinedTo === p.id && j.urgency === 'urgent')
	);
	const oldest = primaries.length ? Math.min(...primaries.map((f) => timeOf(f.created) || today)) : null;
	return {
		openFlags: primaries.length,
		newFlags: primaries.filter((f) => f.status === 'new').length,
		urgentFlags: urgent.length,
		oldestFlagDays: oldest === null ? null : daysBetween(oldest, today),
		escalatedFlags: primaries.filter((f) => f.status === 'new' && f.escalatedAt).length
	};
}
