// Mit forløb, part 1: plan_templates, plans and plan_phases, every role × action.
// Templates: the school's coordinators and mentors manage them; staff read them.
// Plans: the learner reads their own; their CURRENT mentor manages it; teachers of
// their classes and the school's coordinator read it. Phases (with income and
// addresses): the learner and their current mentor only.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, daysFromNow, failureStatus, listIds, type Actor, type World } from './fixtures';
import { buildPlans, templatePhases, type PlanWorld } from './plan-fixtures';

let world: World;
let p: PlanWorld;
beforeAll(async () => {
	world = await buildWorld();
	p = await buildPlans(world);
});

type PlanKey = keyof PlanWorld['plans'];

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
	it.each(visible)('%s lists exactly the templates of their school (staff only)', async (actor, keys) => {
		const ids = await listIds(await world.as(actor), 'plan_templates', `name ~ "${world.tag}"`);
		expect(ids).toEqual(keys.map((k) => p.templates[k].id).sort());
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

	const refusedCreates: [string, Actor, () => ReturnType<typeof template>][] = [
		['anonymous', 'anonymous', () => template()],
		['a learner', 'learner', () => template()],
		['a teacher', 'teacher', () => template()],
		["another school's coordinator", 'coordinatorB', () => template()],
		['a coordinator, filed under another school', 'coordinator', () => template('B')],
		["a coordinator, with another school's programme", 'coordinator', () => template('A', 'B')]
	];
	it.each(refusedCreates)('%s cannot create one (nothing stored)', async (_, actor, data) => {
		const body = { ...data(), name: `Afvist ${world.tag} ${actor}` };
		expect([400, 403]).toContain(await failureStatus((await world.as(actor)).collection('plan_templates').create(body)));
		expect(await world.count('plan_templates', 'name = {:n}', { n: body.name })).toBe(0);
	});

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

	it('an edit with bad phases is refused and changes nothing', async () => {
		const record = await world.temp('plan_templates', template());
		const pb = await world.as('coordinator');
		expect(await failureStatus(pb.collection('plan_templates').update(record.id, { phases: [] }))).toBe(400);
		expect(await world.reread('plan_templates', record.id)).toEqual(record);
	});

	const refusedEdits: [string, Actor, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', () => ({ name: 'x' })],
		['a learner', 'learner', () => ({ name: 'x' })],
		['a teacher', 'teacher', () => ({ name: 'x' })],
		["another school's coordinator", 'coordinatorB', () => ({ name: 'x' })],
		["another school's mentor", 'mentorB', () => ({ name: 'x' })],
		['a coordinator moving it to another school', 'coordinator', () => ({ school: world.schools.B.id })],
		["a coordinator giving it another school's programme", 'coordinator', () => ({ programme: world.programmes.B.id })]
	];
	it.each(refusedEdits)('%s cannot edit it (404, unchanged)', async (_, actor, change) => {
		const record = await world.temp('plan_templates', template());
		expect(await failureStatus((await world.as(actor)).collection('plan_templates').update(record.id, change()))).toBe(404);
		expect(await world.reread('plan_templates', record.id)).toEqual(record);
	});

	it.each(['anonymous', 'learner', 'teacher', 'coordinatorB', 'mentorB'] as Actor[])(
		'%s cannot delete it',
		async (actor) => {
			const record = await world.temp('plan_templates', template());
			expect(await failureStatus((await world.as(actor)).collection('plan_templates').delete(record.id))).toBe(404);
			expect(await world.count('plan_templates', 'id = {:id}', { id: record.id })).toBe(1);
		}
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
	const planIds = (keys: PlanKey[]) => keys.map((k) => p.plans[k].plan.id).sort();
	const allPlans = () => planIds(Object.keys(p.plans) as PlanKey[]);

	it.each(visible)('%s lists exactly these plans', async (actor, keys) => {
		const ids = (await listIds(await world.as(actor), 'plans')).filter((id) => allPlans().includes(id));
		expect(ids).toEqual(planIds(keys));
	});

	it.each(visible)('%s views those and gets 404 for the others', async (actor, keys) => {
		const pb = await world.as(actor);
		for (const key of Object.keys(p.plans) as PlanKey[]) {
			const request = pb.collection('plans').getOne(p.plans[key].plan.id);
			if (keys.includes(key)) expect((await request).id).toBe(p.plans[key].plan.id);
			else expect(await failureStatus(request), `${actor} viewing ${key}'s plan`).toBe(404);
		}
	});

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

	const refusedCreates: [string, Actor, () => Promise<ReturnType<typeof planFor>>][] = [
		['anonymous', 'anonymous', async () => planFor((await newMentee()).id)],
		['the learner, for themselves', 'learner', async () => planFor(world.users.learner.id)],
		['a teacher', 'teacher', async () => planFor((await newMentee()).id)],
		['a coordinator', 'coordinator', async () => planFor((await newMentee()).id)],
		["a mentor, for someone else's learner", 'mentor', async () => planFor(world.users.stranger.id)],
		["a mentor, for a learner whose mentorship ended", 'otherMentor', async () => planFor((await newMentee()).id)],
		["another school's mentor", 'mentorB', async () => planFor((await newMentee()).id, 'B')],
		['a mentor, filed under another school', 'mentor', async () => planFor((await newMentee()).id, 'B')],
		[
			"a mentor, with another school's template",
			'mentor',
			async () => ({ ...planFor((await newMentee()).id), template: p.templates.B.id })
		]
	];
	it.each(refusedCreates)('%s cannot create one (nothing stored)', async (_, actor, data) => {
		const body = await data();
		expect([400, 403]).toContain(await failureStatus((await world.as(actor)).collection('plans').create(body)));
		expect(await world.count('plans', 'learner = {:l}', { l: body.learner })).toBe(body.learner === world.users.learner.id ? 1 : 0);
	});

	it('the current mentor edits the title and start of the plan', async () => {
		const { plan } = p.plans.learner;
		const pb = await world.as('mentor');
		await pb.collection('plans').update(plan.id, { title: 'Tømrer EUV2 med merit', start: daysFromNow(-30) });
		expect((await world.reread('plans', plan.id)).title).toBe('Tømrer EUV2 med merit');
		await world.su.collection('plans').update(plan.id, { title: plan.title, start: plan.start });
	});

	const refusedEdits: [string, Actor, PlanKey, () => Record<string, unknown>][] = [
		['anonymous', 'anonymous', 'learner', () => ({ title: 'x' })],
		['the learner', 'learner', 'learner', () => ({ title: 'x' })],
		['a teacher of the class', 'teacher', 'learner', () => ({ title: 'x' })],
		['the coordinator', 'coordinator', 'learner', () => ({ title: 'x' })],
		["another learner's mentor", 'otherMentor', 'learner', () => ({ title: 'x' })],
		['the former mentor (after a handover)', 'mentor', 'formerLearner', () => ({ title: 'x' })],
		['the mentor, giving the plan to another learner', 'mentor', 'learner', () => ({ learner: world.users.stranger.id })],
		['the mentor, moving it to another school', 'mentor', 'learner', () => ({ school: world.schools.B.id })],
		['the mentor, forging who created it', 'mentor', 'learner', () => ({ createdBy: world.users.teacher.id })],
		["the mentor, with another school's template", 'mentor', 'learner', () => ({ template: p.templates.B.id })]
	];
	it.each(refusedEdits)('%s cannot change it (404, unchanged)', async (_, actor, key, change) => {
		const { plan } = p.plans[key];
		const before = await world.reread('plans', plan.id);
		expect(await failureStatus((await world.as(actor)).collection('plans').update(plan.id, change()))).toBe(404);
		expect(await world.reread('plans', plan.id)).toEqual(before);
	});

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

	it.each([
		['anonymous', 'learner'],
		['learner', 'learner'],
		['teacher', 'learner'],
		['coordinator', 'learner'],
		['otherMentor', 'learner'],
		['mentor', 'formerLearner']
	] as [Actor, PlanKey][])('%s cannot delete the %s plan', async (actor, key) => {
		const { plan } = p.plans[key];
		expect(await failureStatus((await world.as(actor)).collection('plans').delete(plan.id))).toBe(404);
		expect(await world.count('plans', 'id = {:id}', { id: plan.id })).toBe(1);
	});
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
	it.each(visible)('%s lists exactly these phases', async (actor, keys) => {
		const all = Object.values(p.plans).map((x) => x.phase.id);
		const ids = (await listIds(await world.as(actor), 'plan_phases')).filter((id) => all.includes(id));
		expect(ids).toEqual(keys.map((k) => p.plans[k].phase.id).sort());
	});

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

	it.each([
		['an income below zero', { incomeAmount: -1 }],
		['a travel time over ten hours', { schoolTravelMinutes: 601 }],
		['an unknown income kind', { incomeKind: 'lotto' }],
		['an address that is too long', { schoolAddress: 'x'.repeat(201) }]
	])('refuses %s (400, unchanged)', async (_, change) => {
		const { phase } = p.plans.learner;
		const before = await world.reread('plan_phases', phase.id);
		expect(await failureStatus((await world.as('mentor')).collection('plan_phases').update(phase.id, change))).toBe(400);
		expect(await world.reread('plan_phases', phase.id)).toEqual(before);
	});

	const refusedCreates: [string, Actor, PlanKey, (plan: { id: string; learner: string }) => Record<string, unknown>][] = [
		['the learner', 'learner', 'learner', (plan) => ({ plan: plan.id, learner: plan.learner, title: 'x' })],
		['a teacher', 'teacher', 'learner', (plan) => ({ plan: plan.id, learner: plan.learner, title: 'x' })],
		['the coordinator', 'coordinator', 'learner', (plan) => ({ plan: plan.id, learner: plan.learner, title: 'x' })],
		["another learner's mentor", 'otherMentor', 'learner', (plan) => ({ plan: plan.id, learner: plan.learner, title: 'x' })],
		['the former mentor', 'mentor', 'formerLearner', (plan) => ({ plan: plan.id, learner: plan.learner, title: 'x' })],
		['the mentor, naming another learner', 'mentor', 'learner', (plan) => ({ plan: plan.id, learner: world.users.classmate.id, title: 'x' })]
	];
	it.each(refusedCreates)('%s cannot add a phase (nothing stored)', async (_, actor, key, data) => {
		const { plan } = p.plans[key];
		const body = { ...data(plan as unknown as { id: string; learner: string }), title: `Afvist ${world.tag} ${actor}` };
		expect([400, 403]).toContain(await failureStatus((await world.as(actor)).collection('plan_phases').create(body)));
		expect(await world.count('plan_phases', 'title = {:t}', { t: body.title })).toBe(0);
	});

	const refusedEdits: [string, Actor, PlanKey, () => Record<string, unknown>][] = [
		['the learner', 'learner', 'learner', () => ({ incomeAmount: 99999 })],
		['a teacher', 'teacher', 'learner', () => ({ incomeAmount: 99999 })],
		['the coordinator', 'coordinator', 'learner', () => ({ incomeAmount: 99999 })],
		["another learner's mentor", 'otherMentor', 'learner', () => ({ incomeAmount: 99999 })],
		['the mentor, moving it to another plan', 'mentor', 'learner', () => ({ plan: p.plans.classmate.plan.id })],
		['the mentor, giving it to another learner', 'mentor', 'learner', () => ({ learner: world.users.classmate.id })]
	];
	it.each(refusedEdits)('%s cannot change a phase (404, unchanged)', async (_, actor, key, change) => {
		const { phase } = p.plans[key];
		const before = await world.reread('plan_phases', phase.id);
		expect(await failureStatus((await world.as(actor)).collection('plan_phases').update(phase.id, change()))).toBe(404);
		expect(await world.reread('plan_phases', phase.id)).toEqual(before);
	});

	it.each(['learner', 'teacher', 'coordinator', 'otherMentor'] as Actor[])('%s cannot delete a phase', async (actor) => {
		const { phase } = p.plans.learner;
		expect(await failureStatus((await world.as(actor)).collection('plan_phases').delete(phase.id))).toBe(404);
		expect(await world.count('plan_phases', 'id = {:id}', { id: phase.id })).toBe(1);
	});
});
