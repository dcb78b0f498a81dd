// `npm run dev`: PocketBase with the demo data, and Vite's dev server in front of
// it (vite.config.ts forwards /api/ and /_/ to PocketBase, so it is one origin too).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureDependencies } from './lib/deps.mjs';
import { ensurePocketBase, migrate, pbDir, root, startPocketBase, upsertSuperuser } from './lib/pocketbase.mjs';

ensureDependencies();
ensurePocketBase();
const dataDir = process.env.SAMMEN_DATA_DIR ?? join(pbDir, 'pb_data');
migrate(dataDir);
const { loadSecrets, serverEnv } = await import('./lib/secrets.mjs');
const secrets = await loadSecrets(dataDir);
const admin = secrets.superuser;
upsertSuperuser(dataDir, admin.email, admin.password);

const pocketbase = await startPocketBase({
	dataDir,
	port: Number(process.env.PB_PORT ?? 8090),
	onOutput: (line) => console.log(`[pocketbase] ${line}`)
});
// PocketBase mails by SMTP to a mail server on this machine, which prints them here.
const { describeMail, startMailServer, useLocalMail } = await import('./lib/mail.mjs');
const mailServer = await startMailServer({ onMail: (mail) => console.log(`\n  ${describeMail(mail)}\n`) });
await useLocalMail({ pbUrl: pocketbase.url, superuser: admin, smtpPort: mailServer.port, appURL: 'http://localhost:5173' });
const { default: PocketBase } = await import('pocketbase');
const { seed } = await import('./seed.mjs');
const su = new PocketBase(pocketbase.url);
await su.collection('_superusers').authWithPassword(admin.email, admin.password);
await seed(su, { log: () => {} });

const vite = spawn('npx', ['vite', 'dev'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...serverEnv({ pbUrl: pocketbase.url, ...secrets }) } });
const stop = async () => {
	vite.kill('SIGTERM');
	await pocketbase.stop();
	await mailServer.close();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
vite.on('exit', stop);
