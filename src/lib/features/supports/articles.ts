import type { HelpArticlesGroupOptions, HelpArticlesResponse } from '$lib/pb/types.gen';
import type { SammenDb } from '$lib/sync/db';
import { markdownTexts } from './lix.js';
import type { SearchDoc } from './search';

export type HelpArticle = HelpArticlesResponse;

/** The groups of the library, in the order they are shown. */
export const groups: HelpArticlesGroupOptions[] = ['ordblind', 'tal', 'it', 'okonomi', 'livet'];

/** The slug of the login help, shown before login. */
export const loginHelpSlug = 'kan-ikke-logge-ind';

/** By group (in the order above), then by the number in the group, then by title. */
export function byGroupAndOrder(a: HelpArticle, b: HelpArticle): number {
	return (
		groups.indexOf(a.group) - groups.indexOf(b.group) ||
		(a.order ?? 0) - (b.order ?? 0) ||
		a.title.localeCompare(b.title, 'da')
	);
}

/** Every published article on the device. */
export async function publishedArticles(db: SammenDb): Promise<HelpArticle[]> {
	const rows = await db.records('help_articles').where('status').equals('published').toArray();
	return rows.sort(byGroupAndOrder);
}

/** An article by its slug (a draft too, for the coordinators who may see it). */
export async function articleBySlug(db: SammenDb, slug: string): Promise<HelpArticle | null> {
	return (await db.records('help_articles').where('slug').equals(slug).first()) ?? null;
}

/** The coordinator's list: every article of their school, drafts included. */
export async function schoolArticles(db: SammenDb, school: string): Promise<HelpArticle[]> {
	const rows = await db.records('help_articles').where('school').equals(school).toArray();
	return rows.sort(byGroupAndOrder);
}

/** The articles grouped for the start page (empty groups left out). */
export function inGroups(articles: HelpArticle[]): { group: HelpArticlesGroupOptions; articles: HelpArticle[] }[] {
	return groups
		.map((group) => ({ group, articles: articles.filter((a) => a.group === group).sort(byGroupAndOrder) }))
		.filter((g) => g.articles.length > 0);
}

/** Words offered when a search finds nothing: common needs that the library answers (tested). */
export const searchSuggestions = ['SU', 'ordblind', 'MitID', 'print', 'stress', 'penge'];

/** What the search looks in: the title counts most, then the summary, then the text. */
export function searchDocs(articles: HelpArticle[]): SearchDoc[] {
	return articles.map((a) => ({
		id: a.id,
		fields: [
			{ text: a.title, weight: 3 },
			{ text: a.summary ?? '', weight: 2 },
			{ text: markdownTexts(a.body ?? '').join('\n'), weight: 1 }
		]
	}));
}

/**
 * A slug from a title: "Sådan printer du!" → "saadan-printer-du". Danish letters are
 * written out, so the address stays readable.
 */
export function slugify(title: string): string {
	return (
		title
			.toLocaleLowerCase('da')
			.replace(/æ/g, 'ae')
			.replace(/ø/g, 'oe')
			.replace(/å/g, 'aa')
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 70)
			.replace(/-+$/, '') || 'tekst'
	);
}

/** A slug not used by any of `taken` (adds -2, -3 … when needed). */
export function uniqueSlug(title: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	const base = slugify(title);
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
