// Backups (issue 16): PocketBase is set to back up every night and keep 14 at boot
// (pb_hooks/backups.pb.js, S3 from the environment), and `npm run restore` puts a backup
// back: make data, back up, wipe, restore, compare.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterEach, describe, expect, it } from 'vitest';
import { startPocketBase, startThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';

const root = join(import.meta.dirname, '..', '..');
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
type Throwaway = Awaited<ReturnType<typeof startThrowawayPocketBase>>;
const started: Throwaway[] = [];
const leftovers: string[] = [];
afterEach(async () => {
	for (const pb of started.splice(0)) await pb.stop();
	for (const dir of leftovers.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function superuserOf(pb: Throwaway) {
	const su = new PocketBase(pb.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(pb.superuser.email, pb.superuser.password);
	return su;
}

const restore = (dataDir: string, pbUrl: string, ...args: string[]) =>
	spawnSync(process.execPath, ['scripts/restore.mjs', ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, SAMMEN_DATA_DIR: dataDir, PB_URL: pbUrl }
	});

describe('nightly backups', () => {
	it('are on at boot: every night, 14 kept', async () => {
		const pb = await startThrowawayPocketBase();
		started.push(pb);
		const { backups } = await (await superuserOf(pb)).settings.getAll();
		expect(backups.cron).toBe('0 2 * * *');
		expect(backups.cronMaxKeep).toBe(14);
		expect(backups.s3.enabled).toBe(false);
	}, 120_000);

	it('take S3 and the schedule from the environment', async () => {
		const pb = await startThrowawayPocketBase({
			env: {
				SAMMEN_BACKUP_CRON: '30 3 * * *',
				SAMMEN_BACKUP_KEEP: '7',
				SAMMEN_BACKUP_S3_BUCKET: 'skolens-backup',
				SAMMEN_BACKUP_S3_REGION: 'eu-north-1',
				SAMMEN_BACKUP_S3_ENDPOINT: 'https://s3.example.dk',
				SAMMEN_BACKUP_S3_ACCESS_KEY: 'nøgle',
				SAMMEN_BACKUP_S3_SECRET: 'hemmelig'
			}
		});
		started.push(pb);
		const { backups } = await (await superuserOf(pb)).settings.getAll();
		expect(backups).toMatchObject({
			cron: '30 3 * * *',
			cronMaxKeep: 7,
			s3: { enabled: true, bucket: 'skolens-backup', region: 'eu-north-1', endpoint: 'https://s3.example.dk', accessKey: 'nøgle' }
		});
	}, 120_000);
});

describe('npm run restore', () => {
	it('makes data, backs up, wipes, restores and compares', async () => {
		const pb = await startThrowawayPocketBase();
		started.push(pb);
		const su = await superuserOf(pb);
		const school = await su.collection('schools').create({ name: 'Backupskolen', city: 'Vejle' });
		const user = await su.collection('users').create({
			email: 'backup.elev@sammen.test',
			password: 'backup-elev-1234',
			passwordConfirm: 'backup-elev-1234',
			name: 'Birte Backup',
			role: 'learner',
			school: school.id,
			avatar: new File([onePixelPng], 'birte.png', { type: 'image/png' })
		});
		await su.backups.create('sammen-test.zip');
		expect(existsSync(join(pb.dataDir, 'backups', 'sammen-test.zip'))).toBe(true);

		// a running PocketBase is never restored under: the script refuses and changes nothing
		const refused = restore(pb.dataDir, pb.url, 'sammen-test.zip', '--yes');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('PocketBase kører stadig');

		// wipe: everything but the backups is gone
		await pb.stopServer();
		for (const entry of readdirSync(pb.dataDir)) if (entry !== 'backups' && entry !== 'hooks') rmSync(join(pb.dataDir, entry), { recursive: true, force: true });
		const done = restore(pb.dataDir, pb.url, 'sammen-test.zip', '--yes');
		expect(done.status, done.stderr).toBe(0);
		expect(done.stdout).toContain('Gendanner Sammen fra en backup');
		const before = readdirSync(dirname(pb.dataDir)).filter((d) => d.startsWith(`${pb.dataDir.split('/').pop()}-foer-gendannelse-`));
		expect(before).toHaveLength(1);
		leftovers.push(join(dirname(pb.dataDir), before[0]!));

		const again = await startPocketBase({ dataDir: pb.dataDir, port: Number(new URL(pb.url).port), env: { SAMMEN_DEV_MAIL: '1' } });
		try {
			const back = await superuserOf(pb);
			expect(await back.collection('schools').getOne(school.id)).toMatchObject({ name: 'Backupskolen', city: 'Vejle' });
			expect(await back.collection('users').getOne(user.id)).toMatchObject({ name: 'Birte Backup', email: 'backup.elev@sammen.test', school: school.id });
			// the uploaded file came back too
			const avatar = await fetch(back.files.getURL(user, user.avatar));
			expect(avatar.status).toBe(200);
			expect(Buffer.from(await avatar.arrayBuffer())).toEqual(onePixelPng);
			// the restored password still works
			const learner = new PocketBase(pb.url);
			await learner.collection('users').authWithPassword('backup.elev@sammen.test', 'backup-elev-1234');
			expect(learner.authStore.record?.id).toBe(user.id);
		} finally {
			await again.stop();
		}
	}, 180_000);

	it('says which backups there are when none is named, and refuses a file that is not a backup', () => {
		const none = restore('/tmp/sammen-no-such-dir', 'http://127.0.0.1:9', '--yes');
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('Skriv hvilken backup');
		const wrong = restore('/tmp/sammen-no-such-dir', 'http://127.0.0.1:9', 'package.json', '--yes');
		expect(wrong.status).toBe(1);
	});
});
