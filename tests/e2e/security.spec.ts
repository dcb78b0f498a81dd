// The Content-Security-Policy: sent with the app's HTML, scripts only from our own origin.
import { expect, test } from './helpers';

// Source expressions that name no other site.
const ownSources = /^('self'|'none'|'unsafe-inline'|'strict-dynamic'|'nonce-[^']+'|'sha(256|384|512)-[^']+'|data:|blob:)$/;

for (const path of ['/log-ind', '/hjem', '/hjaelp']) {
	test(`the HTML of ${path} carries a CSP with script-src 'self' and no third-party origins`, async ({ request }) => {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/html');
		const csp = response.headers()['content-security-policy'];
		expect(csp, 'Content-Security-Policy header').toBeTruthy();
		expect(csp).toContain("script-src 'self'");

		const directives = (csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
		const foreign = directives.flatMap(([name, ...sources]) =>
			sources.filter((s) => !ownSources.test(s)).map((s) => `${name}: ${s}`)
		);
		expect(foreign, 'sources that are not our own origin').toEqual([]);
		expect(directives.map((d) => d[0])).toEqual(expect.arrayContaining(['default-src', 'object-src', 'frame-ancestors']));
	});
}
