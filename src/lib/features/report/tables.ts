// The report as tables: the one shape the page shows, the charts summarise and the CSV
// and XLSX files hold, so a figure can never differ between them.
import { UNKNOWN, type Breakdown, type Figures, type QuarterReport } from '$lib/domain/quarter-report';
import { m as statusWords } from '$lib/features/learner-status/words';
import { m } from './words';

/** A cell: a count, a share (0–1, shown as %), a median (one decimal), a label, or none. */
export type Cell = { kind: 'count'; value: number } | { kind: 'share'; value: number | null } | { kind: 'decimal'; value: number | null } | { kind: 'text'; value: string };
export type ReportTable = { id: string; title: string; columns: string[]; rows: Cell[][] };

const text = (value: string): Cell => ({ kind: 'text', value });
const count = (value: number): Cell => ({ kind: 'count', value });
const share = (value: number | null): Cell => ({ kind: 'share', value });
const decimal = (value: number | null): Cell => ({ kind: 'decimal', value });

const figureColumns = () => [m.inCourse, m.started, m.active, m.leave, m.completed, m.stopped, m.retention];
const figureCells = (f: Figures): Cell[] => [
	count(f.inCourse),
	count(f.started),
	count(f.active),
	count(f.leave),
	count(f.completed),
	count(f.stopped),
	share(f.retention)
];

function breakdownTable(id: string, title: string, first: string, rows: Breakdown, label: (key: string) => string): ReportTable {
	return {
		id,
		title,
		columns: [first, ...figureColumns()],
		rows: rows.map((r) => [text(r.key === UNKNOWN ? m.unknown : label(r.key)), ...figureCells(r.figures)])
	};
}

export function reportTables(r: QuarterReport): ReportTable[] {
	const t = r.totals;
	return [
		{
			id: 'overview',
			title: m.overview,
			columns: [m.figure, m.value],
			rows: [
				[text(m.inCourse), count(t.inCourse)],
				[text(m.started), count(t.started)],
				[text(m.active), count(t.active)],
				[text(m.leave), count(t.leave)],
				[text(m.completed), count(t.completed)],
				[text(m.stopped), count(t.stopped)],
				[text(m.retention), share(t.retention)],
				[text(m.missingStart), count(r.missingStart)]
			]
		},
		breakdownTable('track', m.byTrack, m.track, r.byTrack, (k) => k),
		breakdownTable('funding', m.byFunding, m.fundingCol, r.byFunding, m.funding),
		breakdownTable('referral', m.byReferral, m.referralCol, r.byReferral, m.referral),
		breakdownTable('age', m.byAge, m.ageCol, r.byAge, m.age),
		{
			id: 'stop-reasons',
			title: m.stopReasons,
			columns: [m.reasonCol, m.value],
			rows: r.stopReasons.map((s) => [text(s.key === UNKNOWN ? m.unknown : statusWords.reason(s.key)), count(s.count)])
		},
		{
			id: 'contact',
			title: m.contact,
			columns: [m.figure, m.value],
			rows: [
				[text(m.contactLearners), count(r.contact.learners)],
				[text(m.withContact), count(r.contact.withContact)],
				[text(m.withoutContact), count(r.contact.withoutContact)],
				[text(m.medianDays), decimal(r.contact.medianDaysBetween)]
			]
		},
		{
			id: 'flags',
			title: m.flags,
			columns: [m.figure, m.value],
			rows: [
				[text(m.raised), count(r.flags.raised)],
				[text(m.acknowledged), count(r.flags.acknowledged)],
				[text(m.medianAck), decimal(r.flags.medianDaysToAcknowledge)],
				[text(m.closed), count(r.flags.closed)],
				[text(m.closedShare), share(r.flags.closedShare)]
			]
		},
		{
			id: 'help',
			title: m.help,
			columns: [m.figure, m.value],
			rows: [
				[text(m.requests), count(r.help.requests)],
				[text(m.solved), count(r.help.solved)]
			]
		}
	];
}

const decimalFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** A cell as people read it: "80 %", "2,5", "–". */
export function cellText(cell: Cell): string {
	switch (cell.kind) {
		case 'text':
			return cell.value;
		case 'count':
			return String(cell.value);
		case 'share':
			return cell.value === null ? m.none : `${Math.round(cell.value * 100)} %`;
		case 'decimal':
			return cell.value === null ? m.none : decimalFormat.format(cell.value);
	}
}
