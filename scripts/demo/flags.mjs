// Demo data of caseload and flags: teachers' flags in every state, their threads, ros
// and a few of the mentors' private notes.
// Each flag has words only for the mentor (flag_staff_notes) and most have words the
// learner may read (learnerText), as a teacher writes them in the two fields.
// - Hanne (Karen): Gitte flagged IT; Karen is on it and they have written about it.
// - Jonas (Søren): Peter flagged numbers; closed with "Samtale holdt".
// - Brian (Søren): Gitte flagged well-being; Søren keeps it from Brian for now, with a reason.
// - Kim (Lone): Martin flagged reading; Lone has not seen it yet.
// - Ros from Gitte to Sarah and from Peter to Bjarke.
// Sarah has no flag: the browser test raises one and expects her at the top of "I dag".
// Idempotent: a flag is found by learner, category and teacher; a comment, ros or note
// by its text. Only missing ones are created (and then moved on to their state once).

/** @typedef {import('pocketbase').default} PocketBase */

const flags = [
	{
		learner: 'hanne@sammen.test',
		teacher: 'gitte@sammen.test',
		mentor: 'karen@sammen.test',
		category: 'it',
		urgency: 'concern',
		staffNote: 'Hanne har svært ved at logge på Elevplan og aflevere opgaver.',
		learnerText: 'Du må gerne få hjælp til Elevplan. Din mentor kan vise dig det.',
		status: 'in_progress',
		staff: [
			['gitte@sammen.test', 'Hun bliver ked af det, når computeren driller.'],
			['karen@sammen.test', 'Tak. Vi øver sammen torsdag, og jeg har spurgt IT-hjælpen.']
		],
		learnerThread: [
			['karen@sammen.test', 'Hej Hanne. Skal vi øve Elevplan sammen torsdag kl. 9?'],
			['hanne@sammen.test', 'Ja tak. Det vil jeg gerne.']
		]
	},
	{
		learner: 'jonas@sammen.test',
		teacher: 'peter@sammen.test',
		mentor: 'soeren@sammen.test',
		category: 'numbers',
		urgency: 'concern',
		staffNote: 'Jonas går i stå, når vi regner tagvinkler.',
		learnerText: 'Vi kan øve tagvinkler sammen, så det bliver lettere.',
		status: 'closed',
		outcome: 'talk_held',
		outcomeNote: 'Vi har talt om det. Han får ekstra regning om tirsdagen.'
	},
	{
		learner: 'brian@sammen.test',
		teacher: 'gitte@sammen.test',
		mentor: 'soeren@sammen.test',
		category: 'wellbeing',
		urgency: 'urgent',
		staffNote: 'Brian virker trist og var væk tre dage.',
		status: 'acknowledged',
		hiddenReason: 'Brian vil selv fortælle mig om det, før han ser markeringen.'
	},
	{
		learner: 'kim@sammen.test',
		teacher: 'martin@sammen.test',
		mentor: 'lone@sammen.test',
		category: 'reading',
		urgency: 'concern',
		staffNote: 'Kim læser langsomt og har ikke IntoWords på skolens computer.',
		learnerText: 'Du kan få IntoWords på skolens computer. Så kan den læse op for dig.',
		status: 'new'
	}
];

const kudos = [
	{ learner: 'sarah@sammen.test', from: 'gitte@sammen.test', message: 'Du var god til at hjælpe de andre i praktiktimen i dag.' },
	{ learner: 'bjarke@sammen.test', from: 'peter@sammen.test', message: 'Flot arbejde på værkstedet. Du var hurtig og omhyggelig.' }
];

const notes = [
	{ learner: 'hanne@sammen.test', author: 'karen@sammen.test', body: 'Hanne er nervøs for computeren. Vi øver Elevplan sammen torsdag.' },
	{ learner: 'jonas@sammen.test', author: 'soeren@sammen.test', body: 'Jonas er bange for at virke dum. Ros ham, når det går godt.' },
	{ learner: 'brian@sammen.test', author: 'soeren@sammen.test', body: 'Brian har det svært derhjemme. Ring til ham fredag.' }
];

/**
 * @param {PocketBase} pb a superuser client
 * @param {{ school: string, userIds: Map<string, string>, tallyFor: (name: string) => { created: number, updated: number },
 *   existingByKey: (pb: PocketBase, collection: string, filter: string, keyOf: (r: any) => string) => Promise<Map<string, any>> }} context
 */
export async function seedDemo(pb, context) {
	const { school, userIds, tallyFor, existingByKey } = context;
	const idOf = (/** @type {string} */ email) => {
		const id = userIds.get(email);
		if (!id) throw new Error(`demo flags: nobody with the e-mail ${email}`);
		return id;
	};
	const noCancel = { requestKey: null };
	const flagTally = tallyFor('flags');
	const commentTally = tallyFor('flag_comments');
	const staffNoteTally = tallyFor('flag_staff_notes');
	const kudosTally = tallyFor('kudos');
	const noteTally = tallyFor('notes');
	const schoolFilter = pb.filter('school = {:school}', { school });

	// ------------------------------------------------------------------ flags and their threads
	const flagKey = (/** @type {string} */ learner, /** @type {string} */ category, /** @type {string} */ by) =>
		`${learner}|${category}|${by}`;
	const existingFlags = await existingByKey(pb, 'flags', schoolFilter, (r) => flagKey(r.learner, r.category, r.raisedBy));
	for (const f of flags) {
		const learner = idOf(f.learner);
		const teacher = idOf(f.teacher);
		const mentor = idOf(f.mentor);
		let flag = existingFlags.get(flagKey(learner, f.category, teacher));
		if (!flag) {
			flag = await pb.collection('flags').create(
				{ learner, school, raisedBy: teacher, category: f.category, urgency: f.urgency, learnerText: f.learnerText ?? '', status: 'new' },
				noCancel
			);
			// moved on the way the mentor would, once, when first made
			/** @type {Record<string, unknown>} */
			const change = {};
			if (f.status !== 'new') Object.assign(change, { status: f.status, acknowledgedBy: mentor });
			if (f.status === 'closed') Object.assign(change, { outcome: f.outcome, outcomeNote: f.outcomeNote, closedBy: mentor });
			if (f.hiddenReason) Object.assign(change, { hiddenFromLearner: true, hiddenReason: f.hiddenReason });
			if (Object.keys(change).length) flag = await pb.collection('flags').update(flag.id, change, noCancel);
			flagTally.created++;
		}
		// one note for the mentor per flag (a demo database from before issue 11 got it from the old comment)
		const note = await existingByKey(pb, 'flag_staff_notes', pb.filter('flag = {:f}', { f: flag.id }), (r) => r.flag);
		if (!note.has(flag.id)) {
			await pb.collection('flag_staff_notes').create({ flag: flag.id, learner, author: teacher, body: f.staffNote }, noCancel);
			staffNoteTally.created++;
		}
		const stored = await existingByKey(pb, 'flag_comments', pb.filter('flag = {:f}', { f: flag.id }), (r) => r.body);
		const threads = /** @type {const} */ ([
			['staff', f.staff ?? []],
			['learner', f.learnerThread ?? []]
		]);
		for (const [thread, comments] of threads) {
			for (const [author, body] of comments) {
				if (stored.has(body)) continue;
				await pb.collection('flag_comments').create({ flag: flag.id, learner, author: idOf(author), thread, body }, noCancel);
				commentTally.created++;
			}
		}
	}

	// ------------------------------------------------------------------ ros
	const storedKudos = await existingByKey(pb, 'kudos', schoolFilter, (r) => `${r.learner}|${r.message}`);
	for (const k of kudos) {
		const learner = idOf(k.learner);
		if (storedKudos.has(`${learner}|${k.message}`)) continue;
		await pb.collection('kudos').create({ learner, from: idOf(k.from), school, message: k.message }, noCancel);
		kudosTally.created++;
	}

	// ------------------------------------------------------------------ the mentors' notes
	const learnerIds = notes.map((n) => idOf(n.learner));
	const noteFilter = learnerIds.map((id) => `learner = "${id}"`).join(' || ');
	const storedNotes = await existingByKey(pb, 'notes', noteFilter, (r) => `${r.learner}|${r.body}`);
	for (const n of notes) {
		const learner = idOf(n.learner);
		if (storedNotes.has(`${learner}|${n.body}`)) continue;
		await pb.collection('notes').create({ learner, author: idOf(n.author), body: n.body }, noCancel);
		noteTally.created++;
	}
}
