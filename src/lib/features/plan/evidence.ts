/** Evidence (photos and PDFs) may be at most 10 MB: the same limit as the server's. */
export const maxEvidenceBytes = 10 * 1024 * 1024;

/** The types the server accepts (checked there by the file's content). */
export const evidenceTypes = [
	'image/jpeg',
	'image/png',
	'image/webp',
	'image/gif',
	'image/heic',
	'image/heif',
	'application/pdf'
];

export type EvidenceProblem = 'wrongType' | 'tooBig' | 'empty';

/** Why a file cannot be attached, or null when it can. */
export function evidenceProblem(file: { type: string; size: number; name: string }): EvidenceProblem | null {
	const type = file.type || guessType(file.name);
	if (!evidenceTypes.includes(type)) return 'wrongType';
	if (file.size === 0) return 'empty';
	if (file.size > maxEvidenceBytes) return 'tooBig';
	return null;
}

function guessType(name: string): string {
	const ext = name.toLowerCase().split('.').pop() ?? '';
	return { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic', pdf: 'application/pdf' }[ext] ?? '';
}

export const isImage = (type: string) => type.startsWith('image/');
