import { session } from '$lib/auth/session.svelte';
import { sync } from '$lib/sync/engine.svelte';
import { live } from '$lib/sync/live.svelte';
import { articleBySlug, publishedArticles, type HelpArticle } from './articles';
import { fetchPublicArticles, PublicHelpError } from './public-articles';

export type LibraryStatus = 'loading' | 'ready' | 'offline' | 'failed';

/**
 * The help library for a page. Logged in and synced: the articles on the device
 * (they work offline, drafts included for coordinators). Otherwise, before login or
 * before the first sync: the public articles from the server, which the service
 * worker keeps, so the help also opens offline after one visit.
 * Call it while a component initialises.
 */
export function helpLibrary() {
	const local = live((db) => publishedArticles(db), [] as HelpArticle[]);
	let remote = $state<HelpArticle[] | null>(null);
	let problem = $state<'offline' | 'failed' | null>(null);
	let asked = false;

	const useLocal = $derived(session.loggedIn && sync.db !== null && sync.hydrated && !local.loading);

	$effect(() => {
		if (useLocal || asked) return;
		asked = true;
		fetchPublicArticles()
			.then((items) => (remote = items))
			.catch((error) => (problem = error instanceof PublicHelpError && error.offline ? 'offline' : 'failed'));
	});

	return {
		get articles(): HelpArticle[] {
			return useLocal ? local.current : (remote ?? []);
		},
		get status(): LibraryStatus {
			if (useLocal || remote) return 'ready';
			if (problem) return problem;
			return 'loading';
		}
	};
}

/**
 * One article by slug. A coordinator also finds the drafts of their school (they
 * are on the device only).
 */
export function helpArticle(slug: () => string) {
	const library = helpLibrary();
	const local = live((db, s) => articleBySlug(db, s), null as HelpArticle | null, slug);
	return {
		get article(): HelpArticle | null {
			return local.current ?? library.articles.find((a) => a.slug === slug()) ?? null;
		},
		get articles() {
			return library.articles;
		},
		get status(): LibraryStatus {
			return local.current ? 'ready' : library.status;
		}
	};
}
