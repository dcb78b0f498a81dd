// Push endpoints (issue 11): a subscription may only name a push service on the public
// internet, so the push worker (superuser, inside our network) is never pointed at
// loopback, a private net or a local name. The rule is src/lib/domain/push-endpoint.ts
// (unit-tested case by case); here it holds through the API, for every writer.
// This PocketBase runs without SAMMEN_TEST_PUSH_ORIGIN, so loopback is refused too.
import { ClientResponseError } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { friendlyError } from '../../src/lib/pb/errors';
import { buildWorld, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

const keys = { p256dh: 'BKey', auth: 'secret' };
const refused = [
	'https://127.0.0.1:45123/live/phone',
	'https://[::1]/x',
	'https://[::ffff:127.0.0.1]/x',
	'https://2130706433/x',
	'https://0x7f.1/x',
	'https://0/x',
	'https://10.0.0.5/x',
	'https://169.254.169.254/latest/meta-data/',
	'https://localhost:8090/api/',
	'https://pocketbase.internal/x',
	'https://printer.local/x',
	'http://fcm.googleapis.com/fcm/send/x',
	'ftp://fcm.googleapis.com/x',
	'https://fcm.googleapis.com@127.0.0.1/x',
	'https://fcm.googleapis.com:8090/x'
];

async function refusal(request: Promise<unknown>): Promise<ClientResponseError> {
	const error = await request.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ClientResponseError);
	return error as ClientResponseError;
}

describe('push_subscriptions.endpoint', () => {
	it.each(refused)('refuses %s on create, with a Danish reason, and stores nothing', async (endpoint) => {
		const learner = await world.as('learner');
		const error = await refusal(learner.collection('push_subscriptions').create({ user: world.users.learner.id, endpoint, ...keys }));
		expect(error.status).toBe(400);
		expect(error.response.data.endpoint?.code).toBe('sammen_push_endpoint');
		expect(friendlyError(error).fields.endpoint).toBe('Sammen sender kun beskeder til en push-tjeneste på internettet.');
		expect(error.response.message).toBe('Sammen kan ikke sende beskeder til den adresse.');
		expect(await world.count('push_subscriptions', 'endpoint = {:e}', { e: endpoint })).toBe(0);
	});

	it('refuses changing a saved device to a loopback endpoint', async () => {
		const learner = await world.as('learner');
		const good = `https://fcm.googleapis.com/fcm/send/${world.tag}-moved`;
		const sub = await learner.collection('push_subscriptions').create({ user: world.users.learner.id, endpoint: good, ...keys });
		world.cleanUp('push_subscriptions', sub.id);
		const error = await refusal(learner.collection('push_subscriptions').update(sub.id, { endpoint: 'https://127.0.0.1:3000/' }));
		expect(error.status).toBe(400);
		expect((await world.reread('push_subscriptions', sub.id)).endpoint).toBe(good);
	});

	it('holds for a superuser too (the push worker trusts no writer)', async () => {
		const endpoint = 'https://127.0.0.1:45123/live/phone';
		const error = await refusal(world.su.collection('push_subscriptions').create({ user: world.users.learner.id, endpoint, ...keys }));
		expect(error.status).toBe(400);
		expect(await world.count('push_subscriptions', 'endpoint = {:e}', { e: endpoint })).toBe(0);
	});

	it('accepts the push services browsers use', async () => {
		const learner = await world.as('learner');
		for (const host of ['fcm.googleapis.com/fcm/send', 'updates.push.services.mozilla.com/wpush/v2', 'web.push.apple.com']) {
			const sub = await learner
				.collection('push_subscriptions')
				.create({ user: world.users.learner.id, endpoint: `https://${host}/${world.tag}`, ...keys });
			world.cleanUp('push_subscriptions', sub.id);
		}
	});
});
