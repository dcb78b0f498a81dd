import type { Role } from '$lib/auth/roles';
import type { IconName } from './Icon.svelte';
import { shell } from './words';

/** `short`: the word under the icon in the phone's tab bar, when the label is long. */
export type NavLink = { href: string; label: string; icon: IconName; short?: string };

/**
 * The main menu of each role. Features add their page here; help and, for learners,
 * "Skriv til din mentor" are not here but in the header, in the same place on every
 * page. Only learners and mentors have messages (teachers and coordinators do not read them).
 */
export function navFor(role: Role, home: string): NavLink[] {
	// Fællesskab (issue 14): learners and staff, as themselves; last, so the phone's tabs stay
	const community: NavLink = { href: '/faellesskab', label: shell.community, icon: 'users' };
	const byRole: Record<Role, NavLink[]> = {
		learner: [
			{ href: home, label: shell.learnerHome, icon: 'home' },
			{ href: '/hjaelp-til-mig', label: shell.needHelp, icon: 'help', short: shell.getHelp },
			{ href: '/hjem/tid-og-okonomi', label: shell.timeAndMoney, icon: 'money' },
			{ href: '/aftaler', label: shell.appointments, icon: 'clock' },
			{ href: '/hvordan-gaar-det', label: shell.checkin, icon: 'heart' },
			community
		],
		mentor: [
			{ href: home, label: shell.mentorHome, icon: 'home' },
			{ href: '/planer', label: shell.plans, icon: 'path' },
			{ href: '/beskeder', label: shell.messages, icon: 'message' },
			{ href: '/hjaelp-til-elever', label: shell.helpRequests, icon: 'help' },
			{ href: '/mine-tider', label: shell.myTimes, icon: 'clock' },
			community
		],
		teacher: [
			{ href: home, label: shell.teacherHome, icon: 'home' },
			{ href: '/planer', label: shell.plans, icon: 'path' },
			community
		],
		coordinator: [
			{ href: home, label: shell.coordinatorHome, icon: 'home', short: shell.coordinatorHomeShort },
			{ href: '/admin/skabeloner', label: shell.templates, icon: 'list' },
			{ href: '/admin/artikler', label: shell.helpTexts, icon: 'book' },
			{ href: '/admin/markeringer', label: shell.escalations, icon: 'flag' },
			{ href: '/admin/overdragelse', label: shell.handover, icon: 'users' },
			{ href: '/admin/personer', label: shell.people, icon: 'users' },
			// issue 16: where each learner is, the quarterly figures, the programmes
			{ href: '/admin/forloeb', label: shell.courses, icon: 'path' },
			{ href: '/admin/kvartal', label: shell.quarter, icon: 'calculator' },
			{ href: '/admin/uddannelser', label: shell.programmes, icon: 'school' },
			community
		],
		// a school's IT helper (issue 7): their home is the IT help requests
		it_helper: [{ href: home, label: shell.helpRequests, icon: 'help' }]
	};
	return [...byRole[role], { href: '/indstillinger', label: shell.settings, icon: 'settings' }];
}

/** How many places the phone's tab bar shows before "Mere" (4 in all fit at 320 px). */
const tabCount = 3;

/**
 * The phone's bottom tab bar: the first places of the role's menu as tabs, the rest
 * behind "Mere". A learner's "Skriv til din mentor" (in the header on a laptop) is the
 * second tab on a phone, so it stays in one place on every page (WCAG 3.2.6).
 */
export function phoneNavFor(role: Role, home: string): { tabs: NavLink[]; more: NavLink[] } {
	const links = navFor(role, home);
	const messages: NavLink = { href: '/beskeder', label: shell.messages, icon: 'message' };
	const all = role === 'learner' ? [...links.slice(0, 1), messages, ...links.slice(1)] : links;
	return { tabs: all.slice(0, tabCount), more: all.slice(tabCount) };
}
