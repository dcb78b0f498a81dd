import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locale.svelte';

/** The speeds a listener can choose: slower for hard words, faster for the gist. */
export const playbackRates = [0.75, 1, 1.25, 1.5] as const;
export type PlaybackRate = (typeof playbackRates)[number];

/** A speed the player allows: the nearest of `playbackRates`. */
export function nearestRate(rate: number): PlaybackRate {
	return playbackRates.reduce((best, r) => (Math.abs(r - rate) < Math.abs(best - rate) ? r : best), 1 as PlaybackRate);
}

/** "1,5×" in Danish, "1.5×" in English. */
export function rateLabel(rate: number, locale: Locale): string {
	return `${formatNumber(rate, locale, { maximumFractionDigits: 2 })}×`;
}

/** "1:05" */
export function clock(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * How long a recording is: the length we were told (a recorded WebM file does not
 * say how long it is), else what the browser found, else unknown (0).
 */
export function lengthOf(toldSeconds: number | undefined, mediaDuration: number): number {
	if (toldSeconds && toldSeconds > 0) return Math.max(toldSeconds, 1);
	return Number.isFinite(mediaDuration) && mediaDuration > 0 ? mediaDuration : 0;
}
