// The push worker's only way out: an https agent that connects to public addresses
// only. A host name is resolved here (all its addresses; one that is not public
// refuses the lot) and the socket connects to exactly the addresses checked, so a
// name cannot change its answer between the check and the connection (DNS
// rebinding). An IP literal is checked as it is. The test harness may allow one
// loopback origin (its stand-in push service), see lib/domain/push-endpoint.ts.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, type AgentOptions } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Duplex } from 'node:stream';
import ipaddr from 'ipaddr.js';

/** A refused destination; the worker turns it into a plain Danish reason. */
export class RefusedAddressError extends Error {
	readonly code = 'SAMMEN_REFUSED_ADDRESS';
	constructor(readonly host: string) {
		super(`refused non-public address for ${host}`);
	}
}

/** Public unicast only: no loopback, private, link-local, CGNAT, reserved, mapped or tunnelled forms. */
export function isPublicAddress(address: string): boolean {
	if (!ipaddr.isValid(address)) return false;
	return ipaddr.process(address).range() === 'unicast';
}

/** dns.lookup with every address checked before any is used. */
export const publicLookup = ((hostname: string, options: { all?: boolean; family?: number; hints?: number }, callback) => {
	dnsLookup(hostname, { all: true, family: options.family ?? 0, hints: options.hints }, (error, addresses: LookupAddress[]) => {
		if (error) return callback(error, '', 0);
		if (addresses.length === 0 || !addresses.every((a) => isPublicAddress(a.address))) {
			return callback(new RefusedAddressError(hostname), '', 0);
		}
		if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
		const [first] = addresses as [LookupAddress];
		callback(null, first.address, first.family);
	});
}) as LookupFunction;

type ConnectOptions = { host?: string; hostname?: string; port?: number | string; lookup?: LookupFunction };
type Created = (error: Error | null, socket?: Duplex) => void;

export function publicOnlyAgent(options: AgentOptions & { testOrigin?: string | null } = {}): Agent {
	const { testOrigin, ...agentOptions } = options;
	const allowed = testOrigin ? new URL(testOrigin) : null;
	class PublicOnlyAgent extends Agent {
		override createConnection(connect: ConnectOptions, created: Created): Duplex | undefined {
			const host = (connect.host ?? connect.hostname ?? '').replace(/^\[|\]$/g, '');
			const port = String(connect.port ?? 443);
			if (isIP(host)) {
				const isTestOrigin = allowed !== null && host === allowed.hostname && port === allowed.port;
				if (!isTestOrigin && !isPublicAddress(host)) {
					process.nextTick(() => created(new RefusedAddressError(host)));
					return undefined;
				}
				return super.createConnection(connect as never, created as never) as Duplex;
			}
			return super.createConnection({ ...connect, lookup: publicLookup } as never, created as never) as Duplex;
		}
	}
	return new PublicOnlyAgent(agentOptions);
}
