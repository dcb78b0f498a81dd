import { describe, expect, it } from 'vitest';
import { eventClock, eventChange, eventSpan, eventTime, eventTimeText, startsTomorrow } from './events';

describe('events in Copenhagen time', () => {
	it('says when in plain Danish, winter and summer', () => {
		expect(eventTimeText('2031-01-15 16:00:00.000Z')).toBe('onsdag 15. januar kl. 17.00');
		expect(eventTimeText('2031-06-20 07:30:00.000Z')).toBe('fredag 20. juni kl. 09.30');
		expect(eventTimeText('')).toBe('');
	});

	it('knows the day before on Copenhagen calendar', () => {
		expect(startsTomorrow('2031-01-15 16:00:00.000Z', new Date('2031-01-14T08:00:00Z'))).toBe(true);
		expect(startsTomorrow('2031-01-15 16:00:00.000Z', new Date('2031-01-13T23:30:00Z'))).toBe(true); // 00.30 on the 14th there
		expect(startsTomorrow('2031-01-15 16:00:00.000Z', new Date('2031-01-13T22:30:00Z'))).toBe(false);
		expect(startsTomorrow('2031-01-15 16:00:00.000Z', new Date('2031-01-15T08:00:00Z'))).toBe(false);
	});

	it('tells a move of time or place and a cancellation, nothing else', () => {
		const base = { startsAt: '2031-01-15 16:00:00.000Z', endsAt: '', place: 'Kantinen', cancelled: false };
		expect(eventChange(base, { ...base })).toBeNull();
		expect(eventChange(base, { ...base, startsAt: '2031-01-15 16:00:00Z' })).toBeNull();
		expect(eventChange(base, { ...base, place: 'Biblioteket' })).toBe('moved');
		expect(eventChange(base, { ...base, endsAt: '2031-01-15 18:00:00.000Z' })).toBe('moved');
		expect(eventChange(base, { ...base, cancelled: true })).toBe('cancelled');
		expect(eventChange({ ...base, cancelled: true }, { ...base, cancelled: true, place: 'x' })).toBeNull();
	});
});

describe('eventTime', () => {
	it('turns Copenhagen wall-clock time into UTC, winter and summer', () => {
		expect(eventTime('2031-01-15', '17:00')).toBe('2031-01-15 16:00:00.000Z');
		expect(eventTime('2031-06-20', '09:30')).toBe('2031-06-20 07:30:00.000Z');
		// the night of the spring change (30 March 2031): 03:00 is already summer time
		expect(eventTime('2031-03-30', '03:00')).toBe('2031-03-30 01:00:00.000Z');
		expect(eventTime('2031-03-29', '23:00')).toBe('2031-03-29 22:00:00.000Z');
	});

	it('refuses what is not a day or a time', () => {
		expect(eventTime('2031-02-30', '10:00')).toBeNull();
		expect(eventTime('2031-01-15', '25:00')).toBeNull();
		expect(eventTime('', '10:00')).toBeNull();
		expect(eventTime('2031-01-15', '')).toBeNull();
	});
});

describe('eventClock (the form shows what eventTime stored)', () => {
	it('gives the Copenhagen day and time, winter and summer, and back again', () => {
		expect(eventClock('2031-01-15 16:00:00.000Z')).toEqual({ day: '2031-01-15', time: '17:00' });
		expect(eventClock('2031-06-20 22:30:00.000Z')).toEqual({ day: '2031-06-21', time: '00:30' });
		const stored = eventTime('2031-10-26', '18:45');
		expect(stored && eventClock(stored)).toEqual({ day: '2031-10-26', time: '18:45' });
		expect(eventClock('')).toEqual({ day: '', time: '' });
	});
});

describe('eventSpan', () => {
	it('a day and times on Copenhagen’s clock become PocketBase dates; the end may be left out', () => {
		expect(eventSpan('2031-01-15', '17:00', '18:30')).toEqual({ startsAt: '2031-01-15 16:00:00.000Z', endsAt: '2031-01-15 17:30:00.000Z' });
		expect(eventSpan('2031-06-20', '09:30', '')).toEqual({ startsAt: '2031-06-20 07:30:00.000Z', endsAt: '' });
	});
	it('no day, no start or a time that is not real: choose a day and a time', () => {
		for (const [day, from, to] of [['', '17:00', ''], ['2031-01-15', '', ''], ['2031-01-15', '17:00', '25:00']]) {
			expect(eventSpan(day!, from!, to!)).toEqual({ problem: 'needWhen' });
		}
	});
	it('an end before the start is refused; the same time is allowed', () => {
		expect(eventSpan('2031-01-15', '17:00', '16:59')).toEqual({ problem: 'endBeforeStart' });
		expect(eventSpan('2031-01-15', '17:00', '17:00')).toEqual({ startsAt: '2031-01-15 16:00:00.000Z', endsAt: '2031-01-15 16:00:00.000Z' });
	});
});
