import { pb } from '$lib/pb/client';
import type { UsersResponse } from '$lib/pb/types.gen';
import { homeOf, type Role } from './roles';

export type User = UsersResponse;

/**
 * Who is logged in. The SDK keeps the token in localStorage; this class mirrors it
 * as runes so the whole app reacts when someone logs in or out.
 */
class Session {
	user = $state<User | null>(pb.authStore.record as User | null);
	#logouts = 0;

	constructor() {
		pb.authStore.onChange((_token, record) => {
			this.user = (record as User | null) ?? null;
		});
	}

	get loggedIn(): boolean {
		return this.user !== null;
	}

	get role(): Role | null {
		return (this.user?.role as Role | undefined) ?? null;
	}

	get home(): string {
		return this.role ? homeOf[this.role] : '/log-ind';
	}

	async loginWithPassword(email: string, password: string) {
		await pb.collection('users').authWithPassword(email.trim(), password);
	}

	/** Sends a one-time code by e-mail; returns the id the code must be used with. */
	async requestCode(email: string): Promise<string> {
		const { otpId } = await pb.collection('users').requestOTP(email.trim());
		return otpId;
	}

	async loginWithCode(otpId: string, code: string) {
		await pb.collection('users').authWithOTP(otpId, code.replace(/\s/g, ''));
	}

	/**
	 * Refreshes the token and the user record when online. Offline, the stored
	 * session is kept as it is, so the app still opens on the bus.
	 */
	async refresh() {
		if (!pb.authStore.isValid || !navigator.onLine) return;
		const logoutsBefore = this.#logouts;
		try {
			await pb.collection('users').authRefresh({ requestKey: REFRESH_KEY });
			// A slow refresh that answers after "Log ud" would save the token again.
			if (this.#logouts !== logoutsBefore) pb.authStore.clear();
		} catch (error) {
			const status = (error as { status?: number }).status;
			if (status === 401 || status === 403 || status === 404) pb.authStore.clear();
		}
	}

	/** Logs out and clears what this person left on the device. */
	async logout() {
		this.#logouts++;
		pb.cancelRequest(REFRESH_KEY);
		for (const hook of logoutHooks) await hook();
		pb.authStore.clear();
	}

}

const REFRESH_KEY = 'session-refresh';

const logoutHooks: Array<() => void | Promise<void>> = [];

/** Parts that keep personal data on the device register how to wipe it. */
export function onLogout(hook: () => void | Promise<void>) {
	logoutHooks.push(hook);
}

export const session = new Session();
