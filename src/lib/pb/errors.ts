import { ClientResponseError } from 'pocketbase';
import { defineWords } from '$lib/i18n/words';
import { NEW_MEMBER_POSTS_PER_DAY } from '$lib/domain/network';

const m = defineWords({
	da: {
		offline: 'Du er ikke på nettet. Prøv igen, når du har forbindelse.',
		wrongLogin: 'Forkert e-mail eller kode. Prøv igen, eller få en engangskode.',
		wrongCode: 'Forkert kode. Prøv igen, eller få en ny kode.',
		tooMany: 'Du har prøvet mange gange. Vent et minut, og prøv så igen.',
		notAllowed: 'Det har du ikke adgang til.',
		notFound: 'Vi kan ikke finde det.',
		invalid: 'Noget er ikke udfyldt rigtigt. Se felterne med rød tekst.',
		server: 'Der skete en fejl hos os. Prøv igen om lidt.',
		required: 'Skal udfyldes.',
		tooSmall: (min: string) => (min ? `Tallet er for lille. Det skal være mindst ${min}.` : 'Tallet er for lille.'),
		tooBig: (max: string) => (max ? `Tallet er for stort. Det må højst være ${max}.` : 'Tallet er for stort.'),
		wholeNumber: 'Skriv et helt tal uden komma.',
		notNumber: 'Skriv et tal.',
		tooShort: (min: string) => (min ? `Teksten er for kort. Skriv mindst ${min} tegn.` : 'Teksten er for kort.'),
		tooLong: (max: string) => (max ? `Teksten er for lang. Den må højst have ${max} tegn.` : 'Teksten er for lang.'),
		badEmail: 'Det ligner ikke en e-mail. Tjek stavningen.',
		emailDomain: 'Den slags e-mail kan ikke bruges her.',
		badUrl: 'Det ligner ikke en adresse på nettet.',
		badFormat: 'Det er ikke skrevet på den rigtige måde.',
		notUnique: 'Findes allerede.',
		badValue: 'Ugyldig værdi.',
		tooManyChosen: (max: string) => (max ? `Vælg højst ${max}.` : 'Du har valgt for mange.'),
		tooFewChosen: (min: string) => (min ? `Vælg mindst ${min}.` : 'Vælg flere.'),
		gone: 'Det, du valgte, findes ikke mere. Eller du har ikke adgang til det.',
		badDate: 'Det er ikke en rigtig dato.',
		endBeforeStart: 'Slut kan ikke ligge før start. Tjek datoerne.',
		birthYear: 'Det år passer ikke. Tjek, hvornår du er født.',
		badContent: 'Indholdet kan ikke læses.',
		contentTooBig: 'Indholdet er for stort.',
		fileTooBig: (mb: string) => (mb ? `Filen er for stor. Den må højst fylde ${mb} MB.` : 'Filen er for stor.'),
		fileType: 'Den slags fil kan ikke bruges her.',
		tooManyFiles: (max: string) => (max ? `Du kan højst sende ${max} filer.` : 'Der er for mange filer.'),
		badFile: 'Filen kan ikke læses. Prøv en anden.',
		notSame: 'De to felter er ikke ens.',
		oldPassword: 'Din nuværende kode er forkert.',
		badLink: 'Linket er forkert eller for gammelt. Bed om et nyt.',
		fixed: 'Det kan ikke ændres.',
		voiceLength: 'En talebesked må højst vare 2 minutter.',
		noVoice: 'Kun en talebesked kan have en udskrift.',
		pushEndpoint: 'Sammen sender kun beskeder til en push-tjeneste på internettet.',
		slotTaken: 'Tiden er lige blevet taget. Vælg en anden tid.',
		checkinWeek: 'Den uge passer ikke.',
		statusCertificate: 'Skriv datoen for svendebrev eller uddannelsesbevis.',
		statusNotCompleted: 'En dato for beviset hører kun til, når eleven er færdig.',
		statusStopReason: 'Vælg hvorfor eleven er stoppet.',
		statusNotStopped: 'En grund hører kun til, når eleven er stoppet.',
		noTextSearch: 'Der kan ikke søges i teksten her.',
		auditedPath: 'Det kan kun hentes direkte, så det bliver skrevet i elevens log.',
		groupKind: 'Gruppen passer ikke til det, den hører til. Vælg skolen, holdet eller uddannelsen.',
		paused: 'Du er sat på pause. Du kan skrive igen, når pausen er slut.',
		replyDepth: 'Du kan svare på et opslag, men ikke på et svar.',
		pauseDays: 'Skriv hvor mange dage pausen skal vare (1 til 90).',
		newMemberLimit: `Som ny i fællesskabet kan du skrive ${NEW_MEMBER_POSTS_PER_DAY} opslag og svar i døgnet. Prøv igen senere.`,
		buddyExists: 'Du er allerede makker med den person, eller der venter et svar.',
		accountClosed: 'Din adgang til Sammen er lukket. Spørg din koordinator, hvis det er en fejl.'
	},
	en: {
		offline: 'You are offline. Try again when you have a connection.',
		wrongLogin: 'Wrong e-mail or password. Try again, or get a one-time code.',
		wrongCode: 'Wrong code. Try again, or get a new code.',
		tooMany: 'You have tried many times. Wait a minute, then try again.',
		notAllowed: 'You do not have access to that.',
		notFound: 'We cannot find it.',
		invalid: 'Something is not filled in correctly. See the fields in red.',
		server: 'Something went wrong on our side. Try again in a moment.',
		required: 'Must be filled in.',
		tooSmall: (min: string) => (min ? `The number is too small. It must be at least ${min}.` : 'The number is too small.'),
		tooBig: (max: string) => (max ? `The number is too big. It may be at most ${max}.` : 'The number is too big.'),
		wholeNumber: 'Write a whole number, without decimals.',
		notNumber: 'Write a number.',
		tooShort: (min: string) => (min ? `The text is too short. Write at least ${min} characters.` : 'The text is too short.'),
		tooLong: (max: string) => (max ? `The text is too long. It may have at most ${max} characters.` : 'The text is too long.'),
		badEmail: 'That does not look like an e-mail. Check the spelling.',
		emailDomain: 'That kind of e-mail cannot be used here.',
		badUrl: 'That does not look like a web address.',
		badFormat: 'That is not written the right way.',
		notUnique: 'Already exists.',
		badValue: 'Invalid value.',
		tooManyChosen: (max: string) => (max ? `Choose at most ${max}.` : 'You chose too many.'),
		tooFewChosen: (min: string) => (min ? `Choose at least ${min}.` : 'Choose more.'),
		gone: 'What you chose no longer exists, or you have no access to it.',
		badDate: 'That is not a real date.',
		endBeforeStart: 'The end cannot be before the start. Check the dates.',
		birthYear: 'That year does not fit. Check when you were born.',
		badContent: 'The content cannot be read.',
		contentTooBig: 'The content is too big.',
		fileTooBig: (mb: string) => (mb ? `The file is too big. It may be at most ${mb} MB.` : 'The file is too big.'),
		fileType: 'That kind of file cannot be used here.',
		tooManyFiles: (max: string) => (max ? `You can send at most ${max} files.` : 'There are too many files.'),
		badFile: 'The file cannot be read. Try another one.',
		notSame: 'The two fields are not the same.',
		oldPassword: 'Your current password is wrong.',
		badLink: 'The link is wrong or too old. Ask for a new one.',
		fixed: 'That cannot be changed.',
		voiceLength: 'A voice message may last at most 2 minutes.',
		noVoice: 'Only a voice message can have a transcript.',
		pushEndpoint: 'Sammen only sends notifications to a push service on the internet.',
		slotTaken: 'Someone has just taken that time.',
		checkinWeek: 'That week is not right.',
		statusCertificate: 'Write the date of the certificate.',
		statusNotCompleted: 'A certificate date only belongs with a completed course.',
		statusStopReason: 'Choose why the learner stopped.',
		statusNotStopped: 'A reason only belongs with a stopped course.',
		noTextSearch: 'The text cannot be searched here.',
		auditedPath: 'This can only be fetched directly, so it is written in the learner’s log.',
		groupKind: 'The group does not fit what it belongs to. Choose the school, the class or the programme.',
		paused: 'You are paused. You can write again when the pause is over.',
		replyDepth: 'You can reply to a post, but not to a reply.',
		pauseDays: 'Write how many days the pause should last (1 to 90).',
		newMemberLimit: `As a new member you can write ${NEW_MEMBER_POSTS_PER_DAY} posts and replies a day. Try again later.`,
		buddyExists: 'You are already study buddies, or an answer is waiting.',
		accountClosed: 'Your access to Sammen is closed. Ask your coordinator if this is a mistake.'
	}
});

type Params = Record<string, unknown>;
type FieldError = { code?: string; message?: string; params?: Params };

/** A limit PocketBase sends as a param, written the Danish way (4.000; 2,5). */
function limit(params: Params | undefined, name: string): string {
	const n = Number(params?.[name]);
	return Number.isFinite(n) && params?.[name] !== undefined && params[name] !== '' ? n.toLocaleString('da-DK') : '';
}

/** "5" for 5 MB (PocketBase gives the limit in bytes). */
function megabytes(bytes: unknown): string {
	const n = Number(bytes);
	return Number.isFinite(n) && n > 0 ? String(Math.round((n / (1024 * 1024)) * 10) / 10).replace('.', ',') : '';
}

/**
 * Every validation code a person can meet, in plain words. PocketBase v0.39.11's
 * record, auth and file checks (core/field_*.go, core/validators, apis/record_auth_*,
 * and the ozzo-validation rules they use), and the codes our hooks throw
 * (`sammen_*`, plus PocketBase's own names where the meaning is the same).
 * tests: src/lib/pb/errors.test.ts walks the list, tests/api/danish-errors.test.ts
 * meets them through the API. Admin-only codes (collections, indexes, rules,
 * settings) never reach a form and fall back to `badValue`.
 */
const byCode: Record<string, (params?: Params) => string> = {
	// required, blank, nil
	validation_required: () => m.required,
	validation_not_nil_required: () => m.required,
	validation_nil_or_not_empty_required: () => m.required,
	validation_missing_field: () => m.required,
	validation_empty: () => m.fixed,
	validation_nil: () => m.fixed,
	// text
	validation_min_text_constraint: (p) => m.tooShort(limit(p, 'min')),
	validation_max_text_constraint: (p) => m.tooLong(limit(p, 'max')),
	validation_length_too_short: (p) => m.tooShort(limit(p, 'min')),
	validation_length_too_long: (p) => m.tooLong(limit(p, 'max')),
	validation_length_out_of_range: () => m.badFormat,
	validation_length_invalid: () => m.badFormat,
	validation_length_empty_required: () => m.fixed,
	validation_invalid_format: () => m.badFormat,
	validation_match_invalid: () => m.badFormat,
	validation_content_size_limit: () => m.contentTooBig,
	// numbers
	validation_min_number_constraint: (p) => m.tooSmall(limit(p, 'min')),
	validation_max_number_constraint: (p) => m.tooBig(limit(p, 'max')),
	validation_min_greater_equal_than_required: (p) => m.tooSmall(limit(p, 'threshold')),
	validation_min_greater_than_required: () => m.tooSmall(''),
	validation_max_less_equal_than_required: (p) => m.tooBig(limit(p, 'threshold')),
	validation_max_less_than_required: () => m.tooBig(''),
	validation_only_int_constraint: () => m.wholeNumber,
	validation_not_a_number: () => m.notNumber,
	validation_multiple_of_invalid: () => m.badValue,
	sammen_not_a_number: () => m.notNumber,
	// dates
	validation_date_invalid: () => m.badDate,
	validation_date_out_of_range: () => m.badDate,
	sammen_invalid_date: () => m.badDate,
	sammen_end_before_start: () => m.endBeforeStart,
	sammen_birth_year: () => m.birthYear,
	// choices and links to other records
	validation_invalid_value: () => m.badValue,
	validation_in_invalid: () => m.badValue,
	validation_not_in_invalid: () => m.badValue,
	validation_too_many_values: (p) => m.tooManyChosen(limit(p, 'maxSelect')),
	validation_not_enough_values: (p) => m.tooFewChosen(limit(p, 'minSelect')),
	validation_missing_rel_records: () => m.gone,
	validation_missing_rel_collection: () => m.gone,
	validation_invalid_auth_id: () => m.gone,
	// e-mail, web addresses, JSON
	validation_is_email: () => m.badEmail,
	validation_invalid_new_email: () => m.badEmail,
	validation_email_domain_not_allowed: () => m.emailDomain,
	validation_invalid_url: () => m.badUrl,
	validation_is_url: () => m.badUrl,
	validation_is_domain: () => m.badUrl,
	validation_is_json: () => m.badContent,
	validation_url_domain_not_allowed: () => m.badUrl,
	validation_invalid_json: () => m.badContent,
	validation_json_size_limit: () => m.contentTooBig,
	validation_invalid_latitude: () => m.badValue,
	validation_invalid_longitude: () => m.badValue,
	// ids and unchangeable fields
	validation_not_unique: () => m.notUnique,
	validation_invalid_or_existing_id: () => m.notUnique,
	validation_pk_invalid: () => m.notUnique,
	validation_pk_change: () => m.fixed,
	validation_reserved_pk: () => m.badValue,
	validation_forbidden_pk_character: () => m.badFormat,
	validation_unsupported_value_type: () => m.badValue,
	validation_values_mismatch: () => m.notSame,
	// files
	validation_file_size_limit: (p) => m.fileTooBig(megabytes(p?.maxSize)),
	validation_invalid_mime_type: () => m.fileType,
	validation_too_many_files: (p) => m.tooManyFiles(limit(p, 'maxSelect')),
	validation_invalid_file: () => m.badFile,
	// passwords, tokens, codes
	validation_invalid_old_password: () => m.oldPassword,
	validation_invalid_password: () => m.oldPassword,
	validation_invalid_token: () => m.badLink,
	validation_invalid_token_payload: () => m.badLink,
	validation_invalid_token_claims: () => m.badLink,
	validation_invalid_token_email: () => m.badLink,
	validation_token_collection_mismatch: () => m.badLink,
	validation_token_email_mismatch: () => m.badLink,
	// our hooks
	validation_voice_length: () => m.voiceLength,
	validation_no_voice: () => m.noVoice,
	sammen_push_endpoint: () => m.pushEndpoint,
	sammen_slot_taken: () => m.slotTaken,
	sammen_checkin_week: () => m.checkinWeek,
	sammen_status_certificate_date: () => m.statusCertificate,
	sammen_status_not_completed: () => m.statusNotCompleted,
	sammen_status_stop_reason: () => m.statusStopReason,
	sammen_status_not_stopped: () => m.statusNotStopped,
	validation_unsearchable_field: () => m.noTextSearch,
	validation_audited_path: () => m.auditedPath,
	// the peer network (pb_hooks/network.pb.js)
	validation_group_kind: () => m.groupKind,
	validation_paused: () => m.paused,
	validation_reply_depth: () => m.replyDepth,
	validation_pause_days: () => m.pauseDays,
	validation_new_member_limit: () => m.newMemberLimit,
	validation_buddy_exists: () => m.buddyExists,
	// people of a school (pb_hooks/people-admin.pb.js): a deactivated person tries to log in
	sammen_account_closed: () => m.accountClosed
};

/** Codes that are the whole answer, not a field to correct: "Tiden er lige blevet taget." */
const WHOLE_ANSWER = new Set(['sammen_slot_taken', 'validation_new_member_limit', 'sammen_account_closed']);

/** The codes above (for the tests that walk them). */
export const knownValidationCodes: readonly string[] = Object.keys(byCode);

/** One field's error in plain words; an unknown code gets the plain "Ugyldig værdi.". */
export function fieldMessage(code: string, detail: FieldError = {}): string {
	return (byCode[code] ?? (() => m.badValue))(detail.params);
}

export type FriendlyError = {
	/** One plain sentence for the whole form. */
	message: string;
	/** Per field, shown next to the field. */
	fields: Record<string, string>;
	status: number;
};

export type ErrorContext = 'default' | 'password-login' | 'code-login';

/**
 * The one place where errors from PocketBase become words for people.
 * Every form and action uses it, so the wording stays plain and the same.
 */
export function friendlyError(error: unknown, context: ErrorContext = 'default'): FriendlyError {
	if (!(error instanceof ClientResponseError)) {
		return { message: m.server, fields: {}, status: 0 };
	}
	const status = error.status;
	const fields: Record<string, string> = {};
	const data = (error.response?.data ?? {}) as Record<string, FieldError>;
	// A refused file is named in the one sentence too: the outbox shows only that.
	let fileProblem = '';
	for (const [name, detail] of Object.entries(data)) {
		if (detail && typeof detail.code === 'string') fields[name] = fieldMessage(detail.code, detail);
		// not a field to correct but the whole answer (the outbox shows only this sentence)
		if (detail?.code && WHOLE_ANSWER.has(detail.code)) fileProblem = fields[name] ?? '';
		if (detail?.code === 'validation_file_size_limit' || detail?.code === 'validation_invalid_mime_type') {
			fileProblem = fields[name] ?? '';
		}
	}

	let message: string;
	if (status === 0) message = error.isAbort ? m.server : m.offline;
	else if (status === 429) message = m.tooMany;
	// a closed account is told as it is, also at login (not "wrong e-mail or code")
	else if (data.account?.code === 'sammen_account_closed') message = m.accountClosed;
	else if (context === 'password-login' && status === 400) message = m.wrongLogin;
	else if (context === 'code-login' && (status === 400 || status === 404)) message = m.wrongCode;
	else if (status === 401 || status === 403) message = m.notAllowed;
	else if (status === 404) message = m.notFound;
	else if (status === 400) message = fileProblem || m.invalid;
	else message = m.server;

	return { message, fields, status };
}
