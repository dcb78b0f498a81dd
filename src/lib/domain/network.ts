// Fællesskab (issue 14): rules the app and the PocketBase hooks share (bundled into
// pb_hooks/lib/kernel.gen.js; the migration builds its edit window from EDIT_WINDOW_MINUTES).
import { copenhagenDay, copenhagenOffsetMinutes, timeOf } from './time';

/** How long the author may change or take back their own words (messages and posts alike). */
export const EDIT_WINDOW_MINUTES = 15;

/** Whether something written at `created` may still be changed by its author. */
export function withinEditWindow(created: string, now: Date | number = new Date()): boolean {
	const at = timeOf(created);
	return Number.isFinite(at) && +now - at < EDIT_WINDOW_MINUTES * 60 * 1000;
}

/** The name shown in the network by default: first name and the last name's initial ("Lisbeth M."). */
export function networkDisplayName(name: string): string {
	const parts = name.trim().split(/\s+/).filter(Boolean);
	if (parts.length === 0) return '';
	if (parts.length === 1) return parts[0]!;
	return `${parts[0]} ${parts[parts.length - 1]![0]!.toUpperCase()}.`;
}

/** Kinds of private data a post should not carry: the app warns before it is posted. */
export type PrivateKind = 'cpr' | 'phone' | 'email';

// A CPR number: six digits of a date, then four (with or without a dash or space).
const CPR = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?!\d)/;
// A Danish phone number: eight digits, maybe in pairs or fours, maybe with +45 / 0045.
const PHONE = /(?<![\d-])(?:(?:\+|00)45[\s-]?)?(?:\d{2}[\s-]?){3}\d{2}(?![\d-])/;
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;

/**
 * What in `text` looks like private data (a CPR number, a phone number, an e-mail),
 * so the app can ask "Vil du virkelig dele det?" before posting. A warning, never a
 * refusal: a shop's phone number is fine to share.
 */
export function looksPrivate(text: string): PrivateKind[] {
	const found: PrivateKind[] = [];
	const cpr = CPR.test(text);
	if (cpr) found.push('cpr');
	// a CPR number is ten digits, never also a phone number
	if (PHONE.test(cpr ? text.replace(CPR, ' ') : text)) found.push('phone');
	if (EMAIL.test(text)) found.push('email');
	return found;
}

/** The same check over several fields (an event's title, place and description): each alone, so digits never join across fields. */
export function looksPrivateInAny(texts: string[]): PrivateKind[] {
	const found = new Set(texts.flatMap((t) => looksPrivate(t)));
	return (['cpr', 'phone', 'email'] as const).filter((k) => found.has(k));
}

/**
 * Posting limits for new members (Discourse's "new user" limits): in their first
 * NEW_MEMBER_DAYS in the network a learner writes at most NEW_MEMBER_POSTS_PER_DAY posts
 * and replies in 24 hours, so a new account cannot flood a group. Staff take part as
 * themselves and are not limited. The hook refuses (`validation_new_member_limit`); the
 * composer says so before they try.
 */
export const NEW_MEMBER_DAYS = 3;
export const NEW_MEMBER_POSTS_PER_DAY = 5;
const HOURS_24 = 24 * 60 * 60 * 1000;

export type PostingAllowance = {
	/** Still a new member (the limit holds). */
	limited: boolean;
	/** Posts and replies left now (Infinity when not limited). */
	left: number;
	/** When one more may be written, when none are left (null otherwise): the oldest counted post + 24 hours. */
	nextAt: number | null;
};

/**
 * How many posts a person may still write now. `joined` is their network profile's
 * `created`; `written` the `created` of their posts and replies (any status, also hidden).
 */
export function postingAllowance(role: string, joined: string, written: string[], now: Date | number = new Date()): PostingAllowance {
	const t = +now;
	const joinedAt = timeOf(joined);
	const isNew = role === 'learner' && (!Number.isFinite(joinedAt) || t - joinedAt < NEW_MEMBER_DAYS * HOURS_24);
	if (!isNew) return { limited: false, left: Infinity, nextAt: null };
	const recent = written
		.map(timeOf)
		.filter((at) => Number.isFinite(at) && t - at < HOURS_24)
		.sort((a, b) => a - b);
	const left = Math.max(0, NEW_MEMBER_POSTS_PER_DAY - recent.length);
	const nextAt = left === 0 ? recent[recent.length - NEW_MEMBER_POSTS_PER_DAY]! + HOURS_24 : null;
	return { limited: true, left, nextAt };
}

/** The hook's plain Danish when the limit is reached: "… Du kan skrive igen i morgen kl. 9.05." */
export function newMemberLimitMessage(nextAt: number | null, now: Date | number = new Date()): string {
	const first = `Som ny i fællesskabet kan du skrive ${NEW_MEMBER_POSTS_PER_DAY} opslag og svar i døgnet de første ${NEW_MEMBER_DAYS} dage.`;
	if (nextAt === null) return first;
	const clock = new Date(nextAt + copenhagenOffsetMinutes(nextAt) * 60_000);
	const time = `${clock.getUTCHours()}.${String(clock.getUTCMinutes()).padStart(2, '0')}`;
	const tomorrow = copenhagenDay(nextAt) !== copenhagenDay(now);
	return `${first} Du kan skrive igen ${tomorrow ? 'i morgen ' : ''}kl. ${time}.`;
}
