import type {
	UsersFontOptions,
	UsersLetterSpacingOptions,
	UsersLineSpacingOptions,
	UsersReadingRulerOptions,
	UsersTintOptions
} from '$lib/pb/types.gen';

/** How a person wants text to look. Stored on the device and on their user record. */
export type ReadingPreferences = {
	textSize: number;
	font: UsersFontOptions;
	lineSpacing: UsersLineSpacingOptions;
	letterSpacing: UsersLetterSpacingOptions;
	tint: UsersTintOptions;
	/** A band of 1, 3 or 5 lines that follows the pointer and focus; the rest is dimmed. */
	readingRuler: UsersReadingRulerOptions;
};

export const textSizeMin = 16;
export const textSizeMax = 28;

export const fonts = ['system', 'atkinson', 'opendyslexic'] as const satisfies readonly UsersFontOptions[];
export const spacings = ['normal', 'wide', 'wider'] as const satisfies readonly UsersLineSpacingOptions[];
export const tints = ['white', 'cream', 'blue', 'dark'] as const satisfies readonly UsersTintOptions[];
export const rulers = ['off', '1', '3', '5'] as const satisfies readonly UsersReadingRulerOptions[];

export const defaultPreferences: Readonly<ReadingPreferences> = Object.freeze({
	textSize: 18,
	font: 'system',
	lineSpacing: 'normal',
	letterSpacing: 'normal',
	tint: 'white',
	readingRuler: 'off'
});

export const preferenceKeys = Object.keys(defaultPreferences) as (keyof ReadingPreferences)[];

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
	return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * A size in whole pixels inside the allowed range. 0, empty or garbage mean "not set"
 * (PocketBase stores an unset number as 0), so they give undefined, not the minimum.
 */
export function clampTextSize(value: unknown): number | undefined {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return undefined;
	return Math.min(textSizeMax, Math.max(textSizeMin, Math.round(n)));
}

/**
 * Only the valid preferences found in `input` (localStorage, a user record, a form).
 * Anything missing or wrong is left out, so the caller decides what wins instead.
 */
export function pickPreferences(input: unknown): Partial<ReadingPreferences> {
	if (typeof input !== 'object' || input === null) return {};
	const source = input as Record<string, unknown>;
	const out: Partial<ReadingPreferences> = {};
	const textSize = clampTextSize(source.textSize);
	if (textSize !== undefined) out.textSize = textSize;
	const font = oneOf(fonts, source.font);
	if (font) out.font = font;
	const lineSpacing = oneOf(spacings, source.lineSpacing);
	if (lineSpacing) out.lineSpacing = lineSpacing;
	const letterSpacing = oneOf(spacings, source.letterSpacing);
	if (letterSpacing) out.letterSpacing = letterSpacing;
	const tint = oneOf(tints, source.tint);
	if (tint) out.tint = tint;
	const readingRuler = oneOf(rulers, source.readingRuler);
	if (readingRuler) out.readingRuler = readingRuler;
	return out;
}

/** A complete, valid set of preferences: what `input` got right, defaults for the rest. */
export function normalizePreferences(input: unknown): ReadingPreferences {
	return { ...defaultPreferences, ...pickPreferences(input) };
}

/** The keys of `next` whose values differ from `current`, with the new values. */
export function changedPreferences(
	current: ReadingPreferences,
	next: Partial<ReadingPreferences>
): Partial<ReadingPreferences> {
	const out: Record<string, unknown> = {};
	for (const key of preferenceKeys) {
		if (next[key] !== undefined && next[key] !== current[key]) out[key] = next[key];
	}
	return out as Partial<ReadingPreferences>;
}
