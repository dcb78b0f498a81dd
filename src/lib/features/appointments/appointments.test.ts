// The mentor's I dag over a real Dexie database (fake-indexeddb): today's talks on the
// Danish calendar, and on a day without any, the next one ("Næste aftale").
import { beforeEach, describe, expect, it } from 'vitest';
import type { SammenDb } from '$lib/sync/db';
import { freshDb } from '$lib/sync/test-fixtures';
import { mentorNextAppointment, todaysAppointments } from './appointments';

// Saturday 5 December 2026, 10.00 in Copenhagen
const now = Date.parse('2026-12-05T09:00:00Z');
const karen = 'karen0000000001';
let db: SammenDb;

beforeEach(async () => {
	db = freshDb('unit');
	await db.open();
	const put = (collection: string, rows: Record<string, unknown>[]) =>
		db.records(collection).bulkPut(rows.map((r) => ({ updated: '2026-12-01 00:00:00Z', ...r })) as never[]);
	await put('people', [
		{ id: 'sarah0000000001', name: 'Sarah Nielsen' },
		{ id: 'amina0000000001', name: 'Amina Hussein' }
	]);
	const booking = (id: string, learner: string, startsAt: string, status = 'booked') => ({ id, slot: `slot-${id}`, learner, mentor: karen, startsAt, status });
	await put('appointments', [
		booking('cancelled000001', 'amina0000000001', '2026-12-07 09:00:00.000Z', 'cancelled'),
		booking('tuesday00000001', 'amina0000000001', '2026-12-08 09:00:00.000Z'),
		booking('monday000000001', 'sarah0000000001', '2026-12-07 13:00:00.000Z'),
		booking('lastweek0000001', 'sarah0000000001', '2026-11-30 13:00:00.000Z')
	]);
});

describe('the mentor’s appointments on I dag', () => {
	it('a Saturday without talks: none today, and the next is Monday’s with Sarah (not the cancelled one)', async () => {
		expect(await todaysAppointments(db, karen, now)).toEqual([]);
		const next = await mentorNextAppointment(db, karen, now);
		expect(next?.id).toBe('monday000000001');
		expect(next?.learnerName).toBe('Sarah Nielsen');
	});

	it('on Monday: Sarah’s talk is today (23.30 UTC on Sunday is already Monday in Copenhagen)', async () => {
		const monday = Date.parse('2026-12-06T23:30:00Z');
		expect((await todaysAppointments(db, karen, monday)).map((a) => a.id)).toEqual(['monday000000001']);
		expect((await mentorNextAppointment(db, karen, monday))?.id).toBe('tuesday00000001');
	});
});
