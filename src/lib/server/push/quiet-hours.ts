// When may a notification be pushed? Levels (all / important / none) and quiet
// hours in Danish time; important ones wait for the morning, others are skipped
// (they are still in the app).

export type NotifyLevel = 'all' | 'important' | 'none';
export type Importance = 'normal' | 'important';
export type Recipient = { notifyLevel?: string; quietFrom?: number | null; quietTo?: number | null };

/** `reason` is stored on the notification, so the person reads it: plain Danish. */
export type Decision = { action: 'send' } | { action: 'skip'; reason: string } | { action: 'wait'; until: Date };

import { DEFAULT_QUIET_FROM, DEFAULT_QUIET_TO, inQuietHours } from '$lib/domain/quiet-hours';
import { copenhagenHour } from '$lib/domain/time';

// Once in the kernel: the hooks choose with the same rule when to queue a push.
export { copenhagenHour, inQuietHours };
export const defaultQuietFrom = DEFAULT_QUIET_FROM;
export const defaultQuietTo = DEFAULT_QUIET_TO;

/** The next whole hour at which Copenhagen's clock shows `to` (DST-safe). */
export function endOfQuietHours(now: Date, to: number): Date {
	const next = new Date(now);
	next.setUTCMinutes(0, 0, 0);
	for (let i = 0; i < 26; i++) {
		next.setTime(next.getTime() + 3600_000);
		if (copenhagenHour(next) === to) return next;
	}
	return new Date(now.getTime() + 12 * 3600_000);
}

function hourOr(value: number | null | undefined, fallback: number): number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 23 ? value : fallback;
}

export function decide(importance: Importance, user: Recipient, now = new Date()): Decision {
	const level = (user.notifyLevel || 'all') as NotifyLevel;
	if (level === 'none') return { action: 'skip', reason: 'Du har slået beskeder fra.' };
	if (level === 'important' && importance !== 'important') return { action: 'skip', reason: 'Du får kun de vigtige beskeder.' };
	const from = hourOr(user.quietFrom, defaultQuietFrom);
	const to = hourOr(user.quietTo, defaultQuietTo);
	// A user who never set quiet hours has both fields 0 in PocketBase: use the defaults.
	const [qFrom, qTo] = user.quietFrom === 0 && user.quietTo === 0 ? [defaultQuietFrom, defaultQuietTo] : [from, to];
	if (!inQuietHours(copenhagenHour(now), qFrom, qTo)) return { action: 'send' };
	if (importance === 'important') return { action: 'wait', until: endOfQuietHours(now, qTo) };
	return { action: 'skip', reason: 'Den kom i dine stille timer. Du kan se den i appen.' };
}
