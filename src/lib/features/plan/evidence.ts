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

/** Photos are made smaller on the device before they wait in the outbox: at most this wide or high. */
const maxSide = 1600;

/**
 * A photo from a phone camera is often 4–8 MB; shrunk to 1600 px it is a few hundred
 * kB, which is kinder to the learner's data plan and to the outbox. Anything that is
 * not a photo the browser can draw (PDF, HEIC on most browsers) is kept as it is.
 */
export async function shrinkPhoto(file: File): Promise<File> {
	if (!['image/jpeg', 'image/png', 'image/webp'].includes(file.type)) return file;
	if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return file;
	try {
		const bitmap = await createImageBitmap(file);
		const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
		if (scale === 1 && file.size < 1024 * 1024) {
			bitmap.close();
			return file;
		}
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(bitmap.width * scale);
		canvas.height = Math.round(bitmap.height * scale);
		canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
		bitmap.close();
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82));
		if (!blob || blob.size >= file.size) return file;
		const name = file.name.replace(/\.[^.]+$/, '') + '.jpg';
		return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
	} catch {
		return file;
	}
}
