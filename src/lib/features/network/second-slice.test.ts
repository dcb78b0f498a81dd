// The second slice's device queries over a real Dexie database (fake-indexeddb): the
// upcoming events of my groups with counts, my pairs, buddy suggestions (never someone I
// blocked or am paired with), and "nogen som mig" from my holds, birth year and profile.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SammenDb } from '$lib/sync/db';
import { freshDb } from '$lib/sync/test-fixtures';
import { myPairs, suggestionsFor } from './buddies';
import { upcomingEvents } from './events';
import { storiesLikeMine } from './stories';

const now = Date.parse('2031-01-10T12:00:00Z');
const me = 'bjarke000000001';
const [olena, kim, blocked, paired, nobody] = ['olena0000000001', 'kim000000000001', 'blocked00000001', 'paired000000001', 'nobody000000001'];
let db: SammenDb;

beforeEach(async () => {
	db = freshDb('unit');
	await db.open();
	const put = (collection: string, rows: Record<string, unknown>[]) => db.records(collection).bulkPut(rows.map((r) => ({ updated: '2031-01-01 00:00:00Z', ...r })) as never[]);
	await put('users', [{ id: me, name: 'Bjarke Andersen', birthYear: new Date().getFullYear() - 46, role: 'learner', school: 's' }]);
	await put('programmes', [{ id: 'prog1', name: 'Industrioperatør', school: 's' }]);
	await put('classes', [{ id: 'class1', name: 'Industri 1', programme: 'prog1', school: 's' }]);
	await put('class_members', [{ id: 'cm1', class: 'class1', user: me }]);
	await put('groups', [
		{ id: 'hold', name: 'Holdet Industri 1', kind: 'class', status: 'approved' },
		{ id: 'prog', name: 'Industrioperatør på skolen', kind: 'programme', status: 'approved' },
		{ id: 'open', name: 'Karriereskift efter 40', kind: 'open', status: 'approved' },
		{ id: 'other', name: 'Tømrerlærlinge', kind: 'open', status: 'approved' }
	]);
	const member = (group: string, user: string) => ({ id: `${group}-${user}`.slice(0, 15), group, user, role: 'member' });
	await put('group_members', [
		member('hold', me),
		member('prog', me),
		member('open', me),
		member('prog', olena),
		member('hold', kim),
		member('prog', blocked),
		member('prog', paired),
		member('prog', nobody)
	]);
	const profile = (user: string, p: Record<string, unknown> = {}) => ({ id: `p-${user}`.slice(0, 15), user, displayName: user.slice(0, 5), wantsBuddy: true, municipality: '', situation: [], ...p });
	await put('network_profiles', [
		profile(me, { municipality: 'Viborg', situation: ['ledig'] }),
		profile(olena, { municipality: 'Viborg', situation: ['ledig'] }),
		profile(kim),
		profile(blocked),
		profile(paired),
		profile(nobody, { wantsBuddy: false })
	]);
	await put('blocks', [{ id: 'block1', blocker: me, blocked }]);
	await put('buddies', [
		{ id: 'pair1', from: me, to: paired, status: 'proposed', hello: 'Hej', created: '2031-01-09 10:00:00Z' },
		{ id: 'pair2', from: olena, to: me, status: 'declined', hello: '', created: '2031-01-08 10:00:00Z' }
	]);
	await put('events', [
		{ id: 'e-later', group: 'open', title: 'Senere', startsAt: '2031-01-20 16:00:00Z', endsAt: '', cancelled: false },
		{ id: 'e-soon', group: 'hold', title: 'Snart', startsAt: '2031-01-11 16:00:00Z', endsAt: '2031-01-11 18:00:00Z', cancelled: false },
		{ id: 'e-past', group: 'hold', title: 'Forbi', startsAt: '2031-01-09 16:00:00Z', endsAt: '2031-01-09 18:00:00Z', cancelled: false },
		{ id: 'e-other', group: 'other', title: 'Ikke min gruppe', startsAt: '2031-01-12 16:00:00Z', endsAt: '', cancelled: false }
	]);
	await put('event_rsvps', [
		{ id: 'r1', event: 'e-soon', user: me, answer: 'kommer' },
		{ id: 'r2', event: 'e-soon', user: kim, answer: 'kommer' },
		{ id: 'r3', event: 'e-soon', user: olena, answer: 'maaske' }
	]);
	await put('stories', [
		{ id: 's1', title: 'Ledig som 45-årig', trade: 'Industrioperatør', ageBand: '45-54', situations: ['ledig'], status: 'published', created: '2031-01-01 00:00:00Z' },
		{ id: 's2', title: 'Tømrer', trade: 'Tømrer', ageBand: '25-34', situations: [], status: 'published', created: '2031-01-02 00:00:00Z' },
		{ id: 's3', title: 'Kladde', trade: 'Industrioperatør', ageBand: '45-54', situations: ['ledig'], status: 'pending', created: '2031-01-03 00:00:00Z' }
	]);
});

describe('upcomingEvents', () => {
	it('the events of my groups, soonest first, with my answer and the counts; not past or others', async () => {
		const events = await upcomingEvents(db, me, now);
		expect(events.map((e) => e.id)).toEqual(['e-soon', 'e-later']);
		expect(events[0]!.groupName).toBe('Holdet Industri 1');
		expect(events[0]!.mine?.answer).toBe('kommer');
		expect(events[0]!.counts).toEqual({ kommer: 2, maaske: 1, kommer_ikke: 0 });
		expect(events[1]!.mine).toBeUndefined();
	});
});

describe('buddies on the device', () => {
	it('my pairs, open first, with the other one', async () => {
		const pairs = await myPairs(db, me);
		expect(pairs.map((p) => [p.id, p.other, p.asked])).toEqual([
			['pair1', paired, false],
			['pair2', olena, true]
		]);
	});

	it('suggests people of my hold and uddannelse who want a buddy; never blocked, paired or unwilling', async () => {
		const suggestions = await suggestionsFor(db, me);
		// Olena: uddannelse + situation + municipality (6) before Kim: the same hold (3)
		expect(suggestions.map((s) => s.person.userId)).toEqual([olena, kim]);
		expect(suggestions[0]!.reasons).toEqual(['uddannelse', 'situation', 'kommune']);
	});

	it('suggests nobody while I have not turned it on', async () => {
		await db.records('network_profiles').update(`p-${me}`.slice(0, 15), { wantsBuddy: false } as never);
		expect(await suggestionsFor(db, me)).toEqual([]);
	});
});

describe('storiesLikeMine', () => {
	it('ranks the published stories by my uddannelse, age (from the birth year) and situation', async () => {
		const ranked = await storiesLikeMine(db, me);
		expect(ranked.map((r) => r.story.id)).toEqual(['s1']);
		expect(ranked[0]!.reasons).toEqual(['fag', 'situation', 'alder']);
	});
});
