// Hjælp (issue 7): help_articles (published for everyone, drafts and writing for the
// school's coordinators), help_requests (the learner, their current mentor and, for
// IT, the school's IT helpers only), the it_helper role and the readingRuler preference.
import PocketBase, { type RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, buildWorld, failureStatus, listIds, type Actor, type World } from './fixtures';
import { refusals, refusedCreates, refusedDeletes, refusedUpdates, whoSees, type WorldAs } from './scenarios';

let world: World;
/** IT helpers of school A and B (the shared world has none). */
const itHelpers: Record<'A' | 'B', RecordModel> = {} as never;
const itClients: Partial<Record<'itHelper' | 'itHelperB', PocketBase>> = {};

type HelpActor = Actor | 'itHelper' | 'itHelperB';

async function as(actor: HelpActor): Promise<PocketBase> {
	if (actor === 'itHelper' || actor === 'itHelperB') {
		itClients[actor] ??= await world.signIn(itHelpers[actor === 'itHelper' ? 'A' : 'B']);
		return itClients[actor];
	}
	return world.as(actor);
}

/** The world for the scenario tables: its people, and the IT helpers. */
const helpWorld = (): WorldAs<HelpActor> => ({ ...world, as });

const articles = {} as Record<'publishedA' | 'draftA' | 'publishedB' | 'draftB', RecordModel>;
const requests = {} as Record<'reading' | 'it' | 'former' | 'B', RecordModel>;

const article = (school: 'A' | 'B', status: 'draft' | 'published', extra: Record<string, unknown> = {}) => ({
	slug: `artikel-${world.tag}-${school.toLowerCase()}-${status}-${Math.random().toString(36).slice(2, 8)}`,
	title: `Sådan gør du (${school}, ${status})`,
	summary: 'Kort om det.',
	group: 'it',
	body: '# Overskrift\n\n1. Gør det første.\n2. Gør det næste.',
	status,
	order: 1,
	school: world.schools[school].id,
	...extra
});

const request = (learner: keyof World['users'], area: string, extra: Record<string, unknown> = {}) => ({
	learner: world.users[learner].id,
	school: world.users[learner].school,
	area,
	text: 'Jeg kan ikke finde ud af det.',
	status: 'open',
	...extra
});

beforeAll(async () => {
	world = await buildWorld();
	for (const school of ['A', 'B'] as const) {
		itHelpers[school] = await world.su.collection('users').create({
			email: `it-${school.toLowerCase()}.${world.tag}@sammen.test`,
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name: `IT Hjælper ${school}`,
			role: 'it_helper',
			school: world.schools[school].id
		});
	}
	articles.publishedA = await world.su.collection('help_articles').create(article('A', 'published'));
	articles.draftA = await world.su.collection('help_articles').create(article('A', 'draft'));
	articles.publishedB = await world.su.collection('help_articles').create(article('B', 'published'));
	articles.draftB = await world.su.collection('help_articles').create(article('B', 'draft'));
	requests.reading = await world.su.collection('help_requests').create(request('learner', 'laesning'));
	requests.it = await world.su.collection('help_requests').create(request('learner', 'it'));
	requests.former = await world.su.collection('help_requests').create(request('formerLearner', 'tal'));
	requests.B = await world.su.collection('help_requests').create(request('learnerB', 'it'));
});

afterAll(async () => {
	for (const r of Object.values(requests)) await world.su.collection('help_requests').delete(r.id).catch(() => undefined);
	for (const a of Object.values(articles)) await world.su.collection('help_articles').delete(a.id).catch(() => undefined);
	for (const u of Object.values(itHelpers)) await world.su.collection('users').delete(u.id).catch(() => undefined);
});

// ------------------------------------------------------------------ help_articles

type ArticleKey = keyof typeof articles;
const articlesVisibleTo: [HelpActor, ArticleKey[]][] = [
	['anonymous', ['publishedA', 'publishedB']],
	['learner', ['publishedA', 'publishedB']],
	['mentor', ['publishedA', 'publishedB']],
	['teacher', ['publishedA', 'publishedB']],
	['itHelper', ['publishedA', 'publishedB']],
	['learnerB', ['publishedA', 'publishedB']],
	['coordinator', ['publishedA', 'draftA', 'publishedB']],
	['coordinatorB', ['publishedA', 'publishedB', 'draftB']]
];

describe('help_articles: reading', () => {
	whoSees({
		world: helpWorld,
		collection: 'help_articles',
		records: () => articles,
		noun: 'articles (published ones, and drafts of their own school if coordinator)',
		table: articlesVisibleTo,
		scoped: true
	});
});

describe('help_articles: writing', () => {
	it('a coordinator writes an article for their school, and edits and deletes it', async () => {
		const pb = await as('coordinator');
		const data = article('A', 'draft', { author: world.users.coordinator.id });
		const created = await pb.collection('help_articles').create(data);
		world.cleanUp('help_articles', created.id);
		expect(created).toMatchObject({ title: data.title, status: 'draft', author: world.users.coordinator.id });

		await pb.collection('help_articles').update(created.id, { status: 'published', title: 'Ny titel', order: 3 });
		expect(await world.reread('help_articles', created.id)).toMatchObject({ status: 'published', title: 'Ny titel', order: 3 });
		// now public
		expect((await (await as('anonymous')).collection('help_articles').getOne(created.id)).title).toBe('Ny titel');

		await pb.collection('help_articles').delete(created.id);
		expect(await world.count('help_articles', 'id = {:id}', { id: created.id })).toBe(0);
	});

	const refusedArticles: [string, HelpActor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => article('A', 'published')],
		['a learner', 'learner', () => article('A', 'published')],
		['a mentor', 'mentor', () => article('A', 'draft')],
		['a teacher', 'teacher', () => article('A', 'draft')],
		['an IT helper', 'itHelper', () => article('A', 'draft')],
		["another school's coordinator", 'coordinatorB', () => article('A', 'draft')],
		['a coordinator, for another school', 'coordinator', () => article('B', 'draft')],
		['a coordinator, naming someone else as author', 'coordinator', () => article('A', 'draft', { author: world.users.teacher.id })]
	];
	refusedCreates(helpWorld, 'help_articles', refusedArticles, (body) => ({
		collection: 'help_articles',
		filter: 'slug = {:slug}',
		params: { slug: body.slug }
	}));

	const refusedEdits: [string, HelpActor, ArticleKey, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', 'publishedA', () => ({ title: 'Hacket' })],
		['a learner', 'learner', 'publishedA', () => ({ title: 'Hacket' })],
		['a mentor', 'mentor', 'publishedA', () => ({ body: 'Hacket' })],
		['an IT helper', 'itHelper', 'publishedA', () => ({ title: 'Hacket' })],
		["another school's coordinator", 'coordinatorB', 'publishedA', () => ({ title: 'Hacket' })],
		["a coordinator, another school's published article", 'coordinator', 'publishedB', () => ({ title: 'Hacket' })],
		['a coordinator, moving it to another school', 'coordinator', 'draftA', () => ({ school: world.schools.B.id })],
		['a coordinator, naming someone else as author', 'coordinator', 'draftA', () => ({ author: world.users.teacher.id })]
	];
	const now = (key: ArticleKey) => (w: WorldAs<HelpActor>) => w.reread('help_articles', articles[key].id);
	refusedUpdates(
		helpWorld,
		'help_articles',
		refusedEdits.map(([who, actor, key, change]) => [who, actor, now(key), change])
	);

	refusedDeletes(
		helpWorld,
		'help_articles',
		(
			[
				['anonymous', 'publishedA'],
				['learner', 'publishedA'],
				['mentor', 'publishedA'],
				['coordinatorB', 'publishedA'],
				['coordinator', 'publishedB']
			] as const
		).map(([actor, key]) => [`${actor}, ${key}`, actor, now(key)])
	);

	refusedCreates(
		helpWorld,
		'help_articles',
		(
			[
				['slug', 'Med Store Bogstaver'],
				['slug', 'mellem rum'],
				['group', 'sport'],
				['status', 'hemmelig'],
				['title', ''],
				['body', '']
			] as const
		).map(([field, value]) => [`a coordinator, with ${field} = "${value}",`, 'coordinator', () => ({ ...article('A', 'draft'), [field]: value })]),
		(body) => ({ collection: 'help_articles', filter: 'slug = {:slug}', params: { slug: body.slug } })
	);

	it('a slug is unique', async () => {
		const first = await world.temp('help_articles', article('A', 'draft'));
		const copy = { ...article('A', 'draft'), slug: first.slug };
		expect(await failureStatus((await as('coordinator')).collection('help_articles').create(copy))).toBe(400);
	});
});

describe('help_articles: the body is cleaned on save', () => {
	const attacks = [
		'Hej <script>alert(1)</script> du',
		'<iframe src="https://evil.example"></iframe>Tekst',
		'<img src="x" onerror="alert(1)">',
		'<a href="javascript:alert(1)">klik</a>',
		'[klik](javascript:alert(1))',
		'<div onclick=alert(1)>tryk</div>',
		'<svg><script>alert(1)</script></svg>',
		'<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
		'<a href="jav&#x61;script:alert(1)">x</a> <a href="java\tscript:alert(1)">y</a>',
		'<object data="x"></object><embed src="x"><style>body{}</style>'
	];
	it.each(attacks)('%s', async (body) => {
		const pb = await as('coordinator');
		const created = await pb.collection('help_articles').create({ ...article('A', 'draft'), body: `${body}\n\nMere tekst.` });
		world.cleanUp('help_articles', created.id);
		const stored = (await world.reread('help_articles', created.id)).body as string;
		expect(stored).not.toMatch(/<script|<iframe|<svg|<object|<embed|<style|\son\w+\s*=|javascript:/i);
		expect(stored).toContain('Mere tekst.');
		// and on update as well
		await pb.collection('help_articles').update(created.id, { body: `${body} igen` });
		expect((await world.reread('help_articles', created.id)).body).not.toMatch(/<script|<iframe|\son\w+\s*=|javascript:/i);
	});

	it('keeps ordinary Markdown as it is', async () => {
		const body = '# Sådan\n\n1. Tryk på **Log ind**.\n2. Se [hjælpen](/hjaelp).\n\n![Knappen](billede:knap.png)\n\n- 5 < 7 og 7 > 5';
		const created = await world.temp('help_articles', { ...article('A', 'draft'), body });
		expect(created.body).toBe(body);
	});
});

describe('help_articles: pictures', () => {
	// A 1×1 PNG, the smallest real picture.
	const png = Uint8Array.from(
		atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
		(c) => c.charCodeAt(0)
	);

	it('a coordinator adds a picture (stored with a file name), and it is public with the article', async () => {
		const pb = await as('coordinator');
		const draft = await world.temp('help_articles', article('A', 'published'));
		const updated = await pb.collection('help_articles').update(draft.id, {
			'images+': new File([png], 'knap.png', { type: 'image/png' })
		});
		expect(updated.images).toHaveLength(1);
		const url = `${pb.baseURL}/api/files/help_articles/${draft.id}/${updated.images[0]}`;
		const res = await fetch(url);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('image/png');
	});

	it('refuses a picture over 5 MB (400, file size) and stores nothing', async () => {
		const pb = await as('coordinator');
		const draft = await world.temp('help_articles', article('A', 'draft'));
		const big = new Uint8Array(5 * 1024 * 1024 + 10);
		big.set(png);
		const error = await pb
			.collection('help_articles')
			.update(draft.id, { 'images+': new File([big], 'stor.png', { type: 'image/png' }) })
			.catch((e) => e);
		expect(error.status).toBe(400);
		expect(error.response.data.images.code).toBe('validation_file_size_limit');
		expect((await world.reread('help_articles', draft.id)).images).toEqual([]);
	});

	it('refuses a file that is not a picture (an SVG can hold script)', async () => {
		const pb = await as('coordinator');
		const draft = await world.temp('help_articles', article('A', 'draft'));
		const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
		const attempt = pb.collection('help_articles').update(draft.id, {
			'images+': new File([svg], 'x.svg', { type: 'image/svg+xml' })
		});
		expect(await failureStatus(attempt)).toBe(400);
	});
});

// ------------------------------------------------------------------ help_requests

type RequestKey = keyof typeof requests;
const requestsVisibleTo: [HelpActor, RequestKey[]][] = [
	['anonymous', []],
	['learner', ['reading', 'it']],
	['classmate', []],
	['formerLearner', ['former']],
	['stranger', []],
	['mentor', ['reading', 'it']], // not the former learner's (that mentorship ended)
	['otherMentor', ['former']], // took over the former learner
	['teacher', []],
	['coordinator', []],
	['itHelper', ['it']], // IT questions of their own school only
	['itHelperB', ['B']],
	['coordinatorB', []],
	['learnerB', ['B']],
	['mentorB', ['B']]
];

describe('help_requests: reading', () => {
	whoSees({
		world: helpWorld,
		collection: 'help_requests',
		records: () => requests,
		noun: 'requests',
		table: requestsVisibleTo,
		scoped: true
	});

	it('the stored request carries the learner name (the IT helper cannot read users)', async () => {
		const seen = await (await as('itHelper')).collection('help_requests').getOne(requests.it.id);
		expect(seen.learnerName).toBe(world.users.learner.name);
	});
});

const notificationsFor = (user: string, tag: string) =>
	world.count('notifications', 'user = {:user} && tag = {:tag}', { user, tag });

describe('help_requests: asking for help', () => {
	it('a learner asks their mentor; the mentor is notified', async () => {
		const pb = await as('learner');
		const created = await pb.collection('help_requests').create(request('learner', 'tal', { text: '  Hvordan regner jeg procent?  ' }));
		world.cleanUp('help_requests', created.id);
		expect(created).toMatchObject({ status: 'open', text: 'Hvordan regner jeg procent?', learnerName: world.users.learner.name });
		expect(await notificationsFor(world.users.mentor.id, `help-${created.id}`)).toBe(1);
		expect(await notificationsFor(itHelpers.A.id, `help-${created.id}`)).toBe(0);
	});

	it('an IT question also reaches the IT helper of the school (not of another school)', async () => {
		const created = await (await as('learner')).collection('help_requests').create(request('learner', 'it'));
		world.cleanUp('help_requests', created.id);
		expect(await notificationsFor(world.users.mentor.id, `help-${created.id}`)).toBe(1);
		expect(await notificationsFor(itHelpers.A.id, `help-${created.id}`)).toBe(1);
		expect(await notificationsFor(itHelpers.B.id, `help-${created.id}`)).toBe(0);
	});

	it('a recorded message is enough (no text), and stays protected', async () => {
		// the smallest WAV file: a RIFF header with no samples
		const wav = Uint8Array.from([
			0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x41, 0x56, 0x45, 0x66, 0x6d, 0x74, 0x20, 16, 0, 0, 0, 1, 0, 1, 0,
			0x40, 0x1f, 0, 0, 0x80, 0x3e, 0, 0, 2, 0, 16, 0, 0x64, 0x61, 0x74, 0x61, 0, 0, 0, 0
		]);
		const pb = await as('learner');
		const created = await pb.collection('help_requests').create({
			...request('learner', 'laesning', { text: '' }),
			recording: new File([wav], 'besked.wav', { type: 'audio/wav' })
		});
		world.cleanUp('help_requests', created.id);
		expect(created.recording).toMatch(/\.wav$/);
		const url = `${pb.baseURL}/api/files/help_requests/${created.id}/${created.recording}`;
		expect((await fetch(url)).status).toBe(404); // no file token, no file
		const mentor = await as('mentor');
		const token = await mentor.files.getToken();
		expect((await fetch(`${url}?token=${token}`)).status).toBe(200);
		const stranger = await as('otherMentor');
		expect((await fetch(`${url}?token=${await stranger.files.getToken()}`)).status).toBe(404);
	});

	it('neither text nor recording is refused with a plain reason on `text`', async () => {
		const error = await (await as('learner'))
			.collection('help_requests')
			.create(request('learner', 'tal', { text: '   ' }))
			.catch((e) => e);
		expect(error.status).toBe(400);
		expect(error.response.data.text.code).toBe('validation_required');
	});

	const refused: [string, HelpActor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => request('learner', 'tal')],
		['a learner, for a classmate', 'learner', () => request('classmate', 'tal')],
		['a learner, filed under another school', 'learner', () => request('learner', 'tal', { school: world.schools.B.id })],
		['a learner, already in progress', 'learner', () => request('learner', 'tal', { status: 'in_progress' })],
		['a learner, already solved', 'learner', () => request('learner', 'tal', { status: 'solved' })],
		['a learner, with an answer', 'learner', () => request('learner', 'tal', { reply: 'Klaret' })],
		['a learner, naming a helper', 'learner', () => request('learner', 'tal', { helper: world.users.mentor.id })],
		['a learner, giving another name', 'learner', () => request('learner', 'tal', { learnerName: 'Nogen anden' })],
		['a learner, with an unknown area', 'learner', () => request('learner', 'sport')],
		['a mentor, for their learner', 'mentor', () => request('learner', 'tal')],
		['a teacher', 'teacher', () => request('learner', 'tal')],
		['a coordinator', 'coordinator', () => request('learner', 'tal')],
		['an IT helper', 'itHelper', () => request('learner', 'it')]
	];
	refusedCreates(
		helpWorld,
		'help_requests',
		refused.map(([who, actor, data]) => [who, actor, () => ({ ...data(), text: `afvist ${Math.random()}` })]),
		(body) => ({ collection: 'help_requests', filter: 'text = {:text}', params: { text: body.text } })
	);
});

describe('help_requests: answering and solving', () => {
	it('the mentor takes it and solves it with an answer; the learner is told each time', async () => {
		const r = await world.temp('help_requests', request('learner', 'tal'));
		const mentor = await as('mentor');
		await mentor.collection('help_requests').update(r.id, { status: 'in_progress' });
		expect(await world.reread('help_requests', r.id)).toMatchObject({
			status: 'in_progress',
			helper: world.users.mentor.id,
			helperName: world.users.mentor.name
		});
		expect(await notificationsFor(world.users.learner.id, `help-${r.id}`)).toBe(1);

		await mentor.collection('help_requests').update(r.id, { status: 'solved', reply: 'Vi kigger på det sammen i morgen.' });
		expect(await world.reread('help_requests', r.id)).toMatchObject({ status: 'solved', reply: 'Vi kigger på det sammen i morgen.' });
		expect(await notificationsFor(world.users.learner.id, `help-${r.id}`)).toBe(2);
	});

	it('the IT helper takes an IT question of their school', async () => {
		const r = await world.temp('help_requests', request('learner', 'it'));
		await (await as('itHelper')).collection('help_requests').update(r.id, { status: 'solved', reply: 'Prøv nu.' });
		expect(await world.reread('help_requests', r.id)).toMatchObject({ status: 'solved', helper: itHelpers.A.id });
	});

	it('the learner corrects the question and says it is solved; no one is notified of their own change', async () => {
		const r = await world.temp('help_requests', request('learner', 'tal'));
		const learner = await as('learner');
		await learner.collection('help_requests').update(r.id, { text: 'Det var tal.', area: 'tal' });
		await learner.collection('help_requests').update(r.id, { status: 'solved' });
		expect(await world.reread('help_requests', r.id)).toMatchObject({ status: 'solved', text: 'Det var tal.', helper: '' });
		expect(await notificationsFor(world.users.learner.id, `help-${r.id}`)).toBe(0);
	});

	const refusedEdits: [string, HelpActor, () => [keyof World['users'], string], () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => ['learner', 'tal'], () => ({ status: 'solved' })],
		['the learner, setting it in progress', 'learner', () => ['learner', 'tal'], () => ({ status: 'in_progress' })],
		['the learner, answering themselves', 'learner', () => ['learner', 'tal'], () => ({ reply: 'Ja' })],
		['the learner, moving it to a classmate', 'learner', () => ['learner', 'tal'], () => ({ learner: world.users.classmate.id })],
		['the learner, moving it to another school', 'learner', () => ['learner', 'tal'], () => ({ school: world.schools.B.id })],
		['the learner, naming a helper', 'learner', () => ['learner', 'tal'], () => ({ helper: world.users.mentor.id })],
		["a classmate, solving another's", 'classmate', () => ['learner', 'tal'], () => ({ status: 'solved' })],
		['the mentor, changing the question', 'mentor', () => ['learner', 'tal'], () => ({ text: 'Noget andet' })],
		['the mentor, changing the area', 'mentor', () => ['learner', 'tal'], () => ({ area: 'it' })],
		['the mentor, renaming the learner', 'mentor', () => ['learner', 'tal'], () => ({ learnerName: 'X' })],
		["the mentor, a former learner's (ended)", 'mentor', () => ['formerLearner', 'tal'], () => ({ status: 'solved' })],
		["another mentor, someone else's learner", 'otherMentor', () => ['learner', 'tal'], () => ({ status: 'solved' })],
		['a teacher', 'teacher', () => ['learner', 'tal'], () => ({ status: 'solved' })],
		['the coordinator', 'coordinator', () => ['learner', 'tal'], () => ({ status: 'solved' })],
		['the IT helper, a question about numbers', 'itHelper', () => ['learner', 'tal'], () => ({ status: 'solved' })],
		["the IT helper of another school", 'itHelperB', () => ['learner', 'it'], () => ({ status: 'solved' })],
		['the IT helper, moving it out of IT', 'itHelper', () => ['learner', 'it'], () => ({ area: 'andet' })],
		["another school's mentor", 'mentorB', () => ['learner', 'tal'], () => ({ status: 'solved' })]
	];
	refusedUpdates(
		helpWorld,
		'help_requests',
		refusedEdits.map(([who, actor, target, change]) => [
			who,
			actor,
			async (w) => {
				const [learner, area] = target();
				return w.reread('help_requests', (await w.temp('help_requests', request(learner, area))).id);
			},
			change
		])
	);

	it('the learner takes back an open request, but not one that is being handled', async () => {
		const learner = await as('learner');
		const open = await world.temp('help_requests', request('learner', 'tal'));
		await learner.collection('help_requests').delete(open.id);
		expect(await world.count('help_requests', 'id = {:id}', { id: open.id })).toBe(0);

		const busy = await world.temp('help_requests', request('learner', 'tal'));
		await world.su.collection('help_requests').update(busy.id, { status: 'in_progress' });
		expect(await failureStatus(learner.collection('help_requests').delete(busy.id))).toBe(404);
	});

	refusedDeletes(
		helpWorld,
		'help_requests',
		(['mentor', 'itHelper', 'coordinator', 'classmate', 'anonymous'] as const).map((actor) => [
			actor,
			actor,
			(w) => w.temp('help_requests', request('learner', 'it'))
		])
	);
});

// ------------------------------------------------------------------ users: it_helper and readingRuler

describe('users: the IT helper role and the reading ruler', () => {
	it('a coordinator makes an IT helper in their school; the helper reads only their own record', async () => {
		const helper = await world.tempUser('A', 'learner');
		await (await as('coordinator')).collection('users').update(helper.id, { role: 'it_helper' });
		expect((await world.reread('users', helper.id)).role).toBe('it_helper');
		expect(await listIds(await as('itHelper'), 'users')).toEqual([itHelpers.A.id]);
	});

	// each by a throwaway learner, signed in as themselves
	const ownChange = (name: string, change: Record<string, unknown>) => ({
		name,
		as: (user: RecordModel, w: WorldAs) => w.signIn(user),
		given: (w: WorldAs) => w.tempUser('A', 'learner'),
		attempt: (pb: PocketBase, user: RecordModel) => pb.collection('users').update(user.id, change),
		unchanged: (user: RecordModel) => ({ collection: 'users', record: user })
	});
	refusals<RecordModel>(() => world, [
		{ ...ownChange('nobody makes themselves an IT helper', { role: 'it_helper' }), status: 404 },
		...['2', 'on', '7'].map((value) => ({ ...ownChange(`readingRuler = ${value} is refused`, { readingRuler: value }), status: 400 }))
	]);

	it('the IT helper sees the names of the staff of their school, and of no learner', async () => {
		const ids = await listIds(await as('itHelper'), 'people');
		expect(ids).toContain(world.users.mentor.id);
		expect(ids).not.toContain(world.users.learner.id);
		expect(ids).not.toContain(world.users.mentorB.id);
	});

	it.each(['off', '1', '3', '5'])('readingRuler = %s is accepted', async (value) => {
		const user = await world.tempUser('A', 'learner');
		await (await world.signIn(user)).collection('users').update(user.id, { readingRuler: value });
		expect((await world.reread('users', user.id)).readingRuler).toBe(value);
	});

	it('the user reads their own reading ruler', async () => {
		const me = await (await as('learner')).collection('users').getOne(world.users.learner.id);
		expect(me).toHaveProperty('readingRuler');
	});
});
