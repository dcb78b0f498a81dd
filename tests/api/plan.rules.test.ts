// Mit forløb, part 1: plan_templates, plans and plan_phases, every role × action.
// Templates: the school's coordinators and mentors manage them; staff read them.
// Plans: the learner reads their own; their CURRENT mentor manages it; teachers of
// their classes and the school's coordinator read it. Phases (with income and
// addresses): the learner and their current mentor only.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { RecordModel } from 'pocketbase';
import { buildWorld, daysFromNow, failureStatus, type Actor, type Person, type World } from './fixtures';
import { buildPlans, refusedCreate, templatePhases, type PlanWorld } from './plan-fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let world: World;
let p: PlanWorld;
beforeAll(async () => {
	world = await buildWorld();
	p = await buildPlans(world);
});

type PlanKey = keyof PlanWorld['plans'];
/** Each learner's plan (or phase), by key: what whoSees checks. */
const each = (part: 'plan' | 'phase') => () =>
	Object.fromEntries(Object.entries(p.plans).map(([key, of]) => [key, of[part]])) as Record<PlanKey, RecordModel>;

// ------------------------------------------------------------------ templates
describe('plan_templates', () => {
	const visible: [Actor, ('A' | 'B')[]][] = [
		['anonymous', []],
		['learner', []],
		['stranger', []],
		['mentor', ['A']],
		['otherMentor', ['A']],
		['teacher', ['A']],
		['otherTeacher', ['A']],
		['coordinator', ['A']],
		['coordinatorB', ['B']],
		['learnerB', []],
		['mentorB', ['B']]
	];
	whoSees({
		world: () => world,
		collection: 'plan_templates',
		records: () => p.templates,
		noun: 'templates of their school (staff only)',
		table: visible,
		scoped: true
	});

	const template = (school: 'A' | 'B' = 'A', programme: 'A' | 'B' = school) => ({
		school: world.schools[school].id,
		programme: world.programmes[programme].id,
		name: `Ny skabelon ${world.tag}`,
		phases: templatePhases()
	});

	it.each(['coordinator', 'mentor'] as Actor[])('a %s of the school creates, edits and deletes one', async (actor) => {
		const pb = await world.as(actor);
		const created = await pb.collection('plan_templates').create(template());
		world.cleanUp('plan_templates', created.id);
		await pb.collection('plan_templates').update(created.id, { name: 'Omdøbt', phases: templatePhases('Nyt navn') });
		const stored = await world.reread('plan_templates', created.id);
		expect(stored.name).toBe('Omdøbt');
		expect((stored.phases as { milestones: { title: string }[] }[])[0]?.milestones[0]?.title).toBe('Nyt navn');
		await pb.collection('plan_templates').delete(created.id);
		expect(await world.count('plan_templates', 'id = {:id}', { id: created.id })).toBe(0);
	});

	refusedCreates(
		() => world,
		'plan_templates',
		(
			[
				['anonymous', 'anonymous', () => template()],
				['a learner', 'learner', () => template()],
				['a teacher', 'teacher', () => template()],
				["another school's coordinator", 'coordinatorB', () => template()],
				['a coordinator, filed under another school', 'coordinator', () => template('B')],
				["a coordinator, with another school's programme", 'coordinator', () => template('A', 'B')]
			] as const
		).map(([who, actor, data]) => [who, actor, () => ({ ...data(), name: `Afvist ${world.tag} ${actor}` })] as const),
		(body) => ({ collection: 'plan_templates', filter: 'name = {:n}', params: { n: body.name } }),
		refusedCreate
	);

	const badPhases: [string, unknown][] = [
		['no phases', []],
		['not a list', { title: 'x' }],
		['a phase without a title', [{ ...templatePhases()[0], title: ' ' }]],
		['an unknown phase kind', [{ ...templatePhases()[0], kind: 'ferie' }]],
		['a step with an unknown owner', [{ ...templatePhases()[0], milestones: [{ ...templatePhases()[0]!.milestones[0], owner: 'chef' }] }]],
		['a step without a title', [{ ...templatePhases()[0], milestones: [{ ...templatePhases()[0]!.milestones[0], title: '' }] }]],
		['negative days', [{ ...templatePhases()[0], milestones: [{ ...templatePhases()[0]!.milestones[0], offsetDays: -3 }] }]],
		['two steps with one key', [{ ...templatePhases()[0], milestones: [templatePhases()[0]!.milestones[0], templatePhases()[0]!.milestones[0]] }]]
	];
	it.each(badPhases)('refuses phases with %s (400 on phases, nothing stored)', async (_, phases) => {
		const body = { ...template(), name: `Forkert ${world.tag}`, phases };
		const error = await (await world.as('coordinator'))
			.collection('plan_templates')
			.create(body)
			.catch((e: { status: number; response: { data: Record<string, unknown> } }) => e);
		expect(error).toMatchObject({ status: 400 });
		expect(Object.keys((error as { response: { data: Record<string, unknown> } }).response.data)).toContain('phases');
		expect(await world.count('plan_templates', 'name = {:n}', { n: body.name })).toBe(0);
	});

	const temp = (w: World) => w.temp('plan_templates', template());
	refusedUpdates(() => world, 'plan_templates', [['a coordinator, with bad phases', 'coordinator', temp, () => ({ phases: [] })]], 400);
	refusedUpdates(() => world, 'plan_templates', [
		['anonymous', 'anonymous', temp, () => ({ name: 'x' })],
		['a learner', 'learner', temp, () => ({ name: 'x' })],
		['a teacher', 'teacher', temp, () => ({ name: 'x' })],
		["another school's coordinator", 'coordinatorB', temp, () => ({ name: 'x' })],
		["another school's mentor", 'mentorB', temp, () => ({ name: 'x' })],
		['a coordinator moving it to another school', 'coordinator', temp, () => ({ school: world.schools.B.id })],
		["a coordinator giving it another school's programme", 'coordinator', temp, () => ({ programme: world.programmes.B.id })]
	]);
	refusedDeletes(
		() => world,
		'plan_templates',
		(['anonymous', 'learner', 'teacher', 'coordinatorB', 'mentorB'] as const).map((actor) => [actor, actor, temp])
	);
});

// ------------------------------------------------------------------ plans
describe('plans', () => {
	const visible: [Actor, PlanKey[]][] = [
		['anonymous', []],
		['learner', ['learner']],
		['classmate', ['classmate']],
		['stranger', []],
		['formerLearner', ['formerLearner']],
		['mentor', ['learner']], // not formerLearner's: that mentorship ended
		['otherMentor', ['classmate', 'formerLearner']],
		['teacher', ['learner', 'classmate']], // class A
		['coTeacher', ['learner', 'classmate']],
		['otherTeacher', ['formerLearner']], // class A2
		['coordinator', ['learner', 'classmate', 'formerLearner']],
		['coordinatorB', ['learnerB']],
		['learnerB', ['learnerB']],
		['mentorB', ['learnerB']]
	];
	whoSees({ world: () => world, collection: 'plans', records: each('plan'), noun: 'plans', table: visible, scoped: true });

	/** A new learner of school A with `mentor` as their current mentor. */
	async function newMentee() {
		const learner = await world.tempUser('A', 'learner');
		await world.temp('mentorships', {
			learner: learner.id,
			mentor: world.users.mentor.id,
			school: world.schools.A.id,
			start: daysFromNow(-1)
		});
		return learner;
	}
	const planFor = (learner: string, school: 'A' | 'B' = 'A') => ({
		learner,
		school: world.schools[school].id,
		programme: world.programmes[school].id,
		template: p.templates[school].id,
		title: 'Tømrer EUV2',
		start: daysFromNow(0)
	});

	it('the current mentor creates a plan for their learner (createdBy is set by the server)', async () => {
		const learner = await newMentee();
		const pb = await world.as('mentor');
		const created = await pb.collection('plans').create({ ...planFor(learner.id), createdBy: world.users.teacher.id });
		world.cleanUp('plans', created.id);
		expect((await world.reread('plans', created.id)).createdBy).toBe(world.users.mentor.id);
	});

	it('a learner has one plan only', async () => {
		const pb = await world.as('mentor');
		expect(await failureStatus(pb.collection('plans').create(planFor(world.users.learner.id)))).toBe(400);
	});

	refusedCreates(
		() => world,
		'plans',
		[
			['anonymous', 'anonymous', async () => planFor((await newMentee()).id)],
			['the learner, for themselves', 'learner', async () => planFor(world.users.learner.id)],
			['a teacher', 'teacher', async () => planFor((await newMentee()).id)],
			['a coordinator', 'coordinator', async () => planFor((await newMentee()).id)],
			["a mentor, for someone else's learner", 'mentor', async () => planFor(world.users.stranger.id)],
			['a mentor, for a learner whose mentorship ended', 'otherMentor', async () => planFor((await newMentee()).id)],
			["another school's mentor", 'mentorB', async () => planFor((await newMentee()).id, 'B')],
			['a mentor, filed under another school', 'mentor', async () => planFor((await newMentee()).id, 'B')],
			[
				"a mentor, with another school's template",
				'mentor',
				async () => ({ ...planFor((await newMentee()).id), template: p.templates.B.id })
			]
		],
		// the learner's own plan is still the one plan they have
		({ learner }) => ({
			collection: 'plans',
			filter: 'learner = {:l}',
			params: { l: learner },
			count: learner === world.users.learner.id ? 1 : 0
		}),
		refusedCreate
	);

	it('the current mentor edits the title and start of the plan', async () => {
		const { plan } = p.plans.learner;
		const pb = await world.as('mentor');
		await pb.collection('plans').update(plan.id, { title: 'Tømrer EUV2 med merit', start: daysFromNow(-30) });
		expect((await world.reread('plans', plan.id)).title).toBe('Tømrer EUV2 med merit');
		await world.su.collection('plans').update(plan.id, { title: plan.title, start: plan.start });
	});

	const plan = (key: PlanKey) => (w: World) => w.reread('plans', p.plans[key].plan.id);
	refusedUpdates(() => world, 'plans', [
		['anonymous', 'anonymous', plan('learner'), () => ({ title: 'x' })],
		['the learner', 'learner', plan('learner'), () => ({ title: 'x' })],
		['a teacher of the class', 'teacher', plan('learner'), () => ({ title: 'x' })],
		['the coordinator', 'coordinator', plan('learner'), () => ({ title: 'x' })],
		["another learner's mentor", 'otherMentor', plan('learner'), () => ({ title: 'x' })],
		['the former mentor (after a handover)', 'mentor', plan('formerLearner'), () => ({ title: 'x' })],
		['the mentor, giving the plan to another learner', 'mentor', plan('learner'), () => ({ learner: world.users.stranger.id })],
		['the mentor, moving it to another school', 'mentor', plan('learner'), () => ({ school: world.schools.B.id })],
		['the mentor, forging who created it', 'mentor', plan('learner'), () => ({ createdBy: world.users.teacher.id })],
		["the mentor, with another school's template", 'mentor', plan('learner'), () => ({ template: p.templates.B.id })]
	]);

	it('the current mentor deletes a plan; its phases and steps go with it', async () => {
		const learner = await newMentee();
		const plan = await world.temp('plans', planFor(learner.id));
		const phase = await world.su
			.collection('plan_phases')
			.create({ plan: plan.id, learner: learner.id, title: 'Fase', order: 1 });
		await world.su.collection('milestones').create({
			plan: plan.id,
			learner: learner.id,
			phase: phase.id,
			title: 'Skridt',
			owner: 'learner',
			status: 'todo'
		});
		await (await world.as('mentor')).collection('plans').delete(plan.id);
		expect(await world.count('milestones', 'plan = {:p}', { p: plan.id })).toBe(0);
		expect(await world.count('plan_phases', 'plan = {:p}', { p: plan.id })).toBe(0);
	});

	refusedDeletes(
		() => world,
		'plans',
		(
			[
				['anonymous', 'learner'],
				['learner', 'learner'],
				['teacher', 'learner'],
				['coordinator', 'learner'],
				['otherMentor', 'learner'],
				['mentor', 'formerLearner']
			] as const
		).map(([actor, key]) => [`${actor}, the ${key} plan`, actor, plan(key)])
	);
});

// ------------------------------------------------------------------ phases (Tid og økonomi)
describe('plan_phases', () => {
	const visible: [Actor, PlanKey[]][] = [
		['anonymous', []],
		['learner', ['learner']],
		['classmate', ['classmate']],
		['stranger', []],
		['mentor', ['learner']],
		['otherMentor', ['classmate', 'formerLearner']],
		// income and addresses are private: no teacher, no coordinator
		['teacher', []],
		['otherTeacher', []],
		['coordinator', []],
		['coordinatorB', []],
		['mentorB', ['learnerB']]
	];
	whoSees({ world: () => world, collection: 'plan_phases', records: each('phase'), noun: 'phases', table: visible, scoped: true });

	it('the mentor adds a phase, fills in Tid og økonomi and removes it', async () => {
		const { plan } = p.plans.learner;
		const pb = await world.as('mentor');
		const phase = await pb
			.collection('plan_phases')
			.create({ plan: plan.id, learner: plan.learner, order: 2, title: 'Hovedforløb', kind: 'hovedforloeb' });
		world.cleanUp('plan_phases', phase.id);
		const economy = {
			incomeKind: 'voksenelevloen',
			incomeAmount: 21500,
			incomeNote: 'Før skat',
			schoolAddress: 'Vestergade 12, 8800 Viborg',
			schoolTravelMinutes: 35,
			workplace: 'Dorte Byg ApS',
			workplaceAddress: 'Industrivej 4, 8800 Viborg',
			workTravelMinutes: 15
		};
		await pb.collection('plan_phases').update(phase.id, economy);
		expect(await world.reread('plan_phases', phase.id)).toMatchObject(economy);
		await pb.collection('plan_phases').delete(phase.id);
		expect(await world.count('plan_phases', 'id = {:id}', { id: phase.id })).toBe(0);
	});

	const phase = (key: PlanKey) => (w: World) => w.reread('plan_phases', p.plans[key].phase.id);
	refusedUpdates(
		() => world,
		'plan_phases',
		(
			[
				['an income below zero', { incomeAmount: -1 }],
				['a travel time over ten hours', { schoolTravelMinutes: 601 }],
				['an unknown income kind', { incomeKind: 'lotto' }],
				['an address that is too long', { schoolAddress: 'x'.repeat(201) }]
			] as const
		).map(([what, change]) => [`the mentor, ${what}`, 'mentor', phase('learner'), () => change]),
		400
	);

	const addPhase = (key: PlanKey, learner?: Person) => () => {
		const { plan } = p.plans[key];
		const learnerId: string = learner ? world.users[learner].id : plan.learner;
		return { plan: plan.id, learner: learnerId, title: `Afvist ${world.tag} ${randomUUID().slice(0, 8)}` };
	};
	refusedCreates(
		() => world,
		'plan_phases',
		[
			['the learner', 'learner', addPhase('learner')],
			['a teacher', 'teacher', addPhase('learner')],
			['the coordinator', 'coordinator', addPhase('learner')],
			["another learner's mentor", 'otherMentor', addPhase('learner')],
			['the former mentor', 'mentor', addPhase('formerLearner')],
			['the mentor, naming another learner', 'mentor', addPhase('learner', 'classmate')]
		],
		(body) => ({ collection: 'plan_phases', filter: 'title = {:t}', params: { t: body.title } }),
		refusedCreate
	);

	refusedUpdates(() => world, 'plan_phases', [
		['the learner', 'learner', phase('learner'), () => ({ incomeAmount: 99999 })],
		['a teacher', 'teacher', phase('learner'), () => ({ incomeAmount: 99999 })],
		['the coordinator', 'coordinator', phase('learner'), () => ({ incomeAmount: 99999 })],
		["another learner's mentor", 'otherMentor', phase('learner'), () => ({ incomeAmount: 99999 })],
		['the mentor, moving it to another plan', 'mentor', phase('learner'), () => ({ plan: p.plans.classmate.plan.id })],
		['the mentor, giving it to another learner', 'mentor', phase('learner'), () => ({ learner: world.users.classmate.id })]
	]);

	refusedDeletes(
		() => world,
		'plan_phases',
		(['learner', 'teacher', 'coordinator', 'otherMentor'] as const).map((actor) => [actor, actor, phase('learner')])
	);
});
