import { limits as schema } from '$lib/domain/limits.gen';
import { formatNumber } from '$lib/i18n/format';
import { m } from './words';

/**
 * What a message may hold: PocketBase's own field limits (generated from the messages
 * migration into limits.gen.ts; the hook reads the same), so checking here first gives a
 * clear Danish reason before anything is stored or sent, and can never disagree.
 */
export const limits = {
	/** Characters as PocketBase counts them (code points, so an emoji is one). */
	textMax: schema.messages.text.max,
	fileMaxBytes: schema.messages.attachment.maxSize,
	voiceMaxBytes: schema.messages.voice.maxSize,
	voiceMaxSeconds: schema.messages.voiceSeconds.max
} as const;

/** File name endings of the types the server takes, for the picker and files the browser gives no type. */
const extensions: Record<string, string[]> = {
	'image/jpeg': ['jpg', 'jpeg'],
	'image/png': ['png'],
	'image/webp': ['webp'],
	'image/gif': ['gif'],
	'application/pdf': ['pdf'],
	'application/msword': ['doc'],
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
	'application/vnd.oasis.opendocument.text': ['odt']
};

/** The attachment types the server takes (the field's), with their name endings. */
export const attachmentTypes: Record<string, string[]> = Object.fromEntries(
	schema.messages.attachment.mimeTypes.map((type) => [type, extensions[type] ?? []])
);

/** For the file picker. */
export const attachmentAccept = [
	...Object.keys(attachmentTypes),
	...Object.values(attachmentTypes).flatMap((exts) => exts.map((e) => `.${e}`))
].join(',');

const voiceTypes: readonly string[] = schema.messages.voice.mimeTypes;

export const textLength = (text: string) => [...text].length;

function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** By its type, or (when the browser gives none) by its name. */
export function isAllowedAttachment(file: { name: string; type: string }): boolean {
	const type = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
	if (type && attachmentTypes[type]) return true;
	if (type && type !== 'application/octet-stream') return false;
	const ext = extensionOf(file.name);
	return Object.values(attachmentTypes).some((exts) => exts.includes(ext));
}

export function isImage(file: { name: string; type: string }): boolean {
	const type = file.type.split(';')[0] ?? '';
	return type.startsWith('image/') || ['jpg', 'jpeg', 'png', 'webp', 'gif'].includes(extensionOf(file.name));
}

export type Draft = {
	text: string;
	attachment?: { name: string; type: string; size: number } | null;
	voice?: { type: string; size: number } | null;
	voiceSeconds?: number;
};

/** Problems with a draft, per field, in plain words; empty when it can be sent. */
export function checkDraft(draft: Draft): Partial<Record<'text' | 'attachment' | 'voice', string>> {
	const problems: Partial<Record<'text' | 'attachment' | 'voice', string>> = {};
	const text = draft.text;
	if (text.trim() === '' && !draft.attachment && !draft.voice) problems.text = m.emptyMessage;
	if (textLength(text) > limits.textMax) problems.text = m.tooLong(formatNumber(limits.textMax));
	if (draft.attachment) {
		if (!isAllowedAttachment(draft.attachment)) problems.attachment = m.fileType;
		else if (draft.attachment.size > limits.fileMaxBytes) problems.attachment = m.fileTooBig;
	}
	if (draft.voice) {
		const type = draft.voice.type.split(';')[0]?.trim() ?? '';
		if (!voiceTypes.includes(type)) problems.voice = m.voiceType;
		else if ((draft.voiceSeconds ?? 0) > limits.voiceMaxSeconds) problems.voice = m.voiceTooLong;
		else if (draft.voice.size > limits.voiceMaxBytes) problems.voice = m.voiceTooBig;
		else if (!draft.voiceSeconds || draft.voiceSeconds <= 0) problems.voice = m.voiceType;
	}
	return problems;
}
