// The coordinator's people pages (online only: they change other people's accounts, which the
// access rules allow the school's coordinator, and the outbox is for a person's own records).
// Every write here is an SDK call with the coordinator's token, so the rules in
// pb_migrations decide; the invitation and deactivation effects are in pb_hooks/people-admin.pb.js.
import { currentMentorIds, isCurrent } from '$lib/domain/people';
import { pbDate } from '$lib/domain/time';
import { pb } from '$lib/pb/client';
import type {
	ClassesResponse,
	ClassMembersResponse,
	InvitationsResponse,
	MentorshipsResponse,
	ProgrammesResponse,
	UsersResponse
} from '$lib/pb/types.gen';

export type Person = UsersResponse;

export interface SchoolPeople {
	people: Person[];
	classes: ClassesResponse[];
	programmes: ProgrammesResponse[];
	members: ClassMembersResponse[];
	mentorships: MentorshipsResponse[];
	invitations: InvitationsResponse[];
}

/** Everyone of the school and what the pages show about them. */
export async function loadSchoolPeople(school: string): Promise<SchoolPeople> {
	const bySchool = { filter: pb.filter('school = {:school}', { school }) };
	const [people, classes, programmes, members, mentorships, invitations] = await Promise.all([
		pb.collection('users').getFullList({ ...bySchool, sort: 'name', batch: 1000 }),
		pb.collection('classes').getFullList({ ...bySchool, sort: 'name' }),
		pb.collection('programmes').getFullList({ ...bySchool, sort: 'name' }),
		pb.collection('class_members').getFullList({ filter: pb.filter('class.school = {:school}', { school }), batch: 1000 }),
		pb.collection('mentorships').getFullList({ ...bySchool, sort: '-start', batch: 1000 }),
		pb.collection('invitations').getFullList({ ...bySchool, sort: '-created', batch: 1000 })
	]);
	return { people, classes, programmes, members, mentorships, invitations };
}

/** A learner's current mentor's id, or ''. */
export function mentorOf(data: Pick<SchoolPeople, 'mentorships'>, learnerId: string): string {
	return currentMentorIds(data.mentorships.filter((m) => m.learner === learnerId))[0] ?? '';
}

/** The latest invitation of a person, if any. */
export function lastInvitation(data: Pick<SchoolPeople, 'invitations'>, userId: string) {
	return data.invitations.find((i) => i.user === userId);
}

/** A password nobody knows: a new person comes in by the invitation, then chooses. */
function unknownPassword(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(24));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PersonFields {
	name: string;
	email: string;
	role: Person['role'];
	programme: string;
	/** YYYY-MM-DD or '' */
	startDate: string;
	funding: string;
	referral: string;
}

/** A date-only value as stored: midday UTC is the same day in Copenhagen all year. */
const storedDay = (day: string) => (day ? `${day} 12:00:00.000Z` : '');

function body(fields: PersonFields) {
	const learner = fields.role === 'learner';
	return {
		name: fields.name.trim(),
		email: fields.email.trim().toLowerCase(),
		role: fields.role,
		programme: learner ? fields.programme : '',
		startDate: learner ? storedDay(fields.startDate) : '',
		funding: learner ? fields.funding : '',
		referral: learner ? fields.referral : ''
	};
}

export async function createPerson(school: string, fields: PersonFields): Promise<Person> {
	const password = unknownPassword();
	return pb.collection('users').create({ ...body(fields), school, password, passwordConfirm: password });
}

export async function updatePerson(id: string, fields: PersonFields): Promise<Person> {
	return pb.collection('users').update(id, body(fields));
}

export async function setDeactivated(id: string, deactivated: boolean): Promise<Person> {
	return pb.collection('users').update(id, { deactivated });
}

export async function invite(id: string): Promise<{ email: string; expiresAt: string }> {
	return pb.send(`/api/sammen/people/${id}/invite`, { method: 'POST' });
}

/** Puts the person on exactly these classes (hold). */
export async function setClasses(data: Pick<SchoolPeople, 'members'>, userId: string, classIds: string[]) {
	const now = data.members.filter((m) => m.user === userId);
	for (const m of now) if (!classIds.includes(m.class)) await pb.collection('class_members').delete(m.id);
	for (const id of classIds) {
		if (!now.some((m) => m.class === id)) await pb.collection('class_members').create({ class: id, user: userId });
	}
}

/** A new mentor, as a handover does it: the current mentorship ends now, a new one starts. */
export async function changeMentor(data: Pick<SchoolPeople, 'mentorships'>, school: string, learnerId: string, mentorId: string) {
	const at = new Date();
	const now = pbDate(at);
	const current = data.mentorships.filter((m) => m.learner === learnerId && isCurrent(m, at));
	for (const m of current) await pb.collection('mentorships').update(m.id, { end: now });
	if (mentorId) await pb.collection('mentorships').create({ learner: learnerId, mentor: mentorId, school, start: now });
}
