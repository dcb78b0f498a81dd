import { saveOwnProfile } from '$lib/auth/profile';
import { locale, type Locale } from './locale.svelte';

/** Switches the UI language and remembers it on the person, for every device. */
export function changeLanguage(next: Locale) {
	locale.set(next);
	void saveOwnProfile({ language: next });
}
