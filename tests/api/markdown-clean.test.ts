// @vitest-environment jsdom
// Help articles are cleaned on the server with the same policy as the browser
// (src/lib/domain/markdown-policy.ts, bundled for the hook): every case of the shared
// attack table (issue 11's payloads, the OWASP XSS filter-evasion cheat sheet, MathML
// mutation-XSS) is saved by a coordinator and read back; the stored Markdown,
// rendered by a plain Markdown renderer with no sanitizer, is inert in a real DOM.
import { Marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedAttributes, allowedTags, cleanMarkdown } from '../../src/lib/domain/markdown-policy';
import { unsafeParts, xssCases } from '../../src/lib/domain/xss-cases';
import { buildWorld, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const plain = new Marked({ gfm: true, async: false });
let n = 0;
const article = (body: string) => ({
	slug: `xss-${world.tag}-${++n}`,
	title: 'Sådan gør du',
	summary: 'Et forsøg',
	group: 'it',
	body,
	status: 'draft',
	order: 1,
	school: world.schools.A.id,
});

describe('help_articles.body is stored clean', () => {
	it.each(xssCases)('%s', async (_, payload) => {
		const pb = await world.as('coordinator');
		const created = await pb.collection('help_articles').create(article(`Før.\n\n${payload}\n\nMere tekst.`));
		world.cleanUp('help_articles', created.id);
		const stored = (await pb.collection('help_articles').getOne(created.id)).body as string;
		expect(unsafeParts(plain.parse(stored) as string, { tags: allowedTags, attributes: allowedAttributes })).toEqual([]);
		// what came before is kept (what follows an unclosed <script> or <style> is part of
		// it by Markdown's own rule, and goes with it)
		expect(stored.startsWith('Før.\n\n')).toBe(true);
		// the server and the browser apply one policy: the browser finds nothing more to take out
		expect(cleanMarkdown(stored)).toBe(stored);

		await pb.collection('help_articles').update(created.id, { body: `Igen.\n\n${payload} igen` });
		const updated = (await world.reread('help_articles', created.id)).body as string;
		expect(unsafeParts(plain.parse(updated) as string, { tags: allowedTags, attributes: allowedAttributes })).toEqual([]);
	});

	it('keeps an ordinary article as it was written', async () => {
		const body = '# Sådan\n\n1. Tryk på **Log ind**.\n2. Se [hjælpen](/hjaelp) eller [borger.dk](https://www.borger.dk).\n\n![Knappen](billede:knap.png)\n';
		const pb = await world.as('coordinator');
		const created = await pb.collection('help_articles').create(article(body));
		world.cleanUp('help_articles', created.id);
		expect((await world.reread('help_articles', created.id)).body).toBe(body);
	});
});
