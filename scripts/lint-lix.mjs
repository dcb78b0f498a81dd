// Plain Danish check (`npm run lint:lix`, a step of `npm test`): the LIX readability
// of every Danish UI string set must be at most 25, and of every help article at most 30.
//
// - A string set is the `da` part of one `defineWords({ da, en })` call in src/
//   (.ts and .svelte files; a file may have several). Function words count with
//   the text of their templates and strings (a placeholder reads as a short name).
// - An article is a Markdown file of the help library (scripts/demo/help-articles), or
//   a demo story of Fællesskab (scripts/demo/stories): its title, summary, headings,
//   paragraphs and list items.
//
//   node scripts/lint-lix.mjs                       check src/ and the help articles
//   node scripts/lint-lix.mjs --ui FILE|DIR …       check these UI files instead
//   node scripts/lint-lix.mjs --articles FILE|DIR … check these articles instead
//   node scripts/lint-lix.mjs --verbose             also list every set with its LIX
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { lix, markdownTexts } from '../src/lib/features/supports/lix.js';
import { parseArticle } from './demo/supports.mjs';

export const root = resolve(import.meta.dirname, '..');
export const maxUiLix = 25;
export const maxArticleLix = 30;

const placeholder = 'Sarah';

/** @param {string} path @param {(file: string) => boolean} wanted @returns {string[]} */
function filesUnder(path, wanted) {
	if (!existsSync(path)) throw new Error(`lint-lix: ${path} does not exist`);
	if (statSync(path).isFile()) return [path];
	return readdirSync(path, { withFileTypes: true })
		.flatMap((entry) => {
			const full = join(path, entry.name);
			if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full, wanted);
			return wanted(full) ? [full] : [];
		})
		.sort();
}

const isUiFile = (/** @type {string} */ file) =>
	/\.(ts|svelte)$/.test(file) && !/\.(test|spec)\.ts$/.test(file) && !file.endsWith('.gen.ts') && !file.endsWith('.d.ts');

// ------------------------------------------------------------------ UI strings

/**
 * One readable sample of an expression that builds a string: literals as they are,
 * anything computed as a short name.
 * @param {ts.Expression} expr @returns {string}
 */
function sample(expr) {
	if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
	if (ts.isParenthesizedExpression(expr)) return sample(expr.expression);
	if (ts.isTemplateExpression(expr)) {
		return expr.head.text + expr.templateSpans.map((span) => sample(span.expression) + span.literal.text).join('');
	}
	if (ts.isConditionalExpression(expr)) return sample(expr.whenTrue);
	if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
		return sample(expr.left) + sample(expr.right);
	}
	return placeholder;
}

/**
 * The texts a message can show: a string, or every branch of a function message.
 * @param {ts.Node} node @returns {string[]}
 */
function textsOf(node) {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
		return [sample(node)];
	}
	if (ts.isParenthesizedExpression(node)) return textsOf(node.expression);
	if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
	if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return [sample(node)];
	if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
		return [...textsOf(node.left), ...textsOf(node.right)];
	}
	if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) && node.body) {
		if (!ts.isBlock(node.body)) return textsOf(node.body);
		/** @type {string[]} */
		const out = [];
		const visit = (/** @type {ts.Node} */ n) => {
			if (ts.isReturnStatement(n) && n.expression) out.push(...textsOf(n.expression));
			else if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
		};
		visit(node.body);
		return out;
	}
	return [];
}

/**
 * Every `defineWords({ da: {…} })` in a source text, with the Danish texts of each.
 * @param {string} source @param {string} fileName
 * @returns {{ line: number, texts: { key: string, text: string }[] }[]}
 */
export function messageSetsIn(source, fileName) {
	const code = fileName.endsWith('.svelte') ? scriptsOfSvelte(source) : source;
	const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	/** @type {{ line: number, texts: { key: string, text: string }[] }[]} */
	const sets = [];
	const visit = (/** @type {ts.Node} */ node) => {
		if (
			ts.isCallExpression(node) &&
			ts.isIdentifier(node.expression) &&
			node.expression.text === 'defineWords' &&
			node.arguments[0] &&
			ts.isObjectLiteralExpression(node.arguments[0])
		) {
			const da = node.arguments[0].properties.find(
				(p) => ts.isPropertyAssignment(p) && p.name.getText(file) === 'da' && ts.isObjectLiteralExpression(p.initializer)
			);
			if (da && ts.isPropertyAssignment(da) && ts.isObjectLiteralExpression(da.initializer)) {
				const texts = da.initializer.properties.flatMap((p) => {
					const key = p.name?.getText(file) ?? '?';
					const value = ts.isPropertyAssignment(p) ? p.initializer : ts.isMethodDeclaration(p) ? p : null;
					return value ? textsOf(value).map((text) => ({ key, text })) : [];
				});
				sets.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, texts });
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return sets;
}

/**
 * The <script> parts of a Svelte file, with everything else blanked out (so line
 * numbers stay right).
 * @param {string} source
 */
function scriptsOfSvelte(source) {
	let out = source.replace(/[^\n]/g, ' ');
	for (const match of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		const start = (match.index ?? 0) + match[0].indexOf('>') + 1;
		const body = match[1] ?? '';
		out = out.slice(0, start) + body + out.slice(start + body.length);
	}
	return out;
}

// ------------------------------------------------------------------ articles

/** The texts of an article that readers read. @param {string} text */
export function articleTexts(text) {
	const { meta, body } = parseArticle(text);
	return [meta.title ?? '', meta.summary ?? '', ...markdownTexts(body)].filter(Boolean);
}

// ------------------------------------------------------------------ the check

/**
 * @param {{ ui?: string[], articles?: string[] }} targets
 * @returns {{ problems: string[], report: string[], uiSets: number, articles: number }}
 */
export function check({
	ui = [join(root, 'src')],
	articles = [join(root, 'scripts', 'demo', 'help-articles'), join(root, 'scripts', 'demo', 'stories')]
} = {}) {
	/** @type {string[]} */
	const problems = [];
	/** @type {string[]} */
	const report = [];
	let uiSets = 0;
	let articleCount = 0;

	for (const file of ui.flatMap((p) => filesUnder(resolve(p), isUiFile))) {
		const source = readFileSync(file, 'utf8');
		if (!source.includes('defineWords')) continue;
		for (const set of messageSetsIn(source, file)) {
			if (set.texts.length === 0) continue;
			uiSets += 1;
			const result = lix(set.texts.map((t) => t.text));
			const where = `${relative(root, file)}:${set.line}`;
			report.push(`${result.lix.toFixed(1).padStart(5)}  ${where}`);
			if (result.lix > maxUiLix) {
				const hardest = set.texts
					.map((t) => ({ ...t, lix: lix([t.text]).lix }))
					.sort((a, b) => b.lix - a.lix)
					.slice(0, 3)
					.map((t) => `      ${t.key} (${t.lix}): ${t.text}`);
				problems.push(`${where}: LIX ${result.lix} > ${maxUiLix} (UI strings). Hardest:\n${hardest.join('\n')}`);
			}
		}
	}

	for (const file of articles.flatMap((p) => filesUnder(resolve(p), (f) => f.endsWith('.md')))) {
		articleCount += 1;
		const texts = articleTexts(readFileSync(file, 'utf8'));
		const result = lix(texts);
		const where = relative(root, file);
		report.push(`${result.lix.toFixed(1).padStart(5)}  ${where}`);
		if (result.lix > maxArticleLix) {
			const hardest = texts
				.map((text) => ({ text, lix: lix([text]).lix }))
				.sort((a, b) => b.lix - a.lix)
				.slice(0, 3)
				.map((t) => `      (${t.lix}) ${t.text}`);
			problems.push(`${where}: LIX ${result.lix} > ${maxArticleLix} (help article). Hardest:\n${hardest.join('\n')}`);
		}
	}
	return { problems, report, uiSets, articles: articleCount };
}

function main() {
	const args = process.argv.slice(2);
	/** @type {{ ui?: string[], articles?: string[] }} */
	const targets = {};
	let verbose = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--verbose') verbose = true;
		else if (arg === '--ui' || arg === '--articles') {
			const value = args[++i];
			if (!value) throw new Error(`lint-lix: ${arg} needs a path`);
			(targets[arg === '--ui' ? 'ui' : 'articles'] ??= []).push(value);
		} else throw new Error(`lint-lix: unknown argument ${arg}`);
	}
	// Checking only some UI files (or only articles) leaves the other kind out.
	if (targets.ui && !targets.articles) targets.articles = [];
	if (targets.articles && !targets.ui) targets.ui = [];

	const { problems, report, uiSets, articles } = check(targets);
	if (verbose) console.log(report.sort().reverse().join('\n'));
	for (const problem of problems) console.error(`✗ ${problem}`);
	const summary = `LIX: ${uiSets} sets of UI strings (max ${maxUiLix}) and ${articles} help articles (max ${maxArticleLix}) checked`;
	if (problems.length > 0) {
		console.error(`${summary}: ${problems.length} too hard to read. Use shorter sentences and shorter words.`);
		process.exit(1);
	}
	console.log(`${summary}: all plain enough.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
