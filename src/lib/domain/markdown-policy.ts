// What a help article's Markdown may contain: ONE policy for the server and the browser.
// The hook cleans the stored text with it (pb_hooks/supports.pb.js, through the bundle
// lib/markdown-policy.gen.js), the browser cleans with it again before rendering and
// keeps DOMPurify as a backstop with the same tags and attributes
// (features/supports/markdown.ts). Plain TS and `marked`'s lexer: no DOM, so it also
// runs in PocketBase's hook engine.
//
// - Raw HTML: only the tags below, bare (no attributes at all); every other tag is
//   dropped, and script, style, frames, objects, forms' text fields, SVG and MathML
//   go with their content. A `<` that is left is written as `&lt;`.
// - Links: only https, http, mailto, tel, our own paths (/…, not //… or /\…) and #…,
//   judged after decoding entities (also without `;`) and removing whitespace and
//   control characters, as a browser reads an address. Others keep only their text.
// - Pictures: only our own files (`billede:<file name>` of the article, /… on our
//   site); others (tracking pixels, data:) keep only their alt text.
import { Lexer, type Token, type Tokens } from 'marked';

/** Elements an article may have (the rendered HTML; raw HTML only without attributes). */
export const allowedTags = [
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

/** Attributes the renderer writes (links, pictures, list start); raw HTML gets none. */
export const allowedAttributes = ['href', 'src', 'alt', 'title', 'start'];

/** Raw-HTML elements dropped together with everything inside them. */
const droppedWithContent = [
	'script',
	'style',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'noscript',
	'noembed',
	'noframes',
	'template',
	'textarea',
	'title',
	'xmp',
	'plaintext',
	'select',
	'svg',
	'math'
];

/** Elements without content or closing tag: dropping the tag is all. */
const voidElements = ['embed', 'frame'];

const namedEntities: Record<string, string> = {
	colon: ':',
	tab: '\t',
	newline: '\n',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	sol: '/',
	bsol: '\\',
	lpar: '(',
	rpar: ')',
	period: '.',
	comma: ',',
	num: '#',
	percnt: '%',
	excl: '!',
	quest: '?',
	equals: '='
};

/** Decodes HTML character references as often as they nest (&amp;#x09; too), with or without `;`. */
export function decodeEntities(text: string): string {
	let out = text;
	for (let i = 0; i < 5; i++) {
		const next = out.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));?/gi, (whole, hex: string, dec: string, name: string) => {
			if (hex || dec) {
				const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
			}
			const named = namedEntities[name.toLowerCase()];
			return named ?? whole;
		});
		if (next === out) break;
		out = next;
	}
	return out;
}

/** The address as a browser would judge it: entities decoded, no whitespace or control characters. */
function normalizedUrl(raw: string): string {
	// eslint-disable-next-line no-control-regex
	return decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, '');
}

const ownPath = /^\/(?![/\\])/;

/** May an article link here? */
export function isSafeHref(raw: string | null | undefined): boolean {
	const url = normalizedUrl(raw ?? '');
	return /^(?:https?:|mailto:|tel:)/i.test(url) || ownPath.test(url) || url.startsWith('#');
}

/** May an article show this picture? Only our own files. */
export function isSafeImageSrc(raw: string | null | undefined): boolean {
	const url = normalizedUrl(raw ?? '');
	return /^billede:[\w.-]+$/i.test(url) || ownPath.test(url);
}

/** Our own site's pictures after rendering (`billede:` has become /api/files/…). */
export function isOwnPath(raw: string): boolean {
	return ownPath.test(normalizedUrl(raw));
}

/** Text that must show as itself, not become Markdown. */
function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, '\\$&');
}

/** A link destination that no character can break out of. */
function destination(href: string): string {
	return `<${href.replace(/[<>\n\\]/g, (c) => encodeURIComponent(c))}>`;
}

type State = { skip: string | null };

const tagPattern =
	/<!--[\s\S]*?(?:--!?>|$)|<![\s\S]*?(?:>|$)|<\?[\s\S]*?(?:>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

/** Raw HTML: bare allowed tags stay, every other tag goes, a `<` left over becomes &lt;. */
function cleanHtml(html: string, state: State): string {
	let out = '';
	let last = 0;
	const keepText = (text: string) => {
		if (!state.skip) out += text.replace(/</g, '&lt;');
	};
	for (const match of html.matchAll(tagPattern)) {
		keepText(html.slice(last, match.index));
		last = (match.index ?? 0) + match[0].length;
		const [, slash, rawName, attributes, selfClosing] = match;
		if (!rawName) continue; // comment, doctype, CDATA, processing instruction
		const name = rawName.toLowerCase();
		const closing = slash === '/';
		if (state.skip) {
			if (closing && name === state.skip) state.skip = null;
			continue;
		}
		if (droppedWithContent.includes(name)) {
			if (!closing && !selfClosing && !voidElements.includes(name)) state.skip = name;
			continue;
		}
		if (allowedTags.includes(name) && !(attributes ?? '').trim() && name !== 'a' && name !== 'img') {
			out += closing ? `</${name}>` : `<${name}>`;
		}
	}
	keepText(html.slice(last));
	return out;
}

const rawOf = (tokens: Token[] | undefined) => (tokens ?? []).map((t) => t.raw).join('');

function cleanInline(tokens: Token[] | undefined, state: State): string {
	let out = '';
	for (const token of tokens ?? []) {
		if (state.skip && token.type !== 'html') continue;
		switch (token.type) {
			case 'html':
				out += cleanHtml(token.raw, state);
				break;
			case 'link': {
				const link = token as Tokens.Link;
				const inner = cleanInline(link.tokens, state);
				const innerRaw = rawOf(link.tokens);
				if (!isSafeHref(link.href)) out += link.raw.startsWith('[') ? inner : escapeMarkdown(link.text);
				else if (!link.raw.startsWith('[')) out += link.raw; // an autolink
				else if (inner === innerRaw && !link.title) out += link.raw;
				else out += `[${inner}](${destination(link.href)})`; // titles are not kept
				break;
			}
			case 'image': {
				const image = token as Tokens.Image;
				if (!isSafeImageSrc(image.href)) out += escapeMarkdown(image.text);
				else out += image.title ? `![${escapeMarkdown(image.text)}](${destination(image.href)})` : image.raw;
				break;
			}
			case 'strong':
			case 'em':
			case 'del': {
				const children = (token as Tokens.Strong).tokens;
				const innerRaw = rawOf(children);
				const at = token.raw.indexOf(innerRaw);
				const inner = cleanInline(children, state);
				out += inner === innerRaw || at < 0 ? (inner === innerRaw ? token.raw : inner) : token.raw.slice(0, at) + inner + token.raw.slice(at + innerRaw.length);
				break;
			}
			case 'text':
				// `<IMG SRC=…>` that is not a valid tag is text to marked; written so no other
				// renderer could read it as a tag either
				out += token.raw.replace(/<(?=[a-zA-Z/!?])/g, '&lt;');
				break;
			default:
				out += token.raw;
		}
	}
	return out;
}

const trailingNewlines = (raw: string) => /\n*$/.exec(raw)?.[0] ?? '';
const indent = (text: string, by: string) => text.replace(/\n(?=.)/g, `\n${by}`);

function cleanBlock(token: Token, state: State): string {
	if (state.skip && token.type !== 'html' && token.type !== 'paragraph' && token.type !== 'text') return '';
	switch (token.type) {
		case 'space':
		case 'hr':
		case 'code':
			return token.raw;
		case 'def':
			return isSafeHref((token as Tokens.Def).href) ? token.raw : '';
		case 'html':
			return cleanHtml(token.raw, state);
		case 'paragraph':
		case 'text': {
			const children = (token as Tokens.Paragraph).tokens;
			if (!children) return state.skip ? '' : token.raw;
			const inner = cleanInline(children, state);
			return inner === rawOf(children) ? token.raw : inner + trailingNewlines(token.raw);
		}
		case 'heading': {
			const heading = token as Tokens.Heading;
			const inner = cleanInline(heading.tokens, state);
			if (inner === rawOf(heading.tokens)) return token.raw;
			return `${'#'.repeat(heading.depth)} ${inner}${trailingNewlines(token.raw) || '\n'}`;
		}
		case 'blockquote': {
			const quote = token as Tokens.Blockquote;
			const inner = cleanBlocks(quote.tokens, state);
			if (inner === rawOf(quote.tokens)) return token.raw;
			return `> ${inner.replace(/\n+$/, '').replace(/\n/g, '\n> ')}\n`;
		}
		case 'list': {
			const list = token as Tokens.List;
			const items = list.items.map((item) => cleanBlocks(item.tokens, state));
			if (items.every((text, i) => text === rawOf(list.items[i]?.tokens))) return token.raw;
			const start = Number(list.start) || 1;
			const lines = items.map((text, i) => {
				const marker = list.ordered ? `${start + i}. ` : '- ';
				const task = list.items[i]?.task ? `[${list.items[i]?.checked ? 'x' : ' '}] ` : '';
				return marker + task + indent(text.replace(/\n+$/, ''), ' '.repeat(marker.length));
			});
			return lines.join(list.loose ? '\n\n' : '\n') + '\n';
		}
		case 'table': {
			const table = token as Tokens.Table;
			const cells = (row: Tokens.TableCell[]) => row.map((cell) => cleanInline(cell.tokens, state));
			const header = cells(table.header);
			const rows = table.rows.map(cells);
			const same =
				header.every((text, i) => text === rawOf(table.header[i]?.tokens)) &&
				rows.every((row, r) => row.every((text, c) => text === rawOf(table.rows[r]?.[c]?.tokens)));
			if (same) return token.raw;
			const line = (texts: string[]) => `| ${texts.join(' | ')} |`;
			const align = table.align.map((a) => (a === 'center' ? ':---:' : a === 'left' ? ':---' : a === 'right' ? '---:' : '---'));
			return [line(header), line(align), ...rows.map(line)].join('\n') + '\n';
		}
		default:
			// anything new a later marked may bring: shown as text, never as HTML
			return token.raw.replace(/</g, '&lt;');
	}
}

function cleanBlocks(tokens: Token[] | undefined, state: State): string {
	return (tokens ?? []).map((token) => cleanBlock(token, state)).join('');
}

/** An article's Markdown with everything the policy does not allow taken out. */
export function cleanMarkdown(markdown: string | null | undefined): string {
	let text = String(markdown ?? '').replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
	// A cleaned text can, in theory, read differently the next time: clean until it stands still.
	for (let pass = 0; pass < 5; pass++) {
		// An unclosed <script> drops the rest of its own block only: what follows is
		// cleaned like everything else, so it cannot end up inside a script.
		const next = Lexer.lex(text, { gfm: true })
			.map((token) => cleanBlock(token, { skip: null }))
			.join('');
		if (next === text) break;
		text = next;
	}
	return text;
}
