import type { UsersRoleOptions } from '$lib/pb/types.gen';

export type Role = UsersRoleOptions;

/** Where each role lands after logging in. */
export const homeOf: Record<Role, string> = {
	learner: '/hjem',
	mentor: '/i-dag',
	teacher: '/hold',
	coordinator: '/admin',
	// a school's IT helper answers the IT help requests (issue 7)
	it_helper: '/hjaelp-til-elever'
};
