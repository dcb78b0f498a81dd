// Fællesskab (issue 14): what the pages read, from this device's copy (the access rules
// decide what the device has: my groups and those open to me, their members and posts).
import type {
	GroupMembersResponse,
	GroupsResponse,
	NetworkProfilesResponse,
	PostReactionsKindOptions,
	PostsResponse,
	ReportsResponse,
	StoriesResponse
} from '$lib/pb/types.gen';
import { postingAllowance, type PostingAllowance } from '$lib/domain/network';
import { pbDate } from '$lib/domain/time';
import type { SammenDb } from '$lib/sync/db';

export type Group = GroupsResponse;
export type Member = GroupMembersResponse;
export type Post = PostsResponse;
export type Profile = NetworkProfilesResponse;
export const reactionKinds: PostReactionsKindOptions[] = ['tak', 'godt', 'staerk', 'kram'];

/** PocketBase dates and local ones (a post not sent yet has the device's time) both sort. */
const newestFirst = (a: { created?: string }, b: { created?: string }) => (b.created || '9999').localeCompare(a.created || '9999');

export async function myProfile(db: SammenDb, me: string): Promise<Profile | null> {
	return (await db.records('network_profiles').where('user').equals(me).first()) ?? null;
}

/** What this person has reported (post, profile and story ids): "Anmeld" once per thing. */
export async function reportedByMe(db: SammenDb, me: string): Promise<Set<string>> {
	const rows = await db.records('reports').where('reporter').equals(me).toArray();
	return new Set(rows.map((r) => r.post || r.profile || r.story).filter(Boolean));
}

/**
 * How many posts and replies I may still write now (the kernel's posting limit for new
 * members, from my profile and my own posts on this device: the hook decides again).
 */
export async function myPostingAllowance(db: SammenDb, me: string, role: string): Promise<PostingAllowance | null> {
	const profile = await myProfile(db, me);
	if (!profile) return null;
	const mine = await db.records('posts').where('author').equals(me).toArray();
	return postingAllowance(role, profile.created || pbDate(), mine.map((p) => p.created || pbDate()));
}

/** Display names of the network by user id (never e-mails: profiles carry none). */
export async function namesByUser(db: SammenDb, users: string[]): Promise<Map<string, string>> {
	const rows = await db.records('network_profiles').where('user').anyOf(users).toArray();
	return new Map(rows.map((p) => [p.user, p.displayName]));
}

export type GroupsOverview = {
	mine: { group: Group; member: Member }[];
	joinable: Group[];
};

/** My groups (school and hold first, then by name), and the approved groups I may join. */
export async function groupsOverview(db: SammenDb, me: string): Promise<GroupsOverview> {
	const [groups, rows] = await Promise.all([db.records('groups').toArray(), db.records('group_members').where('user').equals(me).toArray()]);
	const memberOf = new Map(rows.map((m) => [m.group, m]));
	const order = { class: 0, programme: 1, school: 2, open: 3 } as const;
	const byKind = (a: Group, b: Group) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, 'da');
	return {
		mine: groups
			.filter((g) => memberOf.has(g.id))
			.sort(byKind)
			.map((group) => ({ group, member: memberOf.get(group.id)! })),
		joinable: groups.filter((g) => g.status === 'approved' && !memberOf.has(g.id)).sort(byKind)
	};
}

export type Reactions = Record<PostReactionsKindOptions, { count: number; mine: string | null }>;
export type ThreadPost = Post & { name: string; reactions: Reactions; profile: string };
export type Thread = ThreadPost & { replies: ThreadPost[] };

export type GroupPage = {
	group: Group;
	me: Member | null;
	/** `profile`: the member's network profile (to report the person). */
	members: { id: string; user: string; name: string; moderator: boolean; profile: string }[];
	/** What I have reported here (post and profile ids). */
	reported: Set<string>;
	/** Newest first; each with its replies, oldest first (one level deep). */
	threads: Thread[];
	moderator: boolean;
};

/**
 * A group's page: its members' names and its posts as threads. Posts of people I
 * blocked are left out here too (the rule already does on the server; this makes a new
 * block take effect at once).
 */
export async function groupPage(db: SammenDb, groupId: string, me: string): Promise<GroupPage | null> {
	const group = await db.records('groups').get(groupId);
	if (!group) return null;
	const [members, posts, blocks] = await Promise.all([
		db.records('group_members').where('group').equals(groupId).toArray(),
		db.records('posts').where('group').equals(groupId).toArray(),
		db.records('blocks').toArray()
	]);
	const blocked = new Set(blocks.filter((b) => b.blocker === me).map((b) => b.blocked));
	const shown = posts.filter((p) => !blocked.has(p.author));
	const people = [...new Set([...members.map((m) => m.user), ...shown.map((p) => p.author)])];
	const profiles = await db.records('network_profiles').where('user').anyOf(people).toArray();
	const names = new Map(profiles.map((p) => [p.user, p.displayName]));
	const profileOf = new Map(profiles.map((p) => [p.user, p.id]));
	const reported = await reportedByMe(db, me);
	const reactions = await db.records('post_reactions').where('post').anyOf(shown.map((p) => p.id)).toArray();
	const reactionsOf = (postId: string): Reactions => {
		const out = Object.fromEntries(reactionKinds.map((k) => [k, { count: 0, mine: null as string | null }])) as Reactions;
		for (const r of reactions) {
			if (r.post !== postId) continue;
			out[r.kind].count++;
			if (r.user === me) out[r.kind].mine = r.id;
		}
		return out;
	};
	const withName = (p: Post): ThreadPost => ({ ...p, name: names.get(p.author) ?? '', reactions: reactionsOf(p.id), profile: profileOf.get(p.author) ?? '' });
	const mine = members.find((m) => m.user === me) ?? null;
	return {
		group,
		me: mine,
		moderator: mine?.role === 'moderator',
		reported,
		members: members
			.map((m) => ({ id: m.id, user: m.user, name: names.get(m.user) ?? '', moderator: m.role === 'moderator', profile: profileOf.get(m.user) ?? '' }))
			.filter((m) => m.name)
			.sort((a, b) => a.name.localeCompare(b.name, 'da')),
		threads: shown
			.filter((p) => !p.parent)
			.sort(newestFirst)
			.map((p) => ({
				...withName(p),
				replies: shown
					.filter((r) => r.parent === p.id)
					.sort((a, b) => -newestFirst(a, b))
					.map(withName)
			}))
	};
}

export type QueueItem = {
	/** The first open report; the decision is saved on it (the hook closes the others). */
	report: ReportsResponse;
	count: number;
	post: Post | null;
	profile: Profile | null;
	story: StoriesResponse | null;
	name: string;
	groupName: string;
};

/**
 * The open reports this person may decide (the rule gives a device only its own reports
 * and, for moderators and coordinators, the queue), one item per reported post or profile.
 */
export async function moderationQueue(db: SammenDb, me: string): Promise<QueueItem[]> {
	const open = (await db.records('reports').where('status').equals('open').toArray()).filter((r) => r.reporter !== me);
	const byTarget = new Map<string, ReportsResponse[]>();
	for (const r of open.sort((a, b) => -newestFirst(a, b))) {
		const key = r.post || r.profile || r.story;
		byTarget.set(key, [...(byTarget.get(key) ?? []), r]);
	}
	const names = await namesByUser(db, open.map((r) => r.subject));
	const items: QueueItem[] = [];
	for (const reports of byTarget.values()) {
		const report = reports[0]!;
		const post = report.post ? ((await db.records('posts').get(report.post)) ?? null) : null;
		const profile = report.profile ? ((await db.records('network_profiles').get(report.profile)) ?? null) : null;
		const story = report.story ? ((await db.records('stories').get(report.story)) ?? null) : null;
		const group = report.group ? await db.records('groups').get(report.group) : undefined;
		items.push({ report, count: reports.length, post, profile, story, name: names.get(report.subject) ?? '', groupName: group?.name ?? '' });
	}
	return items;
}

/** Proposed groups a coordinator may approve (the rule gives the device those of their school). */
export async function proposedGroups(db: SammenDb, me: string): Promise<Group[]> {
	const rows = await db.records('groups').where('status').equals('proposed').toArray();
	return rows.filter((g) => g.createdBy !== me).sort(newestFirst);
}
