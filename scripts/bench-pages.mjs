// `npm run bench:pages`: the speed budget of the pages people open most, measured with
// Lighthouse 12 (Lighthouse 13 needs a newer Node) in its default mobile profile
// (Moto G-sized screen, simulated slow 4G and a 4× slower CPU) in the system Chromium.
//
// It starts its own built app and a throwaway PocketBase with the demo data (like the
// browser tests), logs in through the real login page as Sarah (learner) and Karen
// (mentor) in a fresh Chromium profile each, opens every page once (so the device
// has synced and the service worker is installed: a returning user, as on a phone),
// then runs Lighthouse three times per page and prints the medians: performance and
// accessibility scores, CLS, LCP, and the JavaScript the page loads, compressed as it is
// served (brotli: adapter-node precompresses the build; the service worker's cache
// hides transfer sizes, so the scripts are fetched again and compressed here).
//
// The goals (issue 13): performance ≥ 95, accessibility 100, CLS ≤ 0.05, /hjem JS ≤ 60 KB compressed.
// Figures are printed, not asserted: they depend on the machine's load (see `uptime`).
// To save time while working on one page: `BENCH_PAGES=/hjem,/i-dag BENCH_RUNS=1 npm run bench:pages`
// (default: every page below, three runs each). BENCH_DETAILS=1 also prints, per run, the
// scripts loaded and the elements that moved (Lighthouse's layout-shifts audit).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromiumPath, ensureAppBuilt, ensureChromium, ensureDependencies } from './lib/deps.mjs';
import { ensurePocketBase, freePort, root, startThrowawayPocketBase } from './lib/pocketbase.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Only these pages (comma-separated paths), when set. */
const DETAILS = Boolean(process.env.BENCH_DETAILS);
const ONLY = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(',').map((p) => p.trim()) : null;
const log = (/** @type {string} */ message) => console.log(`[bench:pages] ${message}`);

ensureDependencies({ log });
ensurePocketBase({ log });
ensureChromium({ log });
// A fresh clone has no .svelte-kit yet, and every build (also one with SAMMEN_BUILD_ID)
// reads the tsconfig that `svelte-kit sync` writes there.
if (!existsSync(join(root, '.svelte-kit', 'tsconfig.json'))) {
	const { SAMMEN_BUILD_ID: _, ...env } = process.env;
	spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: 'inherit', env });
}
ensureAppBuilt({ log });

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const { chromium } = await import('playwright');
const { default: PocketBase } = await import('pocketbase');
const { default: webpush } = await import('web-push');
const { serverEnv } = await import('./lib/secrets.mjs');
const { startAppServer } = await import('./lib/server.mjs');
const { demoLogins, seed } = await import('./seed.mjs');

/** Who opens which pages. `null`: not logged in. */
const visits = [
	{ login: null, pages: ['/log-ind'] },
	{ login: demoLogins.find((l) => l.role === 'learner'), pages: ['/hjem', '/beskeder', '/hjaelp'] },
	{ login: demoLogins.find((l) => l.role === 'mentor'), pages: ['/i-dag'] }
];

const chosenVisits = visits
	.map((v) => ({ ...v, pages: v.pages.filter((p) => !ONLY || ONLY.includes(p)) }))
	.filter((v) => v.pages.length > 0);
if (chosenVisits.length === 0) throw new Error(`BENCH_PAGES=${process.env.BENCH_PAGES} names none of the measured pages`);

/** @param {number[]} values */
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** On a busy machine the app server may drop a connection now and then: try again, a few times. */
async function fetchWithRetry(/** @type {string} */ url, tries = 3) {
	for (let i = 1; ; i++) {
		try {
			return await fetch(url);
		} catch (error) {
			if (i >= tries) throw error;
		}
	}
}

/** The compressed size of every script a page loaded, as served (adapter-node precompresses with brotli). */
async function compressedScripts(/** @type {string[]} */ urls) {
	let bytes = 0;
	for (const url of new Set(urls)) {
		const body = Buffer.from(await (await fetchWithRetry(url)).arrayBuffer());
		bytes += brotliCompressSync(body).length;
	}
	return bytes;
}

/**
 * One Lighthouse run: scores, CLS, LCP and the scripts of the page.
 * @param {string} url
 * @param {number} port
 */
async function measure(url, port) {
	const runner = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility'],
		// keep the login and the device's data: a returning user
		disableStorageReset: true
	});
	if (!runner) throw new Error(`Lighthouse gave no result for ${url}`);
	const { lhr } = runner;
	if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
	/** @type {{ url: string, resourceType?: string }[]} */
	const requests = /** @type {any} */ (lhr.audits['network-requests']?.details)?.items ?? [];
	const scripts = requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(new URL(url).origin)).map((r) => r.url);
	if (DETAILS) {
		/** @type {{ score?: number, node?: { snippet?: string, selector?: string } }[]} */
		const shifts = /** @type {any} */ (lhr.audits['layout-shifts']?.details)?.items ?? [];
		log(`${url} scripts: ${scripts.map((s) => new URL(s).pathname.split('/').pop()).join(' ')}`);
		for (const shift of shifts) log(`${url} shift ${shift.score?.toFixed(3)}: ${shift.node?.selector ?? ''} ${shift.node?.snippet ?? ''}`);
	}
	return {
		performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
		accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
		cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
		lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
		scripts,
		failing: Object.values(lhr.audits)
			.filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id))
			.map((a) => a.id)
	};
}

/**
 * Logs in through the login page of a Chromium that Lighthouse will use next, then opens each page once.
 * @param {number} port
 * @param {string} base
 * @param {{ email: string, password: string } | null | undefined} login
 * @param {string[]} pages
 */
async function prepare(port, base, login, pages) {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
	const context = browser.contexts()[0];
	if (!context) throw new Error('Chromium has no default context');
	const page = await context.newPage();
	if (login) {
		await page.goto(`${base}/log-ind`);
		await page.getByLabel('E-mail', { exact: true }).fill(login.email);
		await page.getByLabel('Adgangskode', { exact: true }).fill(login.password);
		await page.getByRole('button', { name: 'Log ind', exact: true }).click();
		await page.waitForURL((u) => !u.pathname.startsWith('/log-ind'), { timeout: 60_000 });
	}
	for (const path of pages) {
		await page.goto(`${base}${path}`);
		await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
	}
	await page.close();
	await browser.close(); // only disconnects: the browser was started by chrome-launcher
}

const pocketbase = await startThrowawayPocketBase();
/** @type {{ url: string, close(): Promise<unknown> } | undefined} */
let app;
try {
	const su = new PocketBase(pocketbase.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(pocketbase.superuser.email, pocketbase.superuser.password);
	log('Indlæser demodata …');
	await seed(su);
	// Every login comes from 127.0.0.1 through our server; the rate limit is not what we measure.
	const settings = await su.settings.getAll();
	const excludedIPs = [...new Set([...(settings.rateLimits?.excludedIPs ?? []), '127.0.0.1', '::ffff:127.0.0.1'])];
	await su.settings.update({ rateLimits: { ...settings.rateLimits, excludedIPs } });
	Object.assign(
		process.env,
		serverEnv({ pbUrl: pocketbase.url, superuser: pocketbase.superuser, vapid: webpush.generateVAPIDKeys(), vapidSubject: 'mailto:bench@sammen.test' })
	);
	app = await startAppServer({ pbUrl: pocketbase.url, port: await freePort() });
	log(`app ${app.url}, ${RUNS} Lighthouse-kørsler pr. side, belastning før: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

	const rows = [];
	for (const visit of chosenVisits) {
		const chrome = await chromeLauncher.launch({
			chromePath: process.env.CHROME_PATH ?? chromiumPath,
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--lang=da-DK']
		});
		try {
			await prepare(chrome.port, app.url, visit.login, visit.pages);
			for (const path of visit.pages) {
				const runs = [];
				for (let i = 0; i < RUNS; i++) runs.push(await measure(`${app.url}${path}`, chrome.port));
				const js = median(await Promise.all(runs.map((r) => compressedScripts(r.scripts))));
				rows.push({
					page: path,
					who: visit.login?.label ?? '(ikke logget ind)',
					performance: median(runs.map((r) => r.performance)),
					accessibility: median(runs.map((r) => r.accessibility)),
					cls: median(runs.map((r) => r.cls)).toFixed(3),
					lcpMs: Math.round(median(runs.map((r) => r.lcp))),
					scripts: median(runs.map((r) => new Set(r.scripts).size)),
					jsKB: (js / 1024).toFixed(1),
					a11yFailing: [...new Set(runs.flatMap((r) => r.failing))].join(' ') || '-'
				});
				log(`${path}: ${JSON.stringify(rows.at(-1))}`);
			}
		} finally {
			await chrome.kill();
		}
	}
	console.log(`\n[bench:pages] Lighthouse 12, mobil, median af ${RUNS} (mål: perf ≥ 95, a11y 100, CLS ≤ 0.05, /hjem JS ≤ 60 KB komprimeret)`);
	console.table(rows);
	log(`belastning efter: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
	await app?.close();
	await pocketbase.stop();
}
