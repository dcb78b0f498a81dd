// Quiet hours in Danish time, once for the push worker (lib/server/push/quiet-hours.ts) and
// the hooks that choose when to queue a push (the weekly check-in question).

/** Default quiet hours (Danish time), as the push worker's: 21 → 7. */
export const DEFAULT_QUIET_FROM = 21;
export const DEFAULT_QUIET_TO = 7;

/** 21 → 7 wraps midnight; equal hours mean no quiet hours. */
export function inQuietHours(hour: number, from: number, to: number): boolean {
	if (from === to) return false;
	return from > to ? hour >= from || hour < to : hour >= from && hour < to;
}

/** A person's quiet hours as the push worker reads them (never set: both 0 in PocketBase → defaults). */
export function quietHoursOf(user: { quietFrom?: number | null; quietTo?: number | null }): [number, number] {
	const valid = (v: number | null | undefined) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 23;
	if (!valid(user.quietFrom) || !valid(user.quietTo) || (user.quietFrom === 0 && user.quietTo === 0)) {
		return [DEFAULT_QUIET_FROM, DEFAULT_QUIET_TO];
	}
	return [user.quietFrom as number, user.quietTo as number];
}
