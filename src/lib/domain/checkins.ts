// Hvordan går det? (issue 15): the week a check-in belongs to, when the weekly question
// may be asked, and the signal "I dag" shows. In the kernel, so the hooks (the weekly
// prompt, the check of a check-in's week) and the app (the page, "I dag") say the same.
import { inQuietHours, quietHoursOf } from './quiet-hours';
import { copenhagenDay, copenhagenHour, dayNumber } from './time';

/** An ISO week, "2026-W49". */
export type Week = string;

/** The ISO week (Monday first; week 1 holds the year's first Thursday) of a calendar day. */
export function isoWeekOfDay(day: string): Week {
	const n = dayNumber(day);
	// 1970-01-01 was a Thursday: Monday = 1 … Sunday = 7
	const weekday = ((((n + 3) % 7) + 7) % 7) + 1;
	const thursday = n - weekday + 4;
	const year = new Date(thursday * 86_400_000).getUTCFullYear();
	const firstJan = dayNumber(`${year}-01-01`);
	const week = Math.floor((thursday - firstJan) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week in Copenhagen at `time`. */
export function copenhagenWeek(time: Date | number = new Date()): Week {
	return isoWeekOfDay(copenhagenDay(time));
}

/** The weekday in Copenhagen at `time`: 1 = Monday … 7 = Sunday (as `users.checkinDay`). */
export function copenhagenWeekday(time: Date | number = new Date()): number {
	const n = dayNumber(copenhagenDay(time));
	return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Whether `week` is a real ISO week text ("2026-W53" only in years that have one). */
export function isWeekText(week: string): boolean {
	const m = /^(\d{4})-W(\d{2})$/.exec(week);
	if (!m) return false;
	const w = Number(m[2]);
	if (w < 1) return false;
	// 28 December is always in the year's last week
	return w <= Number(isoWeekOfDay(`${m[1]}-12-28`).slice(6));
}

/** The earliest hour (Copenhagen) the weekly question is asked: a calm time of day. */
export const CHECKIN_PROMPT_FROM_HOUR = 10;

/**
 * Whether the weekly question may be pushed now: it is the learner's chosen day, from
 * 10 o'clock, and not in their quiet hours (a normal push in quiet hours would be
 * skipped by the worker, so the question waits for the next run instead).
 */
export function checkinPromptDue(
	now: Date | number,
	user: { checkinDay?: number | null; quietFrom?: number | null; quietTo?: number | null }
): boolean {
	if (!user.checkinDay) return false;
	if (copenhagenWeekday(now) !== user.checkinDay) return false;
	const hour = copenhagenHour(now);
	if (hour < CHECKIN_PROMPT_FROM_HOUR) return false;
	const [from, to] = quietHoursOf(user);
	return !inQuietHours(hour, from, to);
}

/** Mood 1–5: 1 = "Meget svært" … 5 = "Rigtig godt". */
export type Mood = 1 | 2 | 3 | 4 | 5;
/** At or below this a single answer is a signal. */
export const LOW_MOOD = 2;

export type CheckinSignal = { kind: 'low'; reason: 'low-mood' | 'falling'; week: Week; mood: number } | null;

/**
 * The signal of a learner's check-ins (any order): "low" when the newest mood is 2 or
 * less, or when it fell twice in a row (the last three each lower than the one before,
 * e.g. 5 → 4 → 3). Only the newest answer counts: a low week followed by a better one is
 * no signal any more.
 */
export function checkinSignal(checkins: readonly { week: string; mood: number }[]): CheckinSignal {
	const sorted = [...checkins].filter((c) => c.mood >= 1).sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
	const last = sorted[sorted.length - 1];
	if (!last) return null;
	if (last.mood <= LOW_MOOD) return { kind: 'low', reason: 'low-mood', week: last.week, mood: last.mood };
	const [a, b] = [sorted[sorted.length - 3], sorted[sorted.length - 2]];
	if (a && b && a.mood > b.mood && b.mood > last.mood) return { kind: 'low', reason: 'falling', week: last.week, mood: last.mood };
	return null;
}

/** Whether one answer is low on its own (the learner is offered help at once). */
export function isLowMood(mood: number): boolean {
	return mood >= 1 && mood <= LOW_MOOD;
}
