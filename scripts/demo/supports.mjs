// Demo data of Hjælp (issue 7): the help library (scripts/demo/help-articles/*.md,
// published by the demo school's coordinator), the school's IT helper, and a few
// help requests ("Jeg har brug for hjælp") in each state.
// Idempotent: articles by slug, the IT helper by e-mail, requests by learner + text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPassword } from '../demo-data.mjs';

export const articlesDir = join(import.meta.dirname, 'help-articles');

/**
 * A help article file: a small front matter (title, summary, group, order) and Markdown.
 * @param {string} text
 * @returns {{ meta: Record<string, string>, body: string }}
 */
export function parseArticle(text) {
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
	if (!match) return { meta: {}, body: text };
	/** @type {Record<string, string>} */
	const meta = {};
	for (const line of (match[1] ?? '').split('\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) meta[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return { meta, body: (match[2] ?? '').trim() + '\n' };
}

/** Every article of the library, as the fields of a help_articles record (without school). */
export function readArticles(dir = articlesDir) {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((file) => {
			const { meta, body } = parseArticle(readFileSync(join(dir, file), 'utf8'));
			const slug = file.replace(/\.md$/, '');
			if (!meta.title || !meta.group) throw new Error(`help article ${file}: title and group are needed`);
			return {
				slug,
				title: meta.title,
				summary: meta.summary ?? '',
				group: meta.group,
				order: Number(meta.order ?? 0),
				body
			};
		});
}

export const itHelper = {
	email: 'ole@sammen.test',
	name: 'Ole Bruun',
	about: 'Jeg er IT-hjælper på skolen. Spørg mig om pc, Wi-Fi, print og log ind.'
};

/** Help requests of the personas, one in each state. */
const requests = [
	{
		learner: 'sarah@sammen.test',
		area: 'tal',
		text: 'Jeg skal regne procent i en opgave om løn. Kan vi tage det sammen?',
		status: 'open'
	},
	{
		learner: 'jonas@sammen.test',
		area: 'it',
		text: 'Jeg kan ikke komme på skolens Wi-Fi med min telefon.',
		status: 'in_progress',
		helper: 'ole@sammen.test'
	},
	{
		learner: 'bjarke@sammen.test',
		area: 'laesning',
		text: 'Jeg har svært ved at læse opgaverne. Kan jeg få hjælp til det?',
		status: 'solved',
		helper: 'soeren@sammen.test',
		reply: 'Vi har søgt SPS til dig. Du får en pc med AppWriter i næste uge.'
	}
];

/**
 * @param {import('pocketbase').default} pb
 * @param {any} context see scripts/seed.mjs
 */
export async function seedDemo(pb, context) {
	const { school, userIds, tallyFor, sync, existingByKey } = context;
	const author = userIds.get('anne@sammen.test') ?? '';

	// ---------------------------------------------------------------- the IT helper
	const existingHelper = await existingByKey(pb, 'users', pb.filter('email = {:e}', { e: itHelper.email }), (/** @type {any} */ r) => r.email);
	const helpers = await sync(
		pb,
		'users',
		existingHelper,
		[
			{
				key: itHelper.email,
				fields: { name: itHelper.name, role: 'it_helper', school, language: 'da', about: itHelper.about, verified: true },
				onCreate: { email: itHelper.email, password: demoPassword, passwordConfirm: demoPassword }
			}
		],
		tallyFor('it_helpers')
	);
	const ids = new Map(userIds);
	ids.set(itHelper.email, helpers.get(itHelper.email)?.id);

	// ---------------------------------------------------------------- the help library
	const existingArticles = await existingByKey(pb, 'help_articles', pb.filter('school = {:school}', { school }), (/** @type {any} */ r) => r.slug);
	const rows = readArticles().map((a) => ({
		key: a.slug,
		fields: { ...a, status: 'published', school },
		onCreate: { author }
	}));
	await sync(pb, 'help_articles', existingArticles, rows, tallyFor('help_articles'));

	// ---------------------------------------------------------------- help requests
	const learners = requests.map((r) => ids.get(r.learner)).filter(Boolean);
	const filter = learners.map((_, i) => `learner = {:l${i}}`).join(' || ');
	const params = Object.fromEntries(learners.map((id, i) => [`l${i}`, id]));
	const existingRequests = await existingByKey(pb, 'help_requests', pb.filter(filter, params), (/** @type {any} */ r) => `${r.learner}|${r.text}`);
	const helperNames = new Map([[itHelper.email, itHelper.name], ['soeren@sammen.test', 'Søren Dahl']]);
	const requestRows = requests.map((r) => {
		const learner = ids.get(r.learner);
		if (!learner) throw new Error(`seed supports: no demo user ${r.learner}`);
		return {
			key: `${learner}|${r.text}`,
			fields: {
				learner,
				school,
				area: r.area,
				text: r.text,
				status: r.status,
				reply: r.reply ?? '',
				helper: r.helper ? (ids.get(r.helper) ?? '') : '',
				helperName: r.helper ? (helperNames.get(r.helper) ?? '') : ''
			}
		};
	});
	await sync(pb, 'help_requests', existingRequests, requestRows, tallyFor('help_requests'));
}
