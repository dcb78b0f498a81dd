// A learner's signals as short phrases, each a link to its thing: flags and help
// requests to their section of the learner's page, messages and silence to the
// conversation, milestones to the plan. The most urgent first (the order of needScore).
import type { IconName } from '$lib/ui/Icon.svelte';
import type { Signals } from './caseload';
import { m } from './words';

export type SignalLink = { icon: IconName; text: string; href: string; strong?: boolean };

/** Where each kind of signal leads; the learner page's sections carry these ids. */
export const sectionIds = { flags: 'markeringer', help: 'hjaelp' } as const;

export function signalLinks(s: Signals, learnerId: string): SignalLink[] {
	const page = `/elever/${learnerId}`;
	const flags = `${page}#${sectionIds.flags}`;
	const talk = `/beskeder/${learnerId}`;
	const plan = `${page}/plan`;
	const age = s.oldestFlagDays === null ? '' : ` · ${m.flagAge(s.oldestFlagDays)}`;
	const seenOpen = s.openFlags - s.newFlags;
	const list: SignalLink[] = [];
	if (s.newFlags) {
		const urgent = s.urgentFlags ? ` · ${m.urgent}` : '';
		list.push({ icon: 'flag', text: `${m.newFlags(s.newFlags)}${urgent}${age}`, href: flags, strong: true });
	}
	if (s.escalatedFlags) list.push({ icon: 'alert', text: m.escalated, href: flags, strong: true });
	if (s.unreadMessages) list.push({ icon: 'message', text: m.unread(s.unreadMessages), href: talk, strong: true });
	if (s.openHelpRequests) list.push({ icon: 'help', text: m.help(s.openHelpRequests), href: `${page}#${sectionIds.help}` });
	if (seenOpen > 0) list.push({ icon: 'flag', text: `${m.openFlags(seenOpen)}${s.newFlags ? '' : age}`, href: flags });
	if (s.waitingMilestones) list.push({ icon: 'check', text: m.waiting(s.waitingMilestones), href: plan });
	if (s.overdueMilestones) list.push({ icon: 'path', text: m.overdue(s.overdueMilestones), href: plan });
	if (s.noContact) list.push({ icon: 'users', text: m.noContact(s.daysSinceContact), href: talk });
	return list;
}
