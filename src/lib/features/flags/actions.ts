// Writing flags and their comments: always through the sync engine, so each works
// offline and is sent once. The checks here mirror the access rules and hooks, so a
// person sees a clear message at once instead of a refusal later.
import type {
	FlagCommentsThreadOptions,
	FlagsCategoryOptions,
	FlagsOutcomeOptions,
	FlagsResponse,
	FlagsUrgencyOptions
} from '$lib/pb/types.gen';
import { sync } from '$lib/sync/engine.svelte';
import { pbDate } from '$lib/domain/time';

export const limits = { learnerText: 1000, staffNote: 1000, thread: 2000, outcomeNote: 500, hiddenReason: 1000 } as const;

type Me = { id: string; school: string };

/** What the teacher writes with a flag: for the learner's eyes, and only for the mentor's. */
export type FlagWords = { learnerText: string; staffNote: string };

/**
 * Raises a flag. The words only for the mentor go in their own collection, which the
 * learner has no rule to read (docs/ARCHITECTURE.md); the outbox sends the flag first.
 */
export async function raiseFlag(
	me: Me,
	learner: string,
	category: FlagsCategoryOptions,
	urgency: FlagsUrgencyOptions,
	words: FlagWords
): Promise<string> {
	const created = pbDate();
	const flag = await sync.create('flags', {
		learner,
		school: me.school,
		raisedBy: me.id,
		category,
		urgency,
		learnerText: words.learnerText.trim(),
		status: 'new',
		created
	});
	const staffNote = words.staffNote.trim();
	if (staffNote) await sync.create('flag_staff_notes', { flag, learner, author: me.id, body: staffNote, created });
	return flag;
}

/** A teacher takes back a flag they just raised (allowed while the mentor has not seen it). */
export async function takeBackFlag(flagId: string) {
	await sync.remove('flags', flagId);
}

/** The mentor has seen it; hiding it from the learner at the same time needs a reason. */
export async function acknowledgeFlag(flag: FlagsResponse, hiddenReason?: string) {
	const change: Record<string, unknown> = { status: 'acknowledged' };
	if (hiddenReason !== undefined) Object.assign(change, { hiddenFromLearner: true, hiddenReason: hiddenReason.trim() });
	await sync.update('flags', flag.id, change);
}

export async function startFlag(flag: FlagsResponse) {
	await sync.update('flags', flag.id, { status: 'in_progress' });
}

export async function closeFlag(flag: FlagsResponse, outcome: FlagsOutcomeOptions, outcomeNote: string) {
	await sync.update('flags', flag.id, { status: 'closed', outcome, outcomeNote: outcomeNote.trim() });
}

export async function hideFlag(flag: FlagsResponse, reason: string) {
	await sync.update('flags', flag.id, { hiddenFromLearner: true, hiddenReason: reason.trim() });
}

export async function showFlag(flag: FlagsResponse) {
	await sync.update('flags', flag.id, { hiddenFromLearner: false, hiddenReason: '' });
}

export async function addComment(
	me: { id: string },
	flag: Pick<FlagsResponse, 'id' | 'learner'>,
	thread: FlagCommentsThreadOptions,
	body: string
) {
	return sync.create('flag_comments', {
		flag: flag.id,
		learner: flag.learner,
		author: me.id,
		thread,
		body: body.trim(),
		created: pbDate()
	});
}
