import type { HelpArticle } from './articles';

/**
 * The published articles, fetched without a login (they are public), for the help
 * pages before login. The request never carries a token, so the service worker may
 * keep its answer and show the help offline after one visit (src/service-worker.ts,
 * which caches exactly this path prefix). Logged-in people read the articles from
 * their own device through the sync engine instead.
 */
export const publicArticlesPath = '/api/collections/help_articles/records';

export const publicArticlesUrl = `${publicArticlesPath}?${new URLSearchParams({
	filter: 'status = "published"',
	sort: 'group,order,title',
	perPage: '500',
	skipTotal: '1'
})}`;

export class PublicHelpError extends Error {
	constructor(
		readonly offline: boolean,
		message: string
	) {
		super(message);
	}
}

export async function fetchPublicArticles(fetcher: typeof fetch = fetch): Promise<HelpArticle[]> {
	let response: Response;
	try {
		// credentials: 'omit' and no Authorization header: the same answer for everyone.
		response = await fetcher(publicArticlesUrl, { credentials: 'omit', headers: { Accept: 'application/json' } });
	} catch {
		throw new PublicHelpError(true, 'offline');
	}
	if (!response.ok) throw new PublicHelpError(response.status === 504 || response.status === 503, `status ${response.status}`);
	const body = (await response.json()) as { items?: HelpArticle[] };
	return body.items ?? [];
}
