import { describe, expect, it } from 'vitest';
import { birthYearRange, isDateText, isNumberText } from './input-rules';

describe('isDateText', () => {
	it.each(['2026-08-10', '2026-08-10 00:00:00.000Z', '2026-08-10T07:30:00Z', '2026-08-10T07:30:00+02:00', '2028-02-29', '2026-12-01 20:19:32.123Z'])(
		'%s is a date',
		(value) => expect(isDateText(value)).toBe(true)
	);
	it.each([
		'2026-13-45', '2026-02-30', '2027-02-29', '2026-00-10', '2026-08-00', 'yesterday', 'i morgen', '31-12-2026', '10/08/2026',
		'12', '', ' ', '0001-01-01', '1850-01-01', '2300-01-01', '2026-08-10 25:00', '2026-08-10T07:60:00Z', '2026-8-1', '20260810'
	])('%j is not', (value) => expect(isDateText(value)).toBe(false));
	it.each([[1], [1700000000000], [null], [true], [{}], [['2026-08-10']]])('%j (not text) is not', (value) => expect(isDateText(value)).toBe(false));
});

describe('isNumberText', () => {
	it.each([[12], [0], [-3], [2.5], ['12'], ['-3'], ['2.5'], [' 7 ']])('%j is a number', (value) => expect(isNumberText(value)).toBe(true));
	it.each([['abc'], ['19 85'], ['1e5'], ['12kr'], [''], [Number.NaN], [Number.POSITIVE_INFINITY], [true], [null], [[1]]])('%j is not', (value) =>
		expect(isNumberText(value)).toBe(false)
	);
});

it('a birth year makes a person 14 to 100 years old this year', () => {
	expect(birthYearRange(new Date('2026-06-01T00:00:00Z'))).toEqual({ min: 1926, max: 2012 });
});
