// A learner's signals as short phrases, each a link to its thing: flags and help
// requests to their section of the learner's page, messages and silence to the
// conversation, milestones to that milestone in the plan (`?milepael=<id>`), in the plan's
// own status words (features/plan/state-words.ts). The most urgent first (the order of needScore).
import type { IconName } from '$lib/ui/Icon.svelte';
import { staffState } from '$lib/features/plan/state-words';
import type { MilestoneRef, Signals } from './caseload';
import { m } from './words';

export type SignalLink = { icon: IconName; text: string; href: string; strong?: boolean };

/** Where each kind of signal leads; the learner page's sections carry these ids. */
export const sectionIds = { flags: 'markeringer', help: 'hjaelp', checkins: 'trivsel' } as const;

export function signalLinks(s: Signals, learnerId: string): SignalLink[] {
	const page = `/elever/${learnerId}`;
	const flags = `${page}#${sectionIds.flags}`;
	const talk = `/beskeder/${learnerId}`;
	const plan = (ref: MilestoneRef | null) => (ref ? `${page}/plan?milepael=${ref.id}` : `${page}/plan`);
	// "Over tiden: Find din læreplads"; with more: "Over tiden: 3 milepæle"
	const milestones = (state: string, n: number, ref: MilestoneRef | null) =>
		`${state}: ${n === 1 && ref?.title ? ref.title : m.milestones(n)}`;
	const age = s.oldestFlagDays === null ? '' : ` · ${m.flagAge(s.oldestFlagDays)}`;
	const seenOpen = s.openFlags - s.newFlags;
	const list: SignalLink[] = [];
	// first: the learner said it is hard (their own answer, "Hvordan går det?")
	if (s.lowCheckin) {
		list.push({ icon: 'heart', text: s.lowCheckin === 'falling' ? m.checkinFalling : m.checkinLow, href: `${page}#${sectionIds.checkins}`, strong: true });
	}
	if (s.newFlags) {
		const urgent = s.urgentFlags ? ` · ${m.urgent}` : '';
		list.push({ icon: 'flag', text: `${m.newFlags(s.newFlags)}${urgent}${age}`, href: flags, strong: true });
	}
	if (s.escalatedFlags) list.push({ icon: 'alert', text: m.escalated, href: flags, strong: true });
	if (s.unreadMessages) list.push({ icon: 'message', text: m.unread(s.unreadMessages), href: talk, strong: true });
	if (s.openHelpRequests) list.push({ icon: 'help', text: m.help(s.openHelpRequests), href: `${page}#${sectionIds.help}` });
	if (seenOpen > 0) list.push({ icon: 'flag', text: `${m.openFlags(seenOpen)}${s.newFlags ? '' : age}`, href: flags });
	if (s.waitingMilestones) {
		const text = milestones(staffState.waiting, s.waitingMilestones, s.firstWaiting);
		list.push({ icon: 'check', text, href: plan(s.firstWaiting) });
	}
	if (s.overdueMilestones) {
		const text = milestones(staffState.overdue, s.overdueMilestones, s.firstOverdue);
		list.push({ icon: 'path', text, href: plan(s.firstOverdue) });
	}
	if (s.noContact) list.push({ icon: 'users', text: m.noContact(s.daysSinceContact), href: talk });
	return list;
}
