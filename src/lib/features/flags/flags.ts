// Queries over the local data for flags and their threads. What each person has
// locally is already limited by the access rules; these only shape it. Every
// function is a plain function over the database, easy to test.
import { timeOf } from '$lib/domain/time';
import type { FlagCommentsResponse, FlagStaffNotesResponse, FlagsResponse } from '$lib/pb/types.gen';
import { isCurrent } from '$lib/domain/people';
import { namesOf } from '$lib/people/names';
import type { SammenDb } from '$lib/sync/db';

export const isOpen = (f: Pick<FlagsResponse, 'status'>) => f.status !== 'closed';

// ------------------------------------------------------------------ a flag with its parts

/** A flag with its teacher's name and the teacher's words only for the mentor ('' when none). */
export type RaisedFlag = FlagsResponse & { raisedByName: string; staffNote: string };

export type FlagView = RaisedFlag & {
	/** Flags by other teachers that joined this one (same learner and category). */
	joined: RaisedFlag[];
	/** Urgent when it or any joined flag is urgent. */
	anyUrgent: boolean;
	staffComments: CommentView[];
	learnerComments: CommentView[];
};
export type CommentView = FlagCommentsResponse & { authorName: string };

/** All flags about one learner (as their mentor sees them), newest first, joined ones inside their first. */
export async function flagsOfLearner(db: SammenDb, learnerId: string): Promise<FlagView[]> {
	const [flags, comments, staffNotes] = await Promise.all([
		db.records('flags').where('learner').equals(learnerId).toArray(),
		db.records('flag_comments').where('learner').equals(learnerId).toArray(),
		db.records('flag_staff_notes').where('learner').equals(learnerId).toArray()
	]);
	const names = await namesOf(db, [...flags.map((f) => f.raisedBy), ...comments.map((c) => c.author)]);
	return groupFlags(flags, comments, names, staffNotes);
}

/** The body of each flag's note for the mentor, by flag id. */
const staffNoteByFlag = (notes: FlagStaffNotesResponse[]) => new Map(notes.map((n) => [n.flag, n.body]));

export function groupFlags(
	flags: FlagsResponse[],
	comments: FlagCommentsResponse[],
	names: Map<string, string>,
	staffNotes: FlagStaffNotesResponse[] = []
): FlagView[] {
	const byId = new Set(flags.map((f) => f.id));
	const primaries = flags.filter((f) => !f.joinedTo || !byId.has(f.joinedTo));
	const notes = staffNoteByFlag(staffNotes);
	const withName = (f: FlagsResponse): RaisedFlag => ({ ...f, raisedByName: names.get(f.raisedBy) ?? '', staffNote: notes.get(f.id) ?? '' });
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

export type TeacherFlag = FlagsResponse & { learnerName: string; staffNote: string; comments: CommentView[] };

/** The flags a teacher raised, open ones first, newest first. */
export async function flagsRaisedBy(db: SammenDb, teacherId: string): Promise<TeacherFlag[]> {
	const flags = await db.records('flags').where('raisedBy').equals(teacherId).toArray();
	const ids = flags.map((f) => f.id);
	const [comments, staffNotes] = await Promise.all([
		db.records('flag_comments').where('flag').anyOf(ids).toArray(),
		db.records('flag_staff_notes').where('flag').anyOf(ids).toArray()
	]);
	const notes = staffNoteByFlag(staffNotes);
	const names = await namesOf(db, [...flags.map((f) => f.learner), ...comments.map((c) => c.author)]);
	return flags
		.map((f) => ({
			...f,
			learnerName: names.get(f.learner) ?? '',
			staffNote: notes.get(f.id) ?? '',
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

/**
 * The flags the learner may see (acknowledged, not kept from them, not joined), with
 * their thread. The server sends only those; the filter here also covers a copy the
 * device still had from before the mentor changed it.
 */
export async function learnerFlags(db: SammenDb, learnerId: string): Promise<LearnerFlag[]> {
	const [flags, comments, mentorships] = await Promise.all([
		db.records('flags').where('learner').equals(learnerId).toArray(),
		db.records('flag_comments').where('learner').equals(learnerId).toArray(),
		db.records('mentorships').where('learner').equals(learnerId).toArray()
	]);
	const visible = flags.filter((f) => f.status !== 'new' && !f.hiddenFromLearner && !f.joinedTo);
	const mentor = mentorships.find((m) => isCurrent(m))?.mentor;
	const names = await namesOf(db, [mentor, ...comments.map((c) => c.author)]);
	return visible
		.map((f) => ({
			...f,
			mentorName: names.get(f.acknowledgedBy) ?? names.get(mentor ?? '') ?? '',
			comments: comments
				.filter((c) => c.flag === f.id && c.thread === 'learner')
				.map((c) => ({ ...c, authorName: names.get(c.author) ?? '' }))
				.sort((a, b) => timeOf(a.created) - timeOf(b.created))
		}))
		.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || timeOf(b.created) - timeOf(a.created));
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
