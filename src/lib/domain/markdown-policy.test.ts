// @vitest-environment jsdom
// The one Markdown policy (markdown-policy.ts) on its own: the stored text it leaves,
// rendered by a plain Markdown renderer with no sanitizer at all, is inert in a real DOM.
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { allowedAttributes, allowedTags, cleanMarkdown, decodeEntities, isSafeHref, isSafeImageSrc } from './markdown-policy';
import { unsafeParts, xssCases } from './xss-cases';

const plain = new Marked({ gfm: true, async: false });
const allowed = { tags: allowedTags, attributes: allowedAttributes };

describe('cleanMarkdown: every attack in the table is inert afterwards', () => {
	it('the table checks something (a raw payload is not inert)', () => {
		const raw = xssCases.filter(([, markdown]) => unsafeParts(plain.parse(markdown) as string, allowed).length > 0);
		expect(raw.length).toBeGreaterThan(xssCases.length / 2);
	});

	it.each(xssCases)('%s', (_, markdown) => {
		const cleaned = cleanMarkdown(markdown);
		expect(unsafeParts(plain.parse(cleaned) as string, allowed)).toEqual([]);
		// no such tag, no tag with a handler, no such link even in the text (words like
		// `javascript:` or `onload=` may stay only as text, after `&lt;`)
		expect(cleaned).not.toMatch(/<(?:script|svg|math|iframe|style|img|object|embed)|<[a-z][^>]*\son\w+\s*=|\]\(\s*<?\s*(?:javascript|vbscript|data):/i);
		expect(cleanMarkdown(cleaned)).toBe(cleaned);
	});
});

describe('cleanMarkdown keeps what articles need', () => {
	it.each([
		'# Sådan\n\n1. Tryk på **Log ind**.\n2. Se [hjælpen](/hjaelp).\n\n- et punkt\n',
		'Læs mere på [borger.dk](https://www.borger.dk) eller skriv til [os](mailto:hjaelp@sammen.dk), ring [112](tel:112).\n',
		'![Knappen Log ind](billede:knap_x1y2z3.png)\n\n![Wi-Fi](/billeder/hjaelp/wifi.svg)\n',
		'> Et citat med *kursiv* og ~~streg~~.\n\n| a | b |\n| --- | :-: |\n| 1 | 2 |\n',
		'```\n<script>alert(1)</script> står i kode og vises som tekst\n```\n\nOg `<b>` inline.\n',
		'En linje<br>og en til, <strong>fed</strong> og <em>kursiv</em>.\n',
		'Tal: 3 < 5 og 5 > 3.\n',
		'[Hop ned](#trin-2)\n'
	])('%j stays as it is', (markdown) => {
		expect(cleanMarkdown(markdown)).toBe(markdown);
	});

	it('an unsafe link keeps its text, an unsafe picture its alt text', () => {
		expect(cleanMarkdown('Se [her](javascript:alert(1)) og ![en pixel](https://t.example/p.gif).')).toBe('Se her og en pixel.');
	});

	it('a tag with attributes goes, its text stays; script goes with its content', () => {
		expect(cleanMarkdown('Hej <span style="color:red">du</span> <script>alert(1)</script>der')).toBe('Hej du der');
	});

	it('a stray < in raw HTML is written as &lt;', () => {
		expect(cleanMarkdown('<div>a <b >c</div>')).not.toContain('<b ');
	});
});

describe('the URL rules', () => {
	it('decodes entities as a browser does, also nested and without semicolons', () => {
		expect(decodeEntities('jav&#x09;ascript&colon;')).toBe('jav\tascript:');
		expect(decodeEntities('&#106&#97')).toBe('ja');
		expect(decodeEntities('&amp;#x6A;')).toBe('j');
	});
	it.each(['https://www.borger.dk', 'http://x.dk', 'mailto:a@b.dk', 'tel:112', '/hjaelp', '#trin'])('%s is a safe link', (href) =>
		expect(isSafeHref(href)).toBe(true)
	);
	it.each(['javascript:alert(1)', ' jav\tascript:x', 'jav&#x09;ascript:x', 'data:text/html,x', '//evil.example', '/\\evil.example', 'file:///etc/passwd', 'relative/path', ''])(
		'%j is not',
		(href) => expect(isSafeHref(href)).toBe(false)
	);
	it.each([['billede:knap.png', true], ['/billeder/hjaelp/wifi.svg', true], ['https://t.example/p.gif', false], ['//t.example/p.gif', false], ['data:image/png;base64,AAA', false], ['billede:../x', false]])(
		'picture %s: %s',
		(src, ok) => expect(isSafeImageSrc(src)).toBe(ok)
	);
});
