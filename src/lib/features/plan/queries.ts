import type {
	MessagesResponse,
	MilestoneEvidenceResponse,
	PlanChangesResponse,
	PlanTemplatesResponse,
	PlansResponse,
	ProgrammesResponse,
	UsersResponse
} from '$lib/pb/types.gen';
import type { SammenDb } from '$lib/sync/db';
import { today, type Day } from './dates';
import { isCurrent } from '$lib/domain/people';
import { currentMentor } from '$lib/people/current-mentor';
import { nameOf } from '$lib/people/names';
import type { EndDocument } from './milestone-state';
import { evidenceProblem, evidenceTypes } from './evidence';
import { isOverdue, planView, type Phase, type PlanView, type Milestone } from './progress';

/**
 * A photo or PDF; `file` is a Blob while it waits in the outbox, the stored name after.
 * `source: 'messages'`: a photo or file sent in Beskeder about the milestone (the message's
 * attachment, read under the messages' rules: the learner and their mentor, never a teacher).
 */
export type Evidence = Omit<MilestoneEvidenceResponse, 'file'> & { file: string | Blob; source?: 'messages' };

type MessageLike = { id: string; conversation: string; sender?: string; milestone?: string; attachment?: string | Blob; text?: string; created?: string; updated?: string; collectionId?: string; collectionName?: string };

/** A message's attachment shown as evidence of `milestone` (nothing is copied). */
function messageEvidence(msg: MessageLike, milestone: string): Evidence {
	return {
		id: msg.id,
		collectionId: msg.collectionId ?? '',
		collectionName: msg.collectionName ?? 'messages',
		milestone,
		learner: msg.conversation,
		file: msg.attachment as string | Blob,
		note: msg.text ?? '',
		created: msg.created ?? '',
		updated: msg.updated ?? '',
		source: 'messages' as const
	};
}

/** The attachments of messages about a milestone, as its evidence. */
export function evidenceFromMessages(messages: MessageLike[]): Evidence[] {
	return messages.filter((msg) => msg.milestone && msg.attachment).map((msg) => messageEvidence(msg, msg.milestone ?? ''));
}

/**
 * Photos and PDFs the learner sent in Beskeder, not about this milestone: they can pick
 * one as its evidence (a copy is stored as evidence, so the message stays as it was).
 */
export function sentAttachments(messages: MessageLike[], learner: string, milestoneId: string): Evidence[] {
	const usable = (file: string | Blob) =>
		file instanceof Blob ? evidenceTypes.includes(file.type) : evidenceProblem({ type: '', size: 1, name: file }) === null;
	return messages
		.filter((msg) => msg.sender === learner && msg.attachment && msg.milestone !== milestoneId && usable(msg.attachment))
		.map((msg) => messageEvidence(msg, milestoneId));
}

type Named = { id: string; name: string };

async function personOf(db: SammenDb, id: string | undefined): Promise<Named | null> {
	const name = await nameOf(db, id);
	return id && name ? { id, name } : null;
}

/** The learner's current mentor, when the device knows their name. */
async function mentorOf(db: SammenDb, learnerId: string): Promise<Named | null> {
	const mentor = await currentMentor(db, learnerId);
	return mentor?.name ? mentor : null;
}

async function programmeOf(db: SammenDb, plan: PlansResponse): Promise<{ goal: EndDocument; programme: string }> {
	const programme = plan.programme ? await db.records('programmes').get(plan.programme) : undefined;
	return { goal: programme?.endDocument ?? '', programme: programme?.name ?? '' };
}

async function planParts(db: SammenDb, plan: PlansResponse) {
	const [phases, milestones] = await Promise.all([
		db.records('plan_phases').where('plan').equals(plan.id).toArray(),
		db.records('milestones').where('plan').equals(plan.id).toArray()
	]);
	return { phases, milestones };
}

// ------------------------------------------------------------------ the learner

export type LearnerPlan = {
	plan: PlansResponse | null;
	/** What the path ends with, named by the programme (svendebrev, uddannelsesbevis). */
	goal: EndDocument;
	/** The programme's name ("Tømrer"), "" when the plan has none. */
	programme: string;
	phases: Phase[];
	view: PlanView;
	mentor: Named | null;
};

const emptyView = (): PlanView => planView([], [], today());

/** The learner's own plan, where they are on it, and who their mentor is. */
export async function learnerPlan(db: SammenDb, learnerId: string, todayDay: Day = today()): Promise<LearnerPlan> {
	const [plan, mentor] = await Promise.all([
		db.records('plans').where('learner').equals(learnerId).first(),
		mentorOf(db, learnerId)
	]);
	if (!plan) return { plan: null, goal: '', programme: '', phases: [], view: emptyView(), mentor };
	const [{ phases, milestones }, { goal, programme }] = await Promise.all([planParts(db, plan), programmeOf(db, plan)]);
	return { plan, goal, programme, phases, view: planView(phases, milestones, todayDay), mentor };
}

export type MilestoneDetail = {
	milestone: Milestone;
	phase: Phase | null;
	/** The whole plan, to tell when a phase has just been finished. */
	view: PlanView;
	evidence: Evidence[];
	/** The learner's own photos and files from Beskeder that could be this milestone's evidence. */
	sent: Evidence[];
	mentor: Named | null;
	confirmedBy: Named | null;
	goal: EndDocument;
};

/** One milestone with what the learner's milestone page shows. */
export async function milestoneDetail(db: SammenDb, milestoneId: string, todayDay: Day = today()): Promise<MilestoneDetail | null> {
	const milestone = await db.records('milestones').get(milestoneId);
	if (!milestone) return null;
	const plan = await db.records('plans').get(milestone.plan);
	const [phases, milestones, evidence, messages, mentor, confirmedBy, { goal }] = await Promise.all([
		db.records('plan_phases').where('plan').equals(milestone.plan).toArray(),
		db.records('milestones').where('plan').equals(milestone.plan).toArray(),
		db.records('milestone_evidence').where('milestone').equals(milestoneId).toArray(),
		db.records('messages').where('conversation').equals(milestone.learner).toArray(),
		mentorOf(db, milestone.learner),
		personOf(db, milestone.confirmedBy),
		plan ? programmeOf(db, plan) : Promise.resolve({ goal: '' as const })
	]);
	return {
		milestone,
		phase: phases.find((p) => p.id === milestone.phase) ?? null,
		view: planView(phases, milestones, todayDay),
		evidence: sortByCreated([
			...(evidence as Evidence[]),
			...evidenceFromMessages(messages as MessageLike[]).filter((e) => e.milestone === milestoneId)
		]),
		sent: sortByCreated(sentAttachments(messages as MessageLike[], milestone.learner, milestoneId)).reverse(),
		mentor,
		confirmedBy,
		goal
	};
}

const sortByCreated = <T extends { created?: string }>(rows: T[]) =>
	// not yet stored (no `created`): newest, so last
	[...rows].sort((a, b) => (a.created || '9999').localeCompare(b.created || '9999'));

// ------------------------------------------------------------------ staff: many learners

export type LearnerProgress = {
	learner: Named;
	plan: PlansResponse | null;
	done: number;
	total: number;
	waiting: number;
	overdue: number;
	next: string | null;
	percent: number;
};

async function progressOf(db: SammenDb, learner: Named, todayDay: Day): Promise<LearnerProgress> {
	const plan = (await db.records('plans').where('learner').equals(learner.id).first()) ?? null;
	if (!plan) return { learner, plan, done: 0, total: 0, waiting: 0, overdue: 0, next: null, percent: 0 };
	const { phases, milestones } = await planParts(db, plan);
	const view = planView(phases, milestones, todayDay);
	return {
		learner,
		plan,
		done: view.done,
		total: view.total,
		waiting: view.waiting,
		overdue: view.milestones.filter((s) => isOverdue(s, todayDay)).length,
		next: view.next[0]?.title ?? null,
		percent: view.percent
	};
}

/**
 * "Elevplaner": a mentor's current learners, a teacher's learners in their classes,
 * each with how far they are. Milestones waiting for the mentor come first.
 */
export async function staffPlans(
	db: SammenDb,
	me: { id: string; role: string },
	todayDay: Day = today()
): Promise<LearnerProgress[]> {
	let ids: string[] = [];
	if (me.role === 'mentor') {
		const mentorships = await db.records('mentorships').where('mentor').equals(me.id).toArray();
		ids = mentorships.filter((m) => isCurrent(m)).map((m) => m.learner);
	} else if (me.role === 'teacher') {
		const mine = await db.records('class_members').where('user').equals(me.id).toArray();
		const members = await db.records('class_members').where('class').anyOf(mine.map((c) => c.class)).toArray();
		const people = await db.records('people').bulkGet(members.map((m) => m.user));
		ids = people.filter((p) => p?.role === 'learner').map((p) => p?.id ?? '');
	}
	const unique = [...new Set(ids)].filter(Boolean);
	const named = (await Promise.all(unique.map((id) => personOf(db, id)))).filter((n): n is Named => n !== null);
	const rows = await Promise.all(named.map((n) => progressOf(db, n, todayDay)));
	return rows.sort(
		(a, b) =>
			b.waiting - a.waiting || b.overdue - a.overdue || a.learner.name.localeCompare(b.learner.name, 'da')
	);
}

// ------------------------------------------------------------------ the mentor: one learner's plan

export type HistoryEntry = PlanChangesResponse & { actorName: string | null };
export type Question = Pick<MessagesResponse, 'id' | 'text' | 'created' | 'milestone'> & { milestoneTitle: string };

export type MentorPlan = {
	learner: UsersResponse | null;
	plan: PlansResponse | null;
	phases: Phase[];
	view: PlanView;
	evidence: Record<string, Evidence[]>;
	history: HistoryEntry[];
	/** Messages from the learner that point at a milestone ("Spørg din mentor"). */
	questions: Question[];
	templates: PlanTemplatesResponse[];
	programmes: ProgrammesResponse[];
	goal: EndDocument;
};

export async function mentorPlan(db: SammenDb, learnerId: string, todayDay: Day = today()): Promise<MentorPlan> {
	const learner = (await db.records('users').get(learnerId)) ?? null;
	const plan = (await db.records('plans').where('learner').equals(learnerId).first()) ?? null;
	const school = learner?.school ?? '';
	const [templates, programmes] = await Promise.all([
		db.records('plan_templates').where('school').equals(school).toArray(),
		db.records('programmes').where('school').equals(school).toArray()
	]);
	templates.sort((a, b) => a.name.localeCompare(b.name, 'da'));
	if (!plan) {
		return { learner, plan, phases: [], view: emptyView(), evidence: {}, history: [], questions: [], templates, programmes, goal: '' };
	}
	const { phases, milestones } = await planParts(db, plan);
	const [evidenceRows, changes, messages] = await Promise.all([
		db.records('milestone_evidence').where('learner').equals(learnerId).toArray(),
		db.records('plan_changes').where('plan').equals(plan.id).toArray(),
		db.records('messages').where('conversation').equals(learnerId).toArray()
	]);
	const evidence: Record<string, Evidence[]> = {};
	const all = [...(evidenceRows as Evidence[]), ...evidenceFromMessages(messages as MessageLike[])];
	for (const e of sortByCreated(all)) (evidence[e.milestone] ??= []).push(e);
	const actors = new Map<string, string>();
	for (const id of new Set(changes.map((c) => c.actor).filter(Boolean))) {
		actors.set(id, await nameOf(db, id));
	}
	const history = changes
		.map((c) => ({ ...c, actorName: actors.get(c.actor) || null }))
		.sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
	const titles = new Map(milestones.map((s) => [s.id, s.title]));
	const questions = messages
		.filter((msg) => msg.milestone && msg.sender === learnerId && titles.has(msg.milestone))
		.sort((a, b) => (b.created || '9999').localeCompare(a.created || '9999'))
		.slice(0, 5)
		.map((msg) => ({
			id: msg.id,
			text: msg.text,
			created: msg.created,
			milestone: msg.milestone,
			milestoneTitle: titles.get(msg.milestone) ?? ''
		}));
	const goal = programmes.find((p) => p.id === plan.programme)?.endDocument ?? '';
	return { learner, plan, phases, view: planView(phases, milestones, todayDay), evidence, history, questions, templates, programmes, goal };
}

// ------------------------------------------------------------------ templates

export type TemplateList = { templates: PlanTemplatesResponse[]; programmes: ProgrammesResponse[] };

export async function schoolTemplates(db: SammenDb, school: string): Promise<TemplateList> {
	const [templates, programmes] = await Promise.all([
		db.records('plan_templates').where('school').equals(school).toArray(),
		db.records('programmes').where('school').equals(school).toArray()
	]);
	return {
		templates: templates.sort((a, b) => a.name.localeCompare(b.name, 'da')),
		programmes: programmes.sort((a, b) => `${a.name} ${a.track}`.localeCompare(`${b.name} ${b.track}`, 'da'))
	};
}

export async function oneTemplate(db: SammenDb, id: string) {
	const template = (await db.records('plan_templates').get(id)) ?? null;
	const programme = template ? ((await db.records('programmes').get(template.programme)) ?? null) : null;
	return { template, programme };
}
