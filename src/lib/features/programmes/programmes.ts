// The school's programmes and their templates, over the device's data; writes through the
// outbox (programmes and templates are `checked`: a change made on an old copy is asked about).
import type { PlanTemplatesResponse, ProgrammesResponse } from '$lib/pb/types.gen';
import { sync } from '$lib/sync/engine.svelte';
import type { SammenDb } from '$lib/sync/db';

export type Programme = ProgrammesResponse;
export type ProgrammeFields = {
	name: string;
	track: 'EUV1' | 'EUV2' | 'EUV3' | '';
	expectedMonths: string;
	endDocument: '' | 'svendebrev' | 'uddannelsesbevis';
	description: string;
};

export async function schoolProgrammes(db: SammenDb, school: string): Promise<Programme[]> {
	const rows = (await db.records('programmes').where('school').equals(school).toArray()) as unknown as Programme[];
	return rows.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export async function programmePage(db: SammenDb, id: string) {
	const programme = ((await db.records('programmes').get(id)) as unknown as Programme | undefined) ?? null;
	if (!programme) return null;
	const templates = (await db.records('plan_templates').where('school').equals(programme.school).toArray()) as unknown as PlanTemplatesResponse[];
	templates.sort((a, b) => a.name.localeCompare(b.name, 'da'));
	return {
		programme,
		linked: templates.filter((t) => t.programme === id),
		others: templates.filter((t) => t.programme !== id)
	};
}

/** Problems by field, in the form's words' keys ('' when fine). */
export function fieldProblems(f: ProgrammeFields): { name?: 'nameError'; track?: 'trackError'; expectedMonths?: 'monthsError' } {
	const months = f.expectedMonths.trim();
	return {
		name: f.name.trim() ? undefined : 'nameError',
		track: f.track ? undefined : 'trackError',
		expectedMonths: months === '' || (/^\d+$/.test(months) && +months >= 1 && +months <= 120) ? undefined : 'monthsError'
	};
}

const record = (f: ProgrammeFields) => ({
	name: f.name.trim(),
	track: f.track,
	expectedMonths: f.expectedMonths.trim() ? Number(f.expectedMonths) : 0,
	endDocument: f.endDocument,
	description: f.description.trim()
});

export function createProgramme(school: string, f: ProgrammeFields) {
	return sync.create('programmes', { school, ...record(f) });
}

export function saveProgramme(id: string, f: ProgrammeFields) {
	return sync.update('programmes', id, record(f));
}

export function linkTemplate(template: string, programme: string) {
	return sync.update('plan_templates', template, { programme });
}
