import { ClientResponseError } from 'pocketbase';
import { defineWords } from '$lib/i18n/words';

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
		tooSmall: 'Tallet er for lille.',
		tooBig: 'Tallet er for stort.',
		tooLong: 'Teksten er for lang.',
		badEmail: 'Det ligner ikke en e-mail. Tjek stavningen.',
		notUnique: 'Findes allerede.',
		badValue: 'Ugyldig værdi.',
		fileTooBig: (mb: string) => (mb ? `Filen er for stor. Den må højst fylde ${mb} MB.` : 'Filen er for stor.'),
		fileType: 'Den slags fil kan ikke bruges her.',
		pushEndpoint: 'Sammen sender kun beskeder til en push-tjeneste på internettet.'
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
		tooSmall: 'The number is too small.',
		tooBig: 'The number is too big.',
		tooLong: 'The text is too long.',
		badEmail: 'That does not look like an e-mail. Check the spelling.',
		notUnique: 'Already exists.',
		badValue: 'Invalid value.',
		fileTooBig: (mb: string) => (mb ? `The file is too big. It may be at most ${mb} MB.` : 'The file is too big.'),
		fileType: 'That kind of file cannot be used here.',
		pushEndpoint: 'Sammen only sends notifications to a push service on the internet.'
	}
});

export type FriendlyError = {
	/** One plain sentence for the whole form. */
	message: string;
	/** Per field, shown next to the field. */
	fields: Record<string, string>;
	status: number;
};

export type ErrorContext = 'default' | 'password-login' | 'code-login';

type FieldError = { code?: string; params?: { maxSize?: unknown } };

/** "5" for 5 MB (PocketBase gives the limit in bytes). */
function megabytes(bytes: unknown): string {
	const n = Number(bytes);
	return Number.isFinite(n) && n > 0 ? String(Math.round((n / (1024 * 1024)) * 10) / 10).replace('.', ',') : '';
}

function fieldMessage(code: string, detail: FieldError = {}): string {
	if (code === 'validation_file_size_limit') return m.fileTooBig(megabytes(detail.params?.maxSize));
	if (code === 'validation_invalid_mime_type') return m.fileType;
	if (code === 'sammen_push_endpoint') return m.pushEndpoint;
	if (code === 'validation_required') return m.required;
	if (code.startsWith('validation_min')) return m.tooSmall;
	if (code.startsWith('validation_max_number') || code === 'validation_max_greater_equal_than_required')
		return m.tooBig;
	if (code.includes('length') || code === 'validation_max_text_constraint') return m.tooLong;
	if (code === 'validation_is_email' || code === 'validation_invalid_email') return m.badEmail;
	if (code === 'validation_not_unique') return m.notUnique;
	return m.badValue;
}

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
		if (detail?.code === 'validation_file_size_limit' || detail?.code === 'validation_invalid_mime_type') {
			fileProblem = fields[name] ?? '';
		}
	}

	let message: string;
	if (status === 0) message = error.isAbort ? m.server : m.offline;
	else if (status === 429) message = m.tooMany;
	else if (context === 'password-login' && status === 400) message = m.wrongLogin;
	else if (context === 'code-login' && (status === 400 || status === 404)) message = m.wrongCode;
	else if (status === 401 || status === 403) message = m.notAllowed;
	else if (status === 404) message = m.notFound;
	else if (status === 400) message = fileProblem || m.invalid;
	else message = m.server;

	return { message, fields, status };
}
