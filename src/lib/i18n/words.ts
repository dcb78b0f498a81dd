import { locale, type Locale } from './locale.svelte';

type Word = string | ((...args: never[]) => string);

/**
 * UI words are plain TypeScript, compiled into the bundle: nothing is fetched at run
 * time, and the English text must have exactly the keys (and argument types) of the
 * Danish. Each feature keeps its own words file (words.ts) beside its code.
 *
 * The returned object reads the current locale on every access, so Svelte
 * re-renders when the language changes.
 */
export function defineWords<T extends Record<string, Word>>(dict: {
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

/** All Danish strings of a words dictionary, for the plain-language check. */
export type WordDictionary = Record<Locale, Record<string, Word>>;
