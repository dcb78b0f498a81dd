// Beskeder's local queries over a real Dexie database (fake-indexeddb): paging a long
// conversation in bounded windows, read state, and the mentor's inbox.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SammenDb } from '$lib/sync/db';
import { freshDb } from '$lib/sync/test-fixtures';
import { pbDate } from '$lib/domain/time';
import { boundAfter, conversationWindow, inbox, minutesLeft, unreadFor, type Names } from './conversation';

let db: SammenDb;
beforeEach(async () => {
	db = freshDb('unit');
	await db.open();
});

const learner = 'learner000000001';
const mentor = 'mentor0000000001';
const names: Names = { me: learner, learnerId: learner, you: 'Dig', formerMentor: 'Tidligere mentor', someone: 'Tidligere bruger' };
const at = (minutesAgo: number, now = Date.parse('2026-11-20T12:00:00Z')) => pbDate(new Date(now - minutesAgo * 60_000));

function message(n: number, data: Record<string, unknown> = {}) {
	return {
		id: `m${String(n).padStart(14, '0')}`,
		conversation: learner,
		sender: n % 2 ? learner : mentor,
		text: `Besked ${n}`,
		readAt: '2026-11-20 12:00:00.000Z',
		created: at(100_000 - n),
		updated: at(100_000 - n),
		...data
	};
}

describe('a long conversation is paged in bounded windows', () => {
	beforeEach(async () => {
		await db.records('messages').bulkPut(Array.from({ length: 10_000 }, (_, n) => message(n)) as never[]);
		await db.records('people').bulkPut([{ id: mentor, name: 'Karen Møller', role: 'mentor', school: 's', updated: '' }] as never[]);
	});

	it('the newest 50, oldest first, of 10,000', async () => {
		const { items, hasOlder, hasNewer } = await conversationWindow(db, learner, null, 50, names);
		expect(items).toHaveLength(50);
		expect(items[0]?.text).toBe('Besked 9950');
		expect(items.at(-1)?.text).toBe('Besked 9999');
		expect(items.at(-1)?.senderName).toBe('Dig');
		expect(items.at(-2)?.senderName).toBe('Karen Møller');
		expect([hasOlder, hasNewer]).toEqual([true, false]);
	});

	it('a window deep in the history holds exactly the asked number, and knows what lies beyond', async () => {
		const before = message(5000).created; // the window ends just before message 5000
		const { items, hasOlder, hasNewer } = await conversationWindow(db, learner, before, 150, names);
		expect(items).toHaveLength(150);
		expect(items[0]?.text).toBe('Besked 4850');
		expect(items.at(-1)?.text).toBe('Besked 4999');
		expect([hasOlder, hasNewer]).toEqual([true, true]);
		const oldest = await conversationWindow(db, learner, message(50).created, 150, names);
		expect(oldest.items).toHaveLength(50);
		expect(oldest.items[0]?.text).toBe('Besked 0');
		expect(oldest.hasOlder).toBe(false);
	});

	it('scrolling down from a window: where the next window ends', async () => {
		expect(await boundAfter(db, learner, message(4999).created, 50)).toBe(message(5050).created);
		expect(await boundAfter(db, learner, message(9960).created, 50)).toBeNull();
	});

	it("only this conversation: another learner's messages never show", async () => {
		await db.records('messages').put({ ...message(9999), id: 'otherconversatn', conversation: 'someoneelse0001' } as never);
		const { items } = await conversationWindow(db, learner, null, 150, names);
		expect(items).toHaveLength(150);
		expect(items.map((i) => i.id)).not.toContain('otherconversatn');
	});
});

describe('states of one\'s own messages', () => {
	it('waiting in the outbox: pending; refused: failed with the reason; read: read', async () => {
		await db.records('messages').bulkPut([
			message(1, { readAt: '' }),
			message(3, { readAt: '' }),
			message(5, { readAt: '2026-11-20 12:00:00.000Z' }),
			message(7, { readAt: '' })
		] as never[]);
		await db.outbox.bulkAdd([
			{ collection: 'messages', recordId: message(1).id, kind: 'create', state: 'pending', attempts: 0, createdAt: 1 },
			{ collection: 'messages', recordId: message(3).id, kind: 'create', state: 'failed', error: 'For lang', attempts: 1, createdAt: 2 }
		]);
		const { items } = await conversationWindow(db, learner, null, 50, names);
		expect(items.map((i) => [i.text, i.state])).toEqual([
			['Besked 1', 'pending'],
			['Besked 3', 'failed'],
			['Besked 5', 'read'],
			['Besked 7', 'sent']
		]);
		expect(items[1]?.error).toBe('For lang');
		expect(items[0]?.pendingCreateSeq).toBeTypeOf('number');
	});

	it('unread for me: only the other person\'s messages without readAt', async () => {
		await db.records('messages').bulkPut([
			message(1, { readAt: '' }), // mine
			message(2, { readAt: '' }), // the mentor's, unread
			message(4) // the mentor's, read
		] as never[]);
		expect(await unreadFor(db, learner, learner)).toEqual([message(2).id]);
		expect(await unreadFor(db, learner, mentor)).toEqual([message(1).id]);
	});

	it('the 15 minutes to edit or withdraw', () => {
		const now = new Date('2026-11-20T12:00:00Z');
		expect(minutesLeft(at(0), now)).toBe(15);
		expect(minutesLeft(at(14.5), now)).toBe(1);
		expect(minutesLeft(at(15), now)).toBe(0);
		expect(minutesLeft(at(60), now)).toBe(0);
		// a message written after the page's clock last ticked
		expect(minutesLeft(at(-0.5), now)).toBe(15);
	});
});

describe("the mentor's inbox", () => {
	const now = new Date('2026-11-20T12:00:00Z');
	const learners = ['learnerA0000001', 'learnerB0000001', 'learnerC0000001', 'learnerD0000001'];

	beforeEach(async () => {
		await db.records('mentorships').bulkPut([
			...learners.map((l, i) => ({ id: `ms${i}000000000000`, learner: l, mentor, school: 's', start: '2026-01-01 00:00:00.000Z', end: '' })),
			// a learner who was handed over: not in the inbox any more
			{ id: 'msold0000000000', learner: 'formerlearner01', mentor, school: 's', start: '2025-01-01 00:00:00.000Z', end: '2026-01-01 00:00:00.000Z' }
		] as never[]);
		await db.records('users').bulkPut(
			['Anna', 'Bo', 'Carl', 'Dorte'].map((name, i) => ({ id: learners[i], name, role: 'learner' })) as never[]
		);
		const msg = (id: string, conversation: string, sender: string, minutesAgo: number, readAt = '') => ({
			id,
			conversation,
			sender,
			text: id,
			readAt,
			created: at(minutesAgo, now.getTime())
		});
		await db.records('messages').bulkPut([
			// Anna wrote 3 days ago; read, never answered
			msg('annaold00000001', learners[0]!, learners[0]!, 3 * 24 * 60, '2026-11-17 13:00:00.000Z'),
			// Bo wrote an hour ago: 2 unread
			msg('bo0000000000001', learners[1]!, learners[1]!, 90),
			msg('bo0000000000002', learners[1]!, learners[1]!, 60),
			// Carl: the mentor answered last, 5 days ago
			msg('carl00000000001', learners[2]!, learners[2]!, 6 * 24 * 60, '2026-11-14 12:00:00.000Z'),
			msg('carl00000000002', learners[2]!, mentor, 5 * 24 * 60, '2026-11-15 12:00:00.000Z')
			// Dorte: no messages yet
		] as never[]);
	});

	it('every current learner, unread first, then the most recent; no former learners', async () => {
		const entries = await inbox(db, mentor, now);
		expect(entries.map((e) => [e.name, e.unread])).toEqual([
			['Bo', 2],
			['Anna', 0],
			['Carl', 0],
			['Dorte', 0]
		]);
		expect(entries[2]?.last).toMatchObject({ mine: true, kind: 'text' });
		expect(entries[3]?.last).toBeNull();
	});

	it('"ubesvaret i mere end 2 dage": only the learner whose last message has waited that long', async () => {
		const entries = await inbox(db, mentor, now);
		expect(entries.filter((e) => e.unanswered).map((e) => [e.name, e.waitingDays])).toEqual([['Anna', 3]]);
	});
});
