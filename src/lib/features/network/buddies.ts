// Fællesskab, makker: turning it on, suggestions (the kernel's ranking over people who want a
// buddy in my hold or uddannelse groups, never someone I blocked or already paired with),
// requests and answers, and the pair's conversation. All from the device; writes go through
// the outbox. (Someone who blocked me is refused by the server's rule: I cannot know it.)
import type { BuddiesResponse, BuddyMessagesResponse, NetworkProfilesResponse } from '$lib/pb/types.gen';
import { buddySuggestions, type BuddyPerson, type Suggestion } from '$lib/domain/buddies';
import { withinEditWindow } from '$lib/domain/network';
import type { SammenDb } from '$lib/sync/db';
import { sync } from '$lib/sync/engine.svelte';

export type Pair = BuddiesResponse;
export type BuddyMessage = BuddyMessagesResponse;
export type Profile = NetworkProfilesResponse;

/** My network profile on the device, if I am in the network. */
export function myProfile(db: SammenDb, me: string): Promise<Profile | undefined> {
	return db.records('network_profiles').where('user').equals(me).first();
}

/** "Jeg vil gerne have en makker": on or off, with my municipality and situations. */
export function saveBuddyWish(profileId: string, change: Partial<Pick<Profile, 'wantsBuddy' | 'municipality' | 'situation'>>) {
	return sync.update('network_profiles', profileId, change);
}

export type PairView = Pair & { other: string; otherName: string; asked: boolean };

/** My pairs, with the other one's network name; open ones first, newest first. */
export async function myPairs(db: SammenDb, me: string): Promise<PairView[]> {
	const [from, to] = await Promise.all([db.records('buddies').where('from').equals(me).toArray(), db.records('buddies').where('to').equals(me).toArray()]);
	const pairs = [...from, ...to];
	const others = pairs.map((p) => (p.from === me ? p.to : p.from));
	const profiles = await db.records('network_profiles').where('user').anyOf(others).toArray();
	const nameOf = new Map(profiles.map((p) => [p.user, p.displayName]));
	const rank = { accepted: 0, proposed: 1, declined: 2, ended: 3 } as const;
	return pairs
		.map((p) => ({ ...p, other: p.from === me ? p.to : p.from, otherName: nameOf.get(p.from === me ? p.to : p.from) ?? '', asked: p.to === me }))
		.sort((a, b) => rank[a.status] - rank[b.status] || (b.created || '9999').localeCompare(a.created || '9999'));
}

export type Candidate = BuddyPerson & { name: string; about: string };

/** Suggestions: people who want a buddy in my hold and uddannelse groups, ranked by the kernel. */
export async function suggestionsFor(db: SammenDb, me: string): Promise<Suggestion<Candidate>[]> {
	const mine = await myProfile(db, me);
	if (!mine?.wantsBuddy) return [];
	const memberships = await db.records('group_members').where('user').equals(me).toArray();
	const groups = (await db.records('groups').bulkGet(memberships.map((m) => m.group))).filter((g) => g !== undefined && (g.kind === 'class' || g.kind === 'programme'));
	const holds = groups.filter((g) => g!.kind === 'class').map((g) => g!.id);
	const programmes = groups.filter((g) => g!.kind === 'programme').map((g) => g!.id);
	const members = await db.records('group_members').where('group').anyOf([...holds, ...programmes]).toArray();
	const [profiles, blocks, pairs] = await Promise.all([
		db.records('network_profiles').where('user').anyOf([...new Set(members.map((m) => m.user))]).toArray(),
		db.records('blocks').toArray(),
		myPairs(db, me)
	]);
	const exclude = [...blocks.filter((b) => b.blocker === me).map((b) => b.blocked), ...pairs.filter((p) => p.status === 'proposed' || p.status === 'accepted').map((p) => p.other)];
	const groupsOf = (user: string, ids: string[]) => members.filter((m) => m.user === user && ids.includes(m.group)).map((m) => m.group);
	const people: Candidate[] = profiles.map((p) => ({
		userId: p.user,
		wantsBuddy: !!p.wantsBuddy,
		holds: groupsOf(p.user, holds),
		programmes: groupsOf(p.user, programmes),
		situations: p.situation ?? [],
		municipality: p.municipality ?? '',
		name: p.displayName,
		about: p.about
	}));
	return buddySuggestions({ userId: me, wantsBuddy: true, holds, programmes, situations: mine.situation ?? [], municipality: mine.municipality ?? '', exclude }, people);
}

/** Ask someone to be my buddy, with a short hello. */
export function askBuddy(me: string, other: string, hello: string) {
	return sync.create('buddies', { from: me, to: other, hello: hello.trim(), status: 'proposed' });
}

/** The asked answers yes or no. */
export function answerBuddy(pairId: string, yes: boolean) {
	return sync.update('buddies', pairId, { status: yes ? 'accepted' : 'declined' });
}

/** Either ends it (the one asking takes a request back the same way). Quietly: the other is not told. */
export function endBuddy(pairId: string) {
	return sync.update('buddies', pairId, { status: 'ended' });
}

/** The pair's messages, oldest first. */
export async function pairMessages(db: SammenDb, pairId: string): Promise<BuddyMessage[]> {
	return db.records('buddy_messages').where('[pair+created]').between([pairId, ''], [pairId, '\uffff']).toArray();
}

export function sendBuddyMessage(pairId: string, me: string, text: string) {
	return sync.create('buddy_messages', { pair: pairId, sender: me, text: text.trim() });
}

/** The sender may change or take back their words for the kernel's edit window. */
export function mayChange(message: BuddyMessage, me: string, now = Date.now()): boolean {
	return message.sender === me && (!message.created || withinEditWindow(message.created, now));
}

export function editBuddyMessage(id: string, text: string) {
	return sync.update('buddy_messages', id, { text: text.trim() });
}

export function withdrawBuddyMessage(id: string) {
	return sync.remove('buddy_messages', id);
}
