// The safety side's device queries over a real Dexie database (fake-indexeddb): how many
// posts a new member has left (the kernel's limit, from my profile and my own posts), what
// I reported (so "Anmeld" shows once), the member list's profiles, and the moderators'
// queue with a person and a story.
import { beforeEach, describe, expect, it } from 'vitest';
import { NEW_MEMBER_POSTS_PER_DAY } from '$lib/domain/network';
import { pbDate } from '$lib/domain/time';
import type { SammenDb } from '$lib/sync/db';
import { freshDb } from '$lib/sync/test-fixtures';
import { groupPage, moderationQueue, myPostingAllowance, reportedByMe } from './network';

const me = 'mona00000000001';
const mikkel = 'mikkel000000001';
const hoursAgo = (h: number) => pbDate(Date.now() - h * 3600_000);
let db: SammenDb;

beforeEach(async () => {
	db = freshDb('unit');
	await db.open();
	const put = (collection: string, rows: Record<string, unknown>[]) => db.records(collection).bulkPut(rows.map((r) => ({ updated: hoursAgo(1), ...r })) as never[]);
	await put('network_profiles', [
		{ id: 'profmona0000001', user: me, displayName: 'Mona P.', created: hoursAgo(5) },
		{ id: 'profmikkel00001', user: mikkel, displayName: 'Mikkel P.', created: hoursAgo(500) }
	]);
	await put('groups', [{ id: 'group0000000001', name: 'Trygt sammen', kind: 'open', status: 'approved' }]);
	await put('group_members', [
		{ id: 'gm1', group: 'group0000000001', user: me, role: 'member' },
		{ id: 'gm2', group: 'group0000000001', user: mikkel, role: 'member' }
	]);
	await put('posts', [
		{ id: 'post1', group: 'group0000000001', author: me, text: 'Hej', status: 'visible', created: hoursAgo(30) },
		{ id: 'post2', group: 'group0000000001', author: me, text: 'Hej igen', status: 'visible', created: hoursAgo(3) },
		{ id: 'post3', group: 'group0000000001', author: me, text: 'Og igen', status: 'hidden', created: hoursAgo(2) },
		{ id: 'post4', group: 'group0000000001', author: mikkel, text: 'Køb mine varer', status: 'visible', created: hoursAgo(1) }
	]);
	await put('stories', [{ id: 'story1', title: 'Fra lager til tømrer', body: 'Jeg startede som 41-årig.', status: 'published', author: mikkel }]);
	await put('reports', [
		{ id: 'rep1', target: 'network_profiles', profile: 'profmikkel00001', reporter: me, reason: 'spam', status: 'open', subject: mikkel, created: hoursAgo(1) },
		{ id: 'rep2', target: 'stories', story: 'story1', reporter: 'someoneelse0001', reason: 'andet', status: 'open', subject: mikkel, created: hoursAgo(1) }
	]);
});

describe('posting limits on the device', () => {
	it('counts my posts of the last 24 hours, any status, while I am new', async () => {
		const allowance = await myPostingAllowance(db, me, 'learner');
		expect(allowance).toEqual({ limited: true, left: NEW_MEMBER_POSTS_PER_DAY - 2, nextAt: null });
	});
	it('staff, and members past their first days, are not limited', async () => {
		expect((await myPostingAllowance(db, me, 'mentor'))?.limited).toBe(false);
		expect((await myPostingAllowance(db, mikkel, 'learner'))?.limited).toBe(false);
	});
	it('someone outside the network has no allowance', async () => {
		expect(await myPostingAllowance(db, 'nobody000000001', 'learner')).toBeNull();
	});
});

describe('reporting', () => {
	it('what I reported, by the thing reported', async () => {
		expect([...(await reportedByMe(db, me))]).toEqual(['profmikkel00001']);
	});
	it("the group page knows each member's and author's profile, and what I reported", async () => {
		const page = (await groupPage(db, 'group0000000001', me))!;
		expect(page.members.map((m) => [m.name, m.profile])).toEqual([
			['Mikkel P.', 'profmikkel00001'],
			['Mona P.', 'profmona0000001']
		]);
		expect(page.threads.find((t) => t.id === 'post4')?.profile).toBe('profmikkel00001');
		expect(page.reported.has('profmikkel00001')).toBe(true);
	});
	it("the moderators' queue has the story (not my own report about a person)", async () => {
		const items = await moderationQueue(db, me);
		expect(items.map((i) => [i.report.target, i.story?.title ?? null])).toEqual([['stories', 'Fra lager til tømrer']]);
	});
});
