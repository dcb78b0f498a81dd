import { browser } from '$app/environment';
import { untrack } from 'svelte';
import { onLogout, session, type User } from '$lib/auth/session.svelte';
import { locale, type Locale } from '$lib/i18n/locale.svelte';
import { sync } from '$lib/sync/engine.svelte';
import {
	changedPreferences,
	defaultPreferences,
	normalizePreferences,
	pickPreferences,
	preferenceKeys,
	type ReadingPreferences
} from './preferences';

/**
 * - device: saved here only, nobody is logged in
 * - saving / waiting: saved here; the account gets it through the sync engine
 *   (waiting = offline for now)
 * - failed: the server refused; `saveError` says why
 */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'device' | 'waiting' | 'failed';

const storageKey = 'sammen-reading';

function readStored(): ReadingPreferences {
	try {
		return normalizePreferences(JSON.parse(localStorage.getItem(storageKey) ?? 'null'));
	} catch {
		return { ...defaultPreferences };
	}
}

function store(value: ReadingPreferences) {
	try {
		localStorage.setItem(storageKey, JSON.stringify(value));
	} catch {
		// Storage full or blocked (private mode): the preferences still work for this visit.
	}
}

/**
 * The reader's text size, font, spacing, background tint and reading ruler. They live on the device
 * (so the login page already looks right) and on the user record (so a new phone
 * gets them after login). Saving to the account goes through the sync engine like
 * every other change, so it works offline and arrives once.
 */
class ReadingPreferencesState {
	current = $state<ReadingPreferences>({ ...defaultPreferences });
	/** Users whose empty fields we already filled from this device (at most once each). */
	#offered = new Set<string>();

	constructor() {
		if (!browser) return;
		this.current = readStored();
		this.apply();
		// Another tab changed them: follow, so all tabs look the same.
		window.addEventListener('storage', (event) => {
			if (event.key !== storageKey) return;
			this.current = readStored();
			this.apply();
		});
	}

	/** The state of saving to the account, from the sync engine's outbox. */
	get saveStatus(): SaveStatus {
		const user = session.user;
		if (!user) return 'device';
		const ops = sync.ops.filter((op) => op.collection === 'users' && op.recordId === user.id);
		if (ops.some((op) => op.state !== 'pending')) return 'failed';
		if (ops.length > 0) return sync.online ? 'saving' : 'waiting';
		return 'saved';
	}

	get saveError(): string | null {
		const user = session.user;
		return sync.ops.find((op) => op.recordId === user?.id && op.error)?.error ?? null;
	}

	/** Puts the preferences on the page. Reads `current`, so an $effect around it follows changes. */
	apply(root?: HTMLElement) {
		if (!browser) return;
		const el = root ?? document.documentElement;
		const { textSize, font, lineSpacing, letterSpacing, tint, readingRuler } = this.current;
		el.dataset.font = font;
		el.dataset.lineSpacing = lineSpacing;
		el.dataset.letterSpacing = letterSpacing;
		el.dataset.tint = tint;
		el.dataset.readingRuler = readingRuler;
		// setProperty is CSSOM, which the Content-Security-Policy allows (no inline style text).
		el.style.setProperty('--text-size', `${textSize}px`);
	}

	/** Changes some preferences: shown at once, saved on the device and on the account. */
	set(partial: Partial<ReadingPreferences>) {
		const changes = changedPreferences(this.current, pickPreferences(partial));
		if (Object.keys(changes).length === 0) return;
		this.current = { ...this.current, ...changes };
		this.apply();
		store(this.current);
		this.#saveToAccount(changes);
	}

	/** Switches the UI language and saves it on the account the same way. */
	setLanguage(next: Locale) {
		locale.set(next);
		this.#saveToAccount({ language: next });
	}

	/**
	 * After login (and whenever the local user record changes): what the user has
	 * stored wins over this device. The local record already holds changes that wait
	 * to be sent, so nothing made offline is undone. Fields the user never set are
	 * filled from this device, once.
	 */
	syncFromUser(user: User | null | undefined) {
		if (!browser || !user) return;
		untrack(() => {
			const stored = pickPreferences(user);
			const changes = changedPreferences(this.current, stored);
			if (Object.keys(changes).length > 0) {
				this.current = { ...this.current, ...changes };
				this.apply();
				store(this.current);
			}
			if (user.language) locale.set(user.language);

			if (this.#offered.has(user.id)) return;
			this.#offered.add(user.id);
			const missing: Record<string, unknown> = {};
			for (const key of preferenceKeys) if (stored[key] === undefined) missing[key] = this.current[key];
			if (!user.language) missing.language = locale.current;
			if (Object.keys(missing).length > 0) this.#saveToAccount(missing);
		});
	}

	/**
	 * Logout on a shared device (a school PC): the device goes back to the plain
	 * defaults, so the next person's login page is not in someone else's look. The
	 * account keeps the user's choices for their next login (nothing is saved here).
	 */
	resetDevice() {
		if (!browser) return;
		this.current = { ...defaultPreferences };
		this.apply();
		store(this.current);
	}

	#saveToAccount(change: Record<string, unknown>) {
		const user = session.user;
		if (!user || !sync.db) return;
		void sync.update('users', user.id, change);
	}
}

export const readingPreferences = new ReadingPreferencesState();
onLogout(() => readingPreferences.resetDevice());
