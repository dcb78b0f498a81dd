import type { Role } from '$lib/auth/roles';
import type { IconName } from './Icon.svelte';
import { shell } from './words';
import { nav as helpNav } from '$lib/features/supports/words';
import { m as planText } from '$lib/features/plan/words';
import { staff as planStaff } from '$lib/features/plan/staff-words';
import { m as flagNav } from '$lib/features/flags/words';
import { m as handoverNav } from '$lib/features/handover/words';

export type NavLink = { href: string; label: string; icon: IconName };

/**
 * The main menu of each role. Features add their page here; help and, for learners,
 * "Skriv til din mentor" are not here but in the header, in the same place on every
 * page. Only learners and mentors have messages (teachers and coordinators do not read them).
 */
export function navFor(role: Role, home: string): NavLink[] {
	const byRole: Record<Role, NavLink[]> = {
		learner: [
			{ href: home, label: shell.learnerHome, icon: 'home' },
			{ href: '/hjem/tid-og-okonomi', label: planText.timeAndMoney, icon: 'money' },
			{ href: '/hjaelp-til-mig', label: helpNav.needHelp, icon: 'help' }
		],
		mentor: [
			{ href: home, label: shell.mentorHome, icon: 'home' },
			{ href: '/planer', label: planStaff.plans, icon: 'path' },
			{ href: '/beskeder', label: shell.messages, icon: 'message' },
			{ href: '/hjaelp-til-elever', label: helpNav.helpRequests, icon: 'help' }
		],
		teacher: [
			{ href: home, label: shell.teacherHome, icon: 'home' },
			{ href: '/planer', label: planStaff.plans, icon: 'path' }
		],
		coordinator: [
			{ href: home, label: shell.coordinatorHome, icon: 'home' },
			{ href: '/admin/skabeloner', label: planStaff.templates, icon: 'list' },
			{ href: '/admin/artikler', label: helpNav.articles, icon: 'book' },
			{ href: '/admin/markeringer', label: flagNav.escalationsTitle, icon: 'flag' },
			{ href: '/admin/overdragelse', label: handoverNav.handoverTitle, icon: 'users' }
		],
		// a school's IT helper (issue 7): their home is the IT help requests
		it_helper: [{ href: home, label: helpNav.helpRequests, icon: 'help' }]
	};
	return [...byRole[role], { href: '/indstillinger', label: shell.settings, icon: 'settings' }];
}
