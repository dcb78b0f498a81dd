// Plans in the test world (tests/api/fixtures.ts): a template per school, and a plan
// for four learners, each with one phase and three steps. Made as superuser; tests
// that change a step make their own with `step()`, which is deleted afterwards.
import type { RecordModel } from 'pocketbase';
import { daysFromNow, type Person, type World } from './fixtures';

export type PlanOf = { plan: RecordModel; phase: RecordModel; steps: Record<'own' | 'confirmed' | 'mentors', RecordModel> };

export type PlanWorld = {
	templates: { A: RecordModel; B: RecordModel };
	/** learner ← mentor; classmate ← otherMentor; formerLearner ← otherMentor (mentor's ended); learnerB ← mentorB */
	plans: Record<'learner' | 'classmate' | 'formerLearner' | 'learnerB', PlanOf>;
	/** A fresh step in `who`'s plan (deleted after the test). */
	step(who: keyof PlanWorld['plans'], fields?: Record<string, unknown>): Promise<RecordModel>;
};

/** Refused creates in the plan collections are 400 (a rule) or 403 (a hook), as PocketBase answers. */
export const refusedCreate = [400, 403];

/** The smallest valid template content: one phase with one step. */
export const templatePhases = (title = 'Kursus') => [
	{
		key: 'afklaring',
		title: 'Afklaring og RKV',
		kind: 'afklaring',
		explanation: 'Vi finder ud af, hvad du kan.',
		milestones: [
			{
				key: 'samtale',
				title,
				explanation: 'Du møder din mentor.',
				why: 'Så ved I, hvor I starter.',
				helper: '',
				owner: 'mentor',
				confirm: false,
				offsetDays: 0,
				durationDays: 14
			}
		]
	}
];

export async function buildPlans(world: World): Promise<PlanWorld> {
	const su = world.su;
	const templates = {
		A: await su.collection('plan_templates').create({
			school: world.schools.A.id,
			programme: world.programmes.A.id,
			name: `Skabelon A ${world.tag}`,
			phases: templatePhases()
		}),
		B: await su.collection('plan_templates').create({
			school: world.schools.B.id,
			programme: world.programmes.B.id,
			name: `Skabelon B ${world.tag}`,
			phases: templatePhases()
		})
	};

	const makePlan = async (learner: Person, school: 'A' | 'B'): Promise<PlanOf> => {
		const plan = await su.collection('plans').create({
			learner: world.users[learner].id,
			school: world.schools[school].id,
			programme: world.programmes[school].id,
			template: templates[school].id,
			title: `Plan for ${learner}`,
			start: daysFromNow(-60)
		});
		const phase = await su.collection('plan_phases').create({
			plan: plan.id,
			learner: plan.learner,
			order: 1,
			title: 'Grundforløb',
			kind: 'grundforloeb',
			incomeKind: 'veu',
			incomeAmount: 19000
		});
		const base = { plan: plan.id, learner: plan.learner, phase: phase.id, status: 'todo', due: daysFromNow(30) };
		const steps = {
			own: await su.collection('milestones').create({ ...base, order: 1, title: 'Eget skridt', owner: 'learner' }),
			confirmed: await su
				.collection('milestones')
				.create({ ...base, order: 2, title: 'Skridt mentor godkender', owner: 'learner', confirm: true }),
			mentors: await su.collection('milestones').create({ ...base, order: 3, title: 'Mentorens skridt', owner: 'mentor' })
		};
		return { plan, phase, steps };
	};

	const plans = {
		learner: await makePlan('learner', 'A'),
		classmate: await makePlan('classmate', 'A'),
		formerLearner: await makePlan('formerLearner', 'A'),
		learnerB: await makePlan('learnerB', 'B')
	};

	return {
		templates,
		plans,
		step: (who, fields = {}) => {
			const { plan, phase } = plans[who];
			return world.temp('milestones', {
				plan: plan.id,
				learner: plan.learner,
				phase: phase.id,
				order: 9,
				title: 'Et nyt skridt',
				owner: 'learner',
				status: 'todo',
				due: daysFromNow(10),
				...fields
			});
		}
	};
}
