// `npm start` keeps PocketBase running and Ctrl-C ends everything (issue 16): PocketBase is
// killed under a running supervisor and comes back on the same address; SIGINT then ends the
// supervisor and PocketBase; a PocketBase that keeps dying makes it stop with a clear message.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const driver = join(import.meta.dirname, 'fixtures', 'supervised-pocketbase.mjs');
const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

function run(env: Record<string, string> = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'sammen-supervise-'));
	const child = spawn(process.execPath, [driver, dataDir], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const starts = () => [...output.matchAll(/^pid (\d+) (\S+)$/gm)].map(([, pid, url]) => ({ pid: Number(pid), url }));
	return { child, dataDir, exited, starts, output: () => output };
}

const running: { child: ChildProcess; dataDir: string; starts: () => { pid: number }[] }[] = [];
afterEach(() => {
	for (const r of running.splice(0)) {
		for (const { pid } of r.starts()) if (alive(pid)) process.kill(pid, 'SIGKILL');
		if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
		rmSync(r.dataDir, { recursive: true, force: true });
	}
});

describe('npm start watches PocketBase', () => {
	it('starts a killed PocketBase again, and Ctrl-C (SIGINT) ends both', async () => {
		const r = run();
		running.push(r);
		await expect.poll(() => r.starts().length, { timeout: 60_000 }).toBe(1);
		const first = r.starts()[0]!;
		expect((await fetch(`${first.url}/api/health`)).ok).toBe(true);

		process.kill(first.pid, 'SIGKILL');
		await expect.poll(() => r.starts().length, { timeout: 60_000 }).toBe(2);
		const second = r.starts()[1]!;
		expect(second.pid).not.toBe(first.pid);
		expect(second.url).toBe(first.url);
		expect((await fetch(`${second.url}/api/health`)).ok).toBe(true);
		expect(r.output()).toContain('PocketBase stoppede uventet (signal SIGKILL)');
		expect(r.output()).toContain('PocketBase kører igen');

		r.child.kill('SIGINT');
		expect(await r.exited).toBe(0);
		await expect.poll(() => alive(second.pid), { timeout: 15_000 }).toBe(false);
		expect(r.output()).toContain('Stopper Sammen');
		expect(r.starts()).toHaveLength(2);
	}, 150_000);

	it('stops with a clear message when PocketBase keeps dying', async () => {
		const r = run({ MAX_RESTARTS: '1' });
		running.push(r);
		await expect.poll(() => r.starts().length, { timeout: 60_000 }).toBe(1);
		process.kill(r.starts()[0]!.pid, 'SIGKILL');
		await expect.poll(() => r.starts().length, { timeout: 60_000 }).toBe(2);
		process.kill(r.starts()[1]!.pid, 'SIGKILL');
		expect(await r.exited).toBe(1);
		expect(r.output()).toContain('Sammen stopper nu');
	}, 150_000);
});
