// The push worker's agent against real sockets and the machine's real resolver:
// names that resolve to loopback (localhost, the machine's own name in /etc/hosts)
// and loopback literals never get a connection.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer, request } from 'node:https';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, publicOnlyAgent, RefusedAddressError } from './public-agent';

let port = 0;
let connections = 0;
let ca: Buffer;
let server: ReturnType<typeof createServer>;

beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'sammen-agent-'));
	execFileSync('openssl', [
		'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
		'-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
		'-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')
	], { stdio: 'ignore' });
	ca = readFileSync(join(dir, 'cert.pem'));
	server = createServer({ cert: ca, key: readFileSync(join(dir, 'key.pem')) }, (_req, res) => res.writeHead(201).end());
	server.on('connection', () => (connections += 1));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

function get(url: string, testOrigin: string | null = null): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(url, { agent: publicOnlyAgent({ ca, testOrigin }) }, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('isPublicAddress', () => {
	it.each(['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888', '2a00:1450:4001:80b::200a'])('%s is public', (address) => {
		expect(isPublicAddress(address)).toBe(true);
	});
	it.each([
		'127.0.0.1', '127.8.9.1', '0.0.0.0', '10.1.2.3', '172.16.0.1', '192.168.0.1', '169.254.169.254', '100.64.0.1',
		'192.0.2.1', '224.0.0.1', '255.255.255.255', '::', '::1', 'fe80::1', 'fc00::1', 'fd12::1', '::ffff:127.0.0.1',
		'::ffff:10.0.0.1', '64:ff9b::7f00:1', '2002:7f00:1::', '2001:db8::1', 'ff02::1', 'not an address', ''
	])('%s is not', (address) => {
		expect(isPublicAddress(address)).toBe(false);
	});
});

describe('publicOnlyAgent', () => {
	it('never connects to a name that resolves to loopback', async () => {
		const before = connections;
		for (const host of ['localhost', 'vm', 'runsc']) {
			await expect(get(`https://${host}:${port}/x`)).rejects.toBeInstanceOf(RefusedAddressError);
		}
		expect(connections).toBe(before);
	});
	it('never connects to a loopback or private literal', async () => {
		const before = connections;
		for (const url of [`https://127.0.0.1:${port}/x`, `https://[::1]:${port}/x`, `https://[::ffff:127.0.0.1]:${port}/x`, `https://10.0.0.1:${port}/x`]) {
			await expect(get(url)).rejects.toBeInstanceOf(RefusedAddressError);
		}
		expect(connections).toBe(before);
	});
	it('reaches the one loopback origin the test harness allows, and no other port', async () => {
		const origin = `https://127.0.0.1:${port}`;
		expect(await get(`${origin}/live`, origin)).toBe(201);
		await expect(get(`https://127.0.0.1:${port}/x`, `https://127.0.0.1:${port + 1}`)).rejects.toBeInstanceOf(RefusedAddressError);
		await expect(get(`https://localhost:${port}/x`, origin)).rejects.toBeInstanceOf(RefusedAddressError);
	});
});
