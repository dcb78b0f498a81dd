// The flags' local queries (fake-indexeddb): the learner sees only acknowledged,
// shown, unjoined flags; the teacher their own with status.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SammenDb } from '$lib/sync/db';
import { freshDb } from '$lib/sync/test-fixtures';
import { flagsOfLearner, flagsRaisedBy, learnerFlags, openFlagsByLearner } from './flags';

let db: SammenDb;
beforeEach(async () => {
	db = freshDb('unit');
	await db.open();
	await db.records('people').bulkPut([
		{ id: 'mentor', name: 'Karen Møller', role: 'mentor', school: 's', updated: '' },
		{ id: 'sarah', name: 'Sarah Nielsen', role: 'learner', school: 's', updated: '' },
		{ id: 'gitte', name: 'Gitte Skov', role: 'teacher', school: 's', updated: '' }
	] as never[]);
	await db.records('mentorships').put({ id: 'ms', learner: 'sarah', mentor: 'mentor', start: '2026-01-01 00:00:00.000Z', end: '', updated: '' } as never);
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
		const flags = await learnerFlags(db, 'sarah');
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
		await db.records('flag_staff_notes').put({ id: 'n1', flag: 'open', learner: 'sarah', author: 'gitte', body: 'Kun til mentoren' } as never);
		const mine = await flagsRaisedBy(db, 'gitte');
		expect(mine.map((f) => [f.id, f.learnerName, f.staffNote])).toEqual([
			['open', 'Sarah Nielsen', 'Kun til mentoren'],
			['closed', 'Sarah Nielsen', '']
		]);
		expect([...(await openFlagsByLearner(db, 'gitte')).entries()]).toEqual([['sarah', 1]]);
	});
});

describe('the mentor’s view', () => {
	it('puts each flag’s words for the mentor with it, also those of joined flags', async () => {
		await db.records('flags').bulkPut([flag('first', { learnerText: 'Vi hjælper' }), flag('joined', { joinedTo: 'first', raisedBy: 'mentor' })] as never[]);
		await db.records('flag_staff_notes').bulkPut([
			{ id: 'n1', flag: 'first', learner: 'sarah', author: 'gitte', body: 'Hun er ked af det' },
			{ id: 'n2', flag: 'joined', learner: 'sarah', author: 'mentor', body: 'Også i min time' }
		] as never[]);
		const [first] = await flagsOfLearner(db, 'sarah');
		expect([first?.learnerText, first?.staffNote, first?.joined.map((j) => j.staffNote)]).toEqual(['Vi hjælper', 'Hun er ked af det', ['Også i min time']]);
	});
});
