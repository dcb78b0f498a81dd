import { describe, expect, it } from 'vitest';
import { statusOn, statusProblems } from './learner-status';
import { ageBand, median, quarterReport, type ReportInput } from './quarter-report';

// Q3 2026 (1 July – 30 September). Dates as PocketBase stores them (UTC).
const d = (day: string, time = '10:00:00') => `${day} ${time}.000Z`;
const input: ReportInput = {
	quarter: { year: 2026, q: 3 },
	learners: [
		{ id: 'a', startDate: d('2026-01-05'), birthYear: 1990, funding: 'voksenlaerling', referral: 'jobcenter', track: 'EUV1' }, // active all along
		{ id: 'b', startDate: d('2026-08-01'), birthYear: 2004, funding: 'uddannelsesloeft', referral: 'selv', track: 'EUV2' }, // started in Q3
		{ id: 'c', startDate: d('2025-09-01'), birthYear: 1975, funding: 'voksenlaerling', referral: 'a_kasse', track: 'EUV1' }, // completed in Q3
		{ id: 'd', startDate: d('2026-02-01'), birthYear: 1968, funding: 'veu', referral: 'arbejdsgiver', track: 'EUV3' }, // stopped in Q3
		{ id: 'e', startDate: d('2026-03-01'), birthYear: 1985, track: 'EUV2' }, // on leave at the end
		{ id: 'f', startDate: d('2025-01-01'), birthYear: 1980, track: 'EUV1' }, // stopped before Q3: not in course
		{ id: 'g', startDate: d('2026-10-02'), birthYear: 1990, track: 'EUV1' }, // starts after Q3
		{ id: 'h', birthYear: 1990 } // no start date
	],
	statuses: [
		{ learner: 'c', status: 'completed', from: d('2026-09-30', '21:30:00'), certificateDate: d('2026-09-30') }, // 30 Sep 23:30 in Copenhagen
		{ learner: 'd', status: 'leave', from: d('2026-05-01') },
		{ learner: 'd', status: 'stopped', from: d('2026-08-15'), stopReason: 'health' },
		{ learner: 'e', status: 'leave', from: d('2026-09-01') },
		{ learner: 'f', status: 'stopped', from: d('2026-06-30', '21:00:00'), stopReason: 'job' }, // 30 June 23:00 in Copenhagen
		// a status after the quarter does not count
		{ learner: 'a', status: 'leave', from: d('2026-10-01', '08:00:00') }
	],
	contacts: [
		{ learner: 'a', at: d('2026-07-01') },
		{ learner: 'a', at: d('2026-07-01', '14:00:00') }, // same day: one contact day
		{ learner: 'a', at: d('2026-07-11') }, // gap 10
		{ learner: 'a', at: d('2026-07-15') }, // gap 4
		{ learner: 'b', at: d('2026-08-02') },
		{ learner: 'b', at: d('2026-08-09') }, // gap 7
		{ learner: 'c', at: d('2026-06-30', '23:00:00') }, // 1 July in Copenhagen
		{ learner: 'c', at: d('2026-06-20') }, // before the quarter
		{ learner: 'f', at: d('2026-07-20') } // not in course
	],
	flags: [
		{ learner: 'a', created: d('2026-07-01', '08:00:00'), acknowledgedAt: d('2026-07-02', '08:00:00'), status: 'closed' }, // 1 day
		{ learner: 'b', created: d('2026-08-01', '08:00:00'), acknowledgedAt: d('2026-08-04', '20:00:00'), status: 'in_progress' }, // 3.5
		{ learner: 'd', created: d('2026-08-10'), status: 'new' },
		{ learner: 'd', created: d('2026-08-11'), status: 'closed', joinedTo: 'x' }, // joined: left out
		{ learner: 'a', created: d('2026-06-29'), status: 'closed' }, // before
		{ learner: 'zz', created: d('2026-08-10'), status: 'closed' } // not one of ours
	],
	helpRequests: [
		{ learner: 'a', created: d('2026-07-03'), status: 'solved' },
		{ learner: 'e', created: d('2026-09-03'), status: 'open' },
		{ learner: 'e', created: d('2026-10-03'), status: 'solved' }
	]
};

describe('the quarterly report', () => {
	const r = quarterReport(input);

	it('counts the learners in course by how they end the quarter', () => {
		expect(r.quarter).toBe('2026-3');
		expect(r.missingStart).toBe(1);
		expect(r.totals).toEqual({ inCourse: 5, started: 1, active: 2, leave: 1, completed: 1, stopped: 1, retention: 0.8 });
		expect(r.stopReasons.find((s) => s.key === 'health')?.count).toBe(1);
		expect(r.stopReasons.reduce((n, s) => n + s.count, 0)).toBe(1);
	});

	it('breaks down by track, funding, referral and age', () => {
		const row = (b: typeof r.byTrack, key: string) => b.find((x) => x.key === key)?.figures;
		expect(row(r.byTrack, 'EUV1')).toMatchObject({ inCourse: 2, active: 1, completed: 1 });
		expect(row(r.byTrack, 'EUV2')).toMatchObject({ inCourse: 2, started: 1, active: 1, leave: 1 });
		expect(row(r.byTrack, 'EUV3')).toMatchObject({ inCourse: 1, stopped: 1, retention: 0 });
		expect(row(r.byFunding, 'voksenlaerling')?.inCourse).toBe(2);
		expect(row(r.byFunding, 'ukendt')?.inCourse).toBe(1);
		expect(row(r.byReferral, 'selv')?.started).toBe(1);
		// ages in 2026: a 36, b 22, c 51, d 58, e 41
		expect(r.byAge.map((x) => [x.key, x.figures.inCourse])).toEqual([
			['u25', 1],
			['25-34', 0],
			['35-44', 2],
			['45-54', 1],
			['55+', 1],
			['ukendt', 0]
		]);
	});

	it('mentor contact, flags and help', () => {
		expect(r.contact).toEqual({ learners: 5, withContact: 3, withoutContact: 2, gaps: 3, medianDaysBetween: 7 });
		expect(r.flags).toEqual({ raised: 3, acknowledged: 2, medianDaysToAcknowledge: 2.3, closed: 1, closedShare: 0.333 });
		expect(r.help).toEqual({ requests: 2, solved: 1 });
	});

	it('helpers', () => {
		expect(median([])).toBeNull();
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(ageBand(undefined, 2026)).toBe('ukendt');
		expect(ageBand(2002, 2026)).toBe('u25');
		expect(ageBand(2001, 2026)).toBe('25-34');
	});
});

describe('a learner’s status', () => {
	const rows = [
		{ status: 'leave', from: d('2026-03-03'), created: d('2026-03-03') },
		{ status: 'active', from: d('2026-04-01'), created: d('2026-04-01') },
		{ status: 'stopped', from: d('2026-04-01'), stopReason: 'job', created: d('2026-04-02') }
	];
	it('the latest from on or before the day; the same day: the one made last', () => {
		expect(statusOn(rows)?.status).toBe('stopped');
		expect(statusOn(rows, '2026-03-15')?.status).toBe('leave');
		expect(statusOn(rows, '2026-03-01')).toBeNull();
	});
	it('completed needs the certificate day; stopped needs a reason', () => {
		expect(statusProblems({ status: 'completed', from: d('2026-06-12') })).toEqual({ certificateDate: 'sammen_status_certificate_date' });
		expect(statusProblems({ status: 'stopped', from: d('2026-06-12') })).toEqual({ stopReason: 'sammen_status_stop_reason' });
		expect(statusProblems({ status: 'leave', from: d('2026-06-12'), stopReason: 'job' })).toEqual({ stopReason: 'sammen_status_not_stopped' });
		expect(statusProblems({ status: 'active', from: d('2026-06-12'), certificateDate: d('2026-06-12') })).toEqual({
			certificateDate: 'sammen_status_not_completed'
		});
		expect(statusProblems({ status: 'active', from: '' })).toEqual({ from: 'validation_required' });
	});
});
