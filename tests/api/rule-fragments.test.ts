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
	IN_NETWORK: string;
	groupOpenToMe(path: string): string;
	memberOfGroup(path: string): string;
	moderatorOfGroup(path: string): string;
	coordinatorOfGroup(path: string): string;
	createdWithinMinutes(minutes: number): string;
	myGroup(field: string): string;
	myModeratedGroup(field: string): string;
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

	it('say the same as when the network migration (issue 14) used them', () => {
		expect(R.IN_NETWORK).toBe('@request.auth.network_profiles_via_user.user ?= @request.auth.id');
		expect(R.groupOpenToMe('group')).toBe(
			'(group.status = "approved" && (group.kind = "open" || (group.school = @request.auth.school && (group.kind != "class" || group.class.class_members_via_class.user ?= @request.auth.id))))'
		);
		expect(R.groupOpenToMe('')).toBe(
			'(status = "approved" && (kind = "open" || (school = @request.auth.school && (kind != "class" || class.class_members_via_class.user ?= @request.auth.id))))'
		);
		expect(R.memberOfGroup('')).toBe('group_members_via_group.user ?= @request.auth.id');
		expect(R.memberOfGroup('post.group')).toBe('post.group.group_members_via_group.user ?= @request.auth.id');
		expect(R.moderatorOfGroup('group')).toBe(
			'(group.group_members_via_group.user ?= @request.auth.id && group.group_members_via_group.role ?= "moderator")'
		);
		expect(R.coordinatorOfGroup('')).toBe('(@request.auth.role = "coordinator" && (school = @request.auth.school || school = ""))');
		expect(R.createdWithinMinutes(15)).toBe('created > strftime("%Y-%m-%d %H:%M:%fZ", "now", "-15 minutes")');
	});

	it('say the same as when the network’s speed migration used them', () => {
		expect(R.myGroup('group')).toBe('@request.auth.group_members_via_user.group ?= group');
		expect(R.myGroup('post.group')).toBe('@request.auth.group_members_via_user.group ?= post.group');
		expect(R.myModeratedGroup('group')).toBe(
			'(@request.auth.group_members_via_user.group ?= group && @request.auth.group_members_via_user.role ?= "moderator")'
		);
	});

	it.each(migrations)('%s spells no "current mentorship" of its own', (file) => {
		const text = readFileSync(join(pbDir, 'pb_migrations', file), 'utf8');
		expect(text).not.toMatch(/\.end \?= ""|\.end \?> @now/);
	});
});
