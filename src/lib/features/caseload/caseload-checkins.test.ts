// "I dag" and "Hvordan går det?" (issue 15): a learner whose check-in says low comes
// first, before a teacher's new urgent flag, with its chip first and linked to the
// learner page's check-ins.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SammenDb } from '$lib/sync/db';
import { freshDb } from '$lib/sync/test-fixtures';
import { caseloadToday } from './caseload';
import { signalLinks } from './signal-links';

const now = new Date('2026-11-20T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().replace('T', ' ');
const mentor = 'mentor000000001';
const sarah = 'sarah0000000001';
const jonas = 'jonas0000000001';
const bjarke = 'bjarke000000001';

let db: SammenDb;
beforeEach(async () => {
	db = freshDb('unit');
	await db.open();
	const user = (id: string, name: string) => ({ id, name, role: 'learner', school: 's', updated: ago(1) });
	await db.records('users').bulkPut([user(sarah, 'Sarah Nielsen'), user(jonas, 'Jonas Mortensen'), user(bjarke, 'Bjarke Andersen')] as never[]);
	await db.records('mentorships').bulkPut(
		[sarah, jonas, bjarke].map((learner, i) => ({ id: `ms${i}`, learner, mentor, start: ago(3), end: '', updated: ago(3) })) as never[]
	);
	// Jonas: a new urgent flag (a teacher waits)
	await db.records('flags').put({
		id: 'flag1',
		learner: jonas,
		school: 's',
		raisedBy: 't',
		category: 'reading',
		urgency: 'urgent',
		status: 'new',
		joinedTo: '',
		escalatedAt: '',
		created: ago(1),
		updated: ago(1)
	} as never);
});

const checkin = (id: string, learner: string, week: string, mood: number) => ({ id, learner, week, mood, shareWords: false, updated: ago(1) });

describe('I dag: check-ins', () => {
	it('a low answer puts the learner first, before a new urgent flag, with its chip first', async () => {
		await db.records('checkins').bulkPut([checkin('c1', sarah, '2026-W46', 4), checkin('c2', sarah, '2026-W47', 2)] as never[]);
		const entries = await caseloadToday(db, mentor, { now });
		expect(entries.map((e) => e.name)).toEqual(['Sarah Nielsen', 'Jonas Mortensen', 'Bjarke Andersen']);
		expect(entries[0]!.signals.lowCheckin).toBe('low-mood');
		const links = signalLinks(entries[0]!.signals, sarah);
		expect(links[0]).toMatchObject({ icon: 'heart', text: 'Har det svært lige nu', href: `/elever/${sarah}#trivsel` });
	});

	it('two falls in a row are a signal too; a better week after a low one is none', async () => {
		await db.records('checkins').bulkPut([
			checkin('c1', sarah, '2026-W45', 5),
			checkin('c2', sarah, '2026-W46', 4),
			checkin('c3', sarah, '2026-W47', 3),
			checkin('c4', bjarke, '2026-W46', 1),
			checkin('c5', bjarke, '2026-W47', 4)
		] as never[]);
		const entries = await caseloadToday(db, mentor, { now });
		expect(entries.map((e) => [e.name, e.signals.lowCheckin])).toEqual([
			['Sarah Nielsen', 'falling'],
			['Jonas Mortensen', null],
			['Bjarke Andersen', null]
		]);
	});
});
