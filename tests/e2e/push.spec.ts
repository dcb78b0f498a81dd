// Web push, with real parts: the service worker shows a push that Chromium delivers
// (through the DevTools protocol, since this machine reaches no real push service),
// and the Node push worker sends real encrypted web pushes to a stand-in push
// service on loopback, which answers 201 for a live device and 410 for a gone one.
// The push hook and worker refuse loopback; serve.mjs lets exactly the stand-in's
// origin through (SAMMEN_TEST_PUSH_ORIGIN, test harness only).
import { createECDH, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { acrossPeople, expect, serverInfo, serviceWorkerControls, superuserToken, test } from './helpers';

test('a push message shows a notification from the service worker', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['notifications'], { origin: baseURL });
	await page.goto('/hjaelp');
	await serviceWorkerControls(page);

	const cdp = await context.newCDPSession(page);
	const registrations: string[] = [];
	cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
		for (const r of event.registrations) if (!r.isDeleted) registrations.push(r.registrationId);
	});
	await cdp.send('ServiceWorker.enable');
	await expect.poll(() => registrations.length).toBeGreaterThan(0);

	const shown = () =>
		page.evaluate(async () => {
			const all = await (await navigator.serviceWorker.ready).getNotifications();
			return all.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url }));
		});
	// Chromium may drop a push that reaches a worker still starting up on a busy machine:
	// deliver again until it shows (same tag, so a second delivery replaces the first).
	await expect(async () => {
		await cdp.send('ServiceWorker.deliverPushMessage', {
			origin: new URL(page.url()).origin,
			registrationId: registrations.at(-1) as string,
			data: JSON.stringify({ title: 'Ny besked fra Karen', body: 'Hej Sarah, hvordan går det?', url: '/beskeder', tag: 'samtale-1' })
		});
		await expect
			.poll(shown, { timeout: 5_000 })
			.toEqual([{ title: 'Ny besked fra Karen', body: 'Hej Sarah, hvordan går det?', tag: 'samtale-1', url: '/beskeder' }]);
	}).toPass({ timeout: 45_000 });
});

type Received = { path: string; headers: IncomingHttpHeaders; bytes: number };

/** A stand-in push service: /live/… accepts (201), /gone/… says the subscription expired (410). */
async function standInPushService() {
	const { pushCert, pushKey, pushPort } = serverInfo();
	const received: Received[] = [];
	const server = createServer({ cert: readFileSync(pushCert), key: readFileSync(pushKey) }, (req, res) => {
		let bytes = 0;
		req.on('data', (chunk: Buffer) => (bytes += chunk.length));
		req.on('end', () => {
			received.push({ path: req.url ?? '', headers: req.headers, bytes });
			res.writeHead(req.url?.startsWith('/gone/') ? 410 : 201).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(pushPort, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { base: `https://127.0.0.1:${port}`, received, close: () => server.close() };
}

/** Keys a browser would make for a push subscription. */
function browserKeys() {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

// Both tests below listen on the one stand-in port: one after the other.
test.describe.configure({ mode: 'serial' });

test('the push worker sends to a live device and forgets a device answered 410', async ({ request, tempUser }) => {
	const service = await standInPushService();
	const headers = { Authorization: await superuserToken(request) };
	// Any time of day: this person has no quiet hours (equal hours mean none).
	await request.patch(`/api/collections/users/records/${tempUser.id}`, { headers, data: { quietFrom: 12, quietTo: 12 } });
	const device = async (path: string) => {
		const res = await request.post('/api/collections/push_subscriptions/records', {
			headers,
			data: { user: tempUser.id, endpoint: `${service.base}${path}`, ...browserKeys() }
		});
		expect(res.ok(), await res.text()).toBe(true);
		return ((await res.json()) as { id: string }).id;
	};
	const live = await device('/live/phone');
	const gone = await device('/gone/old-tablet');

	// The person presses "Send en prøve" (the same API call the settings page makes).
	const login = await request.post('/api/collections/users/auth-with-password', {
		data: { identity: tempUser.email, password: tempUser.password }
	});
	const token = ((await login.json()) as { token: string }).token;
	const queued = await request.post('/api/sammen/test-push', { headers: { Authorization: token } });
	expect(queued.ok(), await queued.text()).toBe(true);
	const { id } = (await queued.json()) as { id: string };

	const notification = async () =>
		(await (await request.get(`/api/collections/notifications/records/${id}`, { headers })).json()) as { status: string };
	await expect.poll(async () => (await notification()).status, acrossPeople).toBe('sent');

	const toLive = service.received.filter((r) => r.path === '/live/phone');
	expect(toLive).toHaveLength(1);
	expect(toLive[0]?.headers['content-encoding']).toBe('aes128gcm');
	expect(toLive[0]?.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
	expect(toLive[0]?.headers.urgency).toBe('high');
	expect(toLive[0]?.bytes).toBeGreaterThan(0);

	const exists = async (subscription: string) =>
		(await request.get(`/api/collections/push_subscriptions/records/${subscription}`, { headers })).status();
	expect(await exists(gone)).toBe(404);
	expect(await exists(live)).toBe(200);
	service.close();
});

test('the test allowance lets only the stand-in through: another loopback port is refused', async ({ request, tempUser }) => {
	const headers = { Authorization: await superuserToken(request) };
	const { pushPort } = serverInfo();
	for (const endpoint of [`https://127.0.0.1:${pushPort + 1}/live/phone`, `https://localhost:${pushPort}/live/phone`, `https://[::1]:${pushPort}/x`]) {
		const res = await request.post('/api/collections/push_subscriptions/records', {
			headers,
			data: { user: tempUser.id, endpoint, ...browserKeys() }
		});
		expect(res.status(), endpoint).toBe(400);
		expect(((await res.json()) as { data: { endpoint?: { code: string } } }).data.endpoint?.code).toBe('sammen_push_endpoint');
	}
});

test('a push service the worker cannot reach gives the person a plain Danish reason, not a network error', async ({ request, tempUser }) => {
	const headers = { Authorization: await superuserToken(request) };
	await request.patch(`/api/collections/users/records/${tempUser.id}`, { headers, data: { quietFrom: 12, quietTo: 12 } });
	// A public-looking name that does not exist (example.com has no such host).
	const res = await request.post('/api/collections/push_subscriptions/records', {
		headers,
		data: { user: tempUser.id, endpoint: 'https://sammen-ingen-push.example.com/wpush/1', ...browserKeys() }
	});
	expect(res.ok(), await res.text()).toBe(true);
	const login = await request.post('/api/collections/users/auth-with-password', {
		data: { identity: tempUser.email, password: tempUser.password }
	});
	const token = ((await login.json()) as { token: string }).token;
	const { id } = (await (await request.post('/api/sammen/test-push', { headers: { Authorization: token } })).json()) as { id: string };

	// The person reads their own notification (as the app's sync does).
	const own = async () =>
		(await (await request.get(`/api/collections/notifications/records/${id}`, { headers: { Authorization: token } })).json()) as {
			status: string;
			error: string;
			attempts: number;
		};
	await expect.poll(async () => (await own()).attempts, { timeout: 15_000 }).toBe(1);
	const n = await own();
	expect(n.status).toBe('queued');
	expect(n.error).toBe('Vi kunne ikke nå tjenesten, der sender beskeder til din enhed. Vi prøver igen senere.');
});

test('an appointment’s reminder an hour before reaches the learner’s phone through the push worker', async ({ request, tempUser }) => {
	const service = await standInPushService();
	try {
		const headers = { Authorization: await superuserToken(request) };
		await request.patch(`/api/collections/users/records/${tempUser.id}`, { headers, data: { quietFrom: 12, quietTo: 12 } });
		const subscribed = await request.post('/api/collections/push_subscriptions/records', {
			headers,
			data: { user: tempUser.id, endpoint: `${service.base}/live/reminder`, ...browserKeys() }
		});
		expect(subscribed.ok(), await subscribed.text()).toBe(true);
		const mentors = await request.get('/api/collections/users/records', { headers, params: { filter: 'email="karen@sammen.test"' } });
		const karen = ((await mentors.json()) as { items: { id: string }[] }).items[0]!.id;

		// A talk with Karen in 40 minutes (made as superuser: the booking rules have their own tests)
		const start = Date.now() + 40 * 60_000;
		const iso = (ms: number) => new Date(ms).toISOString().replace('T', ' ');
		const slot = await request.post('/api/collections/appointment_slots/records', {
			headers,
			data: { mentor: karen, startsAt: iso(start), endsAt: iso(start + 30 * 60_000), place: 'skole', placeText: 'Lokale 2.14' }
		});
		expect(slot.ok(), await slot.text()).toBe(true);
		const slotId = ((await slot.json()) as { id: string }).id;
		const booked = await request.post('/api/collections/appointments/records', {
			headers,
			data: { slot: slotId, learner: tempUser.id, mentor: karen, status: 'booked' }
		});
		expect(booked.ok(), await booked.text()).toBe(true);
		const appointment = ((await booked.json()) as { id: string }).id;

		// The reminders' clock ticks (the cron runs every 10 minutes; this runs it now)
		const ran = await request.post('/api/sammen/appointment-reminders', { headers, data: { now: new Date().toISOString() } });
		expect(ran.ok(), await ran.text()).toBe(true);

		const reminder = async () => {
			const list = await request.get('/api/collections/notifications/records', {
				headers,
				params: { filter: `user="${tempUser.id}" && tag="aftale-om-en-time-${appointment}"` }
			});
			return ((await list.json()) as { items: { status: string; title: string }[] }).items;
		};
		await expect.poll(async () => (await reminder()).map((n) => n.status), acrossPeople).toEqual(['sent']);
		expect((await reminder())[0]?.title).toMatch(/^Om lidt: jeres aftale kl\. \d{2}\.\d{2}$/);
		const toPhone = service.received.filter((r) => r.path === '/live/reminder');
		expect(toPhone).toHaveLength(1);
		expect(toPhone[0]?.headers['content-encoding']).toBe('aes128gcm');
		expect(toPhone[0]?.headers.urgency).toBe('high');

		await request.delete(`/api/collections/appointment_slots/records/${slotId}`, { headers });
	} finally {
		service.close();
	}
});
