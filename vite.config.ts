import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// In development Vite forwards PocketBase's paths, so the app and PocketBase
// share one origin exactly as they do behind the Node server in production.
const pocketbase = process.env.PB_URL ?? 'http://127.0.0.1:8090';

export default defineConfig({
	plugins: [sveltekit()],
	server: {
		port: 5173,
		proxy: {
			'/api': { target: pocketbase, changeOrigin: false },
			'/_': { target: pocketbase, changeOrigin: false }
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
					environment: 'node',
					// Vitest's 5 s is too tight on a busy shared machine for the few unit tests
					// that start a process (lint:lix) or walk a century of dates; a beforeAll that
					// imports the sync engine took over 10 s at load 25
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'api',
					include: ['tests/api/**/*.test.ts'],
					globalSetup: ['tests/api/global-setup.ts'],
					environment: 'node',
					// generous for a shared, busy machine (CI): a test waits on real answers,
					// never on the clock, so a large budget costs nothing when all goes well
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// one throwaway PocketBase for the whole run; files share it
					fileParallelism: false
				}
			},
			{
				// npm run bench:*; not part of npm test (figures, not pass/fail on speed)
				extends: true,
				test: {
					name: 'bench',
					include: ['tests/bench/**/*.bench.test.ts'],
					environment: 'node',
					testTimeout: 600_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
