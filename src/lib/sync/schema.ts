import type { SyncedCollection } from './types';

/** How far back a device keeps a group's posts (issue 14: "the recent posts of my groups"). */
export const postsWindowDays = 30;

/**
 * Every collection the app keeps on the device, declared here by its feature.
 * What each user gets is decided by PocketBase's access rules: the engine pulls
 * whatever the user may list. A new collection gets `since` = the next local schema
 * version (one more than the highest here); changing an existing one's indexes
 * also needs a new version: give it a `since` of that new number.
 */
export const syncedCollections: SyncedCollection[] = [
	// people and places (the foundation)
	{ name: 'users', since: 1, indexes: ['role', 'school'], conflict: 'owner-wins' },
	{ name: 'people', since: 1, indexes: ['role'], conflict: 'append-only' },
	{ name: 'schools', since: 1, conflict: 'checked' },
	{ name: 'programmes', since: 1, indexes: ['school'], conflict: 'checked' },
	{ name: 'classes', since: 1, indexes: ['school', 'programme'], conflict: 'checked' },
	{ name: 'class_members', since: 1, indexes: ['class', 'user'], conflict: 'checked' },
	{ name: 'mentorships', since: 1, indexes: ['learner', 'mentor'], conflict: 'checked' },
	// the platform: this user's devices for push, their notifications, and deletions
	{ name: 'push_subscriptions', since: 1, indexes: ['endpoint'], conflict: 'owner-wins' },
	{ name: 'notifications', since: 1, indexes: ['status'], conflict: 'append-only' },
	{ name: 'tombstones', since: 1, indexes: ['collection'], conflict: 'append-only' },
	// messages (issue 5): one conversation per learner (written by hooks after it starts);
	// messages where each field has one writer (the sender's words, the recipient's readAt)
	{ name: 'conversations', since: 2, indexes: ['learner'], conflict: 'append-only' },
	{
		name: 'messages',
		since: 2,
		indexes: ['conversation', 'sender', '[conversation+created]', '[conversation+readAt]'],
		conflict: 'owner-wins'
	},
	// supports (issue 7): the help library and "Jeg har brug for hjælp"
	{ name: 'help_articles', since: 2, indexes: ['slug', 'group', 'status', 'school'], conflict: 'checked' },
	{ name: 'help_requests', since: 2, indexes: ['learner', 'status', 'area'], conflict: 'checked' },
	// plan (issue 4): templates, each learner's plan with phases and steps, evidence
	// files, and the history (written by the server only)
	{ name: 'plan_templates', since: 2, indexes: ['school', 'programme'], conflict: 'checked' },
	{ name: 'plans', since: 2, indexes: ['learner', 'school'], conflict: 'checked' },
	{ name: 'plan_phases', since: 2, indexes: ['plan', 'learner'], conflict: 'checked' },
	{ name: 'milestones', since: 2, indexes: ['plan', 'learner', 'phase', 'status'], conflict: 'checked' },
	{ name: 'milestone_evidence', since: 2, indexes: ['milestone', 'learner'], conflict: 'append-only' },
	{ name: 'plan_changes', since: 2, indexes: ['plan', 'learner'], conflict: 'append-only' },
	// caseload and flags (issue 6): teachers' flags moved on by the mentor, their two
	// comment threads, ros, private notes (only their author edits), handovers, the
	// server's timeline events, and the learner's own "who looked" audit rows
	{ name: 'flags', since: 2, indexes: ['learner', 'raisedBy', 'status', 'joinedTo'], conflict: 'checked' },
	{ name: 'flag_comments', since: 2, indexes: ['flag', 'learner'], conflict: 'append-only' },
	{ name: 'kudos', since: 2, indexes: ['learner', 'from'], conflict: 'append-only' },
	{ name: 'notes', since: 2, indexes: ['learner'], conflict: 'owner-wins' },
	{ name: 'handovers', since: 2, indexes: ['learner', 'status'], conflict: 'checked' },
	{ name: 'timeline', since: 2, indexes: ['learner'], conflict: 'append-only' },
	{ name: 'audit_log', since: 2, indexes: ['learner'], conflict: 'append-only' },
	// trust (issue 11): the teacher's words only for the mentor, one per flag. Staff
	// devices keep them for offline; the access rule gives a learner none, so the
	// learner's table stays empty (tests/e2e/flags.spec.ts looks in IndexedDB)
	{ name: 'flag_staff_notes', since: 3, indexes: ['flag', 'learner'], conflict: 'append-only' },
	// Fællesskab (issue 14): who takes part (own profile: only they edit it), groups
	// (the coordinator decides), memberships (one writer per field: own muted, the
	// moderator's role), posts (the author's words, the moderators' status), reactions,
	// reports (the reporter's, then one decision), own blocks, and the moderation log
	{ name: 'network_profiles', since: 4, indexes: ['user', 'school'], conflict: 'owner-wins' },
	{ name: 'groups', since: 4, indexes: ['kind', 'school', 'status'], conflict: 'checked' },
	// leaving a group (or the school) takes its posts and events from my device at once
	{
		name: 'group_members',
		since: 4,
		indexes: ['group', 'user', '[group+user]'],
		conflict: 'checked',
		sweepOnLoss: ['posts', 'post_reactions', 'events', 'event_rsvps']
	},
	// only the recent posts of my groups (a big group has tens of thousands)
	{
		name: 'posts',
		since: 4,
		indexes: ['group', 'author', 'parent', '[group+created]'],
		conflict: 'owner-wins',
		window: { field: 'created', days: postsWindowDays }
	},
	{ name: 'post_reactions', since: 4, indexes: ['post', 'user'], conflict: 'append-only' },
	{ name: 'reports', since: 4, indexes: ['post', 'group', 'status', 'reporter'], conflict: 'checked' },
	{ name: 'blocks', since: 4, indexes: ['blocked'], conflict: 'append-only' },
	{ name: 'moderation_log', since: 4, indexes: ['group', 'post'], conflict: 'append-only' },
	// Fællesskab, second slice: a group's events (the arrangers decide) and my answer to
	// each (only I write it); stories (the author, then the coordinator's yes); study
	// buddies (each status change has one writer: asked says yes/no, either ends) and
	// their messages (the sender's words)
	{ name: 'events', since: 5, indexes: ['group', 'startsAt'], conflict: 'checked' },
	{ name: 'event_rsvps', since: 5, indexes: ['event', 'user', '[event+user]'], conflict: 'owner-wins' },
	{ name: 'stories', since: 5, indexes: ['status', 'author', 'school'], conflict: 'checked' },
	{ name: 'buddies', since: 5, indexes: ['from', 'to', 'status'], conflict: 'checked' },
	{ name: 'buddy_messages', since: 5, indexes: ['pair', 'sender', '[pair+created]'], conflict: 'owner-wins' },
	// appointments and check-ins (issue 15; versions 4 and 5 are the peer network's): the
	// mentor's times (only they edit them; the hook keeps bookedBy), bookings (learner
	// cancels, mentor writes the note: checked), the weekly check-in and its words
	{ name: 'appointment_slots', since: 6, indexes: ['mentor', 'startsAt', 'forLearner', 'series'], conflict: 'owner-wins' },
	{ name: 'appointments', since: 6, indexes: ['slot', 'learner', 'mentor', 'startsAt', 'status'], conflict: 'checked' },
	{ name: 'checkins', since: 6, indexes: ['learner', 'week', '[learner+week]'], conflict: 'owner-wins' },
	{ name: 'checkin_words', since: 6, indexes: ['checkin', 'learner'], conflict: 'owner-wins' },
	// Fællesskab: the invitation to tell one's story (written by hooks, one per learner)
	{ name: 'story_invitations', since: 7, indexes: ['learner'], conflict: 'append-only' },
	// where each learner is (issue 16): append-only status rows, written by the current
	// mentor or the coordinator; the newest row is the status
	{ name: 'learner_status', since: 8, indexes: ['learner', 'school'], conflict: 'append-only' }
];

/** The oldest date (PocketBase's format) a collection with a window keeps, or '' for all. */
export function windowStart(collection: string, now = Date.now()): string {
	const window = syncedCollections.find((c) => c.name === collection)?.window;
	if (!window) return '';
	return new Date(now - window.days * 24 * 60 * 60 * 1000).toISOString().replace('T', ' ');
}

export function sweptOnLossOf(collection: string): string[] {
	return syncedCollections.find((c) => c.name === collection)?.sweepOnLoss ?? [];
}

export function windowOf(collection: string) {
	return syncedCollections.find((c) => c.name === collection)?.window;
}

export function policyOf(collection: string) {
	return syncedCollections.find((c) => c.name === collection)?.conflict ?? 'checked';
}
