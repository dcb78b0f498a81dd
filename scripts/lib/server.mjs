// The one public door: serves the built SvelteKit app and forwards PocketBase's
// paths (/api/ and the dashboard /_/) to PocketBase on loopback, so the browser
// sees one origin. Streams both ways, so realtime (SSE) and uploads pass through.
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDir } from './deps.mjs';

const forwarded = ['/api/', '/_/'];

function isForwarded(url = '') {
	return url === '/_' || forwarded.some((prefix) => url.startsWith(prefix));
}

// Hop-by-hop headers belong to one connection and are not passed on.
const hopByHop = new Set([
	'connection',
	'keep-alive',
	'proxy-authenticate',
	'proxy-authorization',
	'te',
	'trailer',
	'transfer-encoding',
	'upgrade'
]);

function forward(req, res, target) {
	const headers = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (!hopByHop.has(name)) headers[name] = value;
	}
	// Replaced, never appended: a client cannot pretend to be someone else to the
	// rate limiter, since PocketBase trusts this header only from us. Behind our own
	// reverse proxy (SAMMEN_BEHIND_PROXY=1, docs/DRIFT.md) the client is the last address
	// the proxy wrote, and the proxy says whether it was HTTPS.
	const behindProxy = process.env.SAMMEN_BEHIND_PROXY === '1';
	const proxied = behindProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim() : '';
	headers['x-forwarded-for'] = proxied || req.socket.remoteAddress || '';
	headers['x-forwarded-proto'] = behindProxy && req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';

	const upstream = request(
		{ hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
		(answer) => {
			const out = {};
			for (const [name, value] of Object.entries(answer.headers)) {
				if (!hopByHop.has(name) && value !== undefined) out[name] = value;
			}
			res.writeHead(answer.statusCode ?? 502, out);
			res.flushHeaders();
			answer.pipe(res);
		}
	);
	upstream.on('error', () => {
		if (!res.headersSent) {
			res.writeHead(502, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ status: 502, message: 'PocketBase is not reachable.', data: {} }));
		} else {
			res.destroy();
		}
	});
	// A client that goes away (e.g. closes the realtime stream) ends the upstream call.
	res.on('close', () => upstream.destroy());
	req.pipe(upstream);
}

/** Starts the server; resolves with { url, close } once it listens. */
export async function startAppServer({ pbUrl, port = 3000, host = '127.0.0.1' }) {
	const { handler } = await import(pathToFileURL(join(buildDir, 'handler.js')).href);
	return listen({ pbUrl, port, host, app: handler });
}

/**
 * Only the PocketBase door, without the built app (benchmarks: realtime through the
 * same forwarding code the browser goes through, without needing a build).
 */
export function startApiServer({ pbUrl, port = 3000, host = '127.0.0.1' }) {
	return listen({ pbUrl, port, host, app: (req, res, next) => next() });
}

async function listen({ pbUrl, port, host, app }) {
	const target = new URL(pbUrl);
	const server = createServer((req, res) => {
		if (isForwarded(req.url)) forward(req, res, target);
		else app(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	// Realtime connections stay open for a long time; Node must not cut them.
	server.requestTimeout = 0;
	server.keepAliveTimeout = 65_000;
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	return {
		url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve(undefined));
			})
	};
}
