// The mentor's page about one learner: signals, plan progress, the conversation's
// latest messages, open help requests, flags with their threads, notes, ros, and a timeline of what happened.
import { flagsOfLearner, type FlagView } from '$lib/features/flags/flags';
import { kudosOf, type KudosView } from '$lib/features/kudos/kudos';
import { notesOf, type NoteView } from '$lib/features/notes/notes';
import { copenhagenDay, timeOf } from '$lib/domain/time';
import { isOverdue, learnerCanAct, type MilestoneFacts } from '$lib/features/plan/milestone-state';
import { namesOf } from '$lib/people/names';
import { isCurrent } from '$lib/domain/people';
import type { FlagsOutcomeOptions, HelpRequestsResponse } from '$lib/pb/types.gen';
import { hasTable, type SammenDb } from '$lib/sync/db';
import type { SyncedRecord } from '$lib/sync/types';
import { caseloadToday, type Signals } from './caseload';

export type PlanProgress = {
	done: number;
	total: number;
	overdue: { id: string; title: string; due: string }[];
	waiting: { id: string; title: string }[];
	next: { id: string; title: string; due: string } | null;
};

export type RecentMessage = { id: string; mine: boolean; text: string; created: string; unread: boolean };

export type TimelineItem = {
	key: string;
	at: string;
	kind:
		| 'mentorship'
		| 'flag-raised'
		| 'flag-acknowledged'
		| 'flag-closed'
		| 'escalated'
		| 'handover'
		| 'note'
		| 'kudos'
		| 'milestone-done'
		| 'help-request';
	/** Who or what, for the words: a category, an outcome, a name, a title. */
	text: string;
	detail?: string;
	outcome?: FlagsOutcomeOptions;
};

export type LearnerPage = {
	id: string;
	name: string;
	since: string;
	signals: Signals | null;
	plan: PlanProgress | null;
	messages: RecentMessage[];
	flags: FlagView[];
	/** Open and in-progress help requests, newest first (what "beder om hjælp" leads to). */
	helpRequests: HelpRequestsResponse[];
	notes: NoteView[];
	kudos: KudosView[];
	timeline: TimelineItem[];
};

async function rows(db: SammenDb, table: string, field: string, value: string): Promise<SyncedRecord[]> {
	if (!hasTable(db, table)) return [];
	const t = db.records(table);
	if (t.schema.indexes.some((i) => i.name === field)) return t.where(field).equals(value).toArray();
	return t.filter((r) => r[field] === value).toArray();
}

function planProgress(milestones: SyncedRecord[], now: number): PlanProgress | null {
	if (milestones.length === 0) return null;
	const str = (v: unknown) => (typeof v === 'string' ? v : '');
	const byDue = [...milestones].sort((a, b) => timeOf(str(a.due)) - timeOf(str(b.due)) || Number(a.order ?? 0) - Number(b.order ?? 0));
	const todo = byDue.filter((s) => s.status === 'todo');
	// the learner's next is one they can act on, as on their own home
	const next = todo.find((s) => learnerCanAct(s as unknown as MilestoneFacts));
	return {
		// as the learner's own "3 af 8": merit does not count
		done: milestones.filter((s) => s.status === 'done').length,
		total: milestones.filter((s) => s.status !== 'merit').length,
		overdue: todo
			.filter((s) => isOverdue(s as unknown as MilestoneFacts, copenhagenDay(now)))
			.map((s) => ({ id: s.id, title: str(s.title), due: str(s.due) })),
		waiting: milestones.filter((s) => s.status === 'waiting').map((s) => ({ id: s.id, title: str(s.title) })),
		next: next ? { id: next.id, title: str(next.title), due: str(next.due) } : null
	};
}

/** Everything the mentor sees about one of their current learners; null if not theirs. */
export async function learnerPage(db: SammenDb, mentorId: string, learnerId: string, now = new Date()): Promise<LearnerPage | null> {
	const mentorship = (await db.records('mentorships').where('learner').equals(learnerId).toArray()).find(
		(m) => m.mentor === mentorId && isCurrent(m, now)
	);
	if (!mentorship) return null;
	const today = now.getTime();
	const conversation = (await rows(db, 'conversations', 'learner', learnerId))[0];
	const [user, names, entries, flags, notes, kudos, timeline, milestones, messages, helpRequests] = await Promise.all([
		db.records('users').get(learnerId),
		namesOf(db, [learnerId]),
		caseloadToday(db, mentorId, { now, noContactDays: (await db.records('users').get(mentorId))?.noContactDays }),
		flagsOfLearner(db, learnerId),
		notesOf(db, learnerId),
		kudosOf(db, learnerId),
		db.records('timeline').where('learner').equals(learnerId).toArray(),
		rows(db, 'milestones', 'learner', learnerId),
		conversation ? rows(db, 'messages', 'conversation', conversation.id) : Promise.resolve([]),
		rows(db, 'help_requests', 'learner', learnerId)
	]);
	const str = (v: unknown) => (typeof v === 'string' ? v : '');
	const recent = messages
		.sort((a, b) => timeOf(str(a.created)) - timeOf(str(b.created)))
		.slice(-3)
		.map((msg) => ({
			id: msg.id,
			mine: msg.sender === mentorId,
			text: str(msg.text) || str(msg.transcript),
			created: str(msg.created),
			unread: msg.sender !== mentorId && !msg.readAt
		}));

	const items: TimelineItem[] = [{ key: `m-${mentorship.id}`, at: mentorship.start, kind: 'mentorship', text: '' }];
	for (const f of flags.flatMap((p) => [p, ...p.joined])) {
		items.push({ key: `fr-${f.id}`, at: f.created, kind: 'flag-raised', text: f.category, detail: f.raisedByName });
		if (f.joinedTo) continue;
		if (f.acknowledgedAt) items.push({ key: `fa-${f.id}`, at: f.acknowledgedAt, kind: 'flag-acknowledged', text: f.category });
		if (f.closedAt) {
			items.push({ key: `fc-${f.id}`, at: f.closedAt, kind: 'flag-closed', text: f.category, outcome: f.outcome || undefined });
		}
	}
	for (const t of timeline) items.push({ key: `t-${t.id}`, at: t.created, kind: t.kind, text: t.text });
	for (const n of notes) items.push({ key: `n-${n.id}`, at: n.created, kind: 'note', text: n.authorName });
	for (const k of kudos) items.push({ key: `k-${k.id}`, at: k.created, kind: 'kudos', text: k.fromName, detail: k.message });
	for (const s of milestones.filter((s) => s.status === 'done' && s.doneAt)) {
		items.push({ key: `s-${s.id}`, at: str(s.doneAt), kind: 'milestone-done', text: str(s.title) });
	}
	for (const h of helpRequests) items.push({ key: `h-${h.id}`, at: str(h.created), kind: 'help-request', text: str(h.area) });

	return {
		id: learnerId,
		name: user?.name ?? names.get(learnerId) ?? '',
		since: mentorship.start,
		signals: entries.find((e) => e.learnerId === learnerId)?.signals ?? null,
		plan: planProgress(milestones, today),
		messages: recent,
		flags,
		helpRequests: (helpRequests as HelpRequestsResponse[])
			.filter((h) => h.status !== 'solved')
			.sort((a, b) => (b.created || '9999').localeCompare(a.created || '9999')),
		notes,
		kudos,
		timeline: items.filter((i) => i.at).sort((a, b) => timeOf(b.at) - timeOf(a.at))
	};
}
