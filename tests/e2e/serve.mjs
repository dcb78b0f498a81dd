// The server the browser tests run against, started by Playwright's `webServer`:
// the built app and a throwaway PocketBase with the Danish demo data, on one origin.
//
// - PocketBase mails (login codes, invitations) by SMTP to a local mail server
//   (scripts/lib/mail.mjs), which writes each to tests/.state/<port>/mail.jsonl,
//   one JSON line per mail, newest last (the tests read them from there).
// - tests/.state/server.json tells the tests the demo logins and the superuser,
//   so a test that changes a user can make its own throwaway user.
// - All browser traffic reaches PocketBase from 127.0.0.1 (through the Node server),
//   so loopback is excluded from the rate limits here; the real limits are tested
//   by the API tests.
// SIGTERM or SIGINT stops PocketBase and removes its temp dir.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { ensureAppBuilt, ensureChromium } from '../../scripts/lib/deps.mjs';
import { mailFileWriter } from '../../scripts/lib/mail.mjs';
import { freePort, root, startThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';
import { serverEnv } from '../../scripts/lib/secrets.mjs';
import { startAppServer } from '../../scripts/lib/server.mjs';
import { demoLogins, seed } from '../../scripts/seed.mjs';

const port = Number(process.env.E2E_PORT ?? 4310);
// One folder per port, so test runs on different ports never share state.
const stateDir = join(root, 'tests', '.state', String(port));
const mailLog = join(stateDir, 'mail.jsonl');
const serverInfo = join(stateDir, 'server.json');

const log = (/** @type {string} */ message) => console.log(`[e2e-server] ${message}`);

mkdirSync(stateDir, { recursive: true });
writeFileSync(mailLog, '');

ensureChromium({ log });
ensureAppBuilt({ log });

// The stand-in push service (started by the push tests) listens here. Only this one
// loopback origin is let through by the push hook and worker (SAMMEN_TEST_PUSH_ORIGIN,
// test harness only; npm start refuses it); every other loopback address stays refused.
const pushPort = await freePort();
const testPushOrigin = `https://127.0.0.1:${pushPort}`;

const pocketbase = await startThrowawayPocketBase({
	env: { SAMMEN_TEST_PUSH_ORIGIN: testPushOrigin },
	onOutput: (line) => {
		if (/\bERROR\b|panic/.test(line)) console.error(`[pocketbase] ${line}`);
	},
	onMail: mailFileWriter(mailLog),
	appURL: `http://127.0.0.1:${port}`
});

/** @type {{ url: string, close(): Promise<unknown> } | undefined} */
let app;
let stopping = false;

async function stop(code = 0) {
	if (stopping) return;
	stopping = true;
	try {
		await app?.close();
	} finally {
		await pocketbase.stop();
		process.exit(code);
	}
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

try {
	const su = new PocketBase(pocketbase.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(pocketbase.superuser.email, pocketbase.superuser.password);
	await seed(su);

	const settings = await su.settings.getAll();
	const excludedIPs = [...new Set([...(settings.rateLimits?.excludedIPs ?? []), '127.0.0.1', '::ffff:127.0.0.1'])];
	await su.settings.update({ rateLimits: { ...settings.rateLimits, excludedIPs } });

	// The push worker runs in the app server, as in production. Its pushes go to a
	// stand-in push service that the tests start on loopback with this certificate.
	const { default: webpush } = await import('web-push');
	const pushCert = join(stateDir, 'push-cert.pem');
	const pushKey = join(stateDir, 'push-key.pem');
	execFileSync('openssl', [
		'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
		'-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
		'-keyout', pushKey, '-out', pushCert
	], { stdio: 'ignore' });
	Object.assign(process.env, serverEnv({
		pbUrl: pocketbase.url,
		superuser: pocketbase.superuser,
		vapid: webpush.generateVAPIDKeys(),
		vapidSubject: 'mailto:test@sammen.test'
	}), { SAMMEN_PUSH_CA_FILE: pushCert, SAMMEN_PUSH_POLL_MS: '1000', SAMMEN_TEST_PUSH_ORIGIN: testPushOrigin });

	const server = await startAppServer({ pbUrl: pocketbase.url, port });
	app = server;
	writeFileSync(
		serverInfo,
		JSON.stringify(
			{ url: server.url, pbUrl: pocketbase.url, superuser: pocketbase.superuser, logins: demoLogins, pushCert, pushKey, pushPort },
			null,
			'\t'
		)
	);
	log(`ready on ${server.url} (PocketBase ${pocketbase.url})`);
} catch (error) {
	console.error('[e2e-server] could not start:', /** @type {{ response?: unknown }} */ (error)?.response ?? error);
	await stop(1);
}
