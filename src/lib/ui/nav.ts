import type { Role } from '$lib/auth/roles';
import type { IconName } from './Icon.svelte';
import { shell } from './messages';

export type NavLink = { href: string; label: string; icon: IconName };

/**
 * The main menu of each role. Features add their page here; help and "Skriv til
 * din mentor" are not here but in the header, in the same place on every page.
 */
export function navFor(role: Role, home: string): NavLink[] {
	const byRole: Record<Role, NavLink[]> = {
		learner: [{ href: home, label: shell.learnerHome, icon: 'home' }],
		mentor: [{ href: home, label: shell.mentorHome, icon: 'home' }],
		teacher: [{ href: home, label: shell.teacherHome, icon: 'home' }],
		coordinator: [{ href: home, label: shell.coordinatorHome, icon: 'home' }]
	};
	return [...byRole[role], { href: '/indstillinger', label: shell.settings, icon: 'settings' }];
}
