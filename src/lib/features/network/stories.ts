// Fællesskab, historier: the published stories on the device, "nogen som mig" (the kernel's
// ranking over what the device knows about me: my holds' uddannelser, my birth year, the
// situations of my network profile), and a learner's own story sent for a coordinator's yes.
import type { StoriesResponse } from '$lib/pb/types.gen';
import { storiesLikeMe, type Me, type Ranked } from '$lib/domain/stories';
import type { SammenDb } from '$lib/sync/db';
import { sync } from '$lib/sync/engine.svelte';

export type Story = StoriesResponse;

const newestFirst = (a: Story, b: Story) => (b.created || '9999').localeCompare(a.created || '9999');

/** Every published story the device has, newest first. */
export async function publishedStories(db: SammenDb): Promise<Story[]> {
	return (await db.records('stories').where('status').equals('published').toArray()).sort(newestFirst);
}

/** My own stories that are not published yet (drafts and those waiting for a yes). */
export async function myUnpublished(db: SammenDb, me: string): Promise<Story[]> {
	return (await db.records('stories').where('author').equals(me).toArray()).filter((s) => s.status !== 'published').sort(newestFirst);
}

/** What "nogen som mig" compares: the uddannelser of my holds, my birth year, my situations. */
export async function whoIAm(db: SammenDb, me: string): Promise<Me> {
	const [user, mine, profile] = await Promise.all([
		db.records('users').get(me),
		db.records('class_members').where('user').equals(me).toArray(),
		db.records('network_profiles').where('user').equals(me).first()
	]);
	const classes = (await db.records('classes').bulkGet(mine.map((m) => m.class))).filter((c) => c !== undefined);
	const programmes = (await db.records('programmes').bulkGet(classes.map((c) => c.programme))).filter((p) => p !== undefined);
	return { trades: programmes.map((p) => p.name), birthYear: user?.birthYear || undefined, situations: profile?.situation ?? [] };
}

/** The published stories about someone like me, best first. */
export async function storiesLikeMine(db: SammenDb, me: string): Promise<Ranked<Story>[]> {
	const [stories, who] = await Promise.all([publishedStories(db), whoIAm(db, me)]);
	return storiesLikeMe(stories, who);
}

export type NewStory = Pick<Story, 'title' | 'body'> &
	Partial<Pick<Story, 'trade' | 'ageBand' | 'situations'>> & {
		/** shrunk on the device (media/photo.ts) */
		photo?: File | null;
		/** read in with the media toolkit's recorder */
		audio?: Blob | null;
	};

/** A learner sends their own story; it is shown to others after a coordinator says yes. */
export function sendStory(me: { id: string; school: string }, story: NewStory): Promise<string> {
	const { photo, audio, ...words } = story;
	const data: Record<string, unknown> = { ...words, title: story.title.trim(), body: story.body.trim(), status: 'pending', author: me.id, school: me.school };
	if (!data.ageBand) delete data.ageBand;
	if (photo) data.photo = photo;
	if (audio) data.audio = audio;
	return sync.create('stories', data);
}

/** After a no: the author changes the words and sends the story again (the server clears the old reason). */
export function sendAgain(id: string, change: Pick<Story, 'title' | 'body'>) {
	return sync.update('stories', id, { title: change.title.trim(), body: change.body.trim(), status: 'pending' });
}

/** The coordinator's no, with a plain reason the author reads. */
export function declineStory(id: string, reason: string) {
	return sync.update('stories', id, { status: 'declined', declineReason: reason.trim() });
}

/** The card "Fortæl din historie": I was invited (my plan is done) and have not written one yet. */
export async function invitedToTell(db: SammenDb, me: string): Promise<boolean> {
	const [invitation, mine] = await Promise.all([
		db.records('story_invitations').where('learner').equals(me).first(),
		db.records('stories').where('author').equals(me).count()
	]);
	return invitation !== undefined && mine === 0;
}

/** For a coordinator: the stories of my school waiting for a yes, oldest first. */
export async function waitingForYes(db: SammenDb, school: string): Promise<Story[]> {
	return (await db.records('stories').where('status').equals('pending').toArray()).filter((s) => s.school === school).sort((a, b) => -newestFirst(a, b));
}

/** The coordinator's yes: the story is shown to everyone in the network. */
export function publishStory(id: string) {
	return sync.update('stories', id, { status: 'published' });
}
