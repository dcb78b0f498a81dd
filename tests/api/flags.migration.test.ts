// Existing data keeps its words (issue 11): a database from before 1763830100_flag_staff_notes
// has flags with a `comment` written "til mentoren". After the migration that text is the
// flag's note only for the mentor (flag_staff_notes), the field is gone from flags, and the
// learner's text starts empty. Its own throwaway PocketBase: first only the migrations
// before it, then all of them on the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensurePocketBase, freePort, hooksDir, migrationsDir, pbBinary, startPocketBase } from '../../scripts/lib/pocketbase.mjs';

const MIGRATION = '1763830100_flag_staff_notes.js';
const superuser = { email: 'migration@sammen.test', password: 'throwaway-superuser-123' };
let root: string;
let after: { url: string; stop: () => Promise<unknown> } | undefined;
let flags: { withComment: string; empty: string; teacher: string; learner: string };
let migratedFrom: string;

async function serveOld(dataDir: string, oldMigrations: string, hooks: string): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const args = ['--dir', dataDir, '--migrationsDir', oldMigrations, '--hooksDir', hooks];
	const child = spawn(pbBinary, ['serve', '--http', `127.0.0.1:${port}`, '--dev=false', ...args], { stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}`;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`PocketBase (old migrations) stopped: ${child.exitCode}`);
		if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, child };
		await new Promise((r) => setTimeout(r, 100));
	}
}

function run(args: string[]) {
	return new Promise<void>((resolve, reject) => {
		const child = spawn(pbBinary, args, { stdio: 'ignore' });
		child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pocketbase ${args[0]} exited ${code}`))));
	});
}

beforeAll(async () => {
	ensurePocketBase();
	root = mkdtempSync(join(tmpdir(), 'sammen-migration-'));
	const dataDir = join(root, 'data');
	const oldMigrations = join(root, 'old-migrations');
	const hooks = join(root, 'hooks-lib-only');
	cpSync(migrationsDir, oldMigrations, { recursive: true });
	for (const file of readdirSync(oldMigrations)) if (file >= MIGRATION) rmSync(join(oldMigrations, file));
	// the hooks' lib only (migrations require its rule fragments), none of the hooks themselves
	mkdirSync(hooks);
	cpSync(join(hooksDir, 'lib'), join(hooks, 'lib'), { recursive: true });
	const old = ['--dir', dataDir, '--migrationsDir', oldMigrations, '--hooksDir', hooks];
	await run(['migrate', 'up', ...old]);
	await run(['superuser', 'upsert', superuser.email, superuser.password, ...old]);

	// ---- before: a school, a teacher, a learner, and two flags the old way
	const before = await serveOld(dataDir, oldMigrations, hooks);
	try {
		const pb = new PocketBase(before.url);
		pb.autoCancellation(false);
		await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
		const school = await pb.collection('schools').create({ name: 'Skole', city: 'Aarhus' });
		const person = (role: string) =>
			pb.collection('users').create({ email: `${role}@m.test`, password: 'Kodeord-123456', passwordConfirm: 'Kodeord-123456', name: role, role, school: school.id });
		const teacher = await person('teacher');
		const learner = await person('learner');
		const flag = (comment: string) =>
			pb.collection('flags').create({ learner: learner.id, school: school.id, raisedBy: teacher.id, category: 'reading', urgency: 'concern', status: 'new', comment });
		flags = {
			withComment: (await flag('Hun græder i pausen. Kan du tale med hende?')).id,
			empty: (await flag('')).id,
			teacher: teacher.id,
			learner: learner.id
		};
	} finally {
		before.child.kill('SIGTERM');
		await new Promise((r) => before.child.once('exit', r));
	}

	migratedFrom = new Date().toISOString().replace('T', ' ');
	// ---- after: every migration on the same data
	await run(['migrate', 'up', '--dir', dataDir, '--migrationsDir', migrationsDir, '--hooksDir', hooks]);
	after = await startPocketBase({ dataDir, port: await freePort(), hooks });
}, 120_000);

afterAll(async () => {
	await after?.stop();
	if (root) rmSync(root, { recursive: true, force: true });
});

it('moves every old comment into the note for the mentor, word for word, and drops the field', async () => {
	const pb = new PocketBase(after!.url);
	await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
	const notes = await pb.collection('flag_staff_notes').getFullList();
	expect(notes.map((n) => [n.flag, n.learner, n.author, n.body])).toEqual([
		[flags.withComment, flags.learner, flags.teacher, 'Hun græder i pausen. Kan du tale med hende?']
	]);
	for (const id of [flags.withComment, flags.empty]) {
		const flag = await pb.collection('flags').getOne(id);
		expect(flag).not.toHaveProperty('comment');
		expect(flag.learnerText).toBe('');
		// changed after the migration began: every device fetches it again (and drops its old comment)
		expect(flag.updated > migratedFrom).toBe(true);
	}
});
