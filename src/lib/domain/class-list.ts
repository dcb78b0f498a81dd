// A class list (holdliste) from a school's student administration, for the app and the
// PocketBase import route alike (bundled into pb_hooks/lib/kernel.gen.js): which column is
// which, Danish and Excel dates, the words for funding and referral, and the checks of each
// row. Reading the file (bytes → text → cells) is in src/lib/features/import/read-file.ts;
// these functions start from cells, so they stay synchronous and free of libraries.

export type Funding = 'uddannelsesloeft' | 'voksenlaerling' | 'veu' | 'loen';
export type Referral = 'jobcenter' | 'a_kasse' | 'arbejdsgiver' | 'selv';
export type Track = 'EUV1' | 'EUV2' | 'EUV3';

/** One learner of the list, as the import stores it. Empty string: not given. */
export interface ClassListRow {
	/** The line in the file (1 = the header), so errors can name it. */
	line: number;
	firstName: string;
	lastName: string;
	email: string;
	programme: string;
	track: string;
	hold: string;
	/** YYYY-MM-DD, or the text as written when it is not a date (then a problem says so). */
	startDate: string;
	mentorEmail: string;
	funding: string;
	referral: string;
}

export type RowField = Exclude<keyof ClassListRow, 'line'>;
export const ROW_FIELDS: RowField[] = [
	'firstName',
	'lastName',
	'email',
	'programme',
	'track',
	'hold',
	'startDate',
	'mentorEmail',
	'funding',
	'referral'
];

export type ProblemCode =
	| 'missing_name'
	| 'missing_email'
	| 'bad_email'
	| 'duplicate_row'
	| 'duplicate_email'
	| 'unknown_mentor'
	| 'unknown_programme'
	| 'unknown_track'
	| 'bad_date'
	| 'unknown_funding'
	| 'unknown_referral'
	| 'email_taken'
	| 'not_a_learner'
	| 'closed';

export interface RowProblem {
	field: RowField;
	kind: ProblemCode;
}

// ------------------------------------------------------------------ headers

/** Lower case, æøå spelled out, only letters and digits: "E-mail-adresse" → "emailadresse". */
export function headerKey(header: string): string {
	return header
		.replace(/^\uFEFF/, '')
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.replace(/é/g, 'e')
		.replace(/[^a-z0-9]/g, '');
}

/** What a student administration (or a person) calls each column, Danish and English. */
const HEADER_NAMES: Record<RowField | 'fullName', string[]> = {
	firstName: ['fornavn', 'fornavne', 'firstname', 'givenname', 'first'],
	lastName: ['efternavn', 'lastname', 'surname', 'familyname', 'last'],
	fullName: ['navn', 'name', 'fuldtnavn', 'fuldenavn', 'fullname', 'elevnavn', 'elev'],
	email: ['email', 'mail', 'emailadresse', 'mailadresse', 'elevemail', 'emailaddress', 'elevensemail'],
	programme: ['uddannelse', 'uddannelsesnavn', 'programme', 'program', 'education', 'uddannelsen'],
	track: ['spor', 'euv', 'euvspor', 'track', 'euvtrack', 'forloebstype', 'vej'],
	hold: ['hold', 'holdnavn', 'klasse', 'class', 'team', 'gruppe'],
	startDate: ['startdato', 'start', 'startdate', 'opstart', 'opstartsdato', 'begynder', 'datostart'],
	mentorEmail: ['mentor', 'mentoremail', 'mentorsemail', 'mentormail', 'mentorsmail', 'mentoremailadresse', 'mentorsemailadresse'],
	funding: ['finansiering', 'funding', 'ordning', 'betaling', 'finansieringsform', 'oekonomi'],
	referral: ['henvistaf', 'henvisning', 'henvist', 'referral', 'referredby', 'kilde', 'source', 'henvisningskilde']
};

export interface Columns {
	/** Column index of each field found (fullName: one column with the whole name). */
	index: Partial<Record<RowField | 'fullName', number>>;
	/** Headers we could not place (shown, so a coordinator sees what was left out). */
	unknown: string[];
	/** Fields that must be there but are not: e-mail, and a name. */
	missing: ('email' | 'name')[];
}

/** Which column is which, from the header row. */
export function findColumns(headers: readonly string[]): Columns {
	const index: Columns['index'] = {};
	const unknown: string[] = [];
	headers.forEach((header, i) => {
		const key = headerKey(header);
		if (!key) return;
		const field = (Object.keys(HEADER_NAMES) as (keyof typeof HEADER_NAMES)[]).find((f) => HEADER_NAMES[f].includes(key));
		if (field && index[field] === undefined) index[field] = i;
		else unknown.push(header.trim());
	});
	const missing: Columns['missing'] = [];
	if (index.email === undefined) missing.push('email');
	if (index.fullName === undefined && index.firstName === undefined) missing.push('name');
	return { index, unknown, missing };
}

// ------------------------------------------------------------------ values

/**
 * A date as a Danish school writes it (5.8.2026, 05-08-2026, 5/8/26), as ISO (2026-08-05)
 * or as Excel keeps it (a serial day number, 46239). YYYY-MM-DD, or null when it is not a
 * real date.
 */
export function parseDanishDate(value: string): string | null {
	const text = value.trim();
	if (!text) return null;
	let day: number, month: number, year: number;
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text))) {
		year = +m[1]!;
		month = +m[2]!;
		day = +m[3]!;
	} else if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(text))) {
		day = +m[1]!;
		month = +m[2]!;
		year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
	} else if (/^\d{5}(?:[.,]\d+)?$/.test(text)) {
		// Excel's serial day: days since 1899-12-30 (the 1900 leap-year bug included)
		const serial = Math.floor(Number(text.replace(',', '.')));
		if (serial < 20000 || serial > 80000) return null;
		const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
		return date.toISOString().slice(0, 10);
	} else return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	if (year < 1950 || year > 2150) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const FUNDING_WORDS: Record<string, Funding> = {
	uddannelsesloeft: 'uddannelsesloeft',
	uddannelsesloft: 'uddannelsesloeft',
	loeft: 'uddannelsesloeft',
	voksenlaerling: 'voksenlaerling',
	voksenlaerlingeordning: 'voksenlaerling',
	voksenlaerlingeordningen: 'voksenlaerling',
	adultapprentice: 'voksenlaerling',
	veu: 'veu',
	veugodtgoerelse: 'veu',
	loen: 'loen',
	lon: 'loen',
	loennet: 'loen',
	salary: 'loen',
	wage: 'loen'
};

const REFERRAL_WORDS: Record<string, Referral> = {
	jobcenter: 'jobcenter',
	jobcentret: 'jobcenter',
	akasse: 'a_kasse',
	akassen: 'a_kasse',
	arbejdsgiver: 'arbejdsgiver',
	arbejdsgiveren: 'arbejdsgiver',
	virksomhed: 'arbejdsgiver',
	virksomheden: 'arbejdsgiver',
	employer: 'arbejdsgiver',
	selv: 'selv',
	selvhenvendelse: 'selv',
	egen: 'selv',
	egenhenvendelse: 'selv',
	self: 'selv',
	themselves: 'selv'
};

/** A funding as stored, '' when empty, null when the word is not one we know. */
export function parseFunding(value: string): Funding | '' | null {
	const key = headerKey(value);
	if (!key) return '';
	return FUNDING_WORDS[key] ?? null;
}

/** A referral source as stored, '' when empty, null when the word is not one we know. */
export function parseReferral(value: string): Referral | '' | null {
	const key = headerKey(value);
	if (!key) return '';
	return REFERRAL_WORDS[key] ?? null;
}

/** EUV1/EUV2/EUV3 from "EUV 2", "euv2", "2"; '' when empty, null when something else. */
export function parseTrack(value: string): Track | '' | null {
	const key = headerKey(value);
	if (!key) return '';
	const m = /^(?:euv)?([123])$/.exec(key);
	return m ? (`EUV${m[1]}` as Track) : null;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;

export function isEmail(value: string): boolean {
	return EMAIL.test(value.trim());
}

export const normaliseEmail = (value: string) => value.trim().toLowerCase();

// ------------------------------------------------------------------ rows

/** One line of cells as a row: trimmed, e-mails in lower case, known words and dates normalised. */
export function rowFromCells(cells: readonly string[], columns: Columns, line: number): ClassListRow {
	const at = (field: RowField | 'fullName') => {
		const i = columns.index[field];
		return i === undefined ? '' : String(cells[i] ?? '').trim();
	};
	let firstName = at('firstName');
	let lastName = at('lastName');
	if (!firstName && !lastName && columns.index.fullName !== undefined) {
		const full = at('fullName').replace(/\s+/g, ' ');
		// "Efternavn, Fornavn" (how many systems export) or "Fornavn Efternavn"
		const comma = full.indexOf(',');
		if (comma > 0) {
			lastName = full.slice(0, comma).trim();
			firstName = full.slice(comma + 1).trim();
		} else {
			const space = full.lastIndexOf(' ');
			firstName = space > 0 ? full.slice(0, space) : full;
			lastName = space > 0 ? full.slice(space + 1) : '';
		}
	}
	return normaliseRow({
		line,
		firstName,
		lastName,
		email: at('email'),
		programme: at('programme'),
		track: at('track'),
		hold: at('hold'),
		startDate: at('startDate'),
		mentorEmail: at('mentorEmail'),
		funding: at('funding'),
		referral: at('referral')
	});
}

/** Normalises what can be normalised and keeps the rest as written (so a problem can show it). */
export function normaliseRow(row: ClassListRow): ClassListRow {
	const out: ClassListRow = { ...row };
	for (const f of ROW_FIELDS) out[f] = String(row[f] ?? '').trim().replace(/\s+/g, ' ');
	out.email = normaliseEmail(out.email);
	out.mentorEmail = normaliseEmail(out.mentorEmail);
	const date = parseDanishDate(out.startDate);
	if (date) out.startDate = date;
	const track = parseTrack(out.track);
	if (track !== null) out.track = track;
	const funding = parseFunding(out.funding);
	if (funding !== null) out.funding = funding;
	const referral = parseReferral(out.referral);
	if (referral !== null) out.referral = referral;
	return out;
}

/** True when every field is empty (a blank line in the middle of a file). */
export function isBlankRow(row: ClassListRow): boolean {
	return ROW_FIELDS.every((f) => !row[f]);
}

/** What the checks need to know about the school. */
export interface ListContext {
	/** E-mails (lower case) of the school's mentors. */
	mentorEmails: ReadonlySet<string>;
	/** The school's programmes. */
	programmes: readonly { name: string; track: string }[];
	/** E-mails (lower case) of people the import may not touch: another school's, staff, or closed. */
	taken?: ReadonlyMap<string, 'email_taken' | 'not_a_learner' | 'closed'>;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The programme of a row: by name, and by track when the school has the name on more
 * than one track. undefined when none is given; null when it cannot be found.
 */
export function findProgramme<P extends { name: string; track: string }>(
	row: Pick<ClassListRow, 'programme' | 'track'>,
	programmes: readonly P[]
): P | null | undefined {
	if (!row.programme) return undefined;
	const named = programmes.filter((p) => sameName(p.name, row.programme));
	if (row.track) return named.find((p) => p.track === row.track) ?? null;
	return named.length === 1 ? named[0]! : null;
}

/** The problems of one row, in the order of its columns. */
export function rowProblems(row: ClassListRow, context: ListContext): RowProblem[] {
	const problems: RowProblem[] = [];
	if (!row.firstName && !row.lastName) problems.push({ field: 'firstName', kind: 'missing_name' });
	if (!row.email) problems.push({ field: 'email', kind: 'missing_email' });
	else if (!isEmail(row.email)) problems.push({ field: 'email', kind: 'bad_email' });
	else {
		const taken = context.taken?.get(row.email);
		if (taken) problems.push({ field: 'email', kind: taken });
	}
	if (row.track && parseTrack(row.track) === null) problems.push({ field: 'track', kind: 'unknown_track' });
	else if (row.programme && !findProgramme(row, context.programmes)) {
		const named = context.programmes.some((p) => sameName(p.name, row.programme));
		problems.push(named ? { field: 'track', kind: 'unknown_track' } : { field: 'programme', kind: 'unknown_programme' });
	}
	if (row.startDate && !parseDanishDate(row.startDate)) problems.push({ field: 'startDate', kind: 'bad_date' });
	if (row.mentorEmail && !context.mentorEmails.has(row.mentorEmail)) problems.push({ field: 'mentorEmail', kind: 'unknown_mentor' });
	if (parseFunding(row.funding) === null) problems.push({ field: 'funding', kind: 'unknown_funding' });
	if (parseReferral(row.referral) === null) problems.push({ field: 'referral', kind: 'unknown_referral' });
	return problems;
}

const rowKey = (row: ClassListRow) => ROW_FIELDS.map((f) => row[f]).join('\u0001');

/**
 * The problems of every row, by line: each row's own, and duplicates: the same line twice
 * (the second is a duplicate row) or the same e-mail on two different lines (both are
 * wrong, as we cannot know which is right).
 */
export function listProblems(rows: readonly ClassListRow[], context: ListContext): Map<number, RowProblem[]> {
	const out = new Map<number, RowProblem[]>();
	const firstByEmail = new Map<string, ClassListRow>();
	const seenKeys = new Set<string>();
	const conflicted = new Set<string>();
	for (const row of rows) {
		if (!row.email) continue;
		const first = firstByEmail.get(row.email);
		if (!first) firstByEmail.set(row.email, row);
		else if (rowKey(first) !== rowKey(row)) conflicted.add(row.email);
	}
	for (const row of rows) {
		const problems = rowProblems(row, context);
		const key = rowKey(row);
		if (row.email && conflicted.has(row.email)) problems.push({ field: 'email', kind: 'duplicate_email' });
		else if (seenKeys.has(key)) problems.push({ field: 'email', kind: 'duplicate_row' });
		seenKeys.add(key);
		out.set(row.line, problems);
	}
	return out;
}

/** The learner's name as stored: "Fornavn Efternavn". */
export function fullName(row: Pick<ClassListRow, 'firstName' | 'lastName'>): string {
	return `${row.firstName} ${row.lastName}`.trim().replace(/\s+/g, ' ');
}
