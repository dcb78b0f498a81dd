// Demo data for "where each learner is" and the quarterly report (issue 16): each learner's
// programme, start day, funding and who referred them; each programme's expected length;
// and a few status changes around the current quarter (two finished with their papers, one
// on leave, one who stopped for a job, one back from leave), so Anne's quarterly report
// shows real-looking figures. Dates are relative to today's quarter, never in the future.
import { emailFor, emailOf, learners } from '../demo-data.mjs';

// (plain Node, not the kernel's TypeScript: the seed runs without a build step)
const copenhagenDay = (/** @type {number} */ t) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(t);
const addDays = (/** @type {string} */ day, /** @type {number} */ n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** The first day of the calendar quarter `shift` quarters from the one `day` is in. */
const quarterStart = (/** @type {string} */ day, shift = 0) => {
	const index = Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3) + shift;
	return `${Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`;
};

/** How many months each demo programme is expected to take (voksen-EUV: shortened by merit). */
const expectedMonths = { tomrer: 42, elektriker: 42, sosu: 14, industri: 24 };
const fundings = ['voksenlaerling', 'uddannelsesloeft', 'voksenlaerling', 'veu', 'loen', 'uddannelsesloeft', 'voksenlaerling'];
const referrals = ['jobcenter', 'arbejdsgiver', 'selv', 'a_kasse', 'jobcenter', 'arbejdsgiver'];

/**
 * Status changes of the extra learners (index into the school's learner list, after the four
 * personas, who stay active): [learner index, status, days after this quarter began (negative:
 * before), stop reason, note].
 * @type {[number, string, number, string, string][]}
 */
const changes = [
	[6, 'completed', 20, '', 'Bestod svendeprøven. Tillykke!'],
	[11, 'completed', 35, '', ''],
	[15, 'completed', -30, '', ''],
	[8, 'leave', 40, '', 'Barsel. Vi tales ved igen efter nytår.'],
	[13, 'stopped', 25, 'job', 'Fik fast arbejde som ufaglært og stoppede.'],
	[20, 'stopped', -40, 'moved', 'Flyttede til Aalborg.'],
	[9, 'leave', -60, '', 'Sygdom i familien.'],
	[9, 'active', -20, '', 'Tilbage efter orloven.']
];

/** @param {import('pocketbase').default} pb @param {any} context */
export async function seedDemo(pb, context) {
	const { programmeIds, userIds, tallyFor, sync, existingByKey, pbDate } = context;
	const today = copenhagenDay(Date.now());
	const first = quarterStart(today);
	// fields on rows the main seed made (users, programmes): not rows of their own, not counted
	const notCounted = () => ({ created: 0, updated: 0 });
	const notAfterToday = (/** @type {string} */ day) => (day > today ? today : day);

	// ------------------------------------------------------------ programmes: how long
	for (const [key, months] of Object.entries(expectedMonths)) {
		const id = programmeIds.get(key);
		if (id) await sync(pb, 'programmes', new Map([[id, await pb.collection('programmes').getOne(id)]]), [{ key: id, fields: { expectedMonths: months } }], notCounted());
	}

	// ------------------------------------------------------------ learners: course facts
	const emailOfLearner = (/** @type {any} */ l) => l.email ?? emailFor(l.name);
	const previous = quarterStart(today, -1);
	const rows = learners.map((l, i) => {
		const id = userIds.get(emailOfLearner(l));
		// three extra learners started this quarter; the rest when their mentor took them on
		const startDate = i >= 4 && i % 9 === 3 ? notAfterToday(addDays(first, 6 + (i % 5))) : i % 11 === 5 ? addDays(previous, 12) : l.mentorSince;
		return {
			key: id,
			fields: {
				programme: programmeIds.get(l.programme) ?? '',
				startDate: pbDate(startDate),
				funding: fundings[i % fundings.length],
				referral: referrals[i % referrals.length]
			}
		};
	});
	const ids = rows.map((r) => r.key);
	const existingUsers = await existingByKey(pb, 'users', pb.filter(ids.map((_, i) => `id = {:u${i}}`).join(' || '), Object.fromEntries(ids.map((id, i) => [`u${i}`, id]))), (r) => r.id);
	await sync(pb, 'users', existingUsers, rows, notCounted());

	// ------------------------------------------------------------ status changes
	const statusRows = changes.map(([index, status, days, stopReason, note]) => {
		const l = learners[index];
		const learner = userIds.get(emailOfLearner(l));
		const from = pbDate(notAfterToday(addDays(first, days)));
		return {
			key: `${learner}|${status}`,
			fields: {
				learner,
				status,
				from,
				certificateDate: status === 'completed' ? from : '',
				stopReason,
				note,
				setBy: userIds.get(emailOf(l.mentor)) ?? ''
			}
		};
	});
	const learnerIds = [...new Set(statusRows.map((r) => r.fields.learner))];
	const existingStatus = await existingByKey(
		pb,
		'learner_status',
		pb.filter(learnerIds.map((_, i) => `learner = {:l${i}}`).join(' || '), Object.fromEntries(learnerIds.map((id, i) => [`l${i}`, id]))),
		(r) => `${r.learner}|${r.status}`
	);
	await sync(pb, 'learner_status', existingStatus, statusRows, tallyFor('learner_status'));
}
