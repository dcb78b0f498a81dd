import { ClientResponseError } from 'pocketbase';
import { defineMessages } from '$lib/i18n/messages';

const m = defineMessages({
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
		badValue: 'Ugyldig værdi.'
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
		badValue: 'Invalid value.'
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

function fieldMessage(code: string): string {
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
	const data = (error.response?.data ?? {}) as Record<string, { code?: string }>;
	for (const [name, detail] of Object.entries(data)) {
		if (detail && typeof detail.code === 'string') fields[name] = fieldMessage(detail.code);
	}

	let message: string;
	if (status === 0) message = error.isAbort ? m.server : m.offline;
	else if (status === 429) message = m.tooMany;
	else if (context === 'password-login' && status === 400) message = m.wrongLogin;
	else if (context === 'code-login' && (status === 400 || status === 404)) message = m.wrongCode;
	else if (status === 401 || status === 403) message = m.notAllowed;
	else if (status === 404) message = m.notFound;
	else if (status === 400) message = m.invalid;
	else message = m.server;

	return { message, fields, status };
}
