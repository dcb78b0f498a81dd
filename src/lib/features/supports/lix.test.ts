import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLongWord, lix, lixLevel, markdownTexts } from './lix.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');

describe('lix', () => {
	it('is words per sentence plus the share of long words (over 6 letters) in percent', () => {
		// 7 words, 2 sentences, 3 long words (uddannelse, Mentoren, hjælper): 7/2 + 3*100/7 = 3.5 + 42.9
		expect(lix(['Jeg tager en uddannelse. Mentoren hjælper mig.'])).toEqual({
			words: 7,
			sentences: 2,
			longWords: 3,
			lix: 46.4
		});
	});

	it('counts each text as at least one sentence, and a colon as a sentence end', () => {
		expect(lix(['Gem', 'Log ud']).sentences).toBe(2);
		expect(lix(['Husk: tag din pc med.']).sentences).toBe(2);
		expect(lix([]).lix).toBe(0);
	});

	it('counts letters only when deciding what is long', () => {
		expect(isLongWord('e-mailen')).toBe(true); // 7 letters
		expect(isLongWord('e-mail')).toBe(false);
		expect(isLongWord('2026')).toBe(false);
		expect(isLongWord('ordblind')).toBe(true);
	});

	it('names the level in plain steps', () => {
		expect([lixLevel(20), lixLevel(30), lixLevel(40), lixLevel(50)]).toEqual(['easy', 'plain', 'middle', 'hard']);
	});
});

describe('markdownTexts', () => {
	it('gives headings, paragraphs, list items and alt texts, without Markdown signs or code', () => {
		const md = '# Sådan\n\nTryk på **Log ind**. Se [hjælpen](/hjaelp).\n\n1. Første trin\n2. Andet trin\n\n![Knappen](x.png)\n\n```\nkode her\n```';
		expect(markdownTexts(md)).toEqual(['Sådan', 'Tryk på Log ind. Se hjælpen.', 'Første trin', 'Andet trin', 'Knappen']);
	});
});

describe('npm run lint:lix', () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [join(root, 'scripts', 'lint-lix.mjs'), ...args], { cwd: root, encoding: 'utf8' });

	it('fails on a deliberately hard set of UI strings, naming the file and the hardest strings', () => {
		const result = run('--ui', 'tests/lix/hard-words.ts');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/lix/hard-words.ts:5');
		expect(result.stderr).toContain('Realkompetencevurderingsdokumentation');
	});

	it('fails on a deliberately hard article', () => {
		const result = run('--articles', 'tests/lix/hard-article.md');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/lix/hard-article.md: LIX');
	});

	it('passes plain strings and a plain article, function messages included', () => {
		const result = run('--ui', 'tests/lix/plain-words.ts', '--articles', 'tests/lix/plain-article.md');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('1 sets of UI strings');
	});
});
