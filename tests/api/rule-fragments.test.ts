// The access-rule fragments every migration uses (pocketbase/pb_hooks/lib/rules.js).
// A fresh database runs every released migration again, so a fragment's text must never
// change: this pins each one. A new rule is a new fragment and a new migration.
// Migrations load the file with require(`${__hooks}/lib/rules.js`) (PocketBase gives JS
// migrations `require` and `__hooks`); this also keeps copies from creeping back in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const pbDir = join(import.meta.dirname, '../../pocketbase');
// plain CommonJS for PocketBase's engine (the repo's .js files are ES modules to Node)
type Fragments = {
	SIGNED_IN: string;
	inMySchool(field?: string): string;
	current(path: string): string;
	myCurrentLearner(who: string): string;
	myCurrentMentor(who: string): string;
	mentorOfRecordLearner(field: string): string;
	mentorOfLearner(who: string): string;
	teacherOf(who: string): string;
	coordinatorOf(field: string): string;
	unchanged(names: string[]): string;
	notInBody(names: string[]): string;
};
const R = (() => {
	const module = { exports: {} as Fragments };
	runInNewContext(readFileSync(join(pbDir, 'pb_hooks/lib/rules.js'), 'utf8'), { module });
	return module.exports;
})();
const migrations = readdirSync(join(pbDir, 'pb_migrations')).filter((f) => f.endsWith('.js'));

describe('rule fragments', () => {
	it('say the same as when the released migrations used them', () => {
		expect(R.inMySchool()).toBe('school = @request.auth.school');
		expect(R.current('x')).toBe('(x.end ?= "" || x.end ?> @now)');
		expect(R.myCurrentLearner('id')).toBe(
			'@request.auth.mentorships_via_mentor.learner ?= id && (@request.auth.mentorships_via_mentor.end ?= "" || @request.auth.mentorships_via_mentor.end ?> @now)'
		);
		expect(R.myCurrentMentor('id')).toBe(
			'@request.auth.mentorships_via_learner.mentor ?= id && (@request.auth.mentorships_via_learner.end ?= "" || @request.auth.mentorships_via_learner.end ?> @now)'
		);
		expect(R.mentorOfRecordLearner('learner')).toBe(
			'(@request.auth.role = "mentor" && learner.mentorships_via_learner.mentor ?= @request.auth.id && (learner.mentorships_via_learner.end ?= "" || learner.mentorships_via_learner.end ?> @now))'
		);
		expect(R.mentorOfLearner('@request.body.learner')).toBe(
			'(@request.auth.role = "mentor" && @request.auth.mentorships_via_mentor.learner ?= @request.body.learner && (@request.auth.mentorships_via_mentor.end ?= "" || @request.auth.mentorships_via_mentor.end ?> @now))'
		);
		expect(R.teacherOf('learner')).toBe(
			'(@request.auth.role = "teacher" && @request.auth.class_members_via_user.class.class_members_via_class.user ?= learner)'
		);
		expect(R.coordinatorOf('school')).toBe('(@request.auth.role = "coordinator" && school = @request.auth.school)');
		expect(R.unchanged(['a', 'b'])).toBe('@request.body.a:changed = false && @request.body.b:changed = false');
		expect(R.notInBody(['a'])).toBe('@request.body.a:isset = false');
		expect(R.SIGNED_IN).toBe('@request.auth.id != ""');
	});

	it.each(migrations)('%s spells no "current mentorship" of its own', (file) => {
		const text = readFileSync(join(pbDir, 'pb_migrations', file), 'utf8');
		expect(text).not.toMatch(/\.end \?= ""|\.end \?> @now/);
	});
});
