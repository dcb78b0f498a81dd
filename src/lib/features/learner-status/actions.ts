// Setting a learner's status: a new row through the outbox (works offline); the server
// stamps who set it and the school.
import { sync } from '$lib/sync/engine.svelte';

export type NewStatus = {
	status: 'active' | 'leave' | 'completed' | 'stopped';
	/** Calendar days, "2026-03-03". */
	from: string;
	certificateDate?: string;
	stopReason?: string;
	note?: string;
};

const stored = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day} 00:00:00.000Z` : '');

export function setStatus(learner: string, s: NewStatus) {
	return sync.create('learner_status', {
		learner,
		status: s.status,
		from: stored(s.from),
		certificateDate: s.status === 'completed' ? stored(s.certificateDate ?? '') : '',
		stopReason: s.status === 'stopped' ? (s.stopReason ?? '') : '',
		note: (s.note ?? '').trim()
	});
}
