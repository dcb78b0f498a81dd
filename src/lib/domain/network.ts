// Fællesskab (issue 14): rules the app and the PocketBase hooks share (bundled into
// pb_hooks/lib/kernel.gen.js; the migration builds its edit window from EDIT_WINDOW_MINUTES).
import { timeOf } from './time';

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
