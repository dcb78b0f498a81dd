// The push worker: consumes the `notifications` outbox that PocketBase hooks write
// to, sends each one with web-push to the user's devices, and records the outcome.
// Realtime brings new rows at once; a poll catches up after restarts and retries.
import { readFileSync } from 'node:fs';
import { EventSource } from 'eventsource';
import PocketBase, { ClientResponseError } from 'pocketbase';
import webpush, { WebPushError } from 'web-push';
import type { TypedPocketBase } from '$lib/pb/types.gen';
import type { NotificationsResponse } from '$lib/pb/types.gen';
import { pushEndpointProblem, testPushOrigin } from '$lib/domain/push-endpoint';
import { publicOnlyAgent, RefusedAddressError } from './public-agent';
import { decide } from './quiet-hours';
import { pbDate } from '$lib/domain/time';

export type PushWorkerConfig = {
	pbUrl: string;
	superuser: { email: string; password: string };
	vapid: { publicKey: string; privateKey: string; subject: string };
	/** Extra trusted CA (PEM file) for a private push service, e.g. the test stand-in. */
	caFile?: string;
	/**
	 * Test harness only: the one loopback origin of its stand-in push service
	 * (`SAMMEN_TEST_PUSH_ORIGIN`); `npm start` refuses to run with it set.
	 */
	testPushOrigin?: string;
	pollMs?: number;
	log?: (message: string) => void;
};

const maxAttempts = 6;

/**
 * What the person reads in their notification's status: plain Danish, never a raw
 * network error (that would tell a curious user about our network).
 */
export const pushReasons = {
	noDevices: 'Ingen af dine enheder har slået beskeder til.',
	refusedEndpoint: 'Din enhed gav en adresse til beskeder, som Sammen ikke sender til. Slå beskeder til igen under Indstillinger.',
	refusedAddress: 'Adressen til beskeder peger ikke ud på internettet, så Sammen sender ikke dertil.',
	unreachable: 'Vi kunne ikke nå tjenesten, der sender beskeder til din enhed. Vi prøver igen senere.',
	answered: (status: number) => `Tjenesten, der sender beskeder til din enhed, svarede med fejl ${status}. Vi prøver igen senere.`
};

/** 30 s, 1 min, 2 min … up to an hour. */
export function retryDelayMs(attempts: number): number {
	return Math.min(3600_000, 30_000 * 2 ** attempts);
}

/** Push topics (which replace each other in the push service) allow only [A-Za-z0-9_-], max 32. */
function topicOf(tag: string): string | undefined {
	const clean = tag.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32);
	return clean || undefined;
}


export function startPushWorker(config: PushWorkerConfig) {
	const log = config.log ?? ((message) => console.log(`[push] ${message}`));
	// The SDK's realtime needs EventSource, which Node 20 does not have.
	(globalThis as { EventSource?: unknown }).EventSource ??= EventSource;
	webpush.setVapidDetails(config.vapid.subject, config.vapid.publicKey, config.vapid.privateKey);
	const testOrigin = testPushOrigin(config.testPushOrigin);
	if (testOrigin) log(`TEST ONLY: pushes to ${testOrigin} are allowed`);
	const agent = publicOnlyAgent({ ca: config.caFile ? readFileSync(config.caFile) : undefined, testOrigin });

	const pb = new PocketBase(config.pbUrl) as TypedPocketBase;
	pb.autoCancellation(false);
	const busy = new Set<string>();
	let timer: ReturnType<typeof setInterval> | null = null;
	let stopped = false;

	async function login() {
		await pb.collection('_superusers').authWithPassword(config.superuser.email, config.superuser.password);
	}

	/** Runs a call as superuser, logging in again when the token has expired. */
	async function asSuperuser<T>(call: () => Promise<T>): Promise<T> {
		if (!pb.authStore.isValid) await login();
		try {
			return await call();
		} catch (error) {
			if (error instanceof ClientResponseError && error.status === 401) {
				await login();
				return call();
			}
			throw error;
		}
	}

	async function process(n: NotificationsResponse) {
		if (busy.has(n.id) || n.status !== 'queued') return;
		if (n.nextAttemptAt && new Date(n.nextAttemptAt.replace(' ', 'T')) > new Date()) return;
		busy.add(n.id);
		try {
			await deliver(n);
		} catch (error) {
			log(`notification ${n.id}: ${(error as Error).message}`);
		} finally {
			busy.delete(n.id);
		}
	}

	async function deliver(n: NotificationsResponse) {
		const notifications = pb.collection('notifications');
		const user = await asSuperuser(() => pb.collection('users').getOne(n.user));
		const decision = decide(n.importance, user);
		if (decision.action === 'skip') {
			await asSuperuser(() => notifications.update(n.id, { status: 'skipped', error: decision.reason }));
			return;
		}
		if (decision.action === 'wait') {
			await asSuperuser(() => notifications.update(n.id, { nextAttemptAt: pbDate(decision.until) }));
			return;
		}
		const devices = await asSuperuser(() =>
			pb.collection('push_subscriptions').getFullList({ filter: pb.filter('user = {:user}', { user: n.user }) })
		);
		if (devices.length === 0) {
			await asSuperuser(() => notifications.update(n.id, { status: 'skipped', error: pushReasons.noDevices }));
			return;
		}
		const payload = JSON.stringify({ title: n.title, body: n.body, url: n.url || '/', tag: n.tag });
		let delivered = 0;
		let lastError = '';
		let refused = false;
		for (const device of devices) {
			if (pushEndpointProblem(device.endpoint, testOrigin)) {
				// Saved before the rule, or past it some other way: never connect, forget it.
				await asSuperuser(() => pb.collection('push_subscriptions').delete(device.id));
				log(`removed subscription ${device.id}: endpoint not allowed`);
				refused = true;
				continue;
			}
			try {
				await webpush.sendNotification(
					{ endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
					payload,
					{
						TTL: 24 * 3600,
						urgency: n.importance === 'important' ? 'high' : 'normal',
						topic: n.tag ? topicOf(n.tag) : undefined,
						agent,
						timeout: 15_000
					}
				);
				delivered += 1;
			} catch (error) {
				const status = error instanceof WebPushError ? error.statusCode : 0;
				if (status === 404 || status === 410) {
					// The browser dropped this subscription: forget the device.
					await asSuperuser(() => pb.collection('push_subscriptions').delete(device.id));
					log(`removed expired subscription ${device.id} (${status})`);
				} else {
					log(`device ${device.id}: ${status || ''} ${(error as Error).message}`);
					lastError =
						error instanceof RefusedAddressError
							? pushReasons.refusedAddress
							: status
								? pushReasons.answered(status)
								: pushReasons.unreachable;
				}
			}
		}
		if (delivered > 0) {
			await asSuperuser(() => notifications.update(n.id, { status: 'sent', sentAt: pbDate(new Date()), error: '' }));
		} else if (!lastError) {
			const error = refused ? pushReasons.refusedEndpoint : pushReasons.noDevices;
			await asSuperuser(() => notifications.update(n.id, { status: 'skipped', error }));
		} else {
			const attempts = (n.attempts ?? 0) + 1;
			await asSuperuser(() =>
				notifications.update(n.id, {
					attempts,
					error: lastError,
					...(attempts >= maxAttempts
						? { status: 'failed' }
						: { nextAttemptAt: pbDate(new Date(Date.now() + retryDelayMs(attempts))) })
				})
			);
		}
	}

	/** Everything queued and due: after a restart, and for retries and morning sends. */
	async function catchUp() {
		const due = await asSuperuser(() =>
			pb.collection('notifications').getFullList({
				filter: pb.filter('status = "queued" && (nextAttemptAt = "" || nextAttemptAt <= {:now})', {
					now: pbDate(new Date())
				}),
				sort: 'created'
			})
		);
		for (const n of due) await process(n);
	}

	async function start() {
		for (let attempt = 0; !stopped; attempt++) {
			try {
				await login();
				await pb
					.collection('notifications')
					.subscribe('*', (event) => event.action === 'create' && void process(event.record));
				break;
			} catch (error) {
				log(`waiting for PocketBase: ${(error as Error).message}`);
				await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * 2 ** attempt)));
			}
		}
		if (stopped) return;
		log('started');
		await catchUp().catch((error) => log(`catch-up failed: ${(error as Error).message}`));
		timer = setInterval(() => void catchUp().catch(() => undefined), config.pollMs ?? 30_000);
	}

	void start();
	return {
		catchUp,
		stop() {
			stopped = true;
			if (timer) clearInterval(timer);
			void pb.realtime.unsubscribe().catch(() => undefined);
		}
	};
}
