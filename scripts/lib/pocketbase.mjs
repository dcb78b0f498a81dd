// Everything about running PocketBase from Node: building the binary from the
// pinned Go module, migrating, making a superuser and starting the server.
// Used by `npm start`, `npm run dev`, the test harnesses and the benchmarks.
// Only Node built-ins here: this runs before `npm install` has happened.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');
export const pbDir = join(root, 'pocketbase');
export const pbBinary = join(pbDir, process.platform === 'win32' ? 'pocketbase.exe' : 'pocketbase');
export const migrationsDir = join(pbDir, 'pb_migrations');
export const hooksDir = join(pbDir, 'pb_hooks');
const stampFile = join(pbDir, '.build-stamp');

/** The Go version PocketBase's go.mod asks for, e.g. "1.25.0". */
function goVersionWanted() {
	const match = readFileSync(join(pbDir, 'go.mod'), 'utf8').match(/^go (\S+)/m);
	return match?.[1] ?? 'unknown';
}

/** A hash of what the binary is built from; a change means a rebuild. */
function sourceHash() {
	const hash = createHash('sha256');
	const goFiles = readdirSync(pbDir).filter((file) => file.endsWith('.go')).sort();
	for (const file of ['go.mod', 'go.sum', ...goFiles]) hash.update(readFileSync(join(pbDir, file)));
	return hash.digest('hex');
}

/** Builds PocketBase when the binary is missing or its sources changed. */
export function ensurePocketBase({ log = console.log } = {}) {
	const hash = sourceHash();
	if (existsSync(pbBinary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return;

	const go = spawnSync('go', ['version'], { encoding: 'utf8' });
	if (go.error || go.status !== 0) {
		throw new Error(
			`Go is needed to build PocketBase, but 'go' was not found.\n` +
				`Install Go ${goVersionWanted()} or newer (https://go.dev/doc/install), then run the command again.`
		);
	}
	log(`Bygger PocketBase (${go.stdout.trim()}) … første gang tager det et par minutter.`);
	const build = spawnSync('go', ['build', '-trimpath', '-o', pbBinary, '.'], {
		cwd: pbDir,
		stdio: 'inherit',
		env: { ...process.env, CGO_ENABLED: '0' }
	});
	if (build.status !== 0) throw new Error('go build of PocketBase failed (see above).');
	writeFileSync(stampFile, hash);
}

/** Arguments every PocketBase command gets: the migrations and hooks dirs are always explicit. */
export function pbArgs(dataDir, hooks = hooksDir) {
	return ['--dir', dataDir, '--migrationsDir', migrationsDir, '--hooksDir', hooks];
}

export function runPb(args, dataDir) {
	const result = spawnSync(pbBinary, [...args, ...pbArgs(dataDir)], { encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`pocketbase ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
	}
	return result.stdout;
}

export function migrate(dataDir) {
	return runPb(['migrate', 'up'], dataDir);
}

export function upsertSuperuser(dataDir, email, password) {
	runPb(['superuser', 'upsert', email, password], dataDir);
}

/** A free TCP port on the loopback interface. */
export function freePort() {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolvePort(port));
		});
	});
}

/** A child that ended: by itself (exitCode) or killed by a signal (exitCode stays null, signalCode is set). */
export const hasExited = (child) => child.exitCode !== null || child.signalCode !== null;

async function waitForHealth(url, child, timeoutMs = 30_000) {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (hasExited(child)) throw new Error(`PocketBase stopped while starting (exit ${child.exitCode ?? child.signalCode}).`);
		try {
			const res = await fetch(`${url}/api/health`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`PocketBase did not answer on ${url} within ${timeoutMs / 1000} s.`);
}

/**
 * Starts `pocketbase serve` on 127.0.0.1 only (the Node server is the public door).
 * onOutput receives every line PocketBase prints (e.g. one-time codes in dev mode).
 */
export async function startPocketBase({ dataDir, port, env = {}, onOutput = () => {}, hooks = hooksDir }) {
	const url = `http://127.0.0.1:${port}`;
	// --dev=false: PocketBase guesses "go run" (and logs every SQL statement) when its
	// binary lies under the temp dir, as it does in a clone under /tmp.
	const child = spawn(pbBinary, ['serve', '--http', `127.0.0.1:${port}`, '--dev=false', ...pbArgs(dataDir, hooks)], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	for (const stream of [child.stdout, child.stderr]) {
		let buffer = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk) => {
			buffer += chunk;
			const lines = buffer.split('\n');
			buffer = lines.pop() ?? '';
			for (const line of lines) onOutput(line);
		});
	}
	await waitForHealth(url, child);
	return {
		url,
		child,
		stop: () =>
			new Promise((done) => {
				if (hasExited(child)) return done(undefined);
				child.once('exit', () => done(undefined));
				child.kill('SIGTERM');
				// PocketBase ends within a second on SIGTERM; one that hangs is killed
				const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
				hard.unref();
			})
	};
}

/** Hooks only benchmarks load (e.g. bulk seeding), kept out of pb_hooks so production never has them. */
export const benchHooksDir = join(pbDir, 'bench_hooks');

/**
 * A throwaway PocketBase for tests and benchmarks: temp data dir, free port,
 * migrated, with a superuser. `stop()` removes everything. `extraHooksDir` (e.g.
 * benchHooksDir) is laid over a temp copy of pb_hooks, so its hooks run beside ours.
 */
export async function startThrowawayPocketBase({ env = {}, onOutput, extraHooksDir } = {}) {
	ensurePocketBase();
	const dataDir = mkdtempSync(join(tmpdir(), 'sammen-pb-'));
	let hooks = hooksDir;
	if (extraHooksDir) {
		hooks = join(dataDir, 'hooks');
		cpSync(hooksDir, hooks, { recursive: true });
		cpSync(extraHooksDir, hooks, { recursive: true });
	}
	migrate(dataDir);
	const superuser = { email: 'superuser@sammen.test', password: 'throwaway-superuser-123' };
	upsertSuperuser(dataDir, superuser.email, superuser.password);
	const port = await freePort();
	const pb = await startPocketBase({ dataDir, port, env: { SAMMEN_DEV_MAIL: '1', ...env }, onOutput, hooks });
	return {
		...pb,
		dataDir,
		superuser,
		/** Stops the server but keeps the data (to restart it on the same port). */
		stopServer: pb.stop,
		stop: async () => {
			await pb.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
