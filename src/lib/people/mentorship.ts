/**
 * A mentorship is current while it has no end or ends in the future: the same
 * meaning as in the access rules. Shared by every feature that asks "who is the
 * learner's mentor now?".
 */
export const isCurrent = (m: { end?: string }, now = new Date()) =>
	!m.end || new Date(m.end.replace(' ', 'T')) > now;
