// Where may Sammen send a web push? Only to a push service on the public internet:
// `https:` to a public host name on the standard port. The push worker holds
// superuser access and runs inside our network, so an endpoint that a user saved
// must never make it connect to loopback, a private net or a local name.
//
// The grammar is deliberately narrower than a URL parser: lower-case letters, digits,
// hyphens and dots in the host, no user info, no IP literal in any spelling
// (0x7f.1, 2130706433, [::1], …), no percent-escapes or backslashes. Real push
// services (fcm.googleapis.com, updates.push.services.mozilla.com,
// web.push.apple.com, *.notify.windows.com) all fit, and every URL parser reads a
// string of this shape the same way, so the hook, the worker and web-push agree on
// the host. Plain TS without DOM or Node APIs: the PocketBase hook runs the same code.
// The worker checks the resolved addresses again (lib/server/push/public-agent.ts).

export type PushEndpointProblem =
	/** not `https://host/…` in the narrow grammar (also user info, IP literals in brackets, spaces) */
	| 'form'
	/** the host is an IP address in some spelling */
	| 'ip-address'
	/** a name that is not on the public internet: localhost, *.local, *.internal, one label … */
	| 'local-name'
	/** a port other than 443 */
	| 'port';

const shape = /^https:\/\/([a-z0-9.-]{1,253})(?::(\d{1,5}))?(\/[\x21-\x5b\x5d-\x7e]*)?$/;
const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A top-level domain starts with a letter; a numeric last label makes a URL host an IPv4 address. */
const topLevel = /^[a-z][a-z0-9-]*$/;

/** Names reserved for local use or never public (RFC 6761, 6762, 7686, 8375, 9476, ICANN name collisions). */
const localSuffixes = [
	'localhost',
	'local',
	'localdomain',
	'internal',
	'intranet',
	'private',
	'lan',
	'home',
	'corp',
	'arpa',
	'onion',
	'test',
	'example',
	'invalid',
	'alt'
];

/**
 * The test harness may allow exactly one loopback origin (its stand-in push service):
 * `https://127.0.0.1:<port>`. Anything else in the setting is ignored.
 */
export function testPushOrigin(setting: string | undefined | null): string | null {
	const value = (setting ?? '').trim();
	const match = /^https:\/\/127\.0\.0\.1:(\d{1,5})$/.exec(value);
	if (!match) return null;
	const port = Number(match[1]);
	return port >= 1 && port <= 65535 ? value : null;
}

/** Why Sammen will not send to this endpoint, or null when it may. */
export function pushEndpointProblem(endpoint: string, testOrigin: string | null = null): PushEndpointProblem | null {
	if (testOrigin && (endpoint === testOrigin || endpoint.startsWith(`${testOrigin}/`))) return null;
	const match = endpoint.length <= 2000 ? shape.exec(endpoint) : null;
	if (!match) return /^https:\/\/\[/i.test(endpoint) ? 'ip-address' : 'form';
	const host = match[1] ?? '';
	const port = match[2];
	const labels = host.split('.');
	const last = labels[labels.length - 1] ?? '';
	if (/^[0-9]/.test(last)) return 'ip-address';
	if (!labels.every((part) => label.test(part))) return 'form';
	if (labels.length < 2 || !topLevel.test(last)) return 'local-name';
	if (localSuffixes.includes(last)) return 'local-name';
	if (port !== undefined && Number(port) !== 443) return 'port';
	return null;
}
