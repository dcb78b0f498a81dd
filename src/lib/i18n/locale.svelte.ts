import { browser } from '$app/environment';

export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];

const storageKey = 'sammen-locale';

function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The UI language. Danish first; English as second language. */
class LocaleState {
	current = $state<Locale>('da');

	constructor() {
		if (browser) {
			const stored = localStorage.getItem(storageKey);
			if (isLocale(stored)) this.current = stored;
			document.documentElement.lang = this.current;
		}
	}

	set(next: Locale | string | undefined | null) {
		if (!isLocale(next) || next === this.current) return;
		this.current = next;
		if (browser) {
			localStorage.setItem(storageKey, next);
			document.documentElement.lang = next;
		}
	}
}

export const locale = new LocaleState();
