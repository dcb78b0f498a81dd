/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Sammen's service worker: the app shell and static files work offline, updates
// wait until the user says "genindlæs", and pushes always show a notification.
import { build, files, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Hashed build files need no revision; static files and the shell change with the version.
precacheAndRoute([
	...build.map((url) => ({ url, revision: null })),
	...files.map((url) => ({ url, revision: version })),
	{ url: '/', revision: version }
]);
cleanupOutdatedCaches();

// Every page is the same shell (the app renders in the browser from local data),
// so navigations are answered from the cache, also offline. PocketBase's paths
// (/api/, the dashboard /_/) are never cached: they carry auth tokens and file tokens.
registerRoute(
	new NavigationRoute(createHandlerBoundToURL('/'), {
		denylist: [/^\/api\//, /^\/_\//, /^\/push-key/]
	})
);

// One exception, the help library before login (issue 7): published articles are
// public, so their token-free answers are kept (stale-while-revalidate) and the
// login help opens offline after one visit. Only GETs of exactly that list without
// an Authorization header or a token; logged-in people read the articles from their
// own device (the sync engine). The articles' pictures are public files whose names
// change with every upload: kept once fetched.
const tokenFree = (url: URL, request: Request) =>
	request.method === 'GET' &&
	url.origin === sw.location.origin &&
	!request.headers.has('Authorization') &&
	!url.searchParams.has('token');
registerRoute(
	({ url, request }) => tokenFree(url, request) && url.pathname === '/api/collections/help_articles/records',
	new StaleWhileRevalidate({ cacheName: 'sammen-help-public', plugins: [new ExpirationPlugin({ maxEntries: 10 })] })
);
registerRoute(
	({ url, request }) => tokenFree(url, request) && url.pathname.startsWith('/api/files/help_articles/'),
	new CacheFirst({
		cacheName: 'sammen-help-images',
		plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 90 * 24 * 3600 })]
	})
);

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
clientsClaim();

type PushPayload = { title?: string; body?: string; url?: string; tag?: string };

sw.addEventListener('push', (event) => {
	let data: PushPayload = {};
	try {
		data = event.data?.json() ?? {};
	} catch {
		data = { body: event.data?.text() };
	}
	// Always inside waitUntil: a push that shows nothing is punished by the browser.
	event.waitUntil(
		sw.registration.showNotification(data.title || 'Sammen', {
			body: data.body ?? '',
			tag: data.tag || undefined,
			// One notification per conversation or topic, updated in place.
			renotify: Boolean(data.tag),
			icon: '/icons/icon-192.png',
			badge: '/icons/badge-96.png',
			lang: 'da',
			data: { url: safePath(data.url) }
		} as NotificationOptions)
	);
});

sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const url = new URL(safePath(event.notification.data?.url), sw.location.origin).href;
	event.waitUntil(
		(async () => {
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const open = windows.find((w) => new URL(w.url).origin === sw.location.origin);
			if (open) {
				await open.focus();
				await open.navigate(url);
			} else {
				await sw.clients.openWindow(url);
			}
		})()
	);
});

/** Only paths inside Sammen are opened from a notification. */
function safePath(value: unknown): string {
	return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
