// @vitest-environment jsdom
// The sanitizer runs on a real DOM (jsdom here, the browser in the app).
import { describe, expect, it } from 'vitest';
import { allowedAttributes, allowedTags } from '$lib/domain/markdown-policy';
import { unsafeParts, xssCases } from '$lib/domain/xss-cases';
import { imageUrl, renderArticle, sanitizeHtml } from './markdown';

/** What a rendering holds, as a DOM to ask questions of. */
function dom(html: string) {
	const template = document.createElement('template');
	template.innerHTML = html;
	return template.content;
}

function everyAttribute(html: string): string[] {
	return [...dom(html).querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
}

describe('renderArticle: Markdown', () => {
	it('renders steps, emphasis, links and a heading one level below the page title', () => {
		const html = renderArticle('# Sådan\n\n1. Tryk på **Log ind**.\n2. Se [hjælpen](/hjaelp).\n\n- et punkt');
		const d = dom(html);
		expect(d.querySelector('h2')?.textContent).toBe('Sådan');
		expect(d.querySelector('h1')).toBeNull();
		expect([...d.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['Tryk på Log ind.', 'Se hjælpen.']);
		expect(d.querySelector('strong')?.textContent).toBe('Log ind');
		expect(d.querySelector('a')?.getAttribute('href')).toBe('/hjaelp');
		expect(d.querySelector('a')?.hasAttribute('target')).toBe(false);
	});

	it('opens other sites apart, without telling them where the reader came from', () => {
		const a = dom(renderArticle('Læs mere på [borger.dk](https://www.borger.dk).')).querySelector('a');
		expect(a?.getAttribute('href')).toBe('https://www.borger.dk');
		expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
		expect(a?.getAttribute('target')).toBe('_blank');
	});

	it('turns an uploaded picture into its file address, and drops unknown ones', () => {
		const article = { id: 'abc123', images: ['knap_x1y2z3.png'] };
		const html = renderArticle('![Knappen Log ind](billede:knap_x1y2z3.png)\n\n![Findes ikke](billede:nej.png)', article);
		const images = [...dom(html).querySelectorAll('img')];
		expect(images).toHaveLength(1);
		expect(images[0]?.getAttribute('src')).toBe(imageUrl('abc123', 'knap_x1y2z3.png'));
		expect(images[0]?.getAttribute('alt')).toBe('Knappen Log ind');
		expect(images[0]?.getAttribute('loading')).toBe('lazy');
	});

	it('keeps pictures from our own site, and only those', () => {
		const html = renderArticle('![Wi-Fi](/hjaelp/billeder/wifi.svg) ![Ude](https://evil.example/x.png) ![Proto](//evil.example/x.png)');
		expect([...dom(html).querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['/hjaelp/billeder/wifi.svg']);
	});
});

describe('sanitizer: nothing that runs gets through', () => {
	const attacks: [string, string][] = [
		['script', 'Hej <script>alert(1)</script> du'],
		['script with src', '<script src="/x.js"></script>'],
		['iframe', '<iframe src="https://evil.example"></iframe>tekst'],
		['onerror', '<img src="/x.png" onerror="alert(1)">'],
		['onclick', '<p onclick="alert(1)">tryk</p>'],
		['onload on svg', '<svg onload="alert(1)"><circle r="1"/></svg>'],
		['javascript: in a Markdown link', '[klik](javascript:alert(1))'],
		['javascript: in an HTML link', '<a href="javascript:alert(1)">klik</a>'],
		['javascript: hidden by entities', '<a href="jav&#x61;script:alert(1)">klik</a>'],
		['javascript: with a tab', '<a href="java\tscript:alert(1)">klik</a>'],
		['data: URL link', '<a href="data:text/html,<script>alert(1)</script>">klik</a>'],
		['vbscript', '<a href="vbscript:msgbox(1)">klik</a>'],
		['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
		['style element', '<style>body{display:none}</style>tekst'],
		['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
		['form', '<form action="https://evil.example"><input name="kode"><button>Send</button></form>'],
		['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
		['base', '<base href="https://evil.example/">'],
		['math', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
		['noscript trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
		['image with javascript src', '![x](javascript:alert(1))']
	];

	it.each(attacks)('%s', (_, markdown) => {
		const html = renderArticle(markdown);
		const d = dom(html);
		expect(d.querySelectorAll('script, iframe, object, embed, form, input, button, style, meta, base, svg, math')).toHaveLength(0);
		for (const attr of everyAttribute(html)) {
			expect(attr).not.toMatch(/^on|^style=|javascript:|vbscript:|data:/i);
		}
	});

	it.each(xssCases)('the shared table: %s', (_, markdown) => {
		expect(unsafeParts(renderArticle(markdown), { tags: allowedTags, attributes: allowedAttributes })).toEqual([]);
	});

	it('sanitizeHtml alone keeps the harmless parts', () => {
		const html = sanitizeHtml('<p>Hej <em>du</em><script>x()</script></p><iframe></iframe>');
		expect(html).toBe('<p>Hej <em>du</em></p>');
	});
});
