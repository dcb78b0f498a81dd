import { describe, expect, it, vi } from 'vitest';
import { changedFields } from './actions';
import { whatIsNew, finished } from './celebrate';
import { addDays, dayOf, monthsBetween, storedDay, today } from './dates';
import { evidenceProblem } from './evidence';
import { duration } from './words';
import { isOverdue, planView, type Phase, type Milestone } from './progress';
import { planFromTemplate, templateProblems, type TemplatePhase } from './template';

// actions.ts writes through the sync engine; only its pure helper is tested here
vi.mock('$lib/sync/engine.svelte', () => ({ sync: {} }));

const phase = (id: string, order: number, title = id): Phase => ({ id, order, title, plan: 'p', learner: 'l' }) as Phase;
const milestone = (id: string, phaseId: string, order: number, fields: Partial<Milestone> = {}): Milestone =>
	({ id, phase: phaseId, order, title: id, status: 'todo', due: '', ...fields }) as Milestone;

describe('planView: where the learner is', () => {
	const phases = [phase('a', 1, 'Afklaring'), phase('g', 2, 'Grundforløb'), phase('h', 3, 'Hovedforløb')];
	const milestones = [
		milestone('a1', 'a', 1, { status: 'done' }),
		milestone('a2', 'a', 2, { status: 'done' }),
		milestone('g2', 'g', 2, { status: 'todo', due: storedDay('2026-12-10') }),
		milestone('g1', 'g', 1, { status: 'merit' }),
		milestone('g3', 'g', 3, { status: 'waiting', due: storedDay('2026-12-20') }),
		milestone('h1', 'h', 1, { due: storedDay('2027-09-01') }),
		milestone('h2', 'h', 2, { due: storedDay('2028-01-15') })
	];
	const view = planView(phases, milestones, '2026-11-22');

	it('counts done milestones of those that count (merit is skipped)', () => {
		expect([view.done, view.total, view.waiting]).toEqual([2, 6, 1]);
		expect(view.percent).toBe(33);
	});

	it('orders the path by phase, then by order', () => {
		expect(view.milestones.map((s) => s.id)).toEqual(['a1', 'a2', 'g1', 'g2', 'g3', 'h1', 'h2']);
	});

	it('puts "Du er her" on the first phase with something left, and finished ones before it', () => {
		expect(view.phases.map((p) => p.state)).toEqual(['done', 'current', 'later']);
		expect(view.current).toBe(1);
	});

	it('gives the next one to three milestones not done yet', () => {
		expect(view.next.map((s) => s.id)).toEqual(['g2', 'h1', 'h2']);
	});

	it('only milestones the learner can act on: not the school’s, the mentor’s or a ticked one', () => {
		const v = planView(phases, [milestone('a1', 'a', 1, { owner: 'school', due: storedDay('2026-11-30') }), milestone('a2', 'a', 2, { status: 'waiting' }), milestone('a3', 'a', 3, { owner: 'learner', due: storedDay('2027-02-01') })], '2026-11-22');
		expect(v.next.map((s) => s.id)).toEqual(['a3']);
	});

	it('the soonest first, whatever their place on the path', () => {
		const v = planView(phases, [milestone('a1', 'a', 1, { due: storedDay('2027-01-10') }), milestone('a2', 'a', 2, { due: storedDay('2026-12-01') }), milestone('a3', 'a', 3)], '2026-11-22');
		expect(v.next.map((s) => s.id)).toEqual(['a2', 'a1', 'a3']);
	});

	it('knows the svendebrev day and the months left', () => {
		expect(view.finish).toBe('2028-01-15');
		expect(view.monthsLeft).toBe(14);
	});

	it('an empty plan is 0 of 0 with no months', () => {
		const empty = planView([], [], '2026-11-22');
		expect([empty.done, empty.total, empty.monthsLeft, empty.next.length]).toEqual([0, 0, null, 0]);
	});

	it('without phases (a teacher) all milestones are one group', () => {
		const v = planView([], milestones, '2026-11-22');
		expect(v.phases).toHaveLength(1);
		expect(v.total).toBe(6);
	});

	it('a milestone is overdue only when not done and its day has passed (in Danish days)', () => {
		expect(isOverdue(milestone('x', 'a', 1, { due: storedDay('2026-11-21') }), '2026-11-22')).toBe(true);
		expect(isOverdue(milestone('x', 'a', 1, { due: storedDay('2026-11-22') }), '2026-11-22')).toBe(false);
		expect(isOverdue(milestone('x', 'a', 1, { due: storedDay('2026-11-01'), status: 'waiting' }), '2026-11-22')).toBe(false);
	});
});

describe('celebrations', () => {
	const phases = [phase('a', 1, 'Afklaring'), phase('g', 2, 'Grundforløb')];
	const before = planView(phases, [milestone('a1', 'a', 1, { status: 'done' }), milestone('a2', 'a', 2, { status: 'waiting' }), milestone('g1', 'g', 1)], '2026-11-22');
	const seen = finished(before);

	it('nothing the first time (the plan may be half done already)', () => {
		expect(whatIsNew(before, null)).toBeNull();
	});

	it('a finished phase gets the bigger celebration', () => {
		const after = planView(phases, [milestone('a1', 'a', 1, { status: 'done' }), milestone('a2', 'a', 2, { status: 'done' }), milestone('g1', 'g', 1)], '2026-11-22');
		expect(whatIsNew(after, seen)).toEqual({ kind: 'phase', title: 'Afklaring' });
	});

	it('a finished milestone gets a small one, once', () => {
		const after = planView(phases, [milestone('a1', 'a', 1, { status: 'done' }), milestone('a2', 'a', 2, { status: 'waiting' }), milestone('g1', 'g', 1, { status: 'done' }), milestone('g2', 'g', 2)], '2026-11-22');
		expect(whatIsNew(after, seen)).toEqual({ kind: 'milestone', title: 'g1' });
		expect(whatIsNew(after, finished(after))).toBeNull();
	});
});

describe('a plan from a template', () => {
	const phases: TemplatePhase[] = [
		{
			key: 'a',
			title: 'Afklaring og RKV',
			kind: 'afklaring',
			explanation: '',
			milestones: [
				{ key: 'm1', title: 'Samtale', explanation: 'x', why: 'y', helper: '', owner: 'mentor', confirm: false, offsetDays: 0, durationDays: 14 },
				{ key: 'm2', title: 'Kursus', explanation: '', why: '', helper: '', owner: 'learner', confirm: true, offsetDays: 10, durationDays: 5 }
			]
		},
		{ key: 'b', title: 'Svendebrev', kind: 'svendebrev', explanation: '', milestones: [] }
	];
	let n = 0;
	const records = planFromTemplate(
		{ id: 'tpl', name: 'Tømrer EUV2', programme: 'prog', phases },
		{ id: 'bjarke', school: 'school' },
		'2026-12-01',
		() => `id${++n}`
	);

	it('makes the plan, its phases and milestones with ids that point at each other', () => {
		expect(records.plan).toMatchObject({ id: 'id1', learner: 'bjarke', template: 'tpl', title: 'Tømrer EUV2', start: '2026-12-01 00:00:00.000Z' });
		expect(records.phases.map((p) => [p.id, p.order, p.plan])).toEqual([
			['id2', 1, 'id1'],
			['id3', 2, 'id1']
		]);
		expect(records.milestones.map((m) => [m.phase, m.templateKey, m.status])).toEqual([
			['id2', 'm1', 'todo'],
			['id2', 'm2', 'todo']
		]);
	});

	it('counts dates from the start day', () => {
		expect(records.milestones[1]).toMatchObject({ start: '2026-12-11 00:00:00.000Z', due: '2026-12-16 00:00:00.000Z', confirm: true });
	});

	it('finds the same problems as the server', () => {
		expect(templateProblems([]).map((p) => p.problem)).toEqual(['noPhases']);
		const bad = structuredClone(phases);
		bad[0]!.title = ' ';
		bad[0]!.milestones[0]!.title = '';
		bad[0]!.milestones[1]!.durationDays = -1;
		expect(templateProblems(bad).map((p) => p.problem)).toEqual(['phaseTitle', 'stepTitle', 'days']);
	});
});

describe('evidence files', () => {
	it('takes photos and PDFs up to 10 MB', () => {
		expect(evidenceProblem({ type: 'image/jpeg', size: 2_000_000, name: 'a.jpg' })).toBeNull();
		expect(evidenceProblem({ type: 'application/pdf', size: 10 * 1024 * 1024, name: 'a.pdf' })).toBeNull();
		expect(evidenceProblem({ type: '', size: 100, name: 'IMG_0001.HEIC' })).toBeNull();
	});
	it('refuses other types, empty files and files over 10 MB', () => {
		expect(evidenceProblem({ type: 'text/plain', size: 10, name: 'a.txt' })).toBe('wrongType');
		expect(evidenceProblem({ type: 'application/msword', size: 10, name: 'a.doc' })).toBe('wrongType');
		expect(evidenceProblem({ type: 'image/png', size: 0, name: 'a.png' })).toBe('empty');
		expect(evidenceProblem({ type: 'image/png', size: 10 * 1024 * 1024 + 1, name: 'a.png' })).toBe('tooBig');
	});
});

describe('small helpers', () => {
	it('days: stored as midnight UTC, counted in whole days', () => {
		expect(storedDay('2026-12-03')).toBe('2026-12-03 00:00:00.000Z');
		expect(storedDay('3/12')).toBe('');
		expect(dayOf('2026-12-03 00:00:00.000Z')).toBe('2026-12-03');
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(monthsBetween('2026-11-22', '2027-11-22')).toBe(12);
		// just after midnight in Copenhagen is already the next day there
		expect(today(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
	});

	it('travel time in words, never a sum to work out', () => {
		expect(duration(35, 'da')).toBe('35 minutter');
		expect(duration(60, 'da')).toBe('1 time');
		expect(duration(75, 'da')).toBe('1 time og 15 minutter');
		expect(duration(121, 'en')).toBe('2 hours and 1 minute');
	});

	it('an edit sends only the fields that changed (missing counts as empty)', () => {
		const record = { title: 'A', helper: undefined, confirm: false, incomeAmount: 0 };
		expect(changedFields(record, { title: 'A', helper: '', confirm: false, incomeAmount: 0 })).toEqual({});
		expect(changedFields(record, { title: 'B', helper: 'x', confirm: true, incomeAmount: 5 })).toEqual({
			title: 'B',
			helper: 'x',
			confirm: true,
			incomeAmount: 5
		});
	});
});

describe('evidence from Beskeder', () => {
	it('a photo or file sent about a milestone is its evidence; other messages are not', async () => {
		const { evidenceFromMessages } = await import('./queries');
		const photo = new Blob(['x'], { type: 'image/jpeg' });
		const rows = evidenceFromMessages([
			{ id: 'm1', conversation: 'sarah', milestone: 'course', attachment: 'kursusbevis_abc1234567.jpg', text: 'Her er mit bevis' },
			{ id: 'm2', conversation: 'sarah', milestone: 'course', text: 'Bare et spørgsmål' },
			{ id: 'm3', conversation: 'sarah', attachment: 'ferie.jpg' },
			{ id: 'm4', conversation: 'sarah', milestone: 'first-aid', attachment: photo }
		]);
		expect(rows.map((e) => [e.id, e.milestone, e.learner, e.source])).toEqual([
			['m1', 'course', 'sarah', 'messages'],
			['m4', 'first-aid', 'sarah', 'messages']
		]);
		expect(rows[0]?.note).toBe('Her er mit bevis');
		expect(rows[1]?.file).toBe(photo);
	});
});
