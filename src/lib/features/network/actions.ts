// Fællesskab (issue 14): every write goes through the sync engine (stored on the device
// at once, shown as waiting offline, sent exactly once).
import { pbDate } from '$lib/domain/time';
import type { PostReactionsKindOptions, ReportsDecisionOptions, ReportsReasonOptions } from '$lib/pb/types.gen';
import { sync } from '$lib/sync/engine.svelte';

// What joining opens: records older than this device's cursors (see pullAgainAfterSending).
const openedByJoining = ['network_profiles', 'groups', 'group_members', 'posts', 'post_reactions'];

/** Opting in: my own profile (the server adds the school and puts me in my automatic groups). */
export async function joinNetwork(me: string, displayName: string, about: string) {
	await sync.create('network_profiles', { user: me, displayName: displayName.trim(), about: about.trim() });
	await sync.pullAgainAfterSending(openedByJoining);
}

export function saveProfile(id: string, displayName: string, about: string) {
	return sync.update('network_profiles', id, { displayName: displayName.trim(), about: about.trim() });
}

/** Leaving: out of every group first (the server would do it too), then the profile goes. */
export async function leaveNetwork(profileId: string, memberIds: string[]) {
	for (const id of memberIds) await sync.remove('group_members', id);
	await sync.remove('network_profiles', profileId);
}

export async function joinGroup(me: string, group: string) {
	await sync.create('group_members', { group, user: me, role: 'member', muted: false });
	await sync.pullAgainAfterSending(['group_members', 'posts', 'post_reactions']);
}

export function leaveGroup(memberId: string) {
	return sync.remove('group_members', memberId);
}

export function setMuted(memberId: string, muted: boolean) {
	return sync.update('group_members', memberId, { muted });
}

export type NewPost = {
	group: string;
	me: string;
	text: string;
	photo?: File | null;
	/** a voice note (the media toolkit's recorder) and its length for the server's check */
	voice?: Blob | null;
	voiceSeconds?: number;
	parent?: string;
};

export function writePost(post: NewPost): Promise<string> {
	const data: Record<string, unknown> = {
		group: post.group,
		author: post.me,
		text: post.text.trim(),
		status: 'visible',
		// local only (PocketBase sets its own): orders the post until the server's copy arrives
		created: pbDate()
	};
	if (post.parent) data.parent = post.parent;
	if (post.photo) data.photo = post.photo;
	if (post.voice) {
		data.voice = post.voice;
		data.voiceSeconds = Math.max(1, Math.min(120, Math.round(post.voiceSeconds ?? 1)));
	}
	return sync.create('posts', data);
}

/** A post still waiting is simply dropped (nobody saw it); a sent one is deleted on the server. */
export function deletePost(id: string) {
	return sync.withdraw('posts', id);
}

export function react(post: string, me: string, kind: PostReactionsKindOptions) {
	return sync.create('post_reactions', { post, user: me, kind });
}

export function unreact(reactionId: string) {
	return sync.remove('post_reactions', reactionId);
}

export function reportPost(post: string, me: string, reason: ReportsReasonOptions, text: string) {
	return sync.create('reports', { target: 'posts', post, reporter: me, reason, text: text.trim(), status: 'open' });
}

export function blockPerson(me: string, person: string) {
	return sync.create('blocks', { blocker: me, blocked: person });
}

export function decide(reportId: string, decision: ReportsDecisionOptions, note: string, pauseDays: number) {
	const change: Record<string, unknown> = { decision, decisionNote: note.trim() };
	if (decision === 'pause') change.pauseDays = pauseDays;
	return sync.update('reports', reportId, change);
}

/**
 * A new group: a learner proposes one for their school (a coordinator approves it);
 * staff start an approved open group across schools. The maker moderates it (the hook).
 */
export async function startGroup(me: { id: string; role: string; school: string }, name: string, description: string) {
	const staff = me.role === 'mentor' || me.role === 'teacher' || me.role === 'coordinator';
	const data = staff
		? { name: name.trim(), description: description.trim(), kind: 'open', status: 'approved', createdBy: me.id }
		: { name: name.trim(), description: description.trim(), kind: 'open', status: 'proposed', school: me.school, createdBy: me.id };
	await sync.create('groups', data);
	// the maker's moderator row is the server's
	await sync.pullAgainAfterSending(['groups', 'group_members']);
}

export function approveGroup(id: string) {
	return sync.update('groups', id, { status: 'approved' });
}

export function rejectGroup(id: string) {
	return sync.remove('groups', id);
}

/** A moderator hides a post, or shows it again, without a report (logged and told by the hook). */
export function setPostStatus(id: string, status: 'visible' | 'hidden', reason = '') {
	return sync.update('posts', id, { status, hiddenReason: status === 'visible' ? '' : reason.trim() });
}
