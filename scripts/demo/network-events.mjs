// Demo data of Fællesskab's second slice (issue 14), at Erhvervsskolen Midt (the first
// school's run; scripts/seed.mjs lists it after `network`, whose groups it uses):
// - three upcoming events in the demo groups, one with answers from the members of
//   "Forældre under uddannelse" (Sarah has not answered: she does in the journey);
// - the stories of graduates (scripts/demo/stories/*.md, plain Danish: LIX ≤ 30, checked by
//   scripts/lint-lix.mjs like the help articles), published by the coordinator;
// - study buddies: Jonas and Piotr (both Søren's, both tømrer) accepted, with a short
//   exchange; Bjarke and Olena (both industrioperatør) turned "makker" on, so Bjarke has a
//   suggestion (and asks in the journey).
// Idempotent: events by group + title, answers by event + user, stories by title, pairs by
// from + to, messages by pair + sender + text; profiles by user. Counted apart from the
// seed's totals (as network.mjs): the hooks make notifications of their own here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from './supports.mjs';

/** @typedef {import('pocketbase').RecordModel} RecordModel */

const storiesDir = join(import.meta.dirname, 'stories');

/** The demo stories: the fields of a stories record (without author and school). */
export function readStories(dir = storiesDir) {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((file) => {
			const { meta, body } = parseArticle(readFileSync(join(dir, file), 'utf8'));
			if (!meta.title || !meta.trade || !meta.ageBand) throw new Error(`story ${file}: title, trade and ageBand are needed`);
			return {
				title: meta.title,
				// plain text: the paragraphs as written, without Markdown
				body: body.trim(),
				trade: meta.trade,
				ageBand: meta.ageBand,
				situations: (meta.situations ?? '')
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean)
			};
		});
}

const DAY = 24 * 60 * 60 * 1000;
/** `days` from today at `hour`.00 in Copenhagen (winter time, UTC+1: close enough for a demo). */
const upcoming = (/** @type {number} */ days, /** @type {number} */ hour) => {
	const d = new Date(Date.now() + days * DAY);
	d.setUTCHours(hour - 1, 0, 0, 0);
	return d.toISOString().replace('T', ' ');
};

/** Three events: group (an open group's name, or "school"), maker, what. */
const events = [
	{
		group: 'Forældre under uddannelse',
		maker: 'karen@sammen.test',
		title: 'Lektiecafé med børnepasning',
		description: 'Vi læser sammen, mens børnene leger i rummet ved siden af. Der er frugt og kaffe. Tag gerne børnene med.',
		place: 'Lokale 1.12, Erhvervsskolen Midt',
		link: '',
		days: 5,
		hour: 16,
		hours: 2,
		answers: [
			['amina@sammen.test', 'kommer'],
			['piotr@sammen.test', 'maaske']
		]
	},
	{
		group: 'Tømrerlærlinge Midt og Nord',
		maker: 'peter@sammen.test',
		title: 'Værkstedsdag: vi bygger en trappe',
		description: 'Øv dig til svendeprøven. Peter viser, hvordan man måler og skærer en trappe. Sikkerhedssko på.',
		place: 'Værkstedet, hal B',
		link: '',
		days: 9,
		hour: 9,
		hours: 5,
		answers: [['jonas@sammen.test', 'kommer']]
	},
	{
		group: 'school',
		maker: 'anne@sammen.test',
		title: 'Fællesspisning for voksne elever',
		description: 'Mød andre voksne på skolen. Vi spiser sammen og snakker om, hvordan det går. Gratis.',
		place: 'Kantinen',
		link: 'https://www.rejseplanen.dk',
		days: 14,
		hour: 17,
		hours: 2,
		answers: []
	}
];

/** Study buddies: the accepted pair and its exchange; who turned "makker" on. */
const buddyProfiles = [
	['jonas@sammen.test', 'Viborg', ['karriereskift', 'voksenlaerling']],
	['piotr@sammen.test', 'Viborg', ['voksenlaerling']],
	['bjarke@sammen.test', 'Viborg', ['ledig', 'uddannelsesloeft']],
	['olena@sammen.test', 'Viborg', ['ledig']]
];
const pair = {
	from: 'piotr@sammen.test',
	to: 'jonas@sammen.test',
	hello: 'Hej Jonas. Vi går på samme hold. Skal vi læse sammen til prøven?',
	messages: [
		['jonas@sammen.test', 'Ja, gerne! Jeg har svært ved matematikken.'],
		['piotr@sammen.test', 'Det kan jeg hjælpe med. Og du kan hjælpe mig med de danske ord.'],
		['jonas@sammen.test', 'Aftale. Torsdag efter skole i kantinen?'],
		['piotr@sammen.test', 'Torsdag er fint. Jeg tager kaffe med.']
	]
};

/**
 * @param {import('pocketbase').default} pb
 * @param {any} context see scripts/seed.mjs
 */
export async function seedDemo(pb, context) {
	const { school, userIds, sync, existingByKey } = context;
	const tally = { created: 0, updated: 0 };
	/** @param {string} email */
	const here = (email) => /** @type {string | undefined} */ (userIds.get(email));
	const anne = here('anne@sammen.test');
	if (!anne) return; // not the school with the personas

	// ---------------------------------------------------------------- events
	const openGroups = await existingByKey(pb, 'groups', 'kind = "open" && school = ""', (/** @type {any} */ r) => r.name);
	const schoolGroup = await pb.collection('groups').getFirstListItem(pb.filter('autoKey = {:k}', { k: `school:${school}` }));
	/** @param {string} name */
	const groupOf = (name) => (name === 'school' ? schoolGroup : openGroups.get(name));
	const groupIds = events.map((e) => groupOf(e.group)?.id).filter(Boolean);
	const eventFilter = pb.filter(groupIds.map((_, i) => `group = {:g${i}}`).join(' || ') || 'id = ""', Object.fromEntries(groupIds.map((id, i) => [`g${i}`, id])));
	const existingEvents = await existingByKey(pb, 'events', eventFilter, (/** @type {any} */ r) => `${r.group}|${r.title}`);
	const rows = events.flatMap((e) => {
		const group = groupOf(e.group);
		if (!group || !here(e.maker)) return [];
		return [
			{
				key: `${group.id}|${e.title}`,
				fields: { group: group.id, title: e.title, description: e.description, place: e.place, link: e.link },
				// the date only when made: a second seed must not move it (and tell those coming)
				onCreate: { createdBy: here(e.maker), startsAt: upcoming(e.days, e.hour), endsAt: upcoming(e.days, e.hour + e.hours), cancelled: false }
			}
		];
	});
	const made = new Map([...existingEvents, ...(await sync(pb, 'events', existingEvents, rows, tally))]);

	const answerRows = events.flatMap((e) => {
		const group = groupOf(e.group);
		const event = group ? made.get(`${group.id}|${e.title}`) : undefined;
		if (!event) return [];
		return e.answers
			.filter(([email]) => here(email))
			.map(([email, answer]) => ({ key: `${event.id}|${here(email)}`, fields: { event: event.id, user: here(email), answer } }));
	});
	const eventIds = [...made.values()].map((e) => e.id);
	const answerFilter = pb.filter(eventIds.map((_, i) => `event = {:e${i}}`).join(' || ') || 'id = ""', Object.fromEntries(eventIds.map((id, i) => [`e${i}`, id])));
	const existingAnswers = await existingByKey(pb, 'event_rsvps', answerFilter, (/** @type {any} */ r) => `${r.event}|${r.user}`);
	await sync(pb, 'event_rsvps', existingAnswers, answerRows, tally);

	// ---------------------------------------------------------------- stories
	const existingStories = await existingByKey(pb, 'stories', pb.filter('school = {:s}', { s: school }), (/** @type {any} */ r) => r.title);
	await sync(
		pb,
		'stories',
		existingStories,
		// (the seed compares plain values: the list of situations is written only when made)
		readStories().map(({ situations, ...s }) => ({ key: s.title, fields: { ...s, status: 'published', school }, onCreate: { situations, author: anne } })),
		tally
	);

	// ---------------------------------------------------------------- study buddies
	const people = buddyProfiles.filter(([email]) => here(/** @type {string} */ (email)));
	const profileFilter = pb.filter(people.map((_, i) => `user = {:u${i}}`).join(' || ') || 'id = ""', Object.fromEntries(people.map(([email], i) => [`u${i}`, here(/** @type {string} */ (email))])));
	const existingProfiles = await existingByKey(pb, 'network_profiles', profileFilter, (/** @type {any} */ r) => r.user);
	await sync(
		pb,
		'network_profiles',
		existingProfiles,
		people.map(([email, municipality, situation]) => ({
			key: here(/** @type {string} */ (email)),
			fields: { user: here(/** @type {string} */ (email)), wantsBuddy: true, municipality },
			onCreate: { situation }
		})),
		tally
	);
	// the situations of a profile network.mjs made: once, when still empty
	for (const [email, , situation] of people) {
		const profile = existingProfiles.get(here(/** @type {string} */ (email)));
		if (profile && (profile.situation ?? []).length === 0) {
			await pb.collection('network_profiles').update(profile.id, { situation });
			tally.updated++;
		}
	}

	const from = here(pair.from);
	const to = here(pair.to);
	if (!from || !to) return;
	const existingPairs = await existingByKey(pb, 'buddies', pb.filter('from = {:f} && to = {:t}', { f: from, t: to }), (/** @type {any} */ r) => `${r.from}|${r.to}`);
	const pairs = await sync(pb, 'buddies', existingPairs, [{ key: `${from}|${to}`, fields: { from, to, hello: pair.hello, status: 'accepted' } }], tally);
	const theirs = existingPairs.get(`${from}|${to}`) ?? pairs.get(`${from}|${to}`);
	if (!theirs) return;
	const existingMessages = await existingByKey(pb, 'buddy_messages', pb.filter('pair = {:p}', { p: theirs.id }), (/** @type {any} */ r) => `${r.sender}|${r.text}`);
	// one after the other: the conversation keeps its order
	for (const [email, text] of pair.messages) {
		const sender = here(email);
		await sync(pb, 'buddy_messages', existingMessages, [{ key: `${sender}|${text}`, fields: { pair: theirs.id, sender, text } }], tally);
	}
}
