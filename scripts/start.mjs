// `npm start`: from a fresh clone to the running demo on http://localhost:3000.
// Installs what is missing, builds PocketBase, migrates, loads the Danish demo
// data and serves app and PocketBase on one origin. Ctrl-C stops both.
import { join } from 'node:path';
import { ensureAppBuilt, ensureDependencies } from './lib/deps.mjs';
import { ensurePocketBase, freePort, migrate, pbDir, startPocketBase, upsertSuperuser } from './lib/pocketbase.mjs';
import { stopOnSignals, supervisePocketBase } from './lib/supervise.mjs';

const started = Date.now();
// The browser tests' stand-in push service lives on loopback; this setting lets the
// push hook and worker reach it. It has no place outside tests/e2e/serve.mjs.
if (process.env.SAMMEN_TEST_PUSH_ORIGIN) {
	console.error('SAMMEN_TEST_PUSH_ORIGIN is for the browser tests only. Remove it and start again.');
	process.exit(1);
}
const dataDir = process.env.SAMMEN_DATA_DIR ?? join(pbDir, 'pb_data');
const appPort = Number(process.env.PORT ?? 3000);

async function portOr(preferred) {
	const { createServer } = await import('node:net');
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => freePort().then(resolve));
		probe.listen(preferred, '127.0.0.1', () => probe.close(() => resolve(preferred)));
	});
}

ensureDependencies();
ensurePocketBase();
migrate(dataDir);
const { loadSecrets, serverEnv } = await import('./lib/secrets.mjs');
const secrets = await loadSecrets(dataDir);
const admin = secrets.superuser;
upsertSuperuser(dataDir, admin.email, admin.password);

const pbPort = await portOr(Number(process.env.PB_PORT ?? 8090));
// Watched: PocketBase that dies is started again on the same port (scripts/lib/supervise.mjs).
const pocketbase = await supervisePocketBase({
	start: () =>
		startPocketBase({
			dataDir,
			port: pbPort,
			// No mail server in the demo: one-time codes are printed here instead.
			env: { SAMMEN_DEV_MAIL: process.env.SAMMEN_DEV_MAIL ?? '1' },
			onOutput: (line) => {
				if (line.includes('[sammen] engangskode')) console.log(`\n  ✉  ${line.replace(/^.*\[sammen\] /, '')}\n`);
				else if (/\bERROR\b|panic/.test(line)) console.error(`[pocketbase] ${line}`);
			}
		})
});
// Ctrl-C always ends both, also while seeding (a stop that hangs is cut short; a second
// Ctrl-C ends at once).
/** @type {{ close: () => Promise<unknown> } | undefined} */
let app;
stopOnSignals(async () => {
	await app?.close();
	await pocketbase.stop();
});

const { default: PocketBase } = await import('pocketbase');
const { seed, demoLogins } = await import('./seed.mjs');
const su = new PocketBase(pocketbase.url);
await su.collection('_superusers').authWithPassword(admin.email, admin.password);
await seed(su, { log: () => {} });

ensureAppBuilt();
// The Node server runs the push worker; it reads these at start.
Object.assign(process.env, serverEnv({ pbUrl: pocketbase.url, ...secrets }));
const { startAppServer } = await import('./lib/server.mjs');
app = await startAppServer({ pbUrl: pocketbase.url, port: appPort });
const url = `http://localhost:${appPort}`;

const pad = (text, width) => text + ' '.repeat(Math.max(0, width - text.length));
console.log(`
  Sammen kører på ${url}   (klar efter ${((Date.now() - started) / 1000).toFixed(1)} s)

  Demo-logins (adgangskode eller kode på e-mail; koden vises her i terminalen):
${demoLogins.map((l) => `    ${pad(l.label, 22)} ${pad(l.email, 30)} ${l.password}`).join('\n')}

  PocketBase-dashboard: ${url}/_/   ${admin.email} / ${admin.password}
  Stop med Ctrl-C.
`);

