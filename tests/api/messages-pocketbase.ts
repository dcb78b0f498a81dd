// A throwaway PocketBase with Sammen's migrations and hooks PLUS test-only hooks
// (e.g. a superuser route that backdates a message, or bulk-inserts for a benchmark).
// The test-only hooks live in a temp copy of the hooks dir, never in pocketbase/pb_hooks,
// so nothing like them can reach production.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import {
	ensurePocketBase,
	freePort,
	hooksDir,
	migrate,
	migrationsDir,
	pbBinary,
	upsertSuperuser
} from '../../scripts/lib/pocketbase.mjs';

export type TestPocketBase = {
	url: string;
	superuser: { email: string; password: string };
	/** A superuser client. */
	su: PocketBase;
	/** The server's process id (e.g. to read its CPU time). */
	pid: number;
	stop(): Promise<void>;
};

export async function startPocketBaseWithTestHooks(extraHooks: string, env: Record<string, string> = {}): Promise<TestPocketBase> {
	ensurePocketBase();
	const dataDir = mkdtempSync(join(tmpdir(), 'sammen-pb-test-'));
	const hooks = mkdtempSync(join(tmpdir(), 'sammen-hooks-test-'));
	cpSync(hooksDir, hooks, { recursive: true });
	writeFileSync(join(hooks, 'zz_test_only.pb.js'), extraHooks);
	migrate(dataDir);
	const superuser = { email: 'superuser@sammen.test', password: 'throwaway-superuser-123' };
	upsertSuperuser(dataDir, superuser.email, superuser.password);
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(
		pbBinary,
		['serve', '--http', `127.0.0.1:${port}`, '--dir', dataDir, '--migrationsDir', migrationsDir, '--hooksDir', hooks],
		{ env: { ...process.env, SAMMEN_DEV_MAIL: '1', ...env }, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const started = Date.now();
	for (;;) {
		if (child.exitCode !== null) throw new Error(`PocketBase stopped while starting (exit ${child.exitCode}).`);
		try {
			if ((await fetch(`${url}/api/health`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() - started > 90_000) throw new Error('PocketBase did not start within 90 s.');
		await new Promise((r) => setTimeout(r, 100));
	}
	const su = new PocketBase(url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(superuser.email, superuser.password);
	return {
		url,
		superuser,
		su,
		pid: child.pid ?? 0,
		stop: async () => {
			if (child.exitCode === null) {
				await new Promise((done) => {
					child.once('exit', done);
					child.kill('SIGTERM');
				});
			}
			rmSync(dataDir, { recursive: true, force: true });
			rmSync(hooks, { recursive: true, force: true });
		}
	};
}
