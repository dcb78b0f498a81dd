// PocketBase writes dates as "2026-11-22 10:00:00.000Z" (a space, not ISO's "T").
// These turn them into times and back, for records made on the device.

/** A PocketBase date or ISO string as a time; 0 when empty or unreadable. */
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
