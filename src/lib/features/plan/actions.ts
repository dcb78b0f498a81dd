// Every change to a plan goes through the sync engine: applied on the device at once,
// sent in order when there is a connection. PocketBase's rules decide who may do what;
// the hook writes the history.
import type { MilestonesOwnerOptions, PlanPhasesIncomeKindOptions } from '$lib/pb/types.gen';
import { sync } from '$lib/sync/engine.svelte';
import { newRecordId } from '$lib/sync/ids';
import { storedDay, type Day } from './dates';
import { shrinkPhoto } from '$lib/media/photo';
import { protectedFile } from '$lib/pb/files';
import { limits } from '$lib/domain/limits.gen';
import type { Phase, Milestone } from './progress';
import type { Evidence } from './queries';
import { planFromTemplate, type TemplateMilestone, type TemplatePhase } from './template';

/** The fields of `next` whose value differs from the record's (a missing value counts as empty). */
export function changedFields(record: object, next: Record<string, unknown>): Record<string, unknown> {
	const current = record as Record<string, unknown>;
	const same = (a: unknown, b: unknown) =>
		typeof b === 'boolean' ? Boolean(a) === b : typeof b === 'number' ? Number(a ?? 0) === b : String(a ?? '') === b;
	return Object.fromEntries(Object.entries(next).filter(([k, v]) => !same(current[k], v)));
}

// ------------------------------------------------------------------ the learner

/** The learner ticks their own milestone: done, or waiting when the mentor must confirm it. */
export function tickMilestone(milestone: Pick<Milestone, 'id' | 'confirm'>) {
	return sync.update('milestones', milestone.id, { status: milestone.confirm ? 'waiting' : 'done' });
}

/** Takes a tick back (while it waits, or when it needed no confirmation). */
export function untickMilestone(milestone: Pick<Milestone, 'id'>) {
	return sync.update('milestones', milestone.id, { status: 'todo' });
}

/** A photo (made smaller first) or a PDF; it waits in the outbox as a Blob when offline. */
export async function addEvidence(milestone: Pick<Milestone, 'id' | 'learner'>, file: File, note: string) {
	const small = await shrinkPhoto(file);
	return sync.create('milestone_evidence', { milestone: milestone.id, learner: milestone.learner, note: note.trim(), file: small });
}

/**
 * A photo or file the learner already sent in Beskeder becomes this milestone's evidence:
 * stored as evidence of its own (fetched once, so it needs the network unless the file
 * still waits on the device), and the message stays as it was.
 */
export async function useSentAsEvidence(milestone: Pick<Milestone, 'id' | 'learner'>, sent: Evidence) {
	const blob = sent.file instanceof Blob ? sent.file : await protectedFile('messages', sent.id, sent.file);
	const name = sent.file instanceof Blob ? ((sent.file as File).name ?? 'bevis') : sent.file.replace(/_[a-z0-9]{10}(\.[^.]+)$/i, '$1');
	return addEvidence(milestone, new File([blob], name, { type: blob.type }), sent.note.slice(0, limits.milestone_evidence.note.max));
}

export function removeEvidence(id: string) {
	return sync.remove('milestone_evidence', id);
}

// ------------------------------------------------------------------ the mentor

/** Makes the plan, its phases and milestones from a template; returns the plan's id. */
export async function createPlan(
	template: { id: string; name: string; programme: string; phases: unknown },
	learner: { id: string; school: string },
	start: Day
): Promise<string> {
	const records = planFromTemplate(template, learner, start, newRecordId);
	const planId = await sync.create('plans', records.plan);
	for (const phase of records.phases) await sync.create('plan_phases', phase);
	for (const milestone of records.milestones) await sync.create('milestones', milestone);
	return planId;
}

export function deletePlan(planId: string) {
	return sync.remove('plans', planId);
}

export function setStatus(milestone: Pick<Milestone, 'id'>, status: 'todo' | 'done') {
	return sync.update('milestones', milestone.id, { status });
}

/** A milestone as the plan editor edits it: a template milestone's words, with real days. */
export type MilestoneFields = Pick<TemplateMilestone, 'title' | 'explanation' | 'why' | 'helper' | 'owner' | 'confirm'> & {
	start: Day;
	due: Day;
};

/** Only the fields that changed are sent: a smaller edit meets fewer conflicts. */
export function editMilestone(milestone: Milestone, fields: MilestoneFields) {
	const next: Record<string, unknown> = {
		title: fields.title.trim(),
		explanation: fields.explanation.trim(),
		why: fields.why.trim(),
		helper: fields.helper.trim(),
		owner: fields.owner,
		confirm: fields.confirm,
		start: storedDay(fields.start),
		due: storedDay(fields.due)
	};
	const change = changedFields(milestone, next);
	if (Object.keys(change).length === 0) return Promise.resolve();
	return sync.update('milestones', milestone.id, change);
}

/** Merit from the RKV: skip the milestone, or shorten it (a note and a new date). */
export function setMerit(milestone: Milestone, kind: 'skip' | 'shorten', note: string, due: Day) {
	if (kind === 'skip') return sync.update('milestones', milestone.id, { status: 'merit', meritNote: note.trim() });
	const change: Record<string, unknown> = { meritNote: note.trim() };
	if (milestone.status === 'merit') change.status = 'todo';
	if (due && storedDay(due) !== milestone.due) change.due = storedDay(due);
	return sync.update('milestones', milestone.id, change);
}

export function clearMerit(milestone: Milestone) {
	return sync.update('milestones', milestone.id, { meritNote: '', ...(milestone.status === 'merit' ? { status: 'todo' } : {}) });
}

export async function addMilestone(phase: Phase, title: string, owner: MilestonesOwnerOptions, due: Day, after: Milestone[]) {
	const last = after.at(-1);
	return sync.create('milestones', {
		plan: phase.plan,
		learner: phase.learner,
		phase: phase.id,
		order: (last?.order ?? 0) + 1,
		title: title.trim(),
		owner,
		confirm: owner === 'learner',
		status: 'todo',
		due: storedDay(due)
	});
}

export function removeMilestone(milestone: Pick<Milestone, 'id'>) {
	return sync.remove('milestones', milestone.id);
}

/**
 * Moves a milestone one place up or down the whole path (buttons, not only drag). Within
 * its phase it takes a place between its neighbours (one edit, one history line);
 * past the phase's edge it moves into the next or previous phase.
 */
export function moveMilestone(milestones: Milestone[], phases: Phase[], milestone: Milestone, direction: -1 | 1) {
	const inPhase = milestones.filter((s) => s.phase === milestone.phase);
	const i = inPhase.findIndex((s) => s.id === milestone.id);
	const j = i + direction;
	if (j >= 0 && j < inPhase.length) {
		const neighbour = inPhase[j] as Milestone;
		const beyond = inPhase[j + direction];
		const order = beyond ? (neighbour.order + beyond.order) / 2 : neighbour.order + direction;
		return sync.update('milestones', milestone.id, { order });
	}
	const p = phases.findIndex((ph) => ph.id === milestone.phase);
	const target = phases[p + direction];
	if (!target) return Promise.resolve();
	const there = milestones.filter((s) => s.phase === target.id);
	const order = direction === 1 ? (there[0]?.order ?? 1) - 1 : (there.at(-1)?.order ?? 0) + 1;
	return sync.update('milestones', milestone.id, { phase: target.id, order });
}

export type Economy = {
	incomeKind: PlanPhasesIncomeKindOptions | '';
	incomeAmount: number | null;
	incomeNote: string;
	schoolAddress: string;
	schoolTravelMinutes: number | null;
	workplace: string;
	workplaceAddress: string;
	workTravelMinutes: number | null;
};

export function saveEconomy(phase: Phase, economy: Economy) {
	const next: Record<string, unknown> = {
		...economy,
		incomeAmount: economy.incomeAmount ?? 0,
		schoolTravelMinutes: economy.schoolTravelMinutes ?? 0,
		workTravelMinutes: economy.workTravelMinutes ?? 0,
		incomeNote: economy.incomeNote.trim(),
		schoolAddress: economy.schoolAddress.trim(),
		workplace: economy.workplace.trim(),
		workplaceAddress: economy.workplaceAddress.trim()
	};
	const change = changedFields(phase, next);
	if (Object.keys(change).length === 0) return Promise.resolve();
	return sync.update('plan_phases', phase.id, change);
}

// ------------------------------------------------------------------ templates

export function createTemplate(school: string, programme: string, name: string, phases: TemplatePhase[]) {
	return sync.create('plan_templates', { school, programme, name: name.trim(), description: '', phases });
}

export function saveTemplate(id: string, fields: { name: string; description: string; phases: TemplatePhase[] }) {
	return sync.update('plan_templates', id, { ...fields, name: fields.name.trim(), description: fields.description.trim() });
}

export function deleteTemplate(id: string) {
	return sync.remove('plan_templates', id);
}
