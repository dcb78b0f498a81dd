// Every validation code a person can meet becomes plain Danish (issue 11). The codes
// come from PocketBase v0.39.11's own source (read from the Go module cache, so a
// PocketBase upgrade with a new code fails here), from the ozzo-validation rules that
// source uses, and from our hooks. Codes only the admin dashboard can meet are named
// below, each with why.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClientResponseError } from 'pocketbase';
import { describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import { fieldMessage, friendlyError, knownValidationCodes } from './errors';

const root = join(import.meta.dirname, '..', '..', '..');
const goMod = readFileSync(join(root, 'pocketbase', 'go.mod'), 'utf8');
const version = (module: string) => new RegExp(`${module.replace(/[./]/g, '\\$&')} (v[^\\s]+)`).exec(goMod)?.[1];
const modCache = execFileSync('go', ['env', 'GOMODCACHE'], { cwd: join(root, 'pocketbase'), encoding: 'utf8' }).trim();
const pbDir = join(modCache, 'github.com', 'pocketbase', `pocketbase@${version('github.com/pocketbase/pocketbase')}`);
const ozzoDir = join(modCache, 'github.com', 'pocketbase', 'ozzo-validation', `v4@${version('github.com/pocketbase/ozzo-validation/v4')}`);

/** PocketBase's files that validate records, auth requests and files. */
function recordFacingSources(): string[] {
	const dir = (sub: string, keep: (name: string) => boolean) =>
		readdirSync(join(pbDir, sub))
			.filter((name) => name.endsWith('.go') && !name.endsWith('_test.go') && keep(name))
			.map((name) => join(pbDir, sub, name));
	return [
		...dir('core', (n) => n.startsWith('field_') || n.startsWith('record_model')),
		...dir('core/validators', () => true),
		...dir('apis', (n) => n.startsWith('record_auth_') || n.startsWith('record_crud') || n === 'record_helpers.go')
	];
}

const codesIn = (text: string) => [...text.matchAll(/"(validation_[a-z0-9_]+)"/g)].map((m) => m[1] as string);

/** ozzo-validation rules PocketBase's record checks call, and the codes each gives. */
const ozzoRuleFiles: Record<string, string[]> = {
	'validation.Required': ['required.go'],
	'validation.ErrRequired': ['required.go'],
	'validation.Length': ['length.go'],
	'validation.Min': ['minmax.go'],
	'validation.Max': ['minmax.go'],
	'validation.In': ['in.go'],
	'validation.NotIn': ['not_in.go'],
	'validation.Match': ['match.go'],
	'validation.Empty': ['absent.go'],
	'validation.Date': ['date.go']
};
const ozzoIsRules: Record<string, string> = {
	'is.EmailFormat': 'validation_is_email',
	'is.URL': 'validation_is_url',
	'is.Domain': 'validation_is_domain',
	'is.JSON': 'validation_is_json'
};

function pocketBaseCodes(): Set<string> {
	const codes = new Set<string>();
	const sources = recordFacingSources().map((file) => readFileSync(file, 'utf8'));
	for (const text of sources) for (const code of codesIn(text)) codes.add(code);
	const used = new Set(sources.flatMap((text) => [...text.matchAll(/\b(?:validation|is)\.[A-Z][A-Za-z]+/g)].map((m) => m[0])));
	for (const rule of used) {
		for (const file of ozzoRuleFiles[rule] ?? []) for (const code of codesIn(readFileSync(join(ozzoDir, file), 'utf8'))) codes.add(code);
		if (ozzoIsRules[rule]) codes.add(ozzoIsRules[rule]);
	}
	// every rule PocketBase uses is accounted for above, or it gives no code of its own
	const known = new Set([...Object.keys(ozzoRuleFiles), ...Object.keys(ozzoIsRules)]);
	const noCode = ['validation.Field', 'validation.By', 'validation.NewError', 'validation.ValidateStruct', 'validation.Errors', 'validation.When', 'validation.RuleFunc', 'validation.Each', 'validation.Rule', 'validation.Error'];
	expect([...used].filter((rule) => !known.has(rule) && !noCode.includes(rule))).toEqual([]);
	return codes;
}

/** The codes our hooks throw: ValidationError("code", …) and { code: "…" } in pocketbase/pb_hooks. */
function hookCodes(): Set<string> {
	const dir = join(root, 'pocketbase', 'pb_hooks');
	const files = [...readdirSync(dir).map((n) => join(dir, n)), ...readdirSync(join(dir, 'lib')).map((n) => join(dir, 'lib', n))];
	const codes = new Set<string>();
	for (const file of files.filter((f) => f.endsWith('.js'))) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(/ValidationError\(\s*"([a-z_]+)"/g)) codes.add(m[1] as string);
		for (const m of text.matchAll(/code: "([a-z_]+)"/g)) codes.add(m[1] as string);
	}
	return codes;
}

/** Met only in the admin dashboard (schema, settings, OAuth2 we do not offer): never in a form of ours. */
const adminOnly: Record<string, string> = {
	validation_field_relation_change: 'changing a relation field in the schema',
	validation_field_relation_missing_collection: 'a relation field without a collection (schema)',
	validation_relation_field_non_view_base_collection: 'a view collection relation (schema)',
	validation_invalid_autogenerate_pattern: 'an id pattern (schema)',
	validation_invalid_autogenerate_pattern_value: 'an id pattern (schema)',
	validation_unsupported_composite_pk: 'primary keys (schema)',
	validation_invalid_regex: 'a text field pattern (schema)',
	validation_invlaid_ip_or_subnet: 'rate-limit and trusted-proxy settings',
	validation_invalid_provider: 'OAuth2 login, which Sammen does not offer',
	validation_key_missing: 'map validation, not used for records',
	validation_key_unexpected: 'map validation, not used for records',
	validation_key_wrong_type: 'map validation, not used for records'
};

const danish = /[æøå]|\b(?:Skal|Skriv|Vælg|Det|Den|Filen|Tallet|Teksten|Slut|Ugyldig|Findes|Du|Din|Linket|Indholdet|En|Kun|Sammen|De)\b/;
const english = /\b(?:must|cannot|the|value|invalid|should|Must|Invalid|blank)\b/;

describe('validation codes in plain Danish', () => {
	const pocketbase = pocketBaseCodes();
	const ours = hookCodes();

	it('reads PocketBase’s codes from its source (sanity: the ones the issue names are there)', () => {
		for (const code of ['validation_max_text_constraint', 'validation_required', 'validation_min_number_constraint', 'validation_length_too_long']) {
			expect(pocketbase).toContain(code);
		}
		expect(ours).toContain('sammen_invalid_date');
	});

	it('every code a person can meet has its own words (nothing falls back to "Ugyldig værdi." by accident)', () => {
		const missing = [...pocketbase, ...ours].filter((code) => !knownValidationCodes.includes(code) && !(code in adminOnly));
		expect(missing).toEqual([]);
	});

	it.each(knownValidationCodes.map((code) => [code]))('%s reads as Danish, and as English in English', (code) => {
		const params = { min: 3, max: 4000, maxSelect: 2, minSelect: 1, threshold: 5, maxSize: 5 * 1024 * 1024 };
		locale.current = 'da';
		const da = fieldMessage(code, { code, params });
		expect(da).toMatch(danish);
		expect(da).not.toMatch(english);
		locale.current = 'en';
		expect(fieldMessage(code, { code, params })).not.toBe(da);
		locale.current = 'da';
	});

	it('the issue’s example: "Must be no more than 4000 character(s)." reaches the person in Danish', () => {
		const error = new ClientResponseError({
			status: 400,
			response: {
				status: 400,
				message: 'Failed to create record.',
				data: { text: { code: 'validation_max_text_constraint', message: 'Must be no more than 4000 character(s).', params: { max: 4000 } } }
			}
		});
		expect(friendlyError(error)).toEqual({
			status: 400,
			message: 'Noget er ikke udfyldt rigtigt. Se felterne med rød tekst.',
			fields: { text: 'Teksten er for lang. Den må højst have 4.000 tegn.' }
		});
	});

	it('our hooks’ top-level messages are Danish too (the API answer, and what a field without words falls back to)', () => {
		const dir = join(root, 'pocketbase', 'pb_hooks');
		const files = [...readdirSync(dir).map((n) => join(dir, n)), ...readdirSync(join(dir, 'lib')).map((n) => join(dir, 'lib', n))];
		const messages: string[] = [];
		for (const file of files.filter((f) => f.endsWith('.js') && !f.endsWith('.gen.js'))) {
			const text = readFileSync(file, 'utf8');
			const thrown = /new (?:BadRequestError|ForbiddenError|NotFoundError|UnauthorizedError|TooManyRequestsError|InternalServerError|ApiError\(\s*\d+,)\(?\s*"([^"]+)"|ValidationError\(\s*"[a-z_]+",\s*"([^"]+)"|invalid\("[a-z]+", "([^"]+)"/g;
			for (const m of text.matchAll(thrown)) messages.push((m[1] ?? m[2] ?? m[3]) as string);
		}
		expect(messages.length).toBeGreaterThan(20);
		const englishWords = /\b(?:the|is|are|needs|must|cannot|only|not|has|a|an|already|choose|closing|changed|by|someone)\b/i;
		expect(messages.filter((text) => englishWords.test(text.replace(/\b(?:now|confirm|true|false)\b/g, '')))).toEqual([]);
	});

	it('a code nobody knows still gets plain Danish', () => {
		expect(fieldMessage('validation_something_new')).toBe('Ugyldig værdi.');
	});
});
