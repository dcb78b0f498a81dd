// Installing what is missing, so `npm start` and `npm test` work from a fresh clone.
// Only Node built-ins here: this runs before `npm install` has happened.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './pocketbase.mjs';

/** Where the built app is (see SAMMEN_BUILD_ID in svelte.config.js). */
export const buildDir = join(root, process.env.SAMMEN_BUILD_ID ? `build-${process.env.SAMMEN_BUILD_ID}` : 'build');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed.`);
}

function hashOf(files) {
	const hash = createHash('sha256');
	for (const file of files) if (existsSync(file)) hash.update(readFileSync(file));
	return hash.digest('hex');
}

/**
 * Runs `npm install` when node_modules is missing or package.json / the lock file
 * changed since the last install. (`npm install`, not `npm ci`: with this machine's
 * npm settings the lock file leaves out other platforms' optional packages, which
 * `npm ci` refuses; `npm install` still follows the lock file's versions.)
 */
export function ensureDependencies({ log = console.log } = {}) {
	const stamp = join(root, 'node_modules', '.sammen-install-stamp');
	const inputs = [join(root, 'package.json'), join(root, 'package-lock.json')];
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hashOf(inputs)) return;
	log('Installerer pakker (npm install) …');
	run('npm', ['install', '--no-audit', '--no-fund']);
	writeFileSync(stamp, hashOf(inputs));
}

/** The tests drive the system Chromium; install it with apt when we may. */
export function ensureChromium({ log = console.log } = {}) {
	if (existsSync(chromiumPath)) return;
	const isRoot = process.getuid?.() === 0;
	const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
	if (!isRoot || !hasApt) {
		throw new Error(
			`The browser tests need Chromium at ${chromiumPath}.\n` +
				`Install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH.`
		);
	}
	log('Installerer Chromium (apt-get) …');
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

// What the app build is made from; a change means a new `vite build`.
const buildInputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];

function fingerprint() {
	const hash = createHash('sha256');
	const walk = (path) => {
		const info = statSync(path, { throwIfNoEntry: false });
		if (!info) return;
		if (info.isDirectory()) {
			for (const name of readdirSync(path).sort()) walk(join(path, name));
		} else {
			hash.update(`${path}:${info.size}:${info.mtimeMs}\n`);
		}
	};
	for (const input of buildInputs) walk(join(root, input));
	return hash.digest('hex');
}

/** Builds the app when it was never built or its sources changed. */
export function ensureAppBuilt({ log = console.log, force = false } = {}) {
	const stamp = join(buildDir, '.sammen-build-stamp');
	const wanted = fingerprint();
	if (!force && existsSync(join(buildDir, 'handler.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
		return;
	}
	log('Bygger appen (vite build) …');
	run('npx', ['vite', 'build', '--logLevel', 'warn']);
	writeFileSync(stamp, wanted);
}
