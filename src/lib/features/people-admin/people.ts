// The coordinator's people pages (online only: they change other people's accounts, which the
// access rules allow the school's coordinator, and the outbox is for a person's own records).
// Every write here is an SDK call with the coordinator's token, so the rules in
// pb_migrations decide; the reads are the device's own copy, brought up to date first.
// The invitation and deactivation effects are in pb_hooks/people-admin.pb.js.
import { isEmail } from '$lib/domain/class-list';
import { currentMentorIds, isCurrent } from '$lib/domain/people';
import { pbDate } from '$lib/domain/time';
import { pb } from '$lib/pb/client';
import { sync } from '$lib/sync/engine.svelte';
import { m } from './words';
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

// The school's people, classes, programmes and mentorships are on the coordinator's device
// already (the sync engine keeps them); the pages bring them up to date and read them there.
const synced = ['users', 'classes', 'programmes', 'class_members', 'mentorships'];
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');

/**
 * Everyone of the school and what the pages show about them. Called again after each
 * write here: the pull brings the server's effects too (a closed account's mentorships
 * end in pb_hooks/people-admin.pb.js). Invitations are not synced; they come from the server.
 */
export async function loadSchoolPeople(school: string): Promise<SchoolPeople> {
	await sync.pullChanges(synced);
	const db = sync.db;
	if (!db) throw new Error('No local database: not logged in.');
	const [people, classes, programmes, mentorships, invitations] = await Promise.all([
		db.records('users').where('school').equals(school).toArray(),
		db.records('classes').where('school').equals(school).toArray(),
		db.records('programmes').where('school').equals(school).toArray(),
		db.records('mentorships').filter((m) => m.school === school).toArray(),
		pb.collection('invitations').getFullList({ filter: pb.filter('school = {:school}', { school }), sort: '-created', batch: 1000 })
	]);
	const members = await db.records('class_members').where('class').anyOf(classes.map((c) => c.id)).toArray();
	return {
		people: people.sort(byName),
		classes: classes.sort(byName),
		programmes: programmes.sort(byName),
		members,
		mentorships: mentorships.sort((a, b) => b.start.localeCompare(a.start)),
		invitations
	};
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

/** What is missing or wrong in a person's fields, by field, in Danish (the server checks again). */
export function personProblems(fields: PersonFields): Record<string, string> {
	const problems: Record<string, string> = {};
	if (!fields.name.trim()) problems.name = m.nameMissing;
	if (!fields.email.trim()) problems.email = m.emailMissing;
	else if (!isEmail(fields.email)) problems.email = m.emailWrong;
	return problems;
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
