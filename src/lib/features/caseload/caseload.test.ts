// "I dag" over a real Dexie database (fake-indexeddb): who needs the mentor first,
// each signal, the filters and search, and the learner page's timeline.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SammenDb } from '$lib/sync/db';
import { freshDb } from '$lib/sync/test-fixtures';
import { applyFilter, caseloadToday, flagSignals, needScore, type Signals } from './caseload';
import { learnerPage } from './learner';

const now = new Date('2026-11-20T12:00:00Z'); // a Friday
const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().replace('T', ' ');
const mentor = 'mentor000000001';
const other = 'mentor000000002';
const learners = { sarah: 'sarah0000000001', jonas: 'jonas0000000001', bjarke: 'bjarke000000001', old: 'former000000001' };

let db: SammenDb;
beforeEach(async () => {
	db = freshDb('unit');
	await db.open();
	const user = (id: string, name: string) => ({ id, name, role: 'learner', school: 's', updated: ago(1) });
	await db.records('users').bulkPut([
		user(learners.sarah, 'Sarah Nielsen'),
		user(learners.jonas, 'Jonas Mortensen'),
		user(learners.bjarke, 'Bjarke Andersen'),
		user(learners.old, 'Omar Haddad')
	] as never[]);
	await db.records('people').bulkPut([{ id: 'teacher00000001', name: 'Gitte Skov', role: 'teacher', school: 's', updated: '' }] as never[]);
	const mentorship = (id: string, learner: string, m: string, end = '') => ({ id, learner, mentor: m, start: ago(3), end, updated: ago(3) });
	await db.records('mentorships').bulkPut([
		mentorship('ms1', learners.sarah, mentor),
		mentorship('ms2', learners.jonas, mentor),
		mentorship('ms3', learners.bjarke, mentor),
		mentorship('ms4', learners.old, mentor, ago(1)), // ended: not in "I dag"
		mentorship('ms5', learners.old, other)
	] as never[]);
});

const flag = (id: string, learner: string, data: Record<string, unknown> = {}) => ({
	id,
	learner,
	school: 's',
	raisedBy: 'teacher00000001',
	category: 'reading',
	urgency: 'concern',
	learnerText: '',
	status: 'new',
	joinedTo: '',
	escalatedAt: '',
	hiddenFromLearner: false,
	created: ago(2),
	updated: ago(2),
	...data
});

describe('I dag', () => {
	it('lists only current learners, and everyone is on track when nothing is going on', async () => {
		const entries = await caseloadToday(db, mentor, { now });
		expect(entries.map((e) => e.name)).toEqual(['Bjarke Andersen', 'Jonas Mortensen', 'Sarah Nielsen']);
		expect(entries.every((e) => e.score === 0)).toBe(true);
	});

	it('a new flag puts the learner at the top, with its age', async () => {
		await db.records('flags').put(flag('f1', learners.sarah) as never);
		const [first] = await caseloadToday(db, mentor, { now });
		expect(first?.name).toBe('Sarah Nielsen');
		expect(first?.signals).toMatchObject({ newFlags: 1, openFlags: 1, oldestFlagDays: 2, urgentFlags: 0 });
	});

	it('an unacknowledged urgent flag outranks many unread messages and overdue milestones', async () => {
		await db.records('flags').put(flag('f1', learners.sarah, { urgency: 'urgent' }) as never);
		await db.records('conversations').put({ id: learners.jonas, learner: learners.jonas, lastMessageAt: ago(0), updated: ago(0) } as never);
		await db.records('messages').bulkPut(
			Array.from({ length: 15 }, (_, n) => ({
				id: `msg${String(n).padStart(12, '0')}`,
				conversation: learners.jonas,
				sender: learners.jonas,
				readAt: '',
				created: ago(0),
				updated: ago(0)
			})) as never[]
		);
		await db.records('milestones').bulkPut(
			[1, 2, 3, 4].map((n) => ({ id: `ms${n}x`, learner: learners.jonas, status: 'todo', due: ago(n), title: `Trin ${n}`, updated: ago(1) })) as never[]
		);
		const entries = await caseloadToday(db, mentor, { now });
		expect(entries.map((e) => e.name)).toEqual(['Sarah Nielsen', 'Jonas Mortensen', 'Bjarke Andersen']);
		expect(entries[1]?.signals).toMatchObject({ unreadMessages: 15, overdueMilestones: 4 });
	});

	it('counts only unread messages from the learner, not the mentor’s own', async () => {
		await db.records('conversations').put({ id: learners.sarah, learner: learners.sarah, lastMessageAt: ago(0), updated: ago(0) } as never);
		const msg = (id: string, sender: string, readAt: string) => ({ id, conversation: learners.sarah, sender, readAt, created: ago(0), updated: ago(0) });
		await db.records('messages').bulkPut([msg('a', learners.sarah, ''), msg('b', learners.sarah, ago(0)), msg('c', mentor, '')] as never[]);
		const sarah = (await caseloadToday(db, mentor, { now })).find((e) => e.learnerId === learners.sarah);
		expect(sarah?.signals.unreadMessages).toBe(1);
	});

	it('"no contact" follows the mentor’s own number of days', async () => {
		await db.records('conversations').put({ id: learners.sarah, learner: learners.sarah, lastMessageAt: ago(12), updated: ago(12) } as never);
		await db.records('mentorships').update('ms1', { start: ago(100) });
		const byDefault = (await caseloadToday(db, mentor, { now })).find((e) => e.learnerId === learners.sarah);
		expect(byDefault?.signals).toMatchObject({ daysSinceContact: 12, noContact: true });
		const patient = (await caseloadToday(db, mentor, { now, noContactDays: 14 })).find((e) => e.learnerId === learners.sarah);
		expect(patient?.signals.noContact).toBe(false);
		// a new learner's silence counts from the start of the mentorship
		const jonas = (await caseloadToday(db, mentor, { now })).find((e) => e.learnerId === learners.jonas);
		expect(jonas?.signals).toMatchObject({ daysSinceContact: 3, noContact: false });
	});

	it('open help requests and milestones waiting for the mentor are signals', async () => {
		await db.records('help_requests').bulkPut([
			{ id: 'h1', learner: learners.bjarke, status: 'open', area: 'it', updated: ago(0) },
			{ id: 'h2', learner: learners.bjarke, status: 'solved', area: 'it', updated: ago(0) }
		] as never[]);
		await db.records('milestones').put({ id: 'w1', learner: learners.bjarke, status: 'waiting', title: 'Kørekort', updated: ago(0) } as never);
		const bjarke = (await caseloadToday(db, mentor, { now })).find((e) => e.learnerId === learners.bjarke);
		expect(bjarke?.signals).toMatchObject({ openHelpRequests: 1, waitingMilestones: 1, firstWaiting: { id: 'w1', title: 'Kørekort' } });
		expect(bjarke?.score).toBeGreaterThan(0);
	});

	it('filters (alle / kræver handling / på sporet) and search by name', async () => {
		await db.records('flags').put(flag('f1', learners.sarah) as never);
		const entries = await caseloadToday(db, mentor, { now });
		expect(applyFilter(entries, 'action', '').map((e) => e.name)).toEqual(['Sarah Nielsen']);
		expect(applyFilter(entries, 'ontrack', '').map((e) => e.name)).toEqual(['Bjarke Andersen', 'Jonas Mortensen']);
		expect(applyFilter(entries, 'all', 'jon').map((e) => e.name)).toEqual(['Jonas Mortensen']);
		expect(applyFilter(entries, 'all', 'SARAH niel').map((e) => e.name)).toEqual(['Sarah Nielsen']);
		expect(applyFilter(entries, 'ontrack', 'sarah')).toEqual([]);
	});
});

describe('flag signals', () => {
	const today = now.getTime();
	it('a joined flag counts once but makes the first urgent; closed flags do not count', () => {
		const s = flagSignals(
			[
				flag('p', 'x') as never,
				flag('j', 'x', { joinedTo: 'p', urgency: 'urgent', created: ago(1) }) as never,
				flag('c', 'x', { status: 'closed', created: ago(30) }) as never,
				flag('a', 'x', { status: 'in_progress', category: 'it', created: ago(5), escalatedAt: ago(2) }) as never
			],
			today
		);
		expect(s).toEqual({ openFlags: 2, newFlags: 1, urgentFlags: 1, oldestFlagDays: 5, escalatedFlags: 0 });
	});

	it('scores put a waiting teacher before anything else', () => {
		const calm: Signals = {
			unreadMessages: 0,
			openFlags: 0,
			newFlags: 0,
			urgentFlags: 0,
			oldestFlagDays: null,
			escalatedFlags: 0,
			overdueMilestones: 0,
			waitingMilestones: 0,
			firstWaiting: null,
			firstOverdue: null,
			openHelpRequests: 0,
			daysSinceContact: 0,
			noContact: false
		};
		const everythingButFlags = needScore({
			...calm,
			unreadMessages: 50,
			overdueMilestones: 9,
			waitingMilestones: 2,
			openHelpRequests: 1,
			daysSinceContact: 90,
			noContact: true
		});
		expect(needScore({ ...calm, openFlags: 1, newFlags: 1 })).toBeGreaterThan(everythingButFlags);
		expect(needScore(calm)).toBe(0);
	});
});

describe('the learner page', () => {
	it('gathers flags, notes, ros and a timeline, newest first; nothing for someone else’s learner', async () => {
		await db.records('flags').bulkPut([
			flag('f1', learners.sarah, { status: 'closed', outcome: 'sps_applied', acknowledgedAt: ago(1.5), closedAt: ago(1) }),
			flag('f2', learners.sarah, { joinedTo: 'f1', raisedBy: 'teacher00000002', created: ago(1.8) })
		] as never[]);
		await db.records('notes').put({ id: 'n1', learner: learners.sarah, author: mentor, body: 'Samtale', created: ago(0.5), updated: ago(0.5) } as never);
		await db.records('timeline').put({ id: 't1', learner: learners.sarah, kind: 'handover', text: 'Overdraget', created: ago(0.2), updated: ago(0.2) } as never);
		const page = await learnerPage(db, mentor, learners.sarah, now);
		expect(page?.flags.map((f) => [f.id, f.joined.map((j) => j.id)])).toEqual([['f1', ['f2']]]);
		expect(page?.notes.map((n) => n.body)).toEqual(['Samtale']);
		expect(page?.timeline.map((t) => t.kind)).toEqual([
			'handover',
			'note',
			'flag-closed',
			'flag-acknowledged',
			'flag-raised', // the joined one
			'flag-raised',
			'mentorship'
		]);
		expect(await learnerPage(db, mentor, learners.old, now)).toBeNull();
		expect(await learnerPage(db, other, learners.sarah, now)).toBeNull();
	});
});
