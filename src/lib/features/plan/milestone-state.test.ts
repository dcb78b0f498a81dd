import { describe, expect, it } from 'vitest';
import { learnerCanAct, milestoneDate, milestoneState, type MilestoneFacts } from './milestone-state';

const today = '2026-12-01';
const dates = {
	past: '2026-11-17 00:00:00.000Z',
	today: '2026-12-01 00:00:00.000Z',
	future: '2027-01-12 00:00:00.000Z',
	none: ''
} as const;
type When = keyof typeof dates;

const facts = (fields: Partial<MilestoneFacts>): MilestoneFacts => ({ status: 'todo', due: '', owner: 'learner', ...fields });

// Every state × a date in the past / today / the future / no date. For todo and others the
// date is the due day; for waiting the day the learner ticked; for done the approval day.
const table: { name: string; make: (day: string) => MilestoneFacts; expected: Record<When, [string, string, string?]> }[] = [
	{
		name: 'the learner’s own, not done',
		make: (due) => facts({ due }),
		expected: {
			past: ['overdue', 'overdue', '2026-11-17'],
			today: ['todo', 'due', '2026-12-01'],
			future: ['todo', 'due', '2027-01-12'],
			none: ['todo', 'none']
		}
	},
	{
		name: 'someone else’s, not done',
		make: (due) => facts({ due, owner: 'school' }),
		expected: {
			past: ['overdue', 'overdue', '2026-11-17'],
			today: ['others', 'due', '2026-12-01'],
			future: ['others', 'due', '2027-01-12'],
			none: ['others', 'none']
		}
	},
	{
		name: 'ticked, waiting for the mentor (due long ago)',
		make: (doneAt) => facts({ status: 'waiting', doneAt, due: dates.past }),
		expected: {
			past: ['waiting', 'ticked', '2026-11-17'],
			today: ['waiting', 'ticked', '2026-12-01'],
			// a tick in the future is a wrong clock: no "Du krydsede af om 6 uger"
			future: ['waiting', 'none'],
			none: ['waiting', 'none']
		}
	},
	{
		name: 'done (approved)',
		make: (confirmedAt) => facts({ status: 'done', confirmedAt, due: dates.future }),
		expected: {
			past: ['done', 'done', '2026-11-17'],
			today: ['done', 'done', '2026-12-01'],
			// never "Klaret om 6 uger"
			future: ['done', 'none'],
			none: ['done', 'none']
		}
	},
	{
		name: 'merit',
		make: (due) => facts({ status: 'merit', due }),
		expected: {
			past: ['merit', 'none'],
			today: ['merit', 'none'],
			future: ['merit', 'none'],
			none: ['merit', 'none']
		}
	}
];

describe('milestone state × date', () => {
	for (const row of table) {
		for (const when of Object.keys(dates) as When[]) {
			it(`${row.name}, date ${when}`, () => {
				const m = row.make(dates[when]);
				const [state, kind, day] = row.expected[when];
				expect(milestoneState(m, today)).toBe(state);
				const date = milestoneDate(m, today);
				expect(date.kind).toBe(kind);
				expect('day' in date ? date.day : undefined).toBe(day);
			});
		}
	}

	it('a done day is the approval day, or the tick day when there is no approval', () => {
		expect(milestoneDate(facts({ status: 'done', doneAt: dates.past }), today)).toEqual({ kind: 'done', day: '2026-11-17' });
		expect(milestoneDate(facts({ status: 'done', doneAt: dates.past, confirmedAt: dates.today }), today)).toEqual({
			kind: 'done',
			day: '2026-12-01'
		});
	});

	it('a moment counts in Danish days (23:30 UTC on 30 November is 1 December in Copenhagen)', () => {
		expect(milestoneDate(facts({ status: 'waiting', doneAt: '2026-11-30 23:30:00.000Z' }), today)).toEqual({
			kind: 'ticked',
			day: '2026-12-01'
		});
	});

	it('the learner can act only on their own milestones not ticked yet (overdue too)', () => {
		expect(learnerCanAct(facts({}))).toBe(true);
		expect(learnerCanAct(facts({ due: dates.past }))).toBe(true);
		for (const owner of ['mentor', 'school', 'employer'] as const) expect(learnerCanAct(facts({ owner }))).toBe(false);
		for (const status of ['waiting', 'done', 'merit'] as const) expect(learnerCanAct(facts({ status }))).toBe(false);
	});
});
