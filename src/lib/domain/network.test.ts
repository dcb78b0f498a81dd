import { describe, expect, it } from 'vitest';
import { EDIT_WINDOW_MINUTES, looksPrivate, networkDisplayName, withinEditWindow } from './network';

describe('the edit window', () => {
	const created = '2026-11-22 10:00:00.000Z';
	it('is open for 15 minutes after writing, then closed', () => {
		expect(EDIT_WINDOW_MINUTES).toBe(15);
		expect(withinEditWindow(created, new Date('2026-11-22T10:14:59Z'))).toBe(true);
		expect(withinEditWindow(created, new Date('2026-11-22T10:15:00Z'))).toBe(false);
		expect(withinEditWindow('', new Date('2026-11-22T10:00:00Z'))).toBe(false);
	});
});

describe('the network name', () => {
	it.each([
		['Lisbeth Møller', 'Lisbeth M.'],
		['  Jonas Peter  østergaard ', 'Jonas Ø.'],
		['Sarah', 'Sarah'],
		['', '']
	])('%s → %s', (name, shown) => expect(networkDisplayName(name)).toBe(shown));
});

describe('looks like private data', () => {
	it.each([
		['Mit cpr er 120385-1234', ['cpr']],
		['1203851234', ['cpr']],
		['Ring på 20 30 40 50', ['phone']],
		['tlf +45 20304050', ['phone']],
		['skriv til lisbeth@example.dk', ['email']],
		['120385-1234 eller 20304050', ['cpr', 'phone']]
	] as const)('%s', (text, kinds) => expect(looksPrivate(text)).toEqual(kinds));

	it.each(['Vi ses kl. 14.30 i hal 3', 'Jeg er 45 år og har 2 børn', 'Prøven er 12. juni 2026', 'Hold 2026-3'])(
		'not: %s',
		(text) => expect(looksPrivate(text)).toEqual([])
	);
});
