import type { MilestonesOwnerOptions, PlanPhasesKindOptions } from '$lib/pb/types.gen';
import { TEMPLATE_OWNERS, TEMPLATE_PHASE_KINDS, templateProblems } from '$lib/domain/plan-template';
import { addDays, storedDay, type Day } from './dates';

/** One milestone of a template (stored as JSON in plan_templates.phases; checked by the server). */
export type TemplateMilestone = {
	key: string;
	title: string;
	explanation: string;
	why: string;
	helper: string;
	owner: MilestonesOwnerOptions;
	/** The mentor confirms it when the learner ticks it. */
	confirm: boolean;
	/** Days from the start of the plan until the milestone begins, and how long it takes. */
	offsetDays: number;
	durationDays: number;
};

export type TemplatePhase = {
	key: string;
	title: string;
	kind: PlanPhasesKindOptions;
	explanation: string;
	milestones: TemplateMilestone[];
};

/** Who may own a step, and the kinds of phase: the kernel's lists, which the server checks. */
export const owners: readonly MilestonesOwnerOptions[] = TEMPLATE_OWNERS;
export const phaseKinds: readonly PlanPhasesKindOptions[] = TEMPLATE_PHASE_KINDS;

/** A short key for a new phase or milestone (unique within its template). */
export const newKey = () => Math.random().toString(36).slice(2, 10);

/** The phases of a template record, made safe to render (a bad value gives no phases). */
export function templatePhases(value: unknown): TemplatePhase[] {
	if (!Array.isArray(value)) return [];
	return value.filter((p): p is TemplatePhase => Boolean(p) && typeof p === 'object' && Array.isArray(p.milestones));
}

/** The usual path of an adult apprentice, for a new template. */
export function standardPhases(titles: Record<PlanPhasesKindOptions, string>): TemplatePhase[] {
	const kinds: PlanPhasesKindOptions[] = ['afklaring', 'grundforloeb', 'hovedforloeb', 'svendeproeve', 'svendebrev'];
	return kinds.map((kind) => ({ key: kind, title: titles[kind], kind, explanation: '', milestones: [] }));
}

export function newMilestone(title: string): TemplateMilestone {
	return { key: newKey(), title, explanation: '', why: '', helper: '', owner: 'learner', confirm: false, offsetDays: 0, durationDays: 14 };
}

/** What a template's problems are, for the form: the server's own check (the kernel's). */
export { templateProblems };

export type NewPlanRecords = {
	plan: Record<string, unknown>;
	phases: (Record<string, unknown> & { id: string })[];
	milestones: Record<string, unknown>[];
};

/**
 * The records of a new plan made from a template: the plan, its phases and its milestones,
 * with dates counted from `start`. Ids are made here, so the milestones can point at
 * their phases before anything has reached the server.
 */
export function planFromTemplate(
	template: { id: string; name: string; programme: string; phases: unknown },
	learner: { id: string; school: string },
	start: Day,
	newId: () => string
): NewPlanRecords {
	const planId = newId();
	const phases = templatePhases(template.phases);
	const phaseRecords = phases.map((p, i) => ({
		id: newId(),
		plan: planId,
		learner: learner.id,
		order: i + 1,
		title: p.title,
		kind: p.kind,
		explanation: p.explanation ?? ''
	}));
	const milestones = phases.flatMap((p, i) =>
		p.milestones.map((m, j) => ({
			plan: planId,
			learner: learner.id,
			phase: phaseRecords[i]?.id,
			order: j + 1,
			title: m.title,
			explanation: m.explanation ?? '',
			why: m.why ?? '',
			helper: m.helper ?? '',
			owner: m.owner,
			confirm: m.confirm,
			start: storedDay(addDays(start, m.offsetDays)),
			due: storedDay(addDays(start, m.offsetDays + m.durationDays)),
			status: 'todo',
			templateKey: m.key
		}))
	);
	return {
		plan: {
			id: planId,
			learner: learner.id,
			school: learner.school,
			programme: template.programme,
			template: template.id,
			title: template.name,
			start: storedDay(start)
		},
		phases: phaseRecords,
		milestones
	};
}
