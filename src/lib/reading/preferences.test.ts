import { describe, expect, it } from 'vitest';
import {
	changedPreferences,
	clampTextSize,
	defaultPreferences,
	normalizePreferences,
	pickPreferences
} from './preferences';

describe('normalizePreferences', () => {
	it('gives the defaults for nothing or garbage', () => {
		expect(normalizePreferences(null)).toEqual(defaultPreferences);
		expect(normalizePreferences('{"textSize":20}')).toEqual(defaultPreferences);
		expect(normalizePreferences({ font: 'comic-sans', tint: 42, lineSpacing: 'huge' })).toEqual(defaultPreferences);
	});

	it('keeps valid values and fills the rest with defaults', () => {
		expect(normalizePreferences({ textSize: 24, font: 'opendyslexic', tint: 'dark' })).toEqual({
			textSize: 24,
			font: 'opendyslexic',
			lineSpacing: 'normal',
			letterSpacing: 'normal',
			tint: 'dark',
			readingRuler: 'off'
		});
	});

	it('ignores fields that are not preferences (role, school)', () => {
		expect(normalizePreferences({ role: 'coordinator', school: 'x' })).not.toHaveProperty('role');
	});

	it('defaults are 18 px, system font, normal spacing, white, no reading ruler', () => {
		expect(defaultPreferences).toEqual({
			textSize: 18,
			font: 'system',
			lineSpacing: 'normal',
			letterSpacing: 'normal',
			tint: 'white',
			readingRuler: 'off'
		});
	});
});

describe('clampTextSize', () => {
	it.each([
		[12, 16],
		[16, 16],
		[20.4, 20],
		[20.6, 21],
		[28, 28],
		[40, 28],
		['22', 22]
	])('%s becomes %s', (input, expected) => {
		expect(clampTextSize(input)).toBe(expected);
	});

	it.each([0, -3, Number.NaN, Infinity, '', 'big', null, undefined])('%s means "not set"', (input) => {
		expect(clampTextSize(input)).toBeUndefined();
	});
});

describe('pickPreferences', () => {
	it('reads a PocketBase user record, where unset fields are "" and 0', () => {
		const user = { id: 'u1', role: 'learner', textSize: 0, font: '', lineSpacing: 'wide', letterSpacing: '', tint: '' };
		expect(pickPreferences(user)).toEqual({ lineSpacing: 'wide' });
	});

	it('keeps every valid option', () => {
		for (const font of ['system', 'atkinson', 'opendyslexic']) expect(pickPreferences({ font })).toEqual({ font });
		for (const tint of ['white', 'cream', 'blue', 'dark']) expect(pickPreferences({ tint })).toEqual({ tint });
		for (const spacing of ['normal', 'wide', 'wider']) {
			expect(pickPreferences({ letterSpacing: spacing })).toEqual({ letterSpacing: spacing });
		}
		for (const readingRuler of ['off', '1', '3', '5']) {
			expect(pickPreferences({ readingRuler })).toEqual({ readingRuler });
		}
	});

	it('drops a reading ruler that is not 1, 3 or 5 lines (or a number instead of its text)', () => {
		expect(pickPreferences({ readingRuler: '2' })).toEqual({});
		expect(pickPreferences({ readingRuler: 3 })).toEqual({});
		expect(pickPreferences({ readingRuler: 'on' })).toEqual({});
	});
});

describe('changedPreferences', () => {
	it('returns only what differs', () => {
		expect(changedPreferences(defaultPreferences, { textSize: 18, tint: 'blue' })).toEqual({ tint: 'blue' });
		expect(changedPreferences(defaultPreferences, {})).toEqual({});
	});
});
