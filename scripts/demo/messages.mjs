// Demo data of Beskeder: a few conversations between learners and their mentors.
// - Sarah and Karen: getting started; Karen's newest message is not read yet.
// - Amina wrote to Karen about her læreplads; Karen has not read or answered it.
// - Omar: messages with Søren, his mentor until 30 September, and then Lone, who
//   took over and sees the whole history.
// - Every other learner of the school but a few has a short, everyday exchange with
//   their mentor (a check-in and an answer), so "I dag" shows a caseload where most are
//   in touch; every sixth has not written yet, so "Ingen kontakt" stands out there.
//   (A message's time is the server's, so the exchange is as old as the demo.)
// Idempotent: a conversation is found by its learner (its id is the learner's id),
// a message by conversation, sender and words; only missing ones are created, in order.

import { emailFor, emailOf, learners } from '../demo-data.mjs';

/** @typedef {import('pocketbase').default} PocketBase */
/** @typedef {{ from: string, text: string, read: boolean }} DemoMessage */

/** @type {{ learner: string, messages: DemoMessage[] }[]} */
export const conversations = [
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

// Short everyday exchanges: the mentor asks, the learner answers (or the other way).
/** @type {((first: string) => { mentor: string, learner: string, learnerFirst?: boolean })[]} */
const exchanges = [
	(first) => ({ mentor: `Hej ${first}. Hvordan går det i skolen i denne uge?`, learner: 'Det går fint. Der er meget at lære, men jeg følger med.' }),
	(first) => ({ mentor: `Hej ${first}. Husk vores møde på torsdag kl. 9.`, learner: 'Tak. Jeg kommer.' }),
	(first) => ({ mentor: `Hej ${first}. Har du hørt fra lærepladsen?`, learner: 'Ikke endnu. Jeg ringer til dem i morgen.' }),
	(first) => ({ mentor: `Godt gået med prøven, ${first}!`, learner: 'Tak! Jeg var nervøs, men det gik.' }),
	() => ({ learner: 'Hej. Jeg er syg i dag og kommer ikke i skole.', mentor: 'Tak for besked. God bedring.', learnerFirst: true }),
	(first) => ({ mentor: `Hej ${first}. Skal vi tale om din økonomi snart?`, learner: 'Ja tak. Kan vi mødes efter skole på mandag?' })
];

const written = new Set(conversations.map((c) => c.learner));
const everyday = learners
	.map((l) => ({ learner: 'email' in l && l.email ? String(l.email) : emailFor(l.name), first: l.name.split(' ')[0] ?? '', mentor: emailOf(l.mentor) }))
	.filter((l) => !written.has(l.learner))
	// every sixth learner has not written with their mentor yet
	.filter((_, i) => i % 6 !== 5);
for (const [i, l] of everyday.entries()) {
	const talk = exchanges[i % exchanges.length]?.(l.first);
	if (!talk) continue;
	const fromMentor = { from: l.mentor, text: talk.mentor, read: true };
	const fromLearner = { from: l.learner, text: talk.learner, read: true };
	conversations.push({ learner: l.learner, messages: talk.learnerFirst ? [fromLearner, fromMentor] : [fromMentor, fromLearner] });
}

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
