// The flags' local queries (fake-indexeddb): the learner sees only acknowledged,
// shown, unjoined flags; the teacher their own with status; "who looked" grouped.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditLogResponse } from '$lib/pb/types.gen';
import { SammenDb } from '$lib/sync/db';
import { flagsRaisedBy, groupAudit, learnerFlags, openFlagsByLearner, timeOf } from './flags';
import { textProblem } from './actions';

let db: SammenDb;
beforeEach(async () => {
	db = new SammenDb(`unit-${randomUUID()}`);
	await db.open();
	await db.records('people').bulkPut([
		{ id: 'mentor', name: 'Karen Møller', role: 'mentor', school: 's', updated: '' },
		{ id: 'sarah', name: 'Sarah Nielsen', role: 'learner', school: 's', updated: '' },
		{ id: 'gitte', name: 'Gitte Skov', role: 'teacher', school: 's', updated: '' }
	] as never[]);
	await db.records('mentorships').put({ id: 'ms', learner: 'sarah', mentor: 'mentor', start: '2026-01-01 00:00:00.000Z', end: '', updated: '' } as never);
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const flag = (id: string, data: Record<string, unknown> = {}) => ({
	id,
	learner: 'sarah',
	school: 's',
	raisedBy: 'gitte',
	category: 'reading',
	urgency: 'concern',
	status: 'acknowledged',
	acknowledgedBy: 'mentor',
	joinedTo: '',
	hiddenFromLearner: false,
	hiddenReason: '',
	created: '2026-11-20 10:00:00.000Z',
	updated: '2026-11-20 10:00:00.000Z',
	...data
});

describe('the learner’s view', () => {
	it('shows acknowledged flags in the mentor’s name, never new, hidden or joined ones', async () => {
		await db.records('flags').bulkPut([
			flag('seen'),
			flag('new', { status: 'new', acknowledgedBy: '' }),
			flag('hidden', { hiddenFromLearner: true, hiddenReason: 'Samtale først' }),
			flag('joined', { joinedTo: 'seen' })
		] as never[]);
		await db.records('flag_comments').bulkPut([
			{ id: 'c1', flag: 'seen', learner: 'sarah', author: 'sarah', thread: 'learner', body: 'Det går fint', created: '2026-11-20 11:00:00.000Z' },
			{ id: 'c2', flag: 'seen', learner: 'sarah', author: 'gitte', thread: 'staff', body: 'Intern', created: '2026-11-20 11:00:00.000Z' }
		] as never[]);
		const { flags } = await learnerFlags(db, 'sarah');
		expect(flags.map((f) => [f.id, f.mentorName, f.comments.map((c) => c.body)])).toEqual([['seen', 'Karen Møller', ['Det går fint']]]);
	});
});

describe('the teacher’s view', () => {
	it('lists the flags they raised, open first, and counts open ones per learner', async () => {
		await db.records('flags').bulkPut([
			flag('closed', { status: 'closed', outcome: 'sps_applied', created: '2026-11-21 10:00:00.000Z' }),
			flag('open', { status: 'new' }),
			flag('someone-else', { raisedBy: 'peter' })
		] as never[]);
		const mine = await flagsRaisedBy(db, 'gitte');
		expect(mine.map((f) => [f.id, f.learnerName])).toEqual([
			['open', 'Sarah Nielsen'],
			['closed', 'Sarah Nielsen']
		]);
		expect([...(await openFlagsByLearner(db, 'gitte')).entries()]).toEqual([['sarah', 1]]);
	});
});

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
});

describe('small helpers', () => {
	it('reads PocketBase dates and checks texts', () => {
		expect(timeOf('2026-11-20 10:00:00.000Z')).toBe(Date.parse('2026-11-20T10:00:00Z'));
		expect(timeOf('')).toBe(0);
		expect(textProblem('  ', 10, true)).toBe('empty');
		expect(textProblem('', 10)).toBeNull();
		expect(textProblem('x'.repeat(11), 10)).toBe('tooLong');
	});
});
