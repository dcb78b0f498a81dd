// `npm run serve`: Sammen for real, on a school's server (docs/DRIFT.md). Like `npm start`
// but without demo data, without building at start (build once: npm run pb:build && npm run
// build), with real mail (PocketBase's SMTP settings), listening on HOST:PORT behind a
// reverse proxy (Caddy) that gives HTTPS. PocketBase is watched and restarted like in
// `npm start`; SIGTERM (systemctl stop, docker stop) and Ctrl-C end both.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildDir } from './lib/deps.mjs';
import { migrate, pbBinary, pbDir, startPocketBase, upsertSuperuser } from './lib/pocketbase.mjs';
import { stopOnSignals, supervisePocketBase } from './lib/supervise.mjs';

const dataDir = process.env.SAMMEN_DATA_DIR ?? join(pbDir, 'pb_data');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const pbPort = Number(process.env.PB_PORT ?? 8090);

if (process.env.SAMMEN_TEST_PUSH_ORIGIN || process.env.SAMMEN_DEV_MAIL === '1') {
	console.error('SAMMEN_TEST_PUSH_ORIGIN and SAMMEN_DEV_MAIL are for tests and the demo. Remove them and start again.');
	process.exit(1);
}
if (!existsSync(pbBinary)) {
	console.error(`PocketBase is not built (${pbBinary}). Run: npm run pb:build`);
	process.exit(1);
}
if (!existsSync(join(buildDir, 'handler.js'))) {
	console.error('The app is not built. Run: npm run build');
	process.exit(1);
}

migrate(dataDir);
const { loadSecrets, serverEnv } = await import('./lib/secrets.mjs');
const secrets = await loadSecrets(dataDir);
upsertSuperuser(dataDir, secrets.superuser.email, secrets.superuser.password);

const pocketbase = await supervisePocketBase({
	start: () =>
		startPocketBase({
			dataDir,
			port: pbPort,
			onOutput: (line) => {
				if (/\bERROR\b|\bWARN\b|panic/.test(line)) console.error(`[pocketbase] ${line}`);
			}
		})
});
/** @type {{ close: () => Promise<unknown> } | undefined} */
let app;
stopOnSignals(async () => {
	await app?.close();
	await pocketbase.stop();
});

Object.assign(process.env, serverEnv({ pbUrl: pocketbase.url, ...secrets }));
const { startAppServer } = await import('./lib/server.mjs');
app = await startAppServer({ pbUrl: pocketbase.url, port, host });
console.log(
	`Sammen kører på ${host}:${port} (data: ${dataDir}).\n` +
		`Dashboard: /_/ (superuser: SAMMEN_SUPERUSER_EMAIL/PASSWORD, eller ${join(dataDir, 'sammen-superuser.json')}).`
);
