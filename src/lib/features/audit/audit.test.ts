// "Who looked": the learner's audit rows grouped per person, kind and day.
import { describe, expect, it } from 'vitest';
import type { AuditLogResponse } from '$lib/pb/types.gen';
import { groupAudit } from './audit';

describe('who looked', () => {
	const row = (id: string, data: Partial<AuditLogResponse>) =>
		({ id, learner: 'sarah', actor: 'mentor', actorName: 'Karen Møller', actorRole: 'mentor', kind: 'read', collection: 'flags', count: 1, detail: '', created: '2026-11-20 10:00:00.000Z', ...data }) as AuditLogResponse;
	it('one entry per person, kind and day; never the reasons a flag was hidden', () => {
		const entries = groupAudit([
			row('a', {}),
			row('b', { collection: 'notes', created: '2026-11-20 15:00:00.000Z' }),
			row('c', { created: '2026-11-21 09:00:00.000Z' }),
			row('d', { kind: 'hide_flag', detail: 'hemmeligt' }),
			row('e', { actor: 'anne', actorName: 'Anne Vinther', actorRole: 'coordinator', kind: 'handover', collection: 'notes' })
		]);
		expect(entries.map((e) => [e.actorName, e.kind, e.what, e.at])).toEqual([
			['Karen Møller', 'read', ['flags'], '2026-11-21 09:00:00.000Z'],
			['Karen Møller', 'read', ['flags', 'notes'], '2026-11-20 15:00:00.000Z'],
			['Anne Vinther', 'handover', ['notes'], '2026-11-20 10:00:00.000Z']
		]);
	});

	it('groups by the Copenhagen day: 23:30 UTC is already the next day there', () => {
		const entries = groupAudit([
			row('a', { created: '2026-11-20 23:30:00.000Z' }),
			row('b', { created: '2026-11-21 08:00:00.000Z' }),
			row('c', { created: '2026-11-20 22:30:00.000Z' })
		]);
		expect(entries.map((e) => e.at)).toEqual(['2026-11-21 08:00:00.000Z', '2026-11-20 22:30:00.000Z']);
	});
});
