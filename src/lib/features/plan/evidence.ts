import { limits } from '$lib/domain/limits.gen';

/** Evidence (photos and PDFs) may be at most 10 MB: the server's limit (generated from the schema). */
export const maxEvidenceBytes = limits.milestone_evidence.file.maxSize;

/** The types the server accepts (checked there by the file's content). */
export const evidenceTypes: readonly string[] = limits.milestone_evidence.file.mimeTypes;

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
