// Mit forløb, part 2: milestones (the learner ticks only their own learner-owned steps,
// never dates or confirmations), evidence files (never for teachers), and the
// history (written only by the server).
import { beforeAll, describe, expect, it } from 'vitest';
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { buildWorld, daysFromNow, failureStatus, listIds, type Actor, type World } from './fixtures';
import { buildPlans, refusedCreate, type PlanWorld } from './plan-fixtures';
import { nobodyWrites, refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
let p: PlanWorld;
beforeAll(async () => {
	world = await buildWorld();
	p = await buildPlans(world);
});

type PlanKey = keyof PlanWorld['plans'];
type StepKey = `${PlanKey}:${keyof PlanWorld['plans'][PlanKey]['steps']}`;
/** Every step of the world's plans, keyed "plan:step", e.g. "learner:own". */
const allSteps = () =>
	Object.fromEntries(
		Object.entries(p.plans).flatMap(([plan, of]) => Object.entries(of.steps).map(([step, record]) => [`${plan}:${step}`, record]))
	) as Record<StepKey, RecordModel>;
const stepsOf = (plans: PlanKey[]) => plans.flatMap((plan) => (['own', 'confirmed', 'mentors'] as const).map((step) => `${plan}:${step}` as const));

// A small valid JPEG (1×1 px) and PDF.
const JPEG = Buffer.from(
	'/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////2wBDAf//////////////////////////////////////////////////////////////////////////////////////wAARCAABAAEDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAA//EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AH//Z',
	'base64'
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const file = (bytes: Uint8Array, name: string, type: string) => new File([Uint8Array.from(bytes)], name, { type });
const photo = () => file(JPEG, 'kursusbevis.jpg', 'image/jpeg');

// ------------------------------------------------------------------ reading
describe('milestones: reading', () => {
	const visible: [Actor, PlanKey[]][] = [
		['anonymous', []],
		['learner', ['learner']],
		['classmate', ['classmate']],
		['stranger', []],
		['mentor', ['learner']],
		['otherMentor', ['classmate', 'formerLearner']],
		['teacher', ['learner', 'classmate']],
		['otherTeacher', ['formerLearner']],
		['coordinator', ['learner', 'classmate', 'formerLearner']],
		['coordinatorB', ['learnerB']],
		['mentorB', ['learnerB']]
	];
	whoSees<StepKey>({
		world: () => world,
		collection: 'milestones',
		records: allSteps,
		noun: 'steps of these plans',
		table: visible.map(([actor, plans]) => [actor, stepsOf(plans)]),
		scoped: true
	});
});

// ------------------------------------------------------------------ the learner ticks
describe('milestones: the learner ticks their own steps', () => {
	it('ticks a step without confirmation as done, and can undo it; the server stamps who and when', async () => {
		const step = await p.step('learner', { confirm: false });
		const pb = await world.as('learner');
		await pb.collection('milestones').update(step.id, { status: 'done' });
		const done = await world.reread('milestones', step.id);
		expect(done).toMatchObject({ status: 'done', doneBy: world.users.learner.id, confirmedBy: '' });
		expect(done.doneAt).not.toBe('');
		await pb.collection('milestones').update(step.id, { status: 'todo' });
		expect(await world.reread('milestones', step.id)).toMatchObject({ status: 'todo', doneBy: '', doneAt: '' });
	});

	it('ticks a step the mentor must confirm: it waits; the mentor confirms it', async () => {
		const step = await p.step('learner', { confirm: true });
		await (await world.as('learner')).collection('milestones').update(step.id, { status: 'waiting' });
		expect(await world.reread('milestones', step.id)).toMatchObject({ status: 'waiting', doneBy: world.users.learner.id });
		await (await world.as('mentor')).collection('milestones').update(step.id, { status: 'done' });
		const confirmed = await world.reread('milestones', step.id);
		expect(confirmed).toMatchObject({
			status: 'done',
			doneBy: world.users.learner.id,
			confirmedBy: world.users.mentor.id
		});
		expect(confirmed.confirmedAt).not.toBe('');
		// the learner hears about it, calmly
		const note = await world.su
			.collection('notifications')
			.getFirstListItem(world.su.filter('user = {:u} && tag = {:t}', { u: world.users.learner.id, t: `plan-${step.id}` }));
		expect(note.title).toContain('Godt gået');
		expect(note.importance).toBe('normal');
	});

	it('can take back a tick that still waits for the mentor', async () => {
		const step = await p.step('learner', { confirm: true, status: 'waiting' });
		await (await world.as('learner')).collection('milestones').update(step.id, { status: 'todo' });
		expect((await world.reread('milestones', step.id)).status).toBe('todo');
	});

	const refused: [string, PlanKey, Record<string, unknown>, Record<string, unknown>][] = [
		['mark a confirm-step done by themselves', 'learner', { confirm: true }, { status: 'done' }],
		['undo a step the mentor confirmed', 'learner', { confirm: true, status: 'done' }, { status: 'todo' }],
		['mark a step "waiting" that needs no confirmation', 'learner', { confirm: false }, { status: 'waiting' }],
		['tick a step the mentor owns', 'learner', { owner: 'mentor' }, { status: 'done' }],
		['tick a step the school owns', 'learner', { owner: 'school' }, { status: 'done' }],
		['skip a step as merit', 'learner', {}, { status: 'merit' }],
		['change the date', 'learner', {}, { due: daysFromNow(90) }],
		['change the date while ticking', 'learner', {}, { status: 'done', due: daysFromNow(90) }],
		['rename the step', 'learner', {}, { title: 'Let' }],
		['switch off the confirmation', 'learner', { confirm: true }, { confirm: false }],
		['make a step their own', 'learner', { owner: 'mentor' }, { owner: 'learner' }],
		['forge the confirmation', 'learner', { confirm: true }, { status: 'waiting', confirmedBy: 'x' }],
		['write a merit note', 'learner', {}, { meritNote: 'Jeg kan det' }],
		["tick a classmate's step", 'classmate', {}, { status: 'done' }]
	];
	refusedUpdates(
		() => world,
		'milestones',
		refused.map(([what, key, fields, change]) => [
			`the learner, trying to ${what},`,
			'learner',
			() => p.step(key, fields),
			() => (change.confirmedBy === 'x' ? { ...change, confirmedBy: world.users.mentor.id } : change)
		])
	);

	refusedCreates(
		() => world,
		'milestones',
		[
			[
				'the learner, adding a step,',
				'learner',
				() => {
					const { plan, phase } = p.plans.learner;
					return { plan: plan.id, learner: plan.learner, phase: phase.id, title: `Eget ${world.tag}`, owner: 'learner', status: 'todo' };
				}
			]
		],
		(body) => ({ collection: 'milestones', filter: 'title = {:t}', params: { t: body.title } }),
		refusedCreate
	);
	refusedDeletes(() => world, 'milestones', [['the learner', 'learner', (w) => w.reread('milestones', p.plans.learner.steps.own.id)]]);
});

// ------------------------------------------------------------------ the mentor edits
describe('milestones: the mentor edits the plan', () => {
	it('adds a step, changes its dates, moves it, marks merit and removes it', async () => {
		const { plan, phase } = p.plans.learner;
		const pb = await world.as('mentor');
		const step = await pb.collection('milestones').create({
			plan: plan.id,
			learner: plan.learner,
			phase: phase.id,
			order: 4,
			title: 'Sikkerhedskursus',
			owner: 'learner',
			status: 'todo',
			due: daysFromNow(20)
		});
		world.cleanUp('milestones', step.id);
		await pb.collection('milestones').update(step.id, { due: daysFromNow(40), start: daysFromNow(30) });
		await pb.collection('milestones').update(step.id, { order: 0.5 });
		await pb.collection('milestones').update(step.id, { status: 'merit', meritNote: 'Har kurset fra sit job' });
		expect(await world.reread('milestones', step.id)).toMatchObject({ status: 'merit', order: 0.5 });
		await pb.collection('milestones').delete(step.id);
		expect(await world.count('milestones', 'id = {:id}', { id: step.id })).toBe(0);
	});

	it('marks a step done for the learner; forged stamps are replaced by the server', async () => {
		const step = await p.step('learner', { owner: 'school', confirm: true });
		await (await world.as('mentor'))
			.collection('milestones')
			.update(step.id, { status: 'done', doneBy: world.users.teacher.id, confirmedBy: world.users.teacher.id });
		expect(await world.reread('milestones', step.id)).toMatchObject({
			doneBy: world.users.mentor.id,
			confirmedBy: world.users.mentor.id
		});
	});

	it('an edit made on an old version is refused (409) and nothing changes', async () => {
		const step = await p.step('learner');
		const pb = await world.as('mentor');
		await pb.collection('milestones').update(step.id, { title: 'Nyeste', _base: step.updated });
		expect(await failureStatus(pb.collection('milestones').update(step.id, { title: 'Gammel', _base: step.updated }))).toBe(409);
		expect((await world.reread('milestones', step.id)).title).toBe('Nyeste');
	});

	const refusedSteps: [string, Actor, PlanKey, (x: PlanWorld['plans'][PlanKey]) => Record<string, unknown>][] = [
		['a teacher', 'teacher', 'learner', ({ plan, phase }) => ({ plan: plan.id, learner: plan.learner, phase: phase.id })],
		['the coordinator', 'coordinator', 'learner', ({ plan, phase }) => ({ plan: plan.id, learner: plan.learner, phase: phase.id })],
		["another learner's mentor", 'otherMentor', 'learner', ({ plan, phase }) => ({ plan: plan.id, learner: plan.learner, phase: phase.id })],
		['the former mentor', 'mentor', 'formerLearner', ({ plan, phase }) => ({ plan: plan.id, learner: plan.learner, phase: phase.id })],
		[
			"the mentor, in another plan's phase",
			'mentor',
			'learner',
			({ plan }) => ({ plan: plan.id, learner: plan.learner, phase: p.plans.classmate.phase.id })
		],
		[
			'the mentor, naming another learner',
			'mentor',
			'learner',
			({ plan, phase }) => ({ plan: plan.id, learner: world.users.classmate.id, phase: phase.id })
		]
	];
	refusedCreates(
		() => world,
		'milestones',
		refusedSteps.map(([who, actor, key, data]) => [
			`${who}, adding a step,`,
			actor,
			() => ({ ...data(p.plans[key]), title: `Afvist ${world.tag} ${actor}`, owner: 'learner', status: 'todo' })
		]),
		(body) => ({ collection: 'milestones', filter: 'title = {:t}', params: { t: body.title } }),
		refusedCreate
	);

	const refusedEdits: [string, Actor, PlanKey, () => Record<string, unknown>][] = [
		['a teacher', 'teacher', 'learner', () => ({ due: daysFromNow(5) })],
		['a teacher, confirming', 'teacher', 'learner', () => ({ status: 'done' })],
		['the coordinator', 'coordinator', 'learner', () => ({ due: daysFromNow(5) })],
		["another learner's mentor", 'otherMentor', 'learner', () => ({ due: daysFromNow(5) })],
		['the former mentor', 'mentor', 'formerLearner', () => ({ due: daysFromNow(5) })],
		["another school's mentor", 'mentorB', 'learner', () => ({ due: daysFromNow(5) })],
		['the mentor, moving it to another plan', 'mentor', 'learner', () => ({ plan: p.plans.classmate.plan.id })],
		["the mentor, into another plan's phase", 'mentor', 'learner', () => ({ phase: p.plans.classmate.phase.id })],
		['the mentor, giving it to another learner', 'mentor', 'learner', () => ({ learner: world.users.classmate.id })]
	];
	refusedUpdates(
		() => world,
		'milestones',
		refusedEdits.map(([who, actor, key, change]) => [who, actor, () => p.step(key), change])
	);
	refusedDeletes(
		() => world,
		'milestones',
		(['anonymous', 'teacher', 'coordinator', 'otherMentor', 'mentorB'] as const).map((actor) => [actor, actor, () => p.step('learner')])
	);
});

// ------------------------------------------------------------------ evidence
describe('milestone_evidence', () => {
	async function addEvidence(pb: PocketBase, milestone: string, f: File = photo()) {
		const created = await pb
			.collection('milestone_evidence')
			.create({ milestone, learner: world.users.learner.id, file: f, note: 'Mit kursusbevis' });
		world.cleanUp('milestone_evidence', created.id);
		return created;
	}

	it('the learner attaches a photo and a PDF to their own step', async () => {
		const step = await p.step('learner');
		const pb = await world.as('learner');
		const image = await addEvidence(pb, step.id);
		const pdf = await addEvidence(pb, step.id, file(PDF, 'aftale.pdf', 'application/pdf'));
		expect(image.file).toMatch(/^kursusbevis.*\.jpg$/);
		expect(pdf.file).toMatch(/\.pdf$/);
		expect(await listIds(pb, 'milestone_evidence', `milestone = "${step.id}"`)).toEqual([image.id, pdf.id].sort());
	});

	it('a file over 10 MB is refused with a clear error, and nothing is stored', async () => {
		const step = await p.step('learner');
		const big = new Uint8Array(10 * 1024 * 1024 + 1);
		big.set(JPEG);
		const error = await (await world.as('learner'))
			.collection('milestone_evidence')
			.create({ milestone: step.id, learner: world.users.learner.id, file: file(big, 'stort.jpg', 'image/jpeg') })
			.catch((e: { status: number; response: { data: Record<string, { code: string }> } }) => e);
		expect(error).toMatchObject({ status: 400 });
		expect((error as { response: { data: Record<string, { code: string }> } }).response.data.file?.code).toBe(
			'validation_file_size_limit'
		);
		expect(await world.count('milestone_evidence', 'milestone = {:m}', { m: step.id })).toBe(0);
	});

	it.each([
		['a text file', file(Buffer.from('hej'), 'noter.txt', 'text/plain')],
		['a Word file', file(Buffer.from('PK\u0003\u0004 not really docx'), 'cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
		['a program dressed as a photo', file(Buffer.from('MZ\u0090\u0000 this is an exe'), 'billede.jpg', 'image/jpeg')]
	])('%s is refused (400, nothing stored)', async (_, f) => {
		const step = await p.step('learner');
		const error = await (await world.as('learner'))
			.collection('milestone_evidence')
			.create({ milestone: step.id, learner: world.users.learner.id, file: f })
			.catch((e: { status: number; response: { data: Record<string, { code: string }> } }) => e);
		expect(error).toMatchObject({ status: 400 });
		expect((error as { response: { data: Record<string, { code: string }> } }).response.data.file?.code).toBe(
			'validation_invalid_mime_type'
		);
		expect(await world.count('milestone_evidence', 'milestone = {:m}', { m: step.id })).toBe(0);
	});

	it('the learner and their mentor see it and can open the file with a file token; nobody else', async () => {
		const step = await p.step('learner');
		const evidence = await addEvidence(await world.as('learner'), step.id);
		const fetchAs = async (actor: Actor) => {
			const pb = await world.as(actor);
			const token = actor === 'anonymous' ? '' : await pb.files.getToken();
			const url = pb.files.getURL(evidence, evidence.file as string, { token });
			return (await fetch(url)).status;
		};
		// without a token, nobody gets the file (it is protected)
		const plain = (await world.as('mentor')).files.getURL(evidence, evidence.file as string);
		expect((await fetch(plain)).status).toBe(404);
		for (const actor of ['learner', 'mentor'] as Actor[]) {
			expect(await listIds(await world.as(actor), 'milestone_evidence', `milestone = "${step.id}"`)).toEqual([evidence.id]);
			expect(await fetchAs(actor), `${actor} opening the file`).toBe(200);
		}
		for (const actor of ['anonymous', 'teacher', 'coTeacher', 'coordinator', 'classmate', 'otherMentor', 'mentorB'] as Actor[]) {
			const pb = await world.as(actor);
			expect(await listIds(pb, 'milestone_evidence', `milestone = "${step.id}"`), `${actor} listing`).toEqual([]);
			expect(await failureStatus(pb.collection('milestone_evidence').getOne(evidence.id)), `${actor} viewing`).toBe(404);
			expect(await fetchAs(actor), `${actor} opening the file`).toBe(404);
		}
	});

	const refusedEvidence: [string, Actor, () => Promise<{ milestone: string; learner: string }>][] = [
		['anonymous', 'anonymous', async () => ({ milestone: (await p.step('learner')).id, learner: world.users.learner.id })],
		['the mentor', 'mentor', async () => ({ milestone: (await p.step('learner')).id, learner: world.users.learner.id })],
		['a teacher', 'teacher', async () => ({ milestone: (await p.step('learner')).id, learner: world.users.learner.id })],
		[
			"the learner, on a classmate's step",
			'learner',
			async () => ({ milestone: (await p.step('classmate')).id, learner: world.users.learner.id })
		],
		[
			'the learner, in a classmate’s name',
			'learner',
			async () => ({ milestone: (await p.step('learner')).id, learner: world.users.classmate.id })
		]
	];
	refusedCreates(
		() => world,
		'milestone_evidence',
		refusedEvidence.map(([who, actor, data]) => [`${who}, attaching evidence,`, actor, async () => ({ ...(await data()), file: photo() })]),
		(body) => ({ collection: 'milestone_evidence', filter: 'milestone = {:m}', params: { m: body.milestone } }),
		refusedCreate
	);

	const learnersEvidence = async (w: World) => addEvidence(await w.as('learner'), (await p.step('learner')).id);
	refusedUpdates(
		() => world,
		'milestone_evidence',
		(['learner', 'mentor', 'coordinator'] as const).map((actor) => [`${actor} (nobody edits evidence)`, actor, learnersEvidence, () => ({ note: 'x' })]),
		403
	);
	refusedDeletes(
		() => world,
		'milestone_evidence',
		(['mentor', 'teacher', 'coordinator', 'classmate'] as const).map((actor) => [actor, actor, learnersEvidence])
	);

	it('the learner deletes their own evidence', async () => {
		const evidence = await learnersEvidence(world);
		await (await world.as('learner')).collection('milestone_evidence').delete(evidence.id);
		expect(await world.count('milestone_evidence', 'id = {:id}', { id: evidence.id })).toBe(0);
	});
});

// ------------------------------------------------------------------ history
describe('plan_changes (history)', () => {
	it('every change is written by the server with who and what; the learner and mentor read it', async () => {
		const step = await p.step('learner', { confirm: false, title: `Historie ${world.tag}` });
		const newDue = daysFromNow(45);
		await (await world.as('mentor')).collection('milestones').update(step.id, { due: newDue });
		await (await world.as('learner')).collection('milestones').update(step.id, { status: 'done' });
		const entries = await (await world.as('learner'))
			.collection('plan_changes')
			.getFullList({ filter: `target = "${step.id}"`, sort: 'created' });
		expect(entries.map((e) => [e.action, e.actor])).toEqual([
			['dates', world.users.mentor.id],
			['ticked', world.users.learner.id]
		]);
		expect(entries[0]?.details).toEqual([{ field: 'due', from: step.due, to: newDue }]);
		expect(entries[0]?.subject).toBe(step.title);
		expect(await listIds(await world.as('mentor'), 'plan_changes', `target = "${step.id}"`)).toHaveLength(2);
	});

	it('a removed step stays in the history by name', async () => {
		const step = await p.step('learner', { title: `Fjernes ${world.tag}` });
		await (await world.as('mentor')).collection('milestones').delete(step.id);
		const [entry] = await world.su.collection('plan_changes').getFullList({ filter: `target = "${step.id}"` });
		expect(entry).toMatchObject({ action: 'removed', subject: step.title, actor: world.users.mentor.id });
	});

	it('teachers, coordinators and other learners do not read it', async () => {
		const step = await p.step('learner');
		await (await world.as('mentor')).collection('milestones').update(step.id, { title: 'Ændret' });
		for (const actor of ['teacher', 'coordinator', 'classmate', 'otherMentor', 'anonymous'] as Actor[]) {
			expect(await listIds(await world.as(actor), 'plan_changes', `target = "${step.id}"`), actor).toEqual([]);
		}
	});

	describe('nobody writes, changes or erases history', () => {
		nobodyWrites({
			world: () => world,
			collection: 'plan_changes',
			actors: ['learner', 'mentor', 'teacher', 'coordinator'],
			create: () => {
				const { plan } = p.plans.learner;
				return { plan: plan.id, learner: plan.learner, actor: world.users.teacher.id, action: 'confirmed', subject: 'Falsk' };
			},
			stored: (forged) => `plan = "${forged.plan}" && subject = "Falsk"`,
			existing: async (w) => {
				const [entry] = await w.su.collection('plan_changes').getFullList({ filter: `plan = "${p.plans.learner.plan.id}"` });
				expect(entry).toBeDefined();
				return entry!;
			},
			change: { subject: 'x' }
		});
	});
});
