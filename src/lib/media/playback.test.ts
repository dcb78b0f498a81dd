import { describe, expect, it } from 'vitest';
import { clock, lengthOf, nearestRate, playbackRates, rateLabel } from './playback';

describe('playback', () => {
	it('offers 0.75× to 1.5×, labelled in the reader’s language', () => {
		expect([...playbackRates]).toEqual([0.75, 1, 1.25, 1.5]);
		expect(playbackRates.map((r) => rateLabel(r, 'da'))).toEqual(['0,75×', '1×', '1,25×', '1,5×']);
		expect(rateLabel(1.5, 'en')).toBe('1.5×');
	});
	it('keeps a speed within what the player offers', () => {
		expect(nearestRate(2)).toBe(1.5);
		expect(nearestRate(0.5)).toBe(0.75);
		expect(nearestRate(1.2)).toBe(1.25);
	});
	it('clock: minutes and seconds', () => {
		expect(clock(0)).toBe('0:00');
		expect(clock(65.9)).toBe('1:05');
		expect(clock(120)).toBe('2:00');
		expect(clock(-3)).toBe('0:00');
	});
	it('a recording’s length: what we were told, else what the browser found (WebM says Infinity)', () => {
		expect(lengthOf(42, Infinity)).toBe(42);
		expect(lengthOf(0.4, NaN)).toBe(1);
		expect(lengthOf(undefined, 12.5)).toBe(12.5);
		expect(lengthOf(0, Infinity)).toBe(0);
		expect(lengthOf(undefined, NaN)).toBe(0);
	});
});
