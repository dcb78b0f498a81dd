// Login with a one-time code (engangskode). With SAMMEN_DEV_MAIL=1 the code is
// printed by PocketBase instead of mailed; global-setup collects that output in a file.
import { readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildWorld, failureStatus, newClient, type World } from './fixtures';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

/** Asks for a code as a fresh client and reads it from PocketBase's output. */
async function requestCode(email: string) {
	const outputFile = inject('pbOutputFile');
	const alreadyPrinted = statSync(outputFile).size; // only a code printed after this request counts
	const pb = newClient();
	const { otpId } = await pb.collection('users').requestOTP(email);
	const line = new RegExp(`\\[sammen\\] engangskode for ${email.replace(/[.+]/g, '\\$&')}: (\\d+)`);
	for (let waited = 0; waited < 30_000; waited += 50) {
		const code = readFileSync(outputFile).subarray(alreadyPrinted).toString('utf8').match(line)?.[1];
		if (code) return { pb, otpId, code };
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`PocketBase printed no one-time code for ${email}`);
}

describe('one-time code login', () => {
	it('the printed six-digit code signs the learner in', async () => {
		const { pb, otpId, code } = await requestCode(world.email('learner'));
		expect(code).toMatch(/^\d{6}$/);
		const auth = await pb.collection('users').authWithOTP(otpId, code);
		expect(auth.record.id).toBe(world.users.learner.id);
		expect(pb.authStore.isValid).toBe(true);
	});

	it('a wrong code is refused', async () => {
		const { pb, otpId, code } = await requestCode(world.email('mentor'));
		const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
		expect(await failureStatus(pb.collection('users').authWithOTP(otpId, wrong))).toBe(400);
		expect(pb.authStore.isValid).toBe(false);
	});

	it("a code cannot be used with another request's id", async () => {
		const first = await requestCode(world.email('teacher'));
		const second = await requestCode(world.email('coordinator'));
		expect(await failureStatus(second.pb.collection('users').authWithOTP(second.otpId, first.code))).toBe(400);
	});
});
