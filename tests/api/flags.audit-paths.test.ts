// "Hvem har set mine oplysninger?" is complete (issue 11): every way a member of staff
// could get a learner's flags, flag comments, notes or the teacher's notes for the mentor
// either writes an audit row the learner reads, or is refused. Tried here one by one:
// list, view, ids chosen by a filter, realtime (by name, by id, with picked fields), and
// from other collections: expand, filter and sort through relations, on REST and realtime.
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, type World } from './fixtures';
import { auditFor, justNow, makeFlag, realtimeClient } from './flags.fixtures';

let world: World;
let flag: RecordModel;
let note: RecordModel;
let comment: RecordModel;
let staffNote: RecordModel;

beforeAll(async () => {
	world = await buildWorld();
	flag = await makeFlag(world, 'learner', 'teacher', { category: 'reading', status: 'acknowledged' }, false);
	const su = world.su;
	note = await su.collection('notes').create({ learner: flag.learner, author: world.users.mentor.id, body: 'Hemmelig note om ordblindhed' });
	comment = await su.collection('flag_comments').create({ flag: flag.id, learner: flag.learner, author: world.users.teacher.id, thread: 'staff', body: 'Hun er træt' });
	staffNote = await su.collection('flag_staff_notes').create({ flag: flag.id, learner: flag.learner, author: world.users.teacher.id, body: 'Kun til mentoren' });
});

const reads = (rows: RecordModel[]) => rows.map((r) => [r.kind, r.collection, r.actorRole]);
const AUDITED = ['flags', 'flag_comments', 'notes', 'flag_staff_notes'] as const;
const ids = () => ({ flags: flag.id, flag_comments: comment.id, notes: note.id, flag_staff_notes: staffNote.id });

describe('direct reads are audited', () => {
	it.each(AUDITED)('a list of %s by the mentor writes a row the learner reads', async (collection) => {
		const since = justNow();
		await (await world.as('mentor')).collection(collection).getFullList();
		expect(reads(await auditFor(world, 'learner', since))).toEqual([['read', collection, 'mentor']]);
		// the learner sees it in "Hvem har set"
		const mine = await (await world.as('learner')).collection('audit_log').getFullList({ filter: `created >= "${since}"` });
		expect(mine.map((r) => [r.collection, r.actorName])).toEqual([[collection, world.users.mentor.name]]);
	});

	it.each(AUDITED)('a view of %s by the mentor writes a row', async (collection) => {
		const since = justNow();
		await (await world.as('mentor')).collection(collection).getOne(ids()[collection]);
		expect(reads(await auditFor(world, 'learner', since))).toEqual([['read', collection, 'mentor']]);
	});

	it('ids chosen by a filter are a read; the plain id sweep is not; the text is never searched (no yes/no oracle)', async () => {
		const pb = await world.as('mentor');
		const since = justNow();
		const chosen = await pb.collection('notes').getFullList({ fields: 'id', filter: pb.filter('learner = {:l}', { l: flag.learner }) });
		expect(chosen.map((r) => r.id)).toEqual([note.id]);
		expect(reads(await auditFor(world, 'learner', since))).toEqual([['read', 'notes', 'mentor']]);
		const sweep = justNow();
		await pb.collection('notes').getList(1, 1000, { fields: 'id', skipTotal: true });
		expect(await auditFor(world, 'learner', sweep)).toEqual([]);
		// an empty answer would say "no note says …" without a record to audit: refused
		const oracles = [
			() => pb.collection('notes').getFullList({ fields: 'id', filter: pb.filter('body ~ {:t}', { t: 'ordblind' }) }),
			() => pb.collection('notes').getFullList({ fields: 'id', filter: pb.filter('body ~ {:t}', { t: 'ikke der' }) }),
			() => pb.collection('notes').getFullList({ fields: 'id', sort: 'body' }),
			() => pb.collection('flag_comments').getFullList({ fields: 'id', filter: 'body ~ "træt"' }),
			() => pb.collection('flag_staff_notes').getFullList({ fields: 'id', filter: 'body ~ "mentoren"' }),
			() => pb.collection('flags').getFullList({ fields: 'id', filter: 'learnerText ~ "x" || outcomeNote ~ "x"' })
		];
		const oracleSince = justNow();
		for (const attempt of oracles) expect(await failureStatus(attempt())).toBe(400);
		expect(await auditFor(world, 'learner', oracleSince)).toEqual([]);
	});

	it('a list never counts what it did not send (no count oracle past the last page)', async () => {
		const pb = await world.as('mentor');
		const since = justNow();
		const pastTheEnd = await pb.collection('flags').getList(50, 1, { filter: pb.filter('learner = {:l} && category = "reading"', { l: flag.learner }) });
		expect([pastTheEnd.items, pastTheEnd.totalItems, pastTheEnd.totalPages]).toEqual([[], -1, -1]);
		expect((await pb.collection('notes').getList(1, 1)).totalItems).toBe(-1);
		expect(reads(await auditFor(world, 'learner', since))).toEqual([['read', 'notes', 'mentor']]);
	});

	it('a realtime subscription that searches the text is refused too', async () => {
		const mentor = await realtimeClient(world, 'mentor');
		try {
			expect(await failureStatus(mentor.collection('notes').subscribe('*', () => {}, { filter: 'body ~ "ordblind"', fields: 'id' }))).toBe(400);
		} finally {
			mentor.realtime.unsubscribe();
		}
	});
});

describe('reads from other collections are refused (400), for REST and realtime', () => {
	const learnerId = () => world.users.learner.id;
	const refused: [string, (pb: PocketBase) => Promise<unknown>][] = [
		['users/<learner>?expand=notes_via_learner', (pb) => pb.collection('users').getOne(learnerId(), { expand: 'notes_via_learner' })],
		['users/<learner>?expand=flags_via_learner', (pb) => pb.collection('users').getOne(learnerId(), { expand: 'flags_via_learner' })],
		['users?expand=flag_comments_via_learner', (pb) => pb.collection('users').getFullList({ expand: 'flag_comments_via_learner' })],
		['mentorships?expand=learner.notes_via_learner', (pb) => pb.collection('mentorships').getFullList({ expand: 'learner.notes_via_learner' })],
		['flag_comments?expand=flag', (pb) => pb.collection('flag_comments').getFullList({ expand: 'flag' })],
		['timeline?expand=flag', (pb) => pb.collection('timeline').getFullList({ expand: 'flag' })],
		['flags?expand=flag_staff_notes_via_flag (from itself)', (pb) => pb.collection('flags').getFullList({ expand: 'flag_staff_notes_via_flag' })],
		['the sign-in refresh, expanding notes', (pb) => pb.collection('users').authRefresh({ expand: 'mentorships_via_mentor.learner.notes_via_learner' })],
		['users?filter=notes_via_learner.body~…', (pb) => pb.collection('users').getFullList({ filter: 'notes_via_learner.body ~ "ordblind"' })],
		['users?fields=id&filter=notes_via_learner:length>0', (pb) => pb.collection('users').getFullList({ fields: 'id', filter: 'notes_via_learner:length > 0' })],
		['users?sort=notes_via_learner.body', (pb) => pb.collection('users').getFullList({ sort: 'notes_via_learner.body' })],
		['mentorships?filter=learner.flags_via_learner.learnerText~…', (pb) => pb.collection('mentorships').getFullList({ filter: 'learner.flags_via_learner.learnerText ~ "x"' })],
		['flag_comments?filter=flag.learnerText~… (flag_comments to flags)', (pb) => pb.collection('flag_comments').getFullList({ filter: 'flag.learnerText ~ "x"' })],
		['a filter hiding the path behind a comment with a quote', (pb) => pb.collection('users').getFullList({ filter: `id != "" // it's\n && notes_via_learner.body ~ "ordblind" // '` })],
		['a collection named by its id', async (pb) => pb.collection((await world.su.collections.getOne('users')).id).getFullList({ filter: 'notes_via_learner.body ~ "o"' })]
	];
	it.each(refused)('%s', async (_, attempt) => {
		const since = justNow();
		expect(await failureStatus(attempt(await world.as('mentor')))).toBe(400);
		expect(await auditFor(world, 'learner', since)).toEqual([]);
	});

	it('a create or an update that expands into them is refused, and nothing is stored', async () => {
		const pb = await world.as('mentor');
		const since = justNow();
		const body = `Ny note ${Date.now()}`;
		const create = pb.collection('notes').create({ learner: learnerId(), author: world.users.mentor.id, body }, { expand: 'learner.flags_via_learner' });
		expect(await failureStatus(create)).toBe(400);
		const update = pb.collection('notes').update(note.id, { body: `${body} (ændret)` }, { expand: 'learner.notes_via_learner' });
		expect(await failureStatus(update)).toBe(400);
		expect(await world.su.collection('notes').getFullList({ filter: world.su.filter('body ~ {:body}', { body }) })).toEqual([]);
		expect(await auditFor(world, 'learner', since)).toEqual([]);
	});

	it('a filter on the record’s own relation (its id) still works', async () => {
		const pb = await world.as('mentor');
		expect((await pb.collection('flag_comments').getFullList({ filter: `flag = "${flag.id}"` })).map((c) => c.id)).toContain(comment.id);
	});

	it('a realtime subscription that expands or filters into notes is refused', async () => {
		const mentor = await realtimeClient(world, 'mentor');
		try {
			const attempts = [
				() => mentor.collection('users').subscribe(world.users.learner.id, () => {}, { expand: 'notes_via_learner' }),
				() => mentor.collection('mentorships').subscribe('*', () => {}, { filter: 'learner.notes_via_learner.body ~ "ordblind"' }),
				() => mentor.collection('flag_comments').subscribe('*', () => {}, { expand: 'flag' })
			];
			for (const attempt of attempts) expect(await failureStatus(attempt())).toBe(400);
		} finally {
			mentor.realtime.unsubscribe();
		}
	});
});

describe('realtime: every event sent to staff is audited', () => {
	async function eventAudited(subscribe: (pb: PocketBase, seen: () => void) => Promise<() => Promise<void>>) {
		const mentor = await realtimeClient(world, 'mentor');
		let seen: (() => void) | undefined;
		const arrived = new Promise<void>((resolve) => (seen = resolve));
		const stop = await subscribe(mentor, () => seen?.());
		try {
			const since = justNow();
			await world.su.collection('notes').update(note.id, { body: `Hemmelig note om ordblindhed ${since}` });
			await arrived;
			await expect.poll(async () => reads(await auditFor(world, 'learner', since))).toEqual([['read', 'notes', 'mentor']]);
		} finally {
			await stop();
			mentor.realtime.unsubscribe();
		}
	}

	it('on the topic named by the collection’s id', async () => {
		const id = (await world.su.collections.getOne('notes')).id;
		await eventAudited((pb, seen) => pb.collection(id).subscribe('*', seen));
	});

	it('with only the id picked (the learner is looked up)', async () => {
		await eventAudited((pb, seen) => pb.collection('notes').subscribe(note.id, seen, { fields: 'id' }));
	});
});
