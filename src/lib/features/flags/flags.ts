// Queries over the local data for flags, their threads, ros, notes and the audit log.
// What each person has locally is already limited by the access rules; these only
// shape it. Every function is a plain function over the database, easy to test.
import { isCurrent } from '$lib/people/mentorship';
import type {
	AuditLogResponse,
	FlagCommentsResponse,
	FlagsResponse,
	KudosResponse,
	NotesResponse
} from '$lib/pb/types.gen';
import type { SammenDb } from '$lib/sync/db';

export type Named = { id: string; name: string };

/** A PocketBase date ("2026-11-22 10:00:00.000Z") or ISO string as a time; 0 when empty. */
export function timeOf(value: string | undefined | null): number {
	if (!value) return 0;
	const t = Date.parse(value.replace(' ', 'T'));
	return Number.isNaN(t) ? 0 : t;
}

/** Now in PocketBase's date format, for records made on the device. */
export function pbNow(now = new Date()): string {
	return now.toISOString().replace('T', ' ');
}

/** Whole days between two times (floor), never negative. */
export function daysBetween(from: number, to: number): number {
	return Math.max(0, Math.floor((to - from) / 86_400_000));
}

/** Whether the device has a local table (another feature's may not exist yet). */
export function hasTable(db: SammenDb, name: string): boolean {
	return db.tables.some((t) => t.name === name);
}

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

export const isOpen = (f: Pick<FlagsResponse, 'status'>) => f.status !== 'closed';

// ------------------------------------------------------------------ a flag with its parts

export type FlagView = FlagsResponse & {
	raisedByName: string;
	/** Flags by other teachers that joined this one (same learner and category). */
	joined: (FlagsResponse & { raisedByName: string })[];
	/** Urgent when it or any joined flag is urgent. */
	anyUrgent: boolean;
	staffComments: CommentView[];
	learnerComments: CommentView[];
};
export type CommentView = FlagCommentsResponse & { authorName: string };

/** All flags about one learner (as their mentor sees them), newest first, joined ones inside their first. */
export async function flagsOfLearner(db: SammenDb, learnerId: string): Promise<FlagView[]> {
	const [flags, comments] = await Promise.all([
		db.records('flags').where('learner').equals(learnerId).toArray(),
		db.records('flag_comments').where('learner').equals(learnerId).toArray()
	]);
	const names = await namesOf(db, [...flags.map((f) => f.raisedBy), ...comments.map((c) => c.author)]);
	return groupFlags(flags, comments, names);
}

export function groupFlags(
	flags: FlagsResponse[],
	comments: FlagCommentsResponse[],
	names: Map<string, string>
): FlagView[] {
	const byId = new Set(flags.map((f) => f.id));
	const primaries = flags.filter((f) => !f.joinedTo || !byId.has(f.joinedTo));
	const withName = (f: FlagsResponse) => ({ ...f, raisedByName: names.get(f.raisedBy) ?? '' });
	const threadOf = (flagId: string, thread: 'staff' | 'learner') =>
		comments
			.filter((c) => c.flag === flagId && c.thread === thread)
			.map((c) => ({ ...c, authorName: names.get(c.author) ?? '' }))
			.sort((a, b) => timeOf(a.created) - timeOf(b.created));
	return primaries
		.map((f) => {
			const joined = flags.filter((j) => j.joinedTo === f.id).map(withName);
			return {
				...withName(f),
				joined,
				anyUrgent: f.urgency === 'urgent' || joined.some((j) => j.urgency === 'urgent'),
				staffComments: [f, ...joined].flatMap((x) => threadOf(x.id, 'staff')).sort((a, b) => timeOf(a.created) - timeOf(b.created)),
				learnerComments: threadOf(f.id, 'learner')
			};
		})
		.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || timeOf(b.created) - timeOf(a.created));
}

// ------------------------------------------------------------------ the teacher

export type TeacherFlag = FlagsResponse & { learnerName: string; comments: CommentView[] };

/** The flags a teacher raised, open ones first, newest first. */
export async function flagsRaisedBy(db: SammenDb, teacherId: string): Promise<TeacherFlag[]> {
	const flags = await db.records('flags').where('raisedBy').equals(teacherId).toArray();
	const comments = await db
		.records('flag_comments')
		.where('flag')
		.anyOf(flags.map((f) => f.id))
		.toArray();
	const names = await namesOf(db, [...flags.map((f) => f.learner), ...comments.map((c) => c.author)]);
	return flags
		.map((f) => ({
			...f,
			learnerName: names.get(f.learner) ?? '',
			comments: comments
				.filter((c) => c.flag === f.id && c.thread === 'staff')
				.map((c) => ({ ...c, authorName: names.get(c.author) ?? '' }))
				.sort((a, b) => timeOf(a.created) - timeOf(b.created))
		}))
		.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || timeOf(b.created) - timeOf(a.created));
}

/** The learner ids a teacher has an open flag for (to mark them on the class list). */
export async function openFlagsByLearner(db: SammenDb, teacherId: string): Promise<Map<string, number>> {
	const flags = await db.records('flags').where('raisedBy').equals(teacherId).toArray();
	const counts = new Map<string, number>();
	for (const f of flags.filter(isOpen)) counts.set(f.learner, (counts.get(f.learner) ?? 0) + 1);
	return counts;
}

// ------------------------------------------------------------------ the learner

export type LearnerFlag = FlagsResponse & { mentorName: string; comments: CommentView[] };
export type KudosView = KudosResponse & { fromName: string };

/**
 * The flags the learner may see (acknowledged, not kept from them, not joined), with
 * their thread. The server sends only those; the filter here also covers a copy the
 * device still had from before the mentor changed it.
 */
export async function learnerFlags(db: SammenDb, learnerId: string): Promise<{ flags: LearnerFlag[]; kudos: KudosView[] }> {
	const [flags, comments, kudos, mentorships] = await Promise.all([
		db.records('flags').where('learner').equals(learnerId).toArray(),
		db.records('flag_comments').where('learner').equals(learnerId).toArray(),
		db.records('kudos').where('learner').equals(learnerId).toArray(),
		db.records('mentorships').where('learner').equals(learnerId).toArray()
	]);
	const visible = flags.filter((f) => f.status !== 'new' && !f.hiddenFromLearner && !f.joinedTo);
	const mentor = mentorships.find((m) => isCurrent(m))?.mentor;
	const names = await namesOf(db, [mentor, ...comments.map((c) => c.author), ...kudos.map((k) => k.from)]);
	return {
		flags: visible
			.map((f) => ({
				...f,
				mentorName: names.get(f.acknowledgedBy) ?? names.get(mentor ?? '') ?? '',
				comments: comments
					.filter((c) => c.flag === f.id && c.thread === 'learner')
					.map((c) => ({ ...c, authorName: names.get(c.author) ?? '' }))
					.sort((a, b) => timeOf(a.created) - timeOf(b.created))
			}))
			.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || timeOf(b.created) - timeOf(a.created)),
		kudos: kudos
			.map((k) => ({ ...k, fromName: names.get(k.from) ?? '' }))
			.sort((a, b) => timeOf(b.created) - timeOf(a.created))
	};
}

export type LookedEntry = {
	key: string;
	actorName: string;
	actorRole: string;
	kind: AuditLogResponse['kind'];
	/** The collections they read in this entry. */
	what: string[];
	/** The newest time in the entry. */
	at: string;
};

/**
 * "Who looked": the learner's audit rows, one entry per person and day (the sync engine
 * fetches often, and fifty rows for one mentor on one day say nothing more than one).
 */
export async function whoLooked(db: SammenDb, learnerId: string): Promise<LookedEntry[]> {
	const rows = await db.records('audit_log').where('learner').equals(learnerId).toArray();
	return groupAudit(rows);
}

export function groupAudit(rows: AuditLogResponse[]): LookedEntry[] {
	const entries = new Map<string, LookedEntry>();
	for (const row of rows.filter((r) => r.kind !== 'hide_flag')) {
		const day = row.created.slice(0, 10);
		const key = `${row.actor || row.actorName}|${row.kind}|${day}`;
		const entry = entries.get(key) ?? {
			key,
			actorName: row.actorName,
			actorRole: row.actorRole,
			kind: row.kind,
			what: [],
			at: row.created
		};
		if (row.collection && !entry.what.includes(row.collection)) entry.what.push(row.collection);
		if (timeOf(row.created) > timeOf(entry.at)) entry.at = row.created;
		entries.set(key, entry);
	}
	return [...entries.values()].sort((a, b) => timeOf(b.at) - timeOf(a.at));
}

// ------------------------------------------------------------------ notes and ros for the mentor

export type NoteView = NotesResponse & { authorName: string };

export async function notesOf(db: SammenDb, learnerId: string): Promise<NoteView[]> {
	const notes = await db.records('notes').where('learner').equals(learnerId).toArray();
	const names = await namesOf(db, notes.map((n) => n.author));
	return notes
		.map((n) => ({ ...n, authorName: names.get(n.author) ?? '' }))
		.sort((a, b) => timeOf(b.created) - timeOf(a.created));
}

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

// ------------------------------------------------------------------ the coordinator

export type EscalatedFlag = FlagsResponse & { learnerName: string; mentorName: string; mentorId: string };

/** Flags escalated to the coordinator that still wait for a mentor, oldest first. */
export async function escalatedFlags(db: SammenDb): Promise<EscalatedFlag[]> {
	const flags = (await db.records('flags').toArray()).filter((f) => f.escalatedAt && f.status === 'new');
	const mentorships = await db
		.records('mentorships')
		.where('learner')
		.anyOf(flags.map((f) => f.learner))
		.toArray();
	const mentorOf = new Map(mentorships.filter((m) => isCurrent(m)).map((m) => [m.learner, m.mentor]));
	const names = await namesOf(db, [...flags.map((f) => f.learner), ...mentorOf.values()]);
	return flags
		.map((f) => {
			const mentorId = mentorOf.get(f.learner) ?? '';
			return { ...f, learnerName: names.get(f.learner) ?? '', mentorId, mentorName: names.get(mentorId) ?? '' };
		})
		.sort((a, b) => timeOf(a.created) - timeOf(b.created));
}
