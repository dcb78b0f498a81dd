import { describe, expect, it } from 'vitest';
import { pushEndpointProblem, testPushOrigin } from './push-endpoint';

// Real endpoints as browsers hand them out.
const allowed = [
	'https://fcm.googleapis.com/fcm/send/dJ2m:APA91bH-x_y',
	'https://updates.push.services.mozilla.com/wpush/v2/gAAAAABk',
	'https://web.push.apple.com/QGx8z-3lZ',
	'https://wns2-am3p.notify.windows.com/w/?token=BQYAAA%2bx',
	'https://fcm.googleapis.com:443/fcm/send/x'
];

// [endpoint, why not]
const refused: [string, string][] = [
	['http://fcm.googleapis.com/fcm/send/x', 'form'],
	['ftp://fcm.googleapis.com/x', 'form'],
	['HTTPS://FCM.GOOGLEAPIS.COM/x', 'form'],
	['https://user:pw@fcm.googleapis.com/x', 'form'],
	['https://fcm.googleapis.com@127.0.0.1/x', 'form'],
	['https:\\\\127.0.0.1/x', 'form'],
	['https://%31%32%37.0.0.1/x', 'form'],
	['https://fcm.googleapis.com /x', 'form'],
	['https://fcm.googleapis.com/x y', 'form'],
	['https://-bad.example.com/x', 'form'],
	['https://a..b.com/x', 'form'],
	['https://fcm.googleapis.com./x', 'form'],
	['https://127.0.0.1/x', 'ip-address'],
	['https://127.0.0.1:8443/x', 'ip-address'],
	['https://127.1/x', 'ip-address'],
	['https://0/x', 'ip-address'],
	['https://0.0.0.0/x', 'ip-address'],
	['https://2130706433/x', 'ip-address'],
	['https://017700000001/x', 'ip-address'],
	['https://0x7f000001/x', 'ip-address'],
	['https://0x7f.0.0.1/x', 'ip-address'],
	['https://10.0.0.8/x', 'ip-address'],
	['https://169.254.169.254/latest/meta-data', 'ip-address'],
	['https://192.168.1.1/x', 'ip-address'],
	['https://8.8.8.8/x', 'ip-address'],
	['https://[::1]/x', 'ip-address'],
	['https://[::ffff:127.0.0.1]/x', 'ip-address'],
	['https://[::ffff:7f00:1]:443/x', 'ip-address'],
	['https://[fe80::1%25eth0]/x', 'ip-address'],
	['https://[2001:4860:4860::8888]/x', 'ip-address'],
	['https://localhost/x', 'local-name'],
	['https://localhost:8090/api/', 'local-name'],
	['https://pocketbase/x', 'local-name'],
	['https://vm/x', 'local-name'],
	['https://printer.local/x', 'local-name'],
	['https://db.internal/x', 'local-name'],
	['https://metadata.google.internal/computeMetadata/v1/', 'local-name'],
	['https://app.localhost/x', 'local-name'],
	['https://router.lan/x', 'local-name'],
	['https://nas.home.arpa/x', 'local-name'],
	['https://1.0.0.127.in-addr.arpa/x', 'local-name'],
	['https://push.example.test/x', 'local-name'],
	['https://x.invalid/x', 'local-name'],
	['https://hidden.onion/x', 'local-name'],
	['https://fcm.googleapis.com:8443/x', 'port'],
	['https://fcm.googleapis.com:22/x', 'port']
];

describe('push endpoints', () => {
	it.each(allowed)('sends to %s', (endpoint) => {
		expect(pushEndpointProblem(endpoint)).toBeNull();
	});
	it.each(refused)('refuses %s (%s)', (endpoint, why) => {
		expect(pushEndpointProblem(endpoint)).toBe(why);
	});
	it('refuses a long endpoint', () => {
		expect(pushEndpointProblem(`https://fcm.googleapis.com/${'a'.repeat(2000)}`)).toBe('form');
	});
});

describe('the test harness allowance', () => {
	it('allows exactly one loopback origin, and only that', () => {
		const origin = testPushOrigin('https://127.0.0.1:45123');
		expect(origin).toBe('https://127.0.0.1:45123');
		expect(pushEndpointProblem('https://127.0.0.1:45123/live/phone', origin)).toBeNull();
		expect(pushEndpointProblem('https://127.0.0.1:45124/live/phone', origin)).toBe('ip-address');
		expect(pushEndpointProblem('https://127.0.0.1:451234/x', origin)).toBe('form');
		expect(pushEndpointProblem('https://127.0.0.1:45123@10.0.0.1/x', origin)).toBe('form');
		expect(pushEndpointProblem('https://localhost:45123/x', origin)).toBe('local-name');
	});
	it('ignores anything but a loopback https origin with a port', () => {
		for (const setting of ['1', 'true', '*', 'https://10.0.0.1:443', 'https://localhost:4000', 'http://127.0.0.1:4000', 'https://127.0.0.1', 'https://127.0.0.1:4000/', 'https://127.0.0.1:0', '', undefined]) {
			expect(testPushOrigin(setting)).toBeNull();
		}
	});
});
