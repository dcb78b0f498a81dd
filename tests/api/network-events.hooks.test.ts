// Fællesskab (issue 14), second slice, the hooks: an event that moves or is cancelled is
// told to those coming (kommer, måske; not kommer_ikke, not the one who changed it); the
// reminder the day before (on Copenhagen's calendar, once, with a moved clock as the
// escalation tests do); buddies: the asked hears it, a yes is told, a block ends a pair.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { daysFromNow } from './fixtures';
import { buildBuddiesWorld, buildEventsWorld, type BuddiesWorld, type EventsWorld } from './network2.fixtures';

let net: EventsWorld;
beforeAll(async () => {
	net = await buildEventsWorld();
});
type Who = Parameters<EventsWorld['uid']>[0];

const notificationsTagged = (world: { su: EventsWorld['su'] }, tag: string) =>
	world.su.collection('notifications').getFullList({ filter: world.su.filter('tag = {:t}', { t: tag }) });
const usersOf = (rows: RecordModel[]) => rows.map((n) => n.user).sort();

/** A fresh event in the open group with answers from the learner (kommer), learnerB (måske), classmate (kommer_ikke). */
async function eventWithAnswers(startsAt = daysFromNow(10)) {
	const e = await net.temp('events', { group: net.groups.open.id, createdBy: net.uid('mentor'), title: `Hooks ${net.tag}`, place: 'Kantinen', startsAt });
	const answer = (who: Who, a: string) => net.temp('event_rsvps', { event: e.id, user: net.uid(who), answer: a });
	await answer('learner', 'kommer');
	await answer('learnerB', 'maaske');
	await answer('classmate', 'kommer_ikke');
	return e;
}

describe('events: changes are told to those coming', () => {
	it('a new place reaches kommer and måske, not kommer ikke or the moderator who moved it', async () => {
		const e = await eventWithAnswers();
		await (await net.as('mentor')).collection('events').update(e.id, { place: 'Biblioteket' });
		const told = await notificationsTagged(net, `arrangement-${e.id}`);
		expect(usersOf(told)).toEqual([net.uid('learner'), net.uid('learnerB')].sort());
		expect(told[0]!.body).toContain('Biblioteket');
		expect(told[0]!.title).toContain('Nyt tidspunkt eller sted');
	});

	it('a cancellation says so, with the reason; a new title alone tells nobody', async () => {
		const e = await eventWithAnswers();
		const pb = await net.as('mentor');
		await pb.collection('events').update(e.id, { title: `Nyt navn ${net.tag}`, description: 'Mere tekst' });
		expect(await notificationsTagged(net, `arrangement-${e.id}`)).toEqual([]);
		await pb.collection('events').update(e.id, { cancelled: true, cancelReason: 'Underviseren er syg.' });
		const told = await notificationsTagged(net, `arrangement-${e.id}`);
		expect(usersOf(told)).toEqual([net.uid('learner'), net.uid('learnerB')].sort());
		expect(told[0]!.title).toMatch(/^Aflyst/);
		expect(told[0]!.body).toContain('Underviseren er syg.');
	});
});

describe('events: the reminder the day before', () => {
	const remind = (now: Date) => net.su.send<{ reminded: number }>('/api/sammen/event-reminders', { method: 'POST', body: { now: now.toISOString() } });

	it('comes the day before on Copenhagen time, to kommer and måske, once', async () => {
		// 17.00 in Copenhagen (16.00 UTC in winter) on a day in the future
		const e = await eventWithAnswers('2031-01-15 16:00:00.000Z');
		// two days before: nothing yet
		await remind(new Date('2031-01-13T09:00:00Z'));
		expect(await notificationsTagged(net, `arrangement-${e.id}`)).toEqual([]);
		// 23.30 UTC on the 13th is already the 14th in Copenhagen: the day before
		await remind(new Date('2031-01-13T23:30:00Z'));
		const told = await notificationsTagged(net, `arrangement-${e.id}`);
		expect(usersOf(told)).toEqual([net.uid('learner'), net.uid('learnerB')].sort());
		expect(told[0]!.title).toMatch(/^I morgen/);
		expect(told[0]!.body).toContain('onsdag 15. januar kl. 17.00');
		expect((await net.reread('events', e.id)).remindedAt).not.toBe('');
		// the next run that day sends nothing again
		await remind(new Date('2031-01-14T12:00:00Z'));
		expect(await notificationsTagged(net, `arrangement-${e.id}`)).toHaveLength(2);
	});

	it('a cancelled event is not reminded', async () => {
		const e = await eventWithAnswers('2031-02-15 16:00:00.000Z');
		await net.su.collection('events').update(e.id, { cancelled: true });
		const before = (await notificationsTagged(net, `arrangement-${e.id}`)).length;
		await remind(new Date('2031-02-14T09:00:00Z'));
		expect(await notificationsTagged(net, `arrangement-${e.id}`)).toHaveLength(before);
	});
});

describe('buddies: hooks', () => {
	let buddies: BuddiesWorld;
	beforeAll(async () => {
		buddies = await buildBuddiesWorld();
	});

	it('the asked hears of a request, the one asking of a yes; a no stays quiet', async () => {
		const pb = await buddies.as('blocked');
		const asked = await pb.collection('buddies').create({ from: buddies.uid('blocked'), to: buddies.uid('stranger'), status: 'proposed', hello: 'Hej!' });
		buddies.cleanUp('buddies', asked.id);
		expect(usersOf(await notificationsTagged(buddies, `makker-${asked.id}`))).toEqual([buddies.uid('stranger')]);
		await (await buddies.as('stranger')).collection('buddies').update(asked.id, { status: 'accepted' });
		expect(usersOf(await notificationsTagged(buddies, `makker-${asked.id}`))).toEqual([buddies.uid('blocked'), buddies.uid('stranger')].sort());

		const no = await (await buddies.as('classmate')).collection('buddies').create({ from: buddies.uid('classmate'), to: buddies.uid('stranger'), status: 'proposed' });
		buddies.cleanUp('buddies', no.id);
		await (await buddies.as('stranger')).collection('buddies').update(no.id, { status: 'declined' });
		expect(usersOf(await notificationsTagged(buddies, `makker-${no.id}`))).toEqual([buddies.uid('stranger')]);
	});

	it('a message tells the other one, without its words', async () => {
		const m = await (await buddies.as('learner')).collection('buddy_messages').create({ pair: buddies.pairs.accepted.id, sender: buddies.uid('learner'), text: 'Hemmelig plan' });
		buddies.cleanUp('buddy_messages', m.id);
		const told = await notificationsTagged(buddies, `makker-besked-${buddies.pairs.accepted.id}`);
		expect(usersOf(told)).toContain(buddies.uid('classmate'));
		expect(JSON.stringify(told)).not.toContain('Hemmelig');
	});

	it('a block ends their pair quietly, and its messages go from both', async () => {
		const pair = await buddies.temp('buddies', { from: buddies.uid('stranger'), to: buddies.uid('blocked'), status: 'accepted' });
		const m = await buddies.temp('buddy_messages', { pair: pair.id, sender: buddies.uid('stranger'), text: 'Hej' });
		const block = await (await buddies.as('stranger')).collection('blocks').create({ blocker: buddies.uid('stranger'), blocked: buddies.uid('blocked') });
		buddies.cleanUp('blocks', block.id);
		expect((await buddies.reread('buddies', pair.id)).status).toBe('ended');
		expect(await (await buddies.as('blocked')).collection('buddy_messages').getFullList({ filter: `id = "${m.id}"` })).toEqual([]);
	});
});
