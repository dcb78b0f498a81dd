// Every npm script goes through here (or through start/test/dev, which do the same),
// so each one works from a fresh clone: first install what is missing, then run.
//
//   node scripts/run.mjs [--pocketbase] [--chromium] <command|script.mjs> [args…]
//
// --pocketbase  build the PocketBase binary when missing or its Go sources changed
// --chromium    the system Chromium the browser tests drive (apt when we may)
// A command is looked up in node_modules/.bin; a *.mjs file runs with this Node.
// Only Node built-ins here: this runs before `npm install` has happened.
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { ensureChromium, ensureDependencies } from './lib/deps.mjs';
import { ensurePocketBase, root } from './lib/pocketbase.mjs';

const args = process.argv.slice(2);
const wants = new Set();
while (args[0]?.startsWith('--')) wants.add(args.shift());
const [command, ...rest] = args;
if (!command) {
	console.error('Brug: node scripts/run.mjs [--pocketbase] [--chromium] <kommando> [argumenter …]');
	process.exit(2);
}

ensureDependencies();
if (wants.has('--pocketbase')) ensurePocketBase();
if (wants.has('--chromium')) ensureChromium();

const isScript = /\.[cm]?js$/.test(command);
const result = spawnSync(isScript ? process.execPath : command, isScript ? [command, ...rest] : rest, {
	cwd: process.cwd(),
	stdio: 'inherit',
	// npm puts node_modules/.bin on PATH too, but not when run.mjs is called by hand
	env: { ...process.env, PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter) },
	shell: process.platform === 'win32'
});
if (result.error) {
	console.error(`${command}: ${result.error.message}`);
	process.exit(127);
}
process.exit(result.status ?? 1);
