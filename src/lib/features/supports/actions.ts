import type { HelpArticlesGroupOptions, HelpArticlesStatusOptions, HelpRequestsAreaOptions } from '$lib/pb/types.gen';
import { sync } from '$lib/sync/engine.svelte';
import type { User } from '$lib/auth/session.svelte';
import { limits } from '$lib/domain/limits.gen';

/** Largest picture PocketBase takes for an article, and its types (the field's, generated). */
export const maxImageBytes = limits.help_articles.images.maxSize;
export const imageTypes: readonly string[] = limits.help_articles.images.mimeTypes;
/** Largest recorded message (the field's maxSize). */
export const maxRecordingBytes = limits.help_requests.recording.maxSize;

// ------------------------------------------------------------------ help requests

export type NewRequest = { area: HelpRequestsAreaOptions; text: string; recording?: Blob | null };

/** The learner asks for help. Saved on the device at once; sent when online. */
export async function askForHelp(me: User, request: NewRequest): Promise<string> {
	const data: Record<string, unknown> = {
		learner: me.id,
		school: me.school,
		area: request.area,
		text: request.text.trim(),
		status: 'open'
	};
	if (request.recording) data.recording = request.recording;
	return sync.create('help_requests', data);
}

/** The learner says it is solved. */
export function markSolvedByLearner(id: string) {
	return sync.update('help_requests', id, { status: 'solved' });
}

/** The learner takes back a request nobody has started on. */
export function withdrawRequest(id: string) {
	return sync.remove('help_requests', id);
}

/** The mentor or IT helper takes it ("Jeg tager den"). */
export function takeRequest(id: string) {
	return sync.update('help_requests', id, { status: 'in_progress' });
}

/** The mentor or IT helper marks it solved, with an answer for the learner. */
export function solveRequest(id: string, reply: string) {
	return sync.update('help_requests', id, { status: 'solved', reply: reply.trim() });
}

// ------------------------------------------------------------------ articles

export type ArticleFields = {
	title: string;
	summary: string;
	group: HelpArticlesGroupOptions;
	order: number;
	body: string;
	status: HelpArticlesStatusOptions;
};

export function createArticle(me: User, slug: string, fields: ArticleFields): Promise<string> {
	return sync.create('help_articles', { ...fields, slug, school: me.school, author: me.id });
}

export function updateArticle(id: string, change: Partial<ArticleFields>) {
	return sync.update('help_articles', id, change);
}

export function deleteArticle(id: string) {
	return sync.remove('help_articles', id);
}

/** Adds a picture (sent as a file; PocketBase names it). */
export function addImage(id: string, file: Blob) {
	return sync.update('help_articles', id, { 'images+': file });
}

export function removeImage(id: string, fileName: string) {
	return sync.update('help_articles', id, { 'images-': [fileName] });
}

/** Why a picture cannot be used, or null when it can ("5,2" MB over the limit). */
export function imageProblem(file: { size: number; type: string }): { kind: 'type' } | { kind: 'size'; mb: string } | null {
	if (!imageTypes.includes(file.type)) return { kind: 'type' };
	if (file.size > maxImageBytes) {
		return { kind: 'size', mb: (Math.round((file.size / (1024 * 1024)) * 10) / 10).toString().replace('.', ',') };
	}
	return null;
}
