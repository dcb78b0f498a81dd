// Rate limits: guessing passwords is slowed to 10 tries a minute per client, and
// clients are told apart by X-Forwarded-For (set by Sammen's Node server).
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, buildWorld, failureStatus, newClient, nextFakeIp, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

describe('rate limits', () => {
	it('are enabled, with an auth rule of 10 a minute, and X-Forwarded-For is trusted', async () => {
		const settings = await world.su.settings.getAll();
		expect(settings.rateLimits.enabled).toBe(true);
		expect(settings.rateLimits.rules).toContainEqual(
			expect.objectContaining({ label: '*:auth', maxRequests: 10, duration: 60 })
		);
		expect(settings.trustedProxy.headers).toContain('X-Forwarded-For');
	});

	it('the 11th failed login within a minute from one client gets 429; another client still gets in', async () => {
		const guesser = newClient(nextFakeIp());
		const email = world.email('learner');
		const statuses: number[] = [];
		for (let attempt = 1; attempt <= 11; attempt++) {
			statuses.push(await failureStatus(guesser.collection('users').authWithPassword(email, `wrong-${attempt}`)));
		}
		expect(statuses).toEqual([...Array(10).fill(400), 429]);

		// even the right password is refused from the blocked client for now
		expect(await failureStatus(guesser.collection('users').authWithPassword(email, PASSWORD))).toBe(429);

		const someoneElse = newClient(nextFakeIp());
		const auth = await someoneElse.collection('users').authWithPassword(email, PASSWORD);
		expect(auth.record.id).toBe(world.users.learner.id);
	});
});
