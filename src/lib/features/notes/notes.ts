// The mentor's private notes about a learner: read by the learner's current mentor
// (earlier mentors' notes follow the learner), written through the sync engine.
import { pbDate, timeOf } from '$lib/domain/time';
import type { NotesResponse } from '$lib/pb/types.gen';
import { namesOf } from '$lib/people/names';
import type { SammenDb } from '$lib/sync/db';
import { sync } from '$lib/sync/engine.svelte';

export const maxNoteLength = 5000;

export type NoteView = NotesResponse & { authorName: string };

export async function notesOf(db: SammenDb, learnerId: string): Promise<NoteView[]> {
	const notes = await db.records('notes').where('learner').equals(learnerId).toArray();
	const names = await namesOf(db, notes.map((n) => n.author));
	return notes
		.map((n) => ({ ...n, authorName: names.get(n.author) ?? '' }))
		.sort((a, b) => timeOf(b.created) - timeOf(a.created));
}

export async function writeNote(me: { id: string }, learner: string, body: string) {
	return sync.create('notes', { learner, author: me.id, body: body.trim(), created: pbDate() });
}

export async function editNote(noteId: string, body: string) {
	await sync.update('notes', noteId, { body: body.trim() });
}

export async function deleteNote(noteId: string) {
	await sync.remove('notes', noteId);
}
