// The one check of a template's phases: the same code plan.pb.js runs (pb_hooks/lib/kernel.gen.js).
import { describe, expect, it } from 'vitest';
import { templateProblems } from './plan-template';

const step = (key: string, fields: Record<string, unknown> = {}) => ({
	key,
	title: `Skridt ${key}`,
	owner: 'learner',
	confirm: false,
	offsetDays: 0,
	durationDays: 14,
	...fields
});
const phase = (key: string, milestones: unknown[], fields: Record<string, unknown> = {}) => ({
	key,
	title: `Fase ${key}`,
	kind: 'grundforloeb',
	milestones,
	...fields
});
const codes = (raw: unknown) => templateProblems(raw).map((p) => p.problem);

describe('template phases', () => {
	it('a good template has no problems, as JSON or parsed', () => {
		const good = [phase('a', [step('a1'), step('a2')]), phase('b', [])];
		expect(templateProblems(good)).toEqual([]);
		expect(templateProblems(JSON.stringify(good))).toEqual([]);
	});

	it('names the problems the form shows', () => {
		expect(codes([])).toEqual(['noPhases']);
		const bad = [phase('a', [step('a1', { title: '' }), step('a2', { durationDays: -1 })], { title: ' ' })];
		expect(codes(bad)).toEqual(['phaseTitle', 'stepTitle', 'days']);
		expect(templateProblems(bad).map((p) => [p.phase, p.step])).toEqual([[0, undefined], [0, 0], [0, 1]]);
	});

	it('refuses what only a hand-made request could send, with the server’s words', () => {
		expect(templateProblems('{nope')).toEqual([{ problem: 'notJson', message: 'Faserne kan ikke læses.' }]);
		expect(codes(Array.from({ length: 13 }, (_, i) => phase(`p${i}`, [])))).toEqual(['tooManyPhases']);
		expect(codes([phase('a', []), phase('a', [])])).toEqual(['phaseKey']);
		expect(codes([phase('a', [step('s')]), phase('b', [step('s')])])).toEqual(['stepKey']);
		expect(codes([phase('a', [], { kind: 'ferie' })])).toEqual(['kind']);
		expect(codes([phase('a', [step('s', { owner: 'cat', confirm: 'yes', helper: 'x'.repeat(201) })])])).toEqual([
			'stepText',
			'owner',
			'confirm'
		]);
		expect(codes([phase('a', 'none' as unknown as unknown[])])).toEqual(['stepCount']);
		expect(templateProblems([phase('a', [step('s', { offsetDays: 1.5 })])])[0]?.message).toBe(
			'Fase 1, milepæl 1: start og varighed er hele dage fra 0 til 3650.'
		);
	});
});
