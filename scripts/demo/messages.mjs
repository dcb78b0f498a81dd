// Demo data of Beskeder: a few conversations between learners and their mentors.
// - Sarah and Karen: getting started; Karen's newest message is not read yet.
// - Amina wrote to Karen about her læreplads; Karen has not read or answered it.
// - Omar: messages with Søren, his mentor until 30 September, and then Lone, who
//   took over and sees the whole history.
// Idempotent: a conversation is found by its learner (its id is the learner's id),
// a message by conversation, sender and words; only missing ones are created, in order.

/** @typedef {import('pocketbase').default} PocketBase */
/** @typedef {{ from: string, text: string, read: boolean }} DemoMessage */

/** @type {{ learner: string, messages: DemoMessage[] }[]} */
const conversations = [
	{
		learner: 'sarah@sammen.test',
		messages: [
			{
				from: 'karen@sammen.test',
				text: 'Hej Sarah. Velkommen! Jeg er din mentor. Skriv til mig, når du vil. Der findes ingen dumme spørgsmål.',
				read: true
			},
			{ from: 'sarah@sammen.test', text: 'Hej Karen. Tak. Jeg er lidt nervøs for at starte i skole igen.', read: true },
			{
				from: 'karen@sammen.test',
				text: 'Det er helt normalt. Mange voksne har det sådan. Skal vi drikke en kop kaffe på skolen tirsdag kl. 10?',
				read: true
			},
			{ from: 'sarah@sammen.test', text: 'Ja tak. Det vil jeg gerne.', read: true },
			{
				from: 'karen@sammen.test',
				text: 'Godt. Tag din seneste lønseddel med. Så ser vi på din økonomi under uddannelsen sammen.',
				read: false
			}
		]
	},
	{
		learner: 'amina@sammen.test',
		messages: [
			{
				from: 'amina@sammen.test',
				text: 'Hej Karen. Jeg har fået læreplads på plejecentret i Viborg! Men jeg ved ikke, hvordan aftalen skal skrives under.',
				read: false
			}
		]
	},
	{
		learner: 'omar@sammen.test',
		messages: [
			{ from: 'soeren@sammen.test', text: 'Hej Omar. Hvordan gik mødet på jobcentret?', read: true },
			{ from: 'omar@sammen.test', text: 'Det gik godt. Jeg har fået ja til uddannelsesløft.', read: true },
			{
				from: 'lone@sammen.test',
				text: 'Hej Omar. Jeg er din nye mentor. Jeg kan se, at du har fået ja til uddannelsesløft. Tillykke! Vi ses på skolen på mandag.',
				read: true
			}
		]
	}
];

/**
 * @param {PocketBase} pb a superuser client
 * @param {{ userIds: Map<string, string>, tallyFor: (name: string) => { created: number, updated: number },
 *           existingByKey: (pb: PocketBase, collection: string, filter: string, keyOf: (r: any) => string) => Promise<Map<string, any>> }} context
 */
export async function seedDemo(pb, context) {
	const { userIds, tallyFor, existingByKey } = context;
	const conversationTally = tallyFor('conversations');
	const messageTally = tallyFor('messages');
	const idOf = (/** @type {string} */ email) => {
		const id = userIds.get(email);
		if (!id) throw new Error(`demo messages: nobody with the e-mail ${email}`);
		return id;
	};
	const noCancel = { requestKey: null };

	const learnerIds = conversations.map((c) => idOf(c.learner));
	const filter = learnerIds.map((id) => `learner = "${id}"`).join(' || ');
	const existing = await existingByKey(pb, 'conversations', filter, (r) => r.learner);

	for (const conversation of conversations) {
		const learner = idOf(conversation.learner);
		if (!existing.has(learner)) {
			await pb.collection('conversations').create({ id: learner, learner }, noCancel);
			conversationTally.created++;
		}
		const keyOf = (/** @type {string} */ sender, /** @type {string} */ text) => `${sender}|${text}`;
		const stored = await existingByKey(pb, 'messages', pb.filter('conversation = {:c}', { c: learner }), (r) =>
			keyOf(r.sender, r.text)
		);
		// one by one, so they keep their order in the conversation
		for (const message of conversation.messages) {
			const sender = idOf(message.from);
			if (stored.has(keyOf(sender, message.text))) continue;
			const created = await pb
				.collection('messages')
				.create({ conversation: learner, sender, text: message.text }, noCancel);
			// the recipient has read it (the server stamps its own time)
			if (message.read) await pb.collection('messages').update(created.id, { readAt: created.created }, noCancel);
			messageTally.created++;
		}
	}
}
