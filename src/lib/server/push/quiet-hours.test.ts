import { describe, expect, it } from 'vitest';
import { copenhagenHour, decide, endOfQuietHours, inQuietHours } from './quiet-hours';

// 2026-11-22 is winter time: Copenhagen = UTC+1.
const at = (utcHour: number) => new Date(Date.UTC(2026, 10, 22, utcHour, 15));

describe('quiet hours', () => {
	it('reads the hour in Copenhagen, not UTC', () => {
		expect(copenhagenHour(at(20))).toBe(21);
	});
	it('wraps midnight for 21 → 7', () => {
		expect(inQuietHours(22, 21, 7)).toBe(true);
		expect(inQuietHours(3, 21, 7)).toBe(true);
		expect(inQuietHours(7, 21, 7)).toBe(false);
		expect(inQuietHours(12, 21, 7)).toBe(false);
	});
	it('equal hours mean no quiet hours', () => {
		expect(inQuietHours(3, 8, 8)).toBe(false);
	});
	it('ends at 07:00 Copenhagen time the next morning', () => {
		expect(endOfQuietHours(at(21), 7).toISOString()).toBe('2026-11-23T06:00:00.000Z');
	});
});

describe('decide', () => {
	it('sends in the day time', () => {
		expect(decide('normal', {}, at(10))).toEqual({ action: 'send' });
	});
	it('lets important ones wait till morning, and skips normal ones at night', () => {
		expect(decide('important', {}, at(22))).toEqual({ action: 'wait', until: new Date('2026-11-23T06:00:00.000Z') });
		expect(decide('normal', {}, at(22)).action).toBe('skip');
	});
	it('follows the level', () => {
		expect(decide('important', { notifyLevel: 'none' }, at(10)).action).toBe('skip');
		expect(decide('normal', { notifyLevel: 'important' }, at(10)).action).toBe('skip');
		expect(decide('important', { notifyLevel: 'important' }, at(10)).action).toBe('send');
	});
	it('uses the user’s own quiet hours', () => {
		expect(decide('normal', { quietFrom: 9, quietTo: 12 }, at(10)).action).toBe('skip');
		expect(decide('normal', { quietFrom: 22, quietTo: 6 }, at(20)).action).toBe('send');
	});
});
