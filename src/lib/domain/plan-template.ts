// A plan template's phases (plan_templates.phases, JSON): the one check, used by the
// template editor in the browser and by pb_hooks/plan.pb.js (through kernel.gen.js) on
// every create and update, so the two can never disagree.
import { limits } from './limits.gen';

export const TEMPLATE_OWNERS = ['learner', 'mentor', 'school', 'employer'] as const;
export const TEMPLATE_PHASE_KINDS = [
	'afklaring',
	'grundforloeb',
	'hovedforloeb',
	'skole',
	'praktik',
	'svendeproeve',
	'svendebrev',
	'andet'
] as const;

/** A template's limits; what becomes a field of a plan's phase or step has that field's limit. */
export const templateLimits = {
	phases: 12,
	stepsPerPhase: 30,
	key: limits.milestones.templateKey.max,
	phaseTitle: limits.plan_phases.title.max,
	stepTitle: limits.milestones.title.max,
	text: limits.milestones.explanation.max,
	helper: limits.milestones.helper.max,
	days: 3650
} as const;

export type TemplateProblemCode =
	| 'notJson'
	| 'noPhases'
	| 'tooManyPhases'
	| 'notObject'
	| 'phaseKey'
	| 'phaseTitle'
	| 'kind'
	| 'phaseText'
	| 'stepCount'
	| 'stepKey'
	| 'stepTitle'
	| 'stepText'
	| 'owner'
	| 'confirm'
	| 'days';

/** One problem: where (0-based phase and step) and what; `message` is the server's words (Danish). */
export type TemplateProblem = { phase?: number; step?: number; problem: TemplateProblemCode; message: string };

type Loose = Record<string, unknown>;

const text = (value: unknown, max: number, required: boolean) =>
	typeof value === 'string' && value.length <= max && (!required || value.trim().length > 0);
const optionalText = (value: unknown, max: number) => value === undefined || text(value, max, false);
const wholeDays = (value: unknown) =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= templateLimits.days;

/**
 * Every problem of a template's phases (a JSON string or the parsed value); empty when
 * it is fine. Phase keys are unique among phases, step keys among all steps (a plan's
 * steps keep theirs).
 */
export function templateProblems(raw: unknown): TemplateProblem[] {
	let phases: unknown = raw;
	if (typeof raw === 'string') {
		try {
			phases = JSON.parse(raw);
		} catch {
			return [{ problem: 'notJson', message: 'Faserne kan ikke læses.' }];
		}
	}
	const many = 'En skabelon har 1 til 12 faser.';
	if (!Array.isArray(phases)) return [{ problem: 'noPhases', message: many }];
	if (phases.length === 0) return [{ problem: 'noPhases', message: many }];
	if (phases.length > templateLimits.phases) return [{ problem: 'tooManyPhases', message: many }];

	const out: TemplateProblem[] = [];
	const keys: Record<string, true> = {};
	const stepKeys: Record<string, true> = {};
	phases.forEach((value: unknown, i) => {
		const at = (problem: TemplateProblemCode, message: string, step?: number) =>
			out.push(step === undefined ? { phase: i, problem, message } : { phase: i, step, problem, message });
		const name = `Fase ${i + 1}`;
		if (!value || typeof value !== 'object') return at('notObject', `${name} kan ikke læses.`);
		const p = value as Loose;
		if (!text(p.key, templateLimits.key, true) || keys[p.key as string]) at('phaseKey', `${name} skal have sin egen nøgle.`);
		else keys[p.key as string] = true;
		if (!text(p.title, templateLimits.phaseTitle, true)) at('phaseTitle', `${name} skal have en titel på højst ${templateLimits.phaseTitle} tegn.`);
		if (!(TEMPLATE_PHASE_KINDS as readonly unknown[]).includes(p.kind)) at('kind', `${name} har en ukendt type.`);
		if (!optionalText(p.explanation, templateLimits.text)) at('phaseText', `${name}: forklaringen er for lang.`);
		if (!Array.isArray(p.milestones) || p.milestones.length > templateLimits.stepsPerPhase) {
			return at('stepCount', `${name} har 0 til 30 milepæle.`);
		}
		p.milestones.forEach((stepValue: unknown, j) => {
			const where = `${name}, milepæl ${j + 1}`;
			if (!stepValue || typeof stepValue !== 'object') return at('notObject', `${where} kan ikke læses.`, j);
			const m = stepValue as Loose;
			if (!text(m.key, templateLimits.key, true) || stepKeys[m.key as string]) at('stepKey', `${where} skal have sin egen nøgle.`, j);
			else stepKeys[m.key as string] = true;
			if (!text(m.title, templateLimits.stepTitle, true)) at('stepTitle', `${where} skal have en titel på højst ${templateLimits.stepTitle} tegn.`, j);
			for (const f of ['explanation', 'why']) {
				if (!optionalText(m[f], templateLimits.text)) at('stepText', `${where}: ${f} er for lang.`, j);
			}
			if (!optionalText(m.helper, templateLimits.helper)) at('stepText', `${where}: hjælper er for lang.`, j);
			if (!(TEMPLATE_OWNERS as readonly unknown[]).includes(m.owner)) at('owner', `${where} har en ukendt ejer.`, j);
			if (typeof m.confirm !== 'boolean') at('confirm', `${where}: confirm skal være true eller false.`, j);
			if (!wholeDays(m.offsetDays) || !wholeDays(m.durationDays)) {
				at('days', `${where}: start og varighed er hele dage fra 0 til 3650.`, j);
			}
		});
	});
	return out;
}
