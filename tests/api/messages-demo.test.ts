// The demo conversations (scripts/demo/messages.mjs): every mentor's caseload is varied in
// "I dag": most learners have written with their mentor, a few have not (so "Ingen kontakt"
// stands out), and every message is between the learner and their current mentor.
// The loading itself (idempotent) is covered by seed.test.ts.
import { describe, expect, it } from 'vitest';
import { conversations } from '../../scripts/demo/messages.mjs';
import { emailFor, emailOf, learners, mentors } from '../../scripts/demo-data.mjs';

const emailOfLearner = (l: (typeof learners)[number]) => ('email' in l && l.email ? String(l.email) : emailFor(l.name));

describe('demo conversations', () => {
	it.each(mentors.map((m) => m.name.split(' ')[0] ?? ''))('%s: most learners in touch, a few not yet', (mentor) => {
		const theirs = learners.filter((l) => l.mentor === mentor).map(emailOfLearner);
		const inTouch = theirs.filter((email) => conversations.some((c) => c.learner === email && c.messages.length > 0));
		expect(theirs.length).toBeGreaterThanOrEqual(10);
		expect(inTouch.length / theirs.length).toBeGreaterThan(0.7);
		expect(theirs.length - inTouch.length).toBeGreaterThanOrEqual(1);
	});

	it('each conversation is between the learner and their mentor, and once per learner', () => {
		const mentorOf = new Map(learners.map((l) => [emailOfLearner(l), emailOf(l.mentor)]));
		expect(new Set(conversations.map((c) => c.learner)).size).toBe(conversations.length);
		for (const c of conversations.filter((c) => c.learner !== 'omar@sammen.test')) {
			for (const m of c.messages) expect([c.learner, mentorOf.get(c.learner)], c.learner).toContain(m.from);
		}
	});
});
