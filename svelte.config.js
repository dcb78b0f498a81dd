import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// SAMMEN_BUILD_ID gives a build its own folders, so several builds (e.g. two test
// runs side by side) never write over each other. Unset: the usual .svelte-kit and build.
const buildId = process.env.SAMMEN_BUILD_ID;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: buildId ? `build-${buildId}` : 'build', precompress: true }),
		outDir: buildId ? `.svelte-kit-${buildId}` : '.svelte-kit',
		// The auth token lives in the browser, so scripts come only from our own origin.
		// SvelteKit's own start-up script is allowed by its hash (not a nonce, because
		// the service worker serves the same cached shell again and again); we write no
		// inline script.
		// Styles allow 'unsafe-inline' because Svelte sets style attributes (reading
		// preferences, transitions); styles cannot run code.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self', 'blob:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		// Registered by the app itself (src/lib/pwa), to offer updates calmly.
		serviceWorker: { register: false },
		// The service worker answers every navigation with the cached shell of "/", so
		// its asset paths must be absolute ("/_app/…"): relative ones ("./_app/…")
		// would break on a reload of a nested page such as /hjem/milepael/<id>.
		paths: { relative: false },
		alias: {
			$features: 'src/lib/features'
		}
	}
};

export default config;
