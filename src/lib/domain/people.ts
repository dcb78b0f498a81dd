// People for the app and the PocketBase hooks alike (bundled into pb_hooks/lib/kernel.gen.js).
import { timeOf } from './time';

/** The fields of a mentorship row these rules read (a local record, or a hook's plain copy). */
export type MentorshipRow = { learner?: string; mentor: string; start?: string; end?: string };

/**
 * A mentorship is current while it has no end or ends in the future: the same meaning as
 * in the access rules (`end = '' || end > @now`).
 */
export function isCurrent(m: { end?: string }, now: Date | number = new Date()): boolean {
	return !m.end || timeOf(m.end) > +now;
}

/** The current ones of some mentorship rows, the latest started first. */
export function currentMentorships<T extends MentorshipRow>(rows: readonly T[], now: Date | number = new Date()): T[] {
	return rows
		.filter((m) => isCurrent(m, now))
		.sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? 1 : (a.start ?? '') > (b.start ?? '') ? -1 : 0));
}

/** The current mentor(s) of a learner from their mentorship rows (normally one), the latest first. */
export function currentMentorIds(rows: readonly MentorshipRow[], now: Date | number = new Date()): string[] {
	const ids = currentMentorships(rows, now).map((m) => m.mentor);
	return ids.filter((id, i) => id && ids.indexOf(id) === i);
}

/** A person's name as shown (trimmed; "" when there is none). */
export function displayName(person: { name?: string } | null | undefined): string {
	return (person?.name ?? '').trim();
}

/** The first name, for short lines ("Sarah: 2 forsinket"). */
export function firstName(name: string): string {
	return name.trim().split(/\s+/)[0] ?? '';
}
