// The demo plans (scripts/demo/plan.mjs): the templates pass the server's own check,
// the Tømrer EUV2 template carries the journey's numbers, the four personas' plans look
// calm on the day the demo is loaded (the next step lies ahead; Bjarke's path is short),
// and the other learners' plans are in varied states that agree with their dates.
// The loading itself (idempotent) is covered by seed.test.ts.
import { describe, expect, it } from 'vitest';
import { templateProblems } from '$lib/domain/plan-template';
import { today } from '$lib/features/plan/dates';
import { planView, type Phase, type Milestone } from '$lib/features/plan/progress';
import { planFromTemplate } from '$lib/features/plan/template';
import { extraPlans, plans, statesOnDay, templates } from '../../scripts/demo/plan.mjs';
import { programmes } from '../../scripts/demo-data.mjs';

describe('demo templates', () => {
	it('one per demo programme, each accepted by the server', () => {
		expect(templates.map((t) => t.programme).sort()).toEqual(programmes.map((p) => p.key).sort());
		// the server's own check: plan.pb.js runs this kernel code (pb_hooks/lib/kernel.gen.js)
		for (const t of templates) expect(templateProblems(t.phases), t.name).toEqual([]);
		// (and the same check does refuse a broken one)
		expect(templateProblems([{ ...templates[0]?.phases[0], kind: 'ferie' }])[0]?.message).toMatch(/ukendt type/);
	});

	it('Tømrer EUV2 has 10 steps: 3 before the grundforløb, which can be skipped for merit, and a course the learner proves', () => {
		const tomrer = templates.find((t) => t.name === 'Tømrer EUV2');
		const steps = tomrer?.phases.flatMap((p) => p.milestones) ?? [];
		expect(steps).toHaveLength(10);
		expect(tomrer?.phases[0]?.milestones).toHaveLength(3);
		expect(steps.find((s) => s.title === 'Grundforløbet på skolen')).toBeDefined();
		expect(steps.find((s) => s.title === 'Kursus i førstehjælp og brand')).toMatchObject({ owner: 'learner', confirm: true });
	});

	it('speaks plainly: short titles, and every step says what and why', () => {
		for (const step of templates.flatMap((t) => t.phases.flatMap((p) => p.milestones))) {
			expect(step.title.length, step.title).toBeLessThanOrEqual(60);
			expect(step.explanation.length, step.title).toBeGreaterThan(20);
			expect(step.why.length, step.title).toBeGreaterThan(10);
		}
	});
});

describe('demo plans', () => {
	it('Sarah, Jonas, Bjarke and Lisbeth each have one, with "Tid og økonomi"', () => {
		expect(plans.map((p) => p.learner).sort()).toEqual(['bjarke@sammen.test', 'jonas@sammen.test', 'lisbeth@sammen.test', 'sarah@sammen.test']);
		for (const p of plans) expect(Object.keys(p.economy).length, p.learner).toBeGreaterThanOrEqual(2);
	});

	it("Bjarke's path is short: merit skips a step and shortens another", () => {
		const bjarke = plans.find((p) => p.learner === 'bjarke@sammen.test');
		expect(Object.values(bjarke?.merit ?? {}).filter((m) => m.skip)).toHaveLength(1);
		expect(Object.values(bjarke?.merit ?? {}).filter((m) => !m.skip)).toHaveLength(1);
	});

	it('the other learners: varied states, none that the dates contradict', () => {
		const all = extraPlans.map((p) => ({ p, t: templates.find((t) => t.name === p.template) }));
		expect(all.filter(({ p }) => (p.waiting ?? []).length > 0).length).toBeGreaterThan(3);
		expect(all.filter(({ p }) => p.done.length === 0).length).toBeGreaterThan(3);
		expect(all.filter(({ p }) => p.merit).length).toBeGreaterThan(3);
		for (const { p, t } of all) {
			const steps = t?.phases.flatMap((ph) => ph.milestones) ?? [];
			for (const key of p.waiting ?? []) {
				const step = steps.find((s) => s.key === key);
				// waiting only for a step of the learner's own that the mentor confirms, and that has begun
				expect(step, `${p.learner} ${key}`).toMatchObject({ owner: 'learner', confirm: true });
				expect(step?.offsetDays ?? Infinity).toBeLessThanOrEqual(p.startedDaysAgo);
			}
			// done: what was due before today (nothing due later is done, except what the persona plans say)
			for (const key of p.done) expect((steps.find((s) => s.key === key)?.offsetDays ?? Infinity), `${p.learner} ${key}`).toBeLessThan(p.startedDaysAgo);
		}
	});

	it('statesOnDay: a step is overdue only when its day has passed, and then it is not done', () => {
		const tomrer = templates.find((t) => t.name === 'Tømrer EUV2');
		if (!tomrer) throw new Error('no Tømrer EUV2');
		const { done } = statesOnDay(tomrer.phases, 100, { behind: true });
		// the first-aid course (day 56–70) is overdue on day 100, so not done; the steps before it are
		expect(done).toEqual(['mentor-samtale', 'rkv', 'uddannelsesplan']);
		expect(statesOnDay(tomrer.phases, 100, {}).done).toContain('foerstehjaelp');
		expect(statesOnDay(tomrer.phases, 100, { waiting: true }).waiting).toEqual(['foerstehjaelp']);
		expect(statesOnDay(tomrer.phases, 5, { waiting: true })).toEqual({ done: [], waiting: [] });
	});

	it.each(plans)('$learner: some steps done, and the next step lies ahead', (p) => {
		const template = templates.find((t) => t.name === p.template);
		let n = 0;
		const day = today();
		const start = new Date(Date.parse(`${day}T00:00:00Z`) - p.startedDaysAgo * 86_400_000).toISOString().slice(0, 10);
		const records = planFromTemplate({ id: 't', name: p.template, programme: 'x', phases: template?.phases }, { id: 'l', school: 's' }, start, () => `id${++n}`);
		const steps = records.milestones.map((m, i) => ({
			...m,
			id: `m${i}`,
			status: p.merit?.[String(m.templateKey)]?.skip
				? 'merit'
				: p.done.includes(String(m.templateKey))
					? 'done'
					: (p.waiting ?? []).includes(String(m.templateKey))
						? 'waiting'
						: 'todo'
		})) as unknown as Milestone[];
		const view = planView(records.phases as unknown as Phase[], steps, day);
		expect(view.done).toBeGreaterThanOrEqual(3);
		expect((view.next[0]?.due ?? '').slice(0, 10) >= day).toBe(true);
		expect(view.monthsLeft).toBeGreaterThan(3);
	});
});
