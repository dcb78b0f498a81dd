import { locale, type Locale } from './locale.svelte';

type Message = string | ((...args: never[]) => string);

/**
 * Messages are plain TypeScript, compiled into the bundle: nothing is fetched at run
 * time, and the English text must have exactly the keys (and argument types) of the
 * Danish. Each feature keeps its own messages file beside its code.
 *
 * The returned object reads the current locale on every access, so Svelte
 * re-renders when the language changes.
 */
export function defineMessages<T extends Record<string, Message>>(dict: {
	da: T;
	en: { [K in keyof T]: T[K] };
}): T {
	const out = {} as T;
	for (const key of Object.keys(dict.da) as (keyof T)[]) {
		Object.defineProperty(out, key, {
			enumerable: true,
			get: () => dict[locale.current][key]
		});
	}
	return out;
}

/** All Danish strings of a messages dictionary, for the plain-language check. */
export type MessageDictionary = Record<Locale, Record<string, Message>>;
