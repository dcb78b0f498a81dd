// `npm test`: installs what is missing, then runs the whole suite against a
// throwaway real PocketBase and the system Chromium:
//   1. typecheck (svelte-check), plain Danish (LIX), Go tests   2. Vitest: unit + API rules on a real PocketBase
//   3. app build                  4. Playwright journeys and axe in Chromium
// Ends with one line "N passed, N failed" over everything that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureAppBuilt, ensureChromium, ensureDependencies } from './lib/deps.mjs';
import { ensurePocketBase, root } from './lib/pocketbase.mjs';

const results = join(root, 'test-results');
const started = Date.now();
let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, env = {}, cwd = root) {
	console.log(`\n▶ ${name}`);
	const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) failures.push(name);
	return result.status === 0;
}

function readJson(file) {
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

ensureDependencies();
ensurePocketBase();
ensureChromium();
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

if (step('Typecheck', 'npm', ['run', '--silent', 'check'])) passed += 1;
else failed += 1;

// Plain Danish: LIX ≤ 25 for every UI string set, ≤ 30 for every help article.
if (step('Plain Danish (LIX)', 'npm', ['run', '--silent', 'lint:lix'])) passed += 1;
else failed += 1;

// The Go side of PocketBase (the realtime fan-out): its own unit tests.
if (step('Go tests (pocketbase/)', 'go', ['test', './...'], {}, join(root, 'pocketbase'))) passed += 1;
else failed += 1;

const vitestJson = join(results, 'vitest.json');
step('Vitest (unit + API rules on a real PocketBase)', 'npx', [
	'vitest',
	'run',
	// the bench project is for npm run bench:*, not part of the test suite
	'--project=unit',
	'--project=api',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestJson}`
]);
const vitest = readJson(vitestJson);
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests + (vitest.numTotalTests === 0 ? 1 : 0);
} else failed += 1;

console.log('\n▶ Build');
try {
	ensureAppBuilt();
} catch {
	failures.push('Build');
	failed += 1;
}

if (!failures.includes('Build')) {
	const e2eJson = join(results, 'e2e.json');
	const ran = step('Playwright (Chromium, axe)', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eJson });
	const e2e = readJson(e2eJson);
	if (e2e?.stats) {
		passed += e2e.stats.expected;
		const counted = e2e.stats.unexpected + e2e.stats.flaky;
		// a step that failed without a failed test (e.g. its server could not start) still counts as a failure
		failed += counted === 0 && !ran ? 1 : counted;
	} else failed += 1;
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\nWhole suite: ${seconds} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
