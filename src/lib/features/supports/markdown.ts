import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { allowedAttributes, allowedTags, cleanMarkdown, isOwnPath, isSafeHref } from '$lib/domain/markdown-policy';

/**
 * Articles are Markdown. The one policy (`lib/domain/markdown-policy.ts`, which the
 * server also applies on save) cleans the Markdown first; then `marked` makes HTML,
 * and DOMPurify with the same tags and attributes stays as a backstop: no script,
 * frames, forms, styles or event handlers, links only to http(s), mail, phone and our
 * own pages, pictures only from our own origin. (The Content-Security-Policy blocks
 * inline script too.)
 *
 * Pictures uploaded to an article are written `![what it shows](billede:<file name>)`.
 */

export type ArticleFiles = { id: string; images?: string[] };

/** The address of an uploaded picture of an article (public: articles are public). */
export function imageUrl(articleId: string, fileName: string): string {
	return `/api/files/help_articles/${encodeURIComponent(articleId)}/${encodeURIComponent(fileName)}`;
}

const imageRef = /^billede:(.+)$/;

let hooked = false;
function purifier() {
	if (!hooked) {
		hooked = true;
		DOMPurify.addHook('afterSanitizeAttributes', (node) => {
			if (node.tagName === 'A') {
				const href = node.getAttribute('href') ?? '';
				if (!isSafeHref(href)) node.removeAttribute('href');
				else if (/^https?:/i.test(href)) {
					// other sites open apart from Sammen, and learn nothing about where the reader came from
					node.setAttribute('rel', 'noopener noreferrer');
					node.setAttribute('target', '_blank');
				}
			}
			if (node.tagName === 'IMG') {
				const src = node.getAttribute('src') ?? '';
				if (!isOwnPath(src)) node.remove();
				else {
					node.setAttribute('loading', 'lazy');
					if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
				}
			}
		});
	}
	return DOMPurify;
}

/** Cleans HTML to what an article may contain. */
export function sanitizeHtml(html: string): string {
	return purifier().sanitize(html, {
		ALLOWED_TAGS: allowedTags,
		ALLOWED_ATTR: allowedAttributes,
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false,
		KEEP_CONTENT: true
	});
}

function markedFor(article: ArticleFiles | null) {
	const marked = new Marked({ gfm: true, breaks: false, async: false });
	marked.use({
		walkTokens(token) {
			// The page's title is the h1: # becomes h2, ## h3 … so the outline stays right.
			if (token.type === 'heading') (token as Tokens.Heading).depth = Math.min(4, token.depth + 1);
			if (token.type === 'image') {
				const image = token as Tokens.Image;
				const ref = imageRef.exec(image.href);
				if (ref) {
					const name = (ref[1] ?? '').trim();
					image.href = article && article.images?.includes(name) ? imageUrl(article.id, name) : '';
				}
			}
		}
	});
	return marked;
}

/** An article's Markdown as safe HTML for {@html}. */
export function renderArticle(markdown: string, article: ArticleFiles | null = null): string {
	// Cleaned first (raw tags with attributes never reach a parser, so Chromium does not
	// even report a blocked handler), then DOMPurify as the backstop.
	const html = markedFor(article).parse(cleanMarkdown(markdown)) as string;
	return sanitizeHtml(html);
}
