// Demo data of Fællesskab (issue 14): who is in the network at each school, groups across
// both schools (open) and of one school, short threads in plain adult Danish, a few
// reactions and one report waiting in the coordinator's queue (Erhvervsskolen Midt).
// Runs once per school (scripts/seed.mjs): each run adds that school's people, their
// posts and replies; an open group is made by the first run that names its maker.
// Lisbeth is left out on purpose: she joins in the journey (tests/e2e/network.spec.ts).
// Idempotent: profiles by user, groups by name (open) or school + name, members by group +
// user, posts by group + author + text, reactions by post + user + kind, reports by post +
// reporter. The automatic groups (school, hold, uddannelse) come from the profile hook.
import { secondSchool } from '../demo-data.mjs';

/** @typedef {import('pocketbase').RecordModel} RecordModel */

const nord = secondSchool.learners.slice(0, 6).map((l) => l.email);
// Charlotte (tømrer, 44), Jan (sosu, 51), Dorthe (tømrer, 58), René (sosu, 32), Anja (tømrer, 39), Morten (sosu, 46)
const [charlotte, jan, dorthe, rene, anja, morten] = nord;

/** Who is in the network, with "om mig" (the name shown is the hook's: first name + initial). */
const profiles = [
	['sarah@sammen.test', '39, social- og sundhedshjælper EUV1. Mor til to.'],
	['jonas@sammen.test', '40, tømrer EUV2. Ni år i samme firma.'],
	['bjarke@sammen.test', '45, tidligere lagerarbejder, industrioperatør.'],
	['amina@sammen.test', '42, SOSU-hjælper. Tre børn og en hund.'],
	['hanne@sammen.test', '58, SOSU. Skiftede spor efter 30 år i butik.'],
	['maria@sammen.test', '35, SOSU. Kommer fra Portugal.'],
	['ivana@sammen.test', '49, SOSU. Ordblind, og stolt af det.'],
	['brian@sammen.test', '46, SOSU. Tidligere chauffør.'],
	['piotr@sammen.test', '34, tømrer. Far til en på to.'],
	['karen@sammen.test', 'Mentor. Skriv, hvis du vil snakke.'],
	['peter@sammen.test', 'Tømrer og underviser. 20 år på byggepladsen.'],
	['soeren@sammen.test', 'Mentor. Selv ordblind.'],
	['anne@sammen.test', 'Koordinator for voksenforløbene.'],
	[charlotte, '44, tømrer EUV2. Før kontor i 15 år.'],
	[jan, '51, SOSU. Tidligere slagter.'],
	[dorthe, '58, tømrer. Den ældste på holdet.'],
	[rene, '32, SOSU. Far på barsel lige nu.'],
	[anja, '39, tømrer. Alene med to børn.'],
	[morten, '46, SOSU. Ordblind.'],
	['mads@sammen.test', 'Mentor i Aalborg. Tidligere tømrer.'],
	['jens@sammen.test', 'Koordinator i Aalborg.']
];

/** Open groups across both schools: name, description, maker (staff), members. */
const openGroups = [
	{
		name: 'Forældre under uddannelse',
		description: 'Skole, praktik og børn på samme tid. Del tips om hverdagen, sygedage og madpakker.',
		maker: 'karen@sammen.test',
		members: ['sarah@sammen.test', 'amina@sammen.test', 'piotr@sammen.test', rene, anja]
	},
	{
		name: 'Tømrerlærlinge Midt og Nord',
		description: 'Lærlingeklub for voksne tømrere på begge skoler. Praktik, værktøj og svendeprøve.',
		maker: 'peter@sammen.test',
		members: ['jonas@sammen.test', 'piotr@sammen.test', charlotte, dorthe, anja, 'mads@sammen.test']
	},
	{
		name: 'Ordblinde sammen',
		description: 'For dig, der er ordblind. Apps, oplæsning og gode råd til prøverne.',
		maker: 'soeren@sammen.test',
		members: ['bjarke@sammen.test', 'ivana@sammen.test', morten]
	},
	{
		name: 'Karriereskift efter 40',
		description: 'Vi startede forfra efter 40. Fortæl om økonomi, familie og modet til at skifte.',
		maker: 'anne@sammen.test',
		members: ['jonas@sammen.test', 'bjarke@sammen.test', 'hanne@sammen.test', 'brian@sammen.test', jan, dorthe, morten]
	}
];

/** A group of one school (per school that has the programme): the SOSU corner. */
const sosuGroup = {
	name: 'SOSU-hjørnet',
	description: 'For alle på social- og sundhedsuddannelsen her. Vagter, praktik og opgaver.'
};
const sosuMembers = ['sarah@sammen.test', 'amina@sammen.test', 'hanne@sammen.test', 'maria@sammen.test', 'ivana@sammen.test', jan, rene, morten];

/**
 * Threads: a post and its replies (one level deep). `group`: an open group's name, or
 * "school" (the school's automatic group) or "sosu". Authors by e-mail; a reply whose
 * author is of the other school is added by that school's run.
 */
const threads = [
	{
		group: 'Forældre under uddannelse',
		by: 'sarah@sammen.test',
		text: 'Hvordan klarer I det, når barnet er sygt i en skoleuge? Jeg får dårlig samvittighed begge steder.',
		replies: [
			['amina@sammen.test', 'Det kender jeg. Jeg siger det til min mentor med det samme. Hun hjælper med at tage det igen.'],
			[rene, 'Vi skiftes hjemme. Jeg tager mandag, min kone tager tirsdag. Det hjælper at have en plan.'],
			['piotr@sammen.test', 'Husk, at barnets første sygedag er din ret. Også som elev.']
		]
	},
	{
		group: 'Forældre under uddannelse',
		by: anja,
		text: 'Nogen der har gode ideer til hurtig aftensmad? Jeg kommer hjem kl. 17 og er helt flad.',
		replies: [['sarah@sammen.test', 'Stor gryde chili søndag. Den holder til tirsdag, og børnene spiser den.']]
	},
	{
		group: 'Tømrerlærlinge Midt og Nord',
		by: 'jonas@sammen.test',
		text: 'Svendeprøve til foråret. Hvad skal man især øve? Jeg er mest nervøs for tegningerne.',
		replies: [
			['peter@sammen.test', 'Øv at læse tegningen højt for dig selv. Hvad skal bygges, og i hvilken rækkefølge? Så kommer resten.'],
			[dorthe, 'Jeg tog min for to år siden. Tag det roligt. Censorerne vil gerne se, at du tænker dig om.']
		]
	},
	{
		group: 'Tømrerlærlinge Midt og Nord',
		by: charlotte,
		text: 'Min mester siger, jeg skal købe en god sav selv. Hvilken bruger I?',
		replies: [['piotr@sammen.test', 'Spørg efter elevrabat i byggemarkedet. Jeg fik 20 procent.']]
	},
	{
		group: 'Ordblinde sammen',
		by: 'ivana@sammen.test',
		text: 'Jeg har fået AppWriter. Den læser opgaverne højt for mig. Det har ændret alt.',
		replies: [
			['bjarke@sammen.test', 'Hvordan fik du den? Jeg har kun papir.'],
			['soeren@sammen.test', 'Spørg din mentor om SPS. Så søger skolen for dig. Det er gratis.'],
			[morten, 'Jeg bruger oplæsning på telefonen. Den sidder i indstillinger.']
		]
	},
	{
		group: 'Karriereskift efter 40',
		by: 'bjarke@sammen.test',
		text: 'Var I bange for at være de ældste på holdet? Jeg var. Men det gik.',
		replies: [
			['hanne@sammen.test', 'Jeg er 58. De unge spørger mig om alt muligt. Det er dejligt.'],
			[jan, 'Efter 25 år som slagter troede jeg ikke, jeg kunne sidde stille. Nu elsker jeg det.']
		]
	},
	{
		group: 'Karriereskift efter 40',
		by: 'jonas@sammen.test',
		text: 'Hvordan fik I økonomien til at hænge sammen det første år?',
		replies: [['brian@sammen.test', 'Voksenelevløn og et budget på køleskabet. Og ingen ferie i år.']]
	},
	{
		group: 'sosu',
		by: 'maria@sammen.test',
		text: 'Første dag i praktik på plejehjemmet i morgen. Hvad skal jeg have med?',
		replies: [
			['amina@sammen.test', 'Gode sko og en madpakke. Og spørg om alt. Det må man.'],
			['hanne@sammen.test', 'Held og lykke! Du bliver god til det.']
		]
	},
	{
		group: 'school',
		by: 'piotr@sammen.test',
		text: 'Vi er nogle stykker, der spiser frokost sammen i kantinen kl. 11.30. Kom og sid med.',
		replies: [['brian@sammen.test', 'Jeg kommer på torsdag.']]
	},
	{ group: 'school', by: jan, text: 'Er der nogen fra Aalborg-holdet, der vil læse sammen til teoriprøven?', replies: [[morten, 'Ja tak! Biblioteket onsdag?']] }
];

/** Reactions: [group, post author, reacting person, kind]. */
const reactions = [
	['Forældre under uddannelse', 'sarah@sammen.test', 'amina@sammen.test', 'kram'],
	['Forældre under uddannelse', 'sarah@sammen.test', 'piotr@sammen.test', 'tak'],
	['Ordblinde sammen', 'ivana@sammen.test', 'bjarke@sammen.test', 'staerk'],
	['Karriereskift efter 40', 'bjarke@sammen.test', 'hanne@sammen.test', 'godt'],
	['Karriereskift efter 40', 'bjarke@sammen.test', 'jonas@sammen.test', 'staerk'],
	['sosu', 'maria@sammen.test', 'sarah@sammen.test', 'godt']
];

/** One report waiting in Anne's queue at Midt: a sales post in the school's group. */
const pendingReport = {
	group: 'school',
	by: 'brian@sammen.test',
	text: 'Jeg sælger kosttilskud. Skriv til mig for et godt tilbud!',
	reporter: 'sarah@sammen.test',
	reason: 'spam',
	note: 'Det er reklame.'
};

/**
 * @param {import('pocketbase').default} pb
 * @param {any} context see scripts/seed.mjs
 */
export async function seedDemo(pb, context) {
	const { school, programmeIds, userIds, sync, existingByKey } = context;
	// Counted apart: the hooks make rows of their own here (automatic groups, members),
	// so the seed's totals (tests/api/seed.test.ts) stay those of the rows it writes itself.
	const tally = { created: 0, updated: 0 };
	/** @param {string} email */
	const here = (email) => /** @type {string | undefined} */ (userIds.get(email));

	// ---------------------------------------------------------------- profiles
	const people = profiles.filter(([email]) => here(email));
	const userFilter = (/** @type {string[]} */ ids) =>
		pb.filter(ids.map((_, i) => `user = {:u${i}}`).join(' || ') || 'id = ""', Object.fromEntries(ids.map((id, i) => [`u${i}`, id])));
	const existingProfiles = await existingByKey(pb, 'network_profiles', userFilter(people.map(([e]) => here(e) ?? '')), (/** @type {any} */ r) => r.user);
	await sync(
		pb,
		'network_profiles',
		existingProfiles,
		people.map(([email, about]) => ({ key: here(email), fields: { user: here(email), about } })),
		tally
	);

	// ---------------------------------------------------------------- groups
	const openExisting = await existingByKey(pb, 'groups', 'kind = "open" && school = ""', (/** @type {any} */ r) => r.name);
	const openRows = openGroups
		.filter((g) => openExisting.has(g.name) || here(g.maker))
		.map((g) => ({
			key: g.name,
			fields: { name: g.name, description: g.description, kind: 'open', status: 'approved' },
			onCreate: { createdBy: here(g.maker) ?? '' }
		}));
	const groups = new Map(await sync(pb, 'groups', openExisting, openRows, tally));
	const sosuProgramme = programmeIds.get('sosu');
	if (sosuProgramme) {
		const existingSosu = await existingByKey(pb, 'groups', pb.filter('school = {:s} && name = {:n}', { s: school, n: sosuGroup.name }), (/** @type {any} */ r) => r.name);
		const coordinator = [...userIds.keys()].find((e) => e === 'anne@sammen.test' || e === 'jens@sammen.test');
		const made = await sync(
			pb,
			'groups',
			existingSosu,
			[
				{
					key: sosuGroup.name,
					fields: { ...sosuGroup, kind: 'programme', status: 'approved', school, programme: sosuProgramme },
					onCreate: { createdBy: coordinator ? here(coordinator) : '' }
				}
			],
			tally
		);
		groups.set('sosu', /** @type {RecordModel} */ (made.get(sosuGroup.name)));
	}
	groups.set('school', await pb.collection('groups').getFirstListItem(pb.filter('autoKey = {:k}', { k: `school:${school}` })));

	// ---------------------------------------------------------------- members
	const wanted = [
		...openGroups.flatMap((g) => g.members.map((m) => /** @type {const} */ ([g.name, m]))),
		...sosuMembers.map((m) => /** @type {const} */ (['sosu', m]))
	].filter(([name, email]) => groups.has(name) && here(email));
	const groupIds = [...groups.values()].map((g) => g.id);
	const memberFilter = pb.filter(groupIds.map((_, i) => `group = {:g${i}}`).join(' || '), Object.fromEntries(groupIds.map((id, i) => [`g${i}`, id])));
	const existingMembers = await existingByKey(pb, 'group_members', memberFilter, (/** @type {any} */ r) => `${r.group}|${r.user}`);
	await sync(
		pb,
		'group_members',
		existingMembers,
		wanted.map(([name, email]) => {
			const group = /** @type {RecordModel} */ (groups.get(name)).id;
			const user = here(email);
			// a maker is already its moderator (the group's hook): only the missing ones
			return { key: `${group}|${user}`, fields: { group, user }, onCreate: { role: 'member', muted: false } };
		}),
		tally
	);

	// ---------------------------------------------------------------- posts and replies
	const existingPosts = await existingByKey(pb, 'posts', memberFilter, (/** @type {any} */ r) => `${r.group}|${r.author}|${r.text}`);
	const groupOfThread = (/** @type {string} */ name) => groups.get(name)?.id;
	const starts = [...threads, { ...pendingReport, replies: [] }].filter((t) => groupOfThread(t.group) && here(t.by));
	const posted = await sync(
		pb,
		'posts',
		existingPosts,
		starts.map((t) => {
			const group = groupOfThread(t.group);
			const author = here(t.by);
			return { key: `${group}|${author}|${t.text}`, fields: { group, author, text: t.text, status: existingPosts.get(`${group}|${author}|${t.text}`)?.status ?? 'visible' } };
		}),
		tally
	);
	// replies: to a post made by this run or an earlier one (the other school's), by
	// anyone already seeded (so the second school's run adds the first school's replies
	// to its own posts, and a first run is complete)
	/** @type {Map<string, RecordModel>} */
	const allPosts = new Map([...existingPosts, ...posted]);
	const replyEmails = [...new Set([...threads.flatMap((t) => t.replies.map(([email]) => email)), ...reactions.map((r) => r[2])])];
	const seeded = await existingByKey(
		pb,
		'users',
		pb.filter(replyEmails.map((_, i) => `email = {:e${i}}`).join(' || '), Object.fromEntries(replyEmails.map((e, i) => [`e${i}`, e]))),
		(/** @type {any} */ r) => r.email
	);
	/** @param {string} email */
	const anyone = (email) => here(email) ?? seeded.get(email)?.id;
	const replyRows = threads.flatMap((t) => {
		const group = groupOfThread(t.group);
		const parent = [...allPosts.values()].find((p) => p.group === group && p.text === t.text && !p.parent);
		if (!group || !parent) return [];
		return t.replies
			.filter(([email]) => anyone(email))
			.map(([email, text]) => ({ key: `${group}|${anyone(email)}|${text}`, fields: { group, author: anyone(email), text, parent: parent.id, status: 'visible' } }));
	});
	const replies = await sync(pb, 'posts', existingPosts, replyRows, tally);
	for (const [key, record] of replies) allPosts.set(key, record);

	// ---------------------------------------------------------------- reactions
	const findPost = (/** @type {string} */ groupName, /** @type {string} */ email) =>
		[...allPosts.values()].find((p) => p.group === groupOfThread(groupName) && p.author === anyone(email) && !p.parent);
	const reactionRows = reactions.flatMap(([groupName, by, who, kind]) => {
		const post = findPost(groupName, by);
		return post && anyone(who) ? [{ key: `${post.id}|${anyone(who)}|${kind}`, fields: { post: post.id, user: anyone(who), kind } }] : [];
	});
	const postIds = [...allPosts.values()].map((p) => p.id);
	const postFilter = pb.filter(postIds.map((_, i) => `post = {:p${i}}`).join(' || ') || 'id = ""', Object.fromEntries(postIds.map((id, i) => [`p${i}`, id])));
	const existingReactions = await existingByKey(pb, 'post_reactions', postFilter, (/** @type {any} */ r) => `${r.post}|${r.user}|${r.kind}`);
	await sync(pb, 'post_reactions', existingReactions, reactionRows, tally);

	// ---------------------------------------------------------------- one report waiting
	const reported = [...allPosts.values()].find((p) => p.text === pendingReport.text && p.group === groupOfThread('school'));
	const reporter = here(pendingReport.reporter);
	if (reported && reporter) {
		const existingReports = await existingByKey(pb, 'reports', postFilter, (/** @type {any} */ r) => `${r.post}|${r.reporter}`);
		await sync(
			pb,
			'reports',
			existingReports,
			[
				{
					key: `${reported.id}|${reporter}`,
					fields: { target: 'posts', post: reported.id, reporter },
					onCreate: { reason: pendingReport.reason, text: pendingReport.note, status: 'open' }
				}
			],
			tally
		);
	}
}
