// Login with a one-time code (engangskode), mailed by PocketBase through SMTP to the
// local mail server that global-setup starts (the real mail path).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, failureStatus, newClient, type World } from './fixtures';
import { codeIn, lastMailTo, mailMark } from './mail';

let world: World;
beforeAll(async () => {
	world = await buildWorld();
});

/** Asks for a code as a fresh client and reads it from the mail that came. */
async function requestCode(email: string) {
	const mark = mailMark(); // only a mail sent after this request counts
	const pb = newClient();
	const { otpId } = await pb.collection('users').requestOTP(email);
	const mail = await lastMailTo(email, mark, (m) => codeIn(m) !== '');
	return { pb, otpId, code: codeIn(mail), mail };
}

describe('one-time code login', () => {
	it('the printed six-digit code signs the learner in', async () => {
		const { pb, otpId, code, mail } = await requestCode(world.email('learner'));
		expect(code).toMatch(/^\d{6}$/);
		expect(mail.subject).toBe('Din kode til Sammen');
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
