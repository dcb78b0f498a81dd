import { defineConfig } from '@playwright/test';

// Browser tests in the system Chromium (never a downloaded browser: this machine
// has no outside network). tests/e2e/serve.mjs builds the app and serves it with a
// throwaway, seeded PocketBase on one origin.
// Another port (E2E_PORT) and build (SAMMEN_BUILD_ID) let two runs go side by side.
const port = Number(process.env.E2E_PORT ?? 4310);
const results = process.env.E2E_PORT ? `test-results/e2e-${port}` : 'test-results/e2e';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	// a 2-core machine: the server, PocketBase and two browsers already fill it
	workers: 2,
	retries: 0,
	// Budgets for a shared, busy machine (CI, or six jobs on two cores), where a page
	// may take several times as long as on a quiet one. Tests wait on real conditions
	// (expect, expect.poll), never on the clock, so a generous budget costs nothing
	// when things go well. Journeys of several people add test.slow() (×3), and their
	// steps that wait on another person use `acrossPeople` from tests/e2e/helpers.ts.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list'], ['json', { outputFile: `${results}.json` }]],
	outputDir: results,
	use: {
		baseURL,
		locale: 'da-DK',
		trace: 'retain-on-failure',
		// no own budget for actions and navigations (Playwright's default): an upload of
		// 10 MB or a first page load on a loaded machine is bounded by the test's budget
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			// No outside network here: without these Chromium keeps calling home.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'setup', testMatch: /auth\.setup\.ts/ },
		{ name: 'chromium', testMatch: /\.spec\.ts/, dependencies: ['setup'] }
	],
	webServer: {
		command: 'node tests/e2e/serve.mjs',
		url: `${baseURL}/api/health`,
		// build (when needed) and the demo seed (two schools, ~90 plans): about a minute when
		// the machine is quiet, four under heavy load (measured at load 27 on 2 cores)
		timeout: 600_000,
		reuseExistingServer: !process.env.CI,
		stdout: 'pipe',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		env: { E2E_PORT: String(port), ...(process.env.SAMMEN_BUILD_ID ? { SAMMEN_BUILD_ID: process.env.SAMMEN_BUILD_ID } : {}) }
	}
});
