// Realtime by recipient for Aftaler og trivsel (pocketbase/fanout.go): a mentor's new time
// reaches the mentor and their current learners only; a check-in reaches the learner and
// their mentor, its words the mentor only once shared; the mentor's copy is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copenhagenWeek } from '../../src/lib/domain/checkins';
import type { RealtimeChange } from '$lib/sync/realtime';
import { buildWorld, daysFromNow, type World } from './fixtures';
import { auditFor, justNow } from './flags.fixtures';
import { watchLive, type Watching } from './realtime-watch';

let world: World;
const watchers = ['learner', 'classmate', 'formerLearner', 'mentor', 'otherMentor', 'teacher', 'coordinator'] as const;
type Watcher = (typeof watchers)[number];
let live: Watching<Watcher>;

beforeAll(async () => {
	world = await buildWorld();
	live = await watchLive(world, watchers);
});
afterAll(() => live?.stop());

const receivers = (to: readonly Watcher[], match: (c: RealtimeChange) => boolean) => live.receivers(to, match);
const about = (collection: string, id: string) => (c: RealtimeChange) => c.collection === collection && c.record.id === id;

describe('realtime: Aftaler og trivsel', () => {
	it("a mentor's new time reaches the mentor and their current learners, nobody else", async () => {
		const slot = await (await world.as('mentor')).collection('appointment_slots').create({
			mentor: world.users.mentor.id,
			startsAt: daysFromNow(3),
			endsAt: daysFromNow(3.02),
			place: 'skole'
		});
		world.cleanUp('appointment_slots', slot.id);
		expect(await receivers(['mentor', 'learner'], about('appointment_slots', slot.id))).toEqual(['learner', 'mentor']);
	});

	it('a check-in reaches the learner and their mentor (audited); its words the mentor only once shared', async () => {
		const since = justNow();
		const pb = await world.as('learner');
		const checkin = await pb.collection('checkins').create({ learner: world.users.learner.id, week: copenhagenWeek(), mood: 2 });
		world.cleanUp('checkins', checkin.id);
		const words = await pb.collection('checkin_words').create({ checkin: checkin.id, learner: world.users.learner.id, text: 'Svært' });
		expect(await receivers(['learner', 'mentor'], about('checkins', checkin.id))).toEqual(['learner', 'mentor']);
		expect(await receivers(['learner'], about('checkin_words', words.id))).toEqual(['learner']);
		const rows = await auditFor(world, 'learner', since, 'collection = "checkins"');
		expect(rows.map((r) => [r.actor, r.kind])).toContainEqual([world.users.mentor.id, 'read']);

		await pb.collection('checkins').update(checkin.id, { shareWords: true });
		const shared = (c: RealtimeChange) => c.collection === 'checkin_words' && c.record.id === words.id && c.action === 'update';
		expect(await receivers(['learner', 'mentor'], shared)).toEqual(['learner', 'mentor']);
	});
});
