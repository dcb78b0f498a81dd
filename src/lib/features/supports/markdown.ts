import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * Articles are Markdown. They become HTML with `marked`, and that HTML is cleaned
 * with DOMPurify before it reaches the page: no script, frames, forms, styles or
 * event handlers, links only to http(s), mail, phone and our own pages, pictures
 * only from our own origin. (The Content-Security-Policy blocks inline script too,
 * and the server strips the worst on save; this is the real sanitizer.)
 *
 * Pictures uploaded to an article are written `![what it shows](billede:<file name>)`.
 */

export type ArticleFiles = { id: string; images?: string[] };

/** The address of an uploaded picture of an article (public: articles are public). */
export function imageUrl(articleId: string, fileName: string): string {
	return `/api/files/help_articles/${encodeURIComponent(articleId)}/${encodeURIComponent(fileName)}`;
}

const imageRef = /^billede:(.+)$/;

const allowedTags = [
	'h2',
	'h3',
	'h4',
	'p',
	'br',
	'hr',
	'strong',
	'em',
	'b',
	'i',
	'del',
	'ul',
	'ol',
	'li',
	'a',
	'img',
	'blockquote',
	'code',
	'pre',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td'
];
const allowedAttributes = ['href', 'src', 'alt', 'title', 'start'];
const safeLink = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i;
const ownPath = /^\/(?!\/)/;

let hooked = false;
function purifier() {
	if (!hooked) {
		hooked = true;
		DOMPurify.addHook('afterSanitizeAttributes', (node) => {
			if (node.tagName === 'A') {
				const href = node.getAttribute('href') ?? '';
				if (!safeLink.test(href)) node.removeAttribute('href');
				else if (/^https?:/i.test(href)) {
					// other sites open apart from Sammen, and learn nothing about where the reader came from
					node.setAttribute('rel', 'noopener noreferrer');
					node.setAttribute('target', '_blank');
				}
			}
			if (node.tagName === 'IMG') {
				const src = node.getAttribute('src') ?? '';
				if (!ownPath.test(src)) node.remove();
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

/**
 * Event-handler attributes (onerror=…) in raw HTML are dropped before anything parses
 * it: even a parse in an inert document makes Chromium report (and block) the handler
 * under our Content-Security-Policy. DOMPurify below is still what makes it safe.
 */
const handlerAttribute = /[\s/]on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi;

function markedFor(article: ArticleFiles | null) {
	const marked = new Marked({ gfm: true, breaks: false, async: false });
	marked.use({
		renderer: {
			html(token) {
				let text = token.text;
				for (let before = ''; before !== text; ) {
					before = text;
					text = text.replace(handlerAttribute, ' ');
				}
				return text;
			}
		},
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
	const html = markedFor(article).parse(markdown) as string;
	return sanitizeHtml(html);
}
