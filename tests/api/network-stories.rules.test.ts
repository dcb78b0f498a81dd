// Fællesskab (issue 14), historier: published stories are read by everyone in the network,
// across schools; a learner writes their own as a draft or sends it (pending); a
// coordinator of the author's school publishes, edits and removes; nobody else writes.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureStatus, listIds } from './fixtures';
import { buildNetworkWorld, type NetActor, type NetWorld } from './network.fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let net: NetWorld;
type Key = 'publishedA' | 'publishedB' | 'pendingByLearner' | 'draftByClassmate' | 'pendingByLearnerB';
let stories: Record<Key, RecordModel>;
beforeAll(async () => {
	net = await buildNetworkWorld();
	const story = (who: Parameters<NetWorld['uid']>[0], school: 'A' | 'B', status: string, title: string) =>
		net.su.collection('stories').create({
			title: `${title} ${net.tag}`,
			body: 'Jeg startede som voksen. Det var svært, men jeg klarede det.',
			trade: 'Tømrer',
			ageBand: '35-44',
			situations: ['karriereskift'],
			status,
			author: net.uid(who),
			school: net.schools[school].id
		});
	stories = {
		publishedA: await story('coordinator', 'A', 'published', 'Fra lager til tømrer'),
		publishedB: await story('coordinatorB', 'B', 'published', 'Svendebrev som 52-årig'),
		pendingByLearner: await story('learner', 'A', 'pending', 'Min vej'),
		draftByClassmate: await story('classmate', 'A', 'draft', 'Kladde'),
		pendingByLearnerB: await story('learnerB', 'B', 'pending', 'Fra Nord')
	};
});
const w = () => net;
const me = (who: Parameters<NetWorld['uid']>[0]) => net.uid(who);

describe('stories: reading', () => {
	whoSees<Key, NetActor>({
		world: w,
		collection: 'stories',
		records: () => stories,
		noun: 'stories',
		field: 'title',
		// published stories are read across the network: other files' worlds have some too
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['publishedA', 'publishedB', 'pendingByLearner']],
			['classmate', ['publishedA', 'publishedB', 'draftByClassmate']],
			['learnerB', ['publishedA', 'publishedB', 'pendingByLearnerB']], // across schools
			['mentor', ['publishedA', 'publishedB']],
			['teacher', ['publishedA', 'publishedB']],
			['coordinator', ['publishedA', 'publishedB', 'pendingByLearner', 'draftByClassmate']], // says yes for school A
			['coordinatorB', ['publishedA', 'publishedB', 'pendingByLearnerB']],
			['blocked', ['publishedA', 'publishedB']],
			['stranger', ['publishedA', 'publishedB']],
			['formerLearner', []] // no network profile
		]
	});

	it('a filter or an expand reaches nothing more', async () => {
		const pb = await net.as('stranger');
		expect(await listIds(pb, 'stories', `status = "pending"`)).toEqual([]);
		const expanded = await pb.collection('stories').getFullList({ expand: 'author,school' });
		expect(JSON.stringify(expanded)).not.toContain('@sammen.test');
	});
});

describe('stories: writing', () => {
	const story = (who: Parameters<NetWorld['uid']>[0], school: 'A' | 'B', extra: Record<string, unknown> = {}) => ({
		title: `Ny historie ${net.tag} ${who}`,
		body: 'Jeg var ledig i to år. Nu er jeg social- og sundhedshjælper.',
		trade: 'SOSU-hjælper',
		ageBand: '35-44',
		situations: ['ledig', 'uddannelsesloeft'],
		status: 'pending',
		author: me(who),
		school: net.schools[school].id,
		...extra
	});

	it('a learner writes a draft, sends it, edits it while waiting and deletes it', async () => {
		const pb = await net.as('stranger');
		const created = await pb.collection('stories').create(story('stranger', 'A', { status: 'draft' }));
		net.cleanUp('stories', created.id);
		await pb.collection('stories').update(created.id, { status: 'pending', title: `Sendt ${net.tag}`, body: 'Ny tekst', trade: 'Tømrer', ageBand: '45-54', situations: ['barsel'] });
		expect(await net.reread('stories', created.id)).toMatchObject({ status: 'pending', title: `Sendt ${net.tag}`, ageBand: '45-54', situations: ['barsel'] });
		await pb.collection('stories').delete(created.id);
		expect(await net.count('stories', 'id = {:id}', { id: created.id })).toBe(0);
	});

	it('the coordinator says yes to a pending story of the school, edits and removes it', async () => {
		const s = await net.temp('stories', story('classmate', 'A'));
		const pb = await net.as('coordinator');
		await pb.collection('stories').update(s.id, { status: 'published', title: `Udgivet ${net.tag}` });
		expect((await net.reread('stories', s.id)).status).toBe('published');
		await pb.collection('stories').delete(s.id);
		expect(await net.count('stories', 'id = {:id}', { id: s.id })).toBe(0);
	});

	it('a coordinator writes and publishes a story at once', async () => {
		const created = await (await net.as('coordinatorB')).collection('stories').create(story('coordinatorB', 'B', { status: 'published' }));
		net.cleanUp('stories', created.id);
		expect(created.status).toBe('published');
	});

	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'stories',
		[
			['anonymous', 'anonymous', () => story('learner', 'A')],
			['someone without a profile', 'formerLearner', () => story('formerLearner', 'A')],
			['a learner, published at once', 'learner', () => story('learner', 'A', { status: 'published' })],
			['the blocked person, published at once', 'blocked', () => story('blocked', 'A', { status: 'published' })],
			['a mentor, published at once', 'mentor', () => story('mentor', 'A', { status: 'published' })],
			['a learner, in the name of another', 'classmate', () => story('learner', 'A')],
			['a learner, for another school', 'learner', () => story('learner', 'B')],
			['the other school learner, for school A', 'learnerB', () => story('learnerB', 'A')],
			['the other school coordinator, for school A', 'coordinatorB', () => story('coordinatorB', 'A', { status: 'published' })],
			['a learner, an age band that is not one', 'stranger', () => story('stranger', 'A', { ageBand: '18-24' })],
			['a learner, a body too long', 'stranger', () => story('stranger', 'A', { body: 'x'.repeat(6001) })]
		],
		(data) => ({ collection: 'stories', filter: 'title = {:t}', params: { t: data.title } })
	);

	const pending = () => stories.pendingByLearner;
	const published = () => stories.publishedA;
	refusedUpdates<NetActor>(w, 'stories', [
		['anonymous', 'anonymous', pending, () => ({ title: 'x' })],
		['the author, publishing', 'learner', pending, () => ({ status: 'published' })],
		['the author, moving school', 'learner', pending, () => ({ school: net.schools.B.id })],
		['the author, giving it away', 'learner', pending, () => ({ author: me('classmate') })],
		['a classmate', 'classmate', pending, () => ({ title: 'x' })],
		['the learner mentor', 'mentor', pending, () => ({ status: 'published' })],
		['a teacher', 'teacher', pending, () => ({ title: 'x' })],
		['the other school coordinator', 'coordinatorB', pending, () => ({ status: 'published' })],
		['the other school coordinator, a published story of school A', 'coordinatorB', published, () => ({ title: 'x' })],
		['the blocked person', 'blocked', published, () => ({ title: 'x' })],
		['a non-member', 'stranger', published, () => ({ title: 'x' })],
		['someone without a profile', 'formerLearner', published, () => ({ title: 'x' })],
		['the coordinator, changing the author', 'coordinator', published, () => ({ author: me('learner') })]
	]);
	it('an author cannot change their story once it is published', async () => {
		const s = await net.temp('stories', story('stranger', 'A', { status: 'published' }));
		const pb = await net.as('stranger');
		await expect(pb.collection('stories').update(s.id, { title: 'x' })).rejects.toMatchObject({ status: 404 });
		await expect(pb.collection('stories').delete(s.id)).rejects.toMatchObject({ status: 404 });
		expect((await net.reread('stories', s.id)).title).toBe(s.title);
	});
	refusedDeletes<NetActor>(w, 'stories', [
		['anonymous', 'anonymous', pending],
		['a classmate', 'classmate', pending],
		['the learner mentor', 'mentor', pending],
		['the other school coordinator', 'coordinatorB', published],
		['the blocked person', 'blocked', published],
		['the other school learner', 'learnerB', published]
	]);
});

describe('stories: the photo and the read-in voice', () => {
	const png = () => new Blob([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))], { type: 'image/png' });
	const form = (extra: Record<string, string | Blob>) => {
		const data = new FormData();
		const fields: Record<string, string | Blob> = {
			title: `Med billede ${net.tag} ${Math.random()}`,
			body: 'Jeg blev færdig som 50-årig.',
			status: 'pending',
			author: net.uid('stranger'),
			school: net.schools.A.id,
			...extra
		};
		for (const [k, v] of Object.entries(fields)) data.append(k, v);
		return data;
	};

	it('the author adds a photo (a protected file: no file without a token)', async () => {
		const pb = await net.as('stranger');
		const created = await pb.collection('stories').create(form({ photo: new File([png()], 'mig.png', { type: 'image/png' }) }));
		net.cleanUp('stories', created.id);
		expect(created.photo).toMatch(/\.png$/);
		const url = pb.files.getURL(created, created.photo);
		expect((await fetch(url)).status).toBe(404);
	});

	it('a voice that is no sound, or a photo that is no picture, is refused (nothing stored)', async () => {
		const pb = await net.as('stranger');
		const notAudio = form({ audio: new File(['tekst, ikke lyd'], 'lyd.webm', { type: 'audio/webm' }) });
		expect(await failureStatus(pb.collection('stories').create(notAudio))).toBe(400);
		const notImage = form({ photo: new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'x.svg', { type: 'image/svg+xml' }) });
		expect(await failureStatus(pb.collection('stories').create(notImage))).toBe(400);
		expect(await net.count('stories', 'author = {:a} && title ~ "Med billede"', { a: net.uid('stranger') })).toBe(0);
	});
});
