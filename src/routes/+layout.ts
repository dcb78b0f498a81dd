// Sammen is an offline-first app: pages render in the browser from local data, and
// the server hands out the same shell for every route (the service worker caches it).
export const ssr = false;
export const prerender = false;
