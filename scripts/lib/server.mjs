// The one public door: serves the built SvelteKit app and forwards PocketBase's
// paths (/api/ and the dashboard /_/) to PocketBase on loopback, so the browser
// sees one origin. Streams both ways, so realtime (SSE) and uploads pass through.
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDir } from './deps.mjs';
import { doorHeader, doorStreamHeader, isRealtimeStream, startRelay } from './realtime-relay.mjs';

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

function forward(req, res, target, relay) {
	const headers = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (!hopByHop.has(name) && name !== doorHeader && name !== doorStreamHeader) headers[name] = value;
	}
	// A device's realtime stream says which door it came through: PocketBase may then
	// send a group's changes for it through the door's relay (realtime-relay.mjs).
	const stream = isRealtimeStream(req);
	if (stream) headers[doorHeader] = relay.id;
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
			if (stream && answer.statusCode === 200) relay.carry(answer, res);
			else answer.pipe(res);
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

// The superuser the relay signs in as: the one the push worker uses (secrets.mjs serverEnv).
const superuserFromEnv = () => ({ email: process.env.SAMMEN_SUPERUSER_EMAIL, password: process.env.SAMMEN_SUPERUSER_PASSWORD });

/** Starts the server; resolves with { url, relay, close } once it listens. */
export async function startAppServer({ pbUrl, port = 3000, host = '127.0.0.1', superuser = superuserFromEnv() }) {
	const { handler } = await import(pathToFileURL(join(buildDir, 'handler.js')).href);
	return listen({ pbUrl, port, host, superuser, app: handler });
}

/**
 * Only the PocketBase door, without the built app (benchmarks: realtime through the
 * same forwarding code the browser goes through, without needing a build).
 */
export function startApiServer({ pbUrl, port = 3000, host = '127.0.0.1', superuser = superuserFromEnv() }) {
	return listen({ pbUrl, port, host, superuser, app: (req, res, next) => next() });
}

async function listen({ pbUrl, port, host, superuser, app }) {
	const target = new URL(pbUrl);
	const relay = startRelay({ pbUrl, superuser, log: (line) => console.warn(line) });
	const server = createServer((req, res) => {
		if (isForwarded(req.url)) forward(req, res, target, relay);
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
		relay,
		close: () =>
			new Promise((resolve) => {
				relay.close();
				server.closeAllConnections();
				server.close(() => resolve(undefined));
			})
	};
}
