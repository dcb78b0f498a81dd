// Every npm script works from a fresh clone: it goes through a script of ours that
// installs what is missing first (scripts/run.mjs, or start/test/dev which do it
// themselves), and everything it names exists.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const exists = (path: string) => existsSync(join(root, path));
const source = (file: string) => readFileSync(join(root, file), 'utf8');

const runFlags = ['--pocketbase', '--chromium'];

/** Each `a && b` part of a script, as words. */
const partsOf = (script: string) => script.split('&&').map((part) => part.trim().split(/\s+/));

describe('npm scripts', () => {
	it.each(Object.entries(scripts))('%s starts with one of our Node scripts, which installs first', (_, script) => {
		for (const [node, file = '', ...rest] of partsOf(script)) {
			expect(node).toBe('node');
			expect(exists(file), `${file} exists`).toBe(true);
			if (file === 'scripts/run.mjs') {
				const flags = rest.slice(0, rest.findIndex((word) => !word.startsWith('--')));
				for (const flag of flags) expect(runFlags).toContain(flag);
			} else {
				// run before npm install: only built-ins and our ./lib (also built-ins only) at the top;
				// packages only by `await import` after ensureDependencies() (like start, test, dev)
				for (const [, from] of source(file).matchAll(/^import .* from '([^']+)';$/gm)) {
					expect(from, `${file} imports only built-ins, or goes through scripts/run.mjs`).toMatch(/^(node:|\.\/lib\/)/);
				}
				if (/await import\('(?!\.)/.test(source(file))) expect(source(file)).toMatch(/^ensureDependencies\(.*\);$/m);
			}
		}
	});

	it.each(Object.entries(scripts))('%s names only things that exist', (_, script) => {
		for (const [, file, ...rest] of partsOf(script)) {
			if (file !== 'scripts/run.mjs') continue;
			const [command = '', ...args] = rest.filter((word) => !runFlags.includes(word));
			if (/\.[cm]?js$/.test(command)) expect(exists(command), `${command} exists`).toBe(true);
			else expect(exists(join('node_modules', '.bin', command)), `${command} is installed`).toBe(true);
			for (const arg of args) if (/^(tests|scripts|src)\//.test(arg)) expect(exists(arg), `${arg} exists`).toBe(true);
		}
	});

	it('the wrapper and the libraries it loads use only Node built-ins (they run before npm install)', () => {
		for (const file of ['scripts/run.mjs', 'scripts/lib/deps.mjs', 'scripts/lib/pocketbase.mjs']) {
			for (const [, from] of source(file).matchAll(/^import .* from '([^']+)';$/gm)) expect(from, file).toMatch(/^(node:|\.)/);
		}
	});
});

describe('scripts/run.mjs in a clone without node_modules', () => {
	const clone = mkdtempSync(join(tmpdir(), 'sammen-run-'));
	afterAll(() => rmSync(clone, { recursive: true, force: true }));

	it('runs npm install first, then the command; the next run does not install again', () => {
		for (const file of ['package.json', 'package-lock.json', 'scripts/run.mjs', 'scripts/lib']) {
			cpSync(join(root, file), join(clone, file), { recursive: true });
		}
		// a stand-in npm that notes its call and "installs" one command, `hello`
		const log = join(clone, 'calls.log');
		const bin = join(clone, 'fake-bin');
		mkdirSync(bin);
		const hello = join(clone, 'node_modules', '.bin', 'hello');
		writeFileSync(
			join(bin, 'npm'),
			[
				'#!/bin/sh',
				`echo "npm $*" >> "${log}"`,
				`mkdir -p "${join(clone, 'node_modules', '.bin')}"`,
				`printf '#!/bin/sh\\necho "hello $*" >> "${log}"\\n' > "${hello}"`,
				`chmod +x "${hello}"`
			].join('\n') + '\n'
		);
		chmodSync(join(bin, 'npm'), 0o755);
		const run = (...args: string[]) =>
			spawnSync(process.execPath, ['scripts/run.mjs', ...args], {
				cwd: clone,
				encoding: 'utf8',
				env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }
			});

		const first = run('hello', 'world');
		expect(first.status, first.stderr).toBe(0);
		expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['npm install --no-audit --no-fund', 'hello world']);
		const second = run('hello', 'again');
		expect(second.status, second.stderr).toBe(0);
		expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
			'npm install --no-audit --no-fund',
			'hello world',
			'hello again'
		]);
		// and the command's exit status is the script's
		expect(run('false').status).toBe(1);
	});
});
