// The demo plans (scripts/demo/plan.mjs): the templates pass the server's own check,
// the Tømrer EUV2 template carries the journey's numbers, Bjarke has no plan, and the
// personas' plans look calm on the day the demo is loaded (the next step lies ahead).
// The loading itself (idempotent) is covered by seed.test.ts.
import { describe, expect, it } from 'vitest';
import { templateProblems } from '$lib/domain/plan-template';
import { today } from '$lib/features/plan/dates';
import { planView, type Phase, type Step } from '$lib/features/plan/progress';
import { planFromTemplate } from '$lib/features/plan/template';
import { plans, templates } from '../../scripts/demo/plan.mjs';
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
	it('Sarah, Jonas and Lisbeth have one; Bjarke has none (making his is the demo)', () => {
		expect(plans.map((p) => p.learner).sort()).toEqual(['jonas@sammen.test', 'lisbeth@sammen.test', 'sarah@sammen.test']);
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
			status: p.done.includes(String(m.templateKey)) ? 'done' : (p.waiting ?? []).includes(String(m.templateKey)) ? 'waiting' : 'todo'
		})) as unknown as Step[];
		const view = planView(records.phases as unknown as Phase[], steps, day);
		expect(view.done).toBeGreaterThanOrEqual(3);
		expect((view.next[0]?.due ?? '').slice(0, 10) >= day).toBe(true);
		expect(view.monthsLeft).toBeGreaterThan(3);
	});
});
