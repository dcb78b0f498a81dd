import { describe, expect, it } from 'vitest';
import {
	EDIT_WINDOW_MINUTES,
	looksPrivate,
	looksPrivateInAny,
	networkDisplayName,
	newMemberLimitMessage,
	NEW_MEMBER_DAYS,
	NEW_MEMBER_POSTS_PER_DAY,
	postingAllowance,
	withinEditWindow
} from './network';

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

describe('looks private in any field', () => {
	it('checks each field alone and names each kind once', () => {
		expect(looksPrivateInAny(['Mød os', 'ring 20 30 40 50', 'eller a@b.dk, 20304050'])).toEqual(['phone', 'email']);
		// digits at the end of one field and the start of the next never make a number
		expect(looksPrivateInAny(['Lokale 1203', '85 1234'])).toEqual([]);
	});
});

describe('posting limits for new members', () => {
	const now = new Date('2026-12-05T12:00:00Z');
	const hoursAgo = (h: number) => new Date(+now - h * 3600_000).toISOString().replace('T', ' ');
	const joinedToday = hoursAgo(2);

	it(`a new learner writes ${NEW_MEMBER_POSTS_PER_DAY} in 24 hours, then waits until the oldest is a day old`, () => {
		expect(postingAllowance('learner', joinedToday, [], now)).toEqual({ limited: true, left: NEW_MEMBER_POSTS_PER_DAY, nextAt: null });
		const written = [hoursAgo(30), hoursAgo(20), hoursAgo(5), hoursAgo(4), hoursAgo(3), hoursAgo(1)];
		const full = postingAllowance('learner', hoursAgo(40), written, now);
		expect(full.left).toBe(0);
		// the one of 20 hours ago (the oldest within the day) frees a place in 4 hours
		expect(full.nextAt).toBe(+now + 4 * 3600_000);
		expect(postingAllowance('learner', hoursAgo(40), written.slice(0, 4), now).left).toBe(NEW_MEMBER_POSTS_PER_DAY - 3);
	});

	it(`after ${NEW_MEMBER_DAYS} days, and for staff, there is no limit`, () => {
		const many = Array.from({ length: 20 }, (_, i) => hoursAgo(i / 10));
		expect(postingAllowance('learner', hoursAgo(NEW_MEMBER_DAYS * 24 + 1), many, now).limited).toBe(false);
		for (const role of ['mentor', 'teacher', 'coordinator']) expect(postingAllowance(role, joinedToday, many, now).limited).toBe(false);
	});

	it('says in Danish when they can write again, on Copenhagen time', () => {
		// 12:00Z + 4 h = 16:00Z = 17.00 in Copenhagen (winter)
		expect(newMemberLimitMessage(+now + 4 * 3600_000, now)).toMatch(/Du kan skrive igen kl\. 17\.00\.$/);
		expect(newMemberLimitMessage(+now + 23 * 3600_000, now)).toMatch(/i morgen kl\. 12\.00\.$/);
		expect(newMemberLimitMessage(null, now)).toBe(`Som ny i fællesskabet kan du skrive ${NEW_MEMBER_POSTS_PER_DAY} opslag og svar i døgnet de første ${NEW_MEMBER_DAYS} dage.`);
	});
});
