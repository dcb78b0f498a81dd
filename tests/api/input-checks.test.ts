// Dates and numbers (issue 11): PocketBase's date field stored "2026-13-45" and
// "yesterday" as empty, its number field stored "abc" as 0, and a period could end
// before it started. pb_hooks/input.pb.js checks the raw request for every
// collection: each refusal is 400 with the field's code and plain Danish, and
// nothing is stored or changed.
import { randomUUID } from 'node:crypto';
import type PocketBase from 'pocketbase';
import { ClientResponseError, type RecordModel } from 'pocketbase';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { friendlyError } from '../../src/lib/pb/errors';
import { buildWorld, daysFromNow, type World } from './fixtures';
import { buildPlans, type PlanWorld } from './plan-fixtures';
import { expectRefused, type Unchanged } from './scenarios';

let world: World;
let plans: PlanWorld;
beforeAll(async () => {
	world = await buildWorld();
	plans = await buildPlans(world);
});

/** The request is refused (400) with `code` on `field`, the words are Danish, and nothing changed. */
async function refusedWith(attempt: Promise<unknown>, field: string, code: string, words: string, unchanged: Unchanged) {
	const error = await attempt.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ClientResponseError);
	const response = (error as ClientResponseError).response as { data: Record<string, { code: string }> };
	expect(response.data[field]?.code, JSON.stringify(response)).toBe(code);
	expect(friendlyError(error).fields[field]).toBe(words);
	await expectRefused(world, Promise.reject(error), 400, unchanged);
}

const badDate = 'Det er ikke en rigtig dato.';
const endBeforeStart = 'Slut kan ikke ligge før start. Tjek datoerne.';

describe('classes', () => {
	const newClass = (fields: Record<string, unknown>) => ({
		name: `Hold ${randomUUID().slice(0, 8)}`,
		school: world.schools.A.id,
		programme: world.programmes.A.id,
		...fields
	});
	const coordinator = () => world.as('coordinator');

	it.each([
		['start', '2026-13-45'],
		['start', '2026-02-30'],
		['end', 'yesterday'],
		['end', '31-12-2026'],
		['start', '12'],
		['end', '0001-01-01'],
		['start', '1850-01-01']
	])('refuses %s = %j, stores nothing', async (field, value) => {
		const data = newClass({ [field]: value });
		await refusedWith((await coordinator()).collection('classes').create(data), field, 'sammen_invalid_date', badDate, {
			collection: 'classes',
			filter: 'name = {:name}',
			params: { name: data.name }
		});
	});

	it('refuses a number where a date goes (PocketBase would read it as 1970)', async () => {
		const data = newClass({ start: 1 });
		await refusedWith((await coordinator()).collection('classes').create(data), 'start', 'sammen_invalid_date', badDate, {
			collection: 'classes',
			filter: 'name = {:name}',
			params: { name: data.name }
		});
	});

	it('refuses an end before the start, on create and on update', async () => {
		const data = newClass({ start: '2026-08-10', end: '2026-08-09' });
		await refusedWith((await coordinator()).collection('classes').create(data), 'end', 'sammen_end_before_start', endBeforeStart, {
			collection: 'classes',
			filter: 'name = {:name}',
			params: { name: data.name }
		});
		const saved = await world.temp('classes', newClass({ start: '2026-08-10 00:00:00.000Z', end: '2027-06-30 00:00:00.000Z' }));
		await refusedWith((await coordinator()).collection('classes').update(saved.id, { start: '2027-07-01' }), 'end', 'sammen_end_before_start', endBeforeStart, {
			collection: 'classes',
			record: saved
		});
	});

	it('accepts real dates in the forms the app and the SDK send, one-day classes, and clearing a date', async () => {
		const pb = await coordinator();
		for (const [start, end] of [
			['2026-08-10', '2027-06-30'],
			['2026-08-10 00:00:00.000Z', '2026-08-10 00:00:00.000Z'],
			['2026-08-10T07:00:00Z', '2026-08-10T15:00:00+02:00'],
			['2028-02-29', '']
		]) {
			const created = await pb.collection('classes').create(newClass({ start, end }));
			world.cleanUp('classes', created.id);
			expect(created.start.slice(0, 10)).toBe(start?.slice(0, 10));
		}
	});
});

describe('mentorships', () => {
	const pair = (fields: Record<string, unknown>) => ({
		learner: world.users.stranger.id,
		mentor: world.users.otherMentor.id,
		school: world.schools.A.id,
		start: daysFromNow(0),
		...fields
	});
	const none = (): Unchanged => ({
		collection: 'mentorships',
		filter: 'learner = {:l} && mentor = {:m}',
		params: { l: world.users.stranger.id, m: world.users.otherMentor.id }
	});

	it('refuses a start that is not a date (the field is required, so PocketBase said only "cannot be blank")', async () => {
		await refusedWith((await world.as('coordinator')).collection('mentorships').create(pair({ start: 'i morgen' })), 'start', 'sammen_invalid_date', badDate, none());
	});

	it('refuses an end before the start', async () => {
		const request = (await world.as('coordinator')).collection('mentorships').create(pair({ start: daysFromNow(0), end: daysFromNow(-1) }));
		await refusedWith(request, 'end', 'sammen_end_before_start', endBeforeStart, none());
	});

	it('refuses moving the end of the current mentorship before its start', async () => {
		const current = await world.reread('mentorships', world.mentorships.current.id);
		const request = (await world.as('coordinator')).collection('mentorships').update(current.id, { end: '2000-01-01' });
		await refusedWith(request, 'end', 'sammen_end_before_start', endBeforeStart, { collection: 'mentorships', record: current });
	});
});

describe('plans and milestones', () => {
	let mentor: PocketBase;
	let step: RecordModel;
	beforeEach(async () => {
		mentor = await world.as('mentor');
		step = await plans.step('learner', { start: daysFromNow(1), due: daysFromNow(10) });
	});

	it('refuses a due date before the step starts', async () => {
		const before = await world.reread('milestones', step.id);
		await refusedWith(mentor.collection('milestones').update(step.id, { due: daysFromNow(0) }), 'due', 'sammen_end_before_start', endBeforeStart, {
			collection: 'milestones',
			record: before
		});
	});

	it('refuses a due date that is not a date', async () => {
		const before = await world.reread('milestones', step.id);
		await refusedWith(mentor.collection('milestones').update(step.id, { due: 'næste fredag' }), 'due', 'sammen_invalid_date', badDate, {
			collection: 'milestones',
			record: before
		});
	});

	it('refuses a plan start that is not a date', async () => {
		const plan = await world.reread('plans', plans.plans.learner.plan.id);
		await refusedWith(mentor.collection('plans').update(plan.id, { start: '2026-00-10' }), 'start', 'sammen_invalid_date', badDate, {
			collection: 'plans',
			record: plan
		});
	});

	it('refuses a travel time that is not a number (PocketBase stored it as 0)', async () => {
		const phase = await world.reread('plan_phases', plans.plans.learner.phase.id);
		await refusedWith(mentor.collection('plan_phases').update(phase.id, { schoolTravelMinutes: 'en halv time' }), 'schoolTravelMinutes', 'sammen_not_a_number', 'Skriv et tal.', {
			collection: 'plan_phases',
			record: phase
		});
	});
});

describe('users: numbers and the birth year', () => {
	it.each([['abc'], ['19 85'], [true]])('refuses birthYear = %j, keeps the old one', async (value) => {
		const user = await world.tempUser('A', 'learner');
		await world.su.collection('users').update(user.id, { birthYear: 1990 });
		const before = await world.reread('users', user.id);
		const pb = await world.signIn(user);
		await refusedWith(pb.collection('users').update(user.id, { birthYear: value }), 'birthYear', 'sammen_not_a_number', 'Skriv et tal.', {
			collection: 'users',
			record: before
		});
	});

	it('refuses a birth year that makes a person younger than 14 or older than 100 this year', async () => {
		const user = await world.tempUser('A', 'learner');
		const pb = await world.signIn(user);
		const year = new Date().getUTCFullYear();
		for (const birthYear of [year, year - 13, year - 101, 1900]) {
			const before = await world.reread('users', user.id);
			await refusedWith(pb.collection('users').update(user.id, { birthYear }), 'birthYear', 'sammen_birth_year', 'Det år passer ikke. Tjek, hvornår du er født.', {
				collection: 'users',
				record: before
			});
		}
		for (const birthYear of [year - 14, year - 100, 1985]) {
			await pb.collection('users').update(user.id, { birthYear });
			expect((await world.reread('users', user.id)).birthYear).toBe(birthYear);
		}
	});

	it('refuses quiet hours that are not numbers, also as form fields', async () => {
		const user = await world.tempUser('A', 'learner');
		const before = await world.reread('users', user.id);
		const form = new FormData();
		form.append('quietFrom', 'ni');
		await refusedWith((await world.signIn(user)).collection('users').update(user.id, form), 'quietFrom', 'sammen_not_a_number', 'Skriv et tal.', {
			collection: 'users',
			record: before
		});
	});
});
