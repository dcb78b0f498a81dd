// One way to make a photo smaller on the device before it is stored and sent
// (messages, plan evidence). Phones take photos of 4–12 MB; at most 1600 px on the
// longest side as JPEG they are a few hundred kB, so they send fast on a poor
// connection and stay far below the 10 MB limits.

/** The types the browser can draw and we re-encode; GIFs (maybe animated), HEIC and PDFs stay as they are. */
export const shrinkableTypes = ['image/jpeg', 'image/png', 'image/webp'];
/** A photo is shrunk to at most this many pixels on its longest side. */
export const photoMaxSide = 1600;
/** A photo that is already this small (and not too wide or high) is kept as it is. */
export const keepBelowBytes = 500 * 1024;
export const jpegQuality = 0.82;

export type ShrinkPlan = { width: number; height: number } | null;

/** The new size of a photo, or null when it should be kept as it is. */
export function shrinkPlan(
	photo: { type: string; size: number; width: number; height: number },
	maxSide = photoMaxSide
): ShrinkPlan {
	if (!shrinkableTypes.includes(photo.type) || photo.width <= 0 || photo.height <= 0) return null;
	const scale = Math.min(1, maxSide / Math.max(photo.width, photo.height));
	if (scale === 1 && photo.size < keepBelowBytes) return null;
	return { width: Math.max(1, Math.round(photo.width * scale)), height: Math.max(1, Math.round(photo.height * scale)) };
}

/** "kursusbevis.png" → "kursusbevis.jpg" */
export const jpegName = (name: string) => name.replace(/\.[^.]+$/, '') + '.jpg';

/**
 * The photo made smaller, as JPEG on a white background (JPEG has no transparency:
 * without it a transparent PNG would turn black). Kept as it is when the browser
 * cannot draw it, when it is small already, or when the JPEG would not be smaller.
 */
export async function shrinkPhoto(file: File, maxSide = photoMaxSide): Promise<File> {
	if (!shrinkableTypes.includes(file.type)) return file;
	if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return file;
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		return file;
	}
	try {
		const plan = shrinkPlan({ type: file.type, size: file.size, width: bitmap.width, height: bitmap.height }, maxSide);
		if (!plan) return file;
		const canvas = document.createElement('canvas');
		canvas.width = plan.width;
		canvas.height = plan.height;
		const context = canvas.getContext('2d');
		if (!context) return file;
		context.fillStyle = '#fff';
		context.fillRect(0, 0, plan.width, plan.height);
		context.drawImage(bitmap, 0, 0, plan.width, plan.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', jpegQuality));
		if (!blob || blob.size >= file.size) return file;
		return new File([blob], jpegName(file.name), { type: 'image/jpeg', lastModified: file.lastModified });
	} finally {
		bitmap.close();
	}
}
