import { limits } from './limits';

const shrinkable = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * Makes a photo smaller on the device before it is stored and sent: at most 1600 px
 * on its longest side, as JPEG. Phones take photos of 4–12 MB; this makes them a few
 * hundred kB, so they send fast on a poor connection and fit the 10 MB limit.
 * GIFs (maybe animated) and anything the browser cannot draw are kept as they are.
 */
export async function shrinkPhoto(file: File, maxSide: number = limits.photoMaxSide, quality = 0.82): Promise<File> {
	if (!shrinkable.includes(file.type) || typeof createImageBitmap !== 'function') return file;
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		return file;
	}
	const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
	const width = Math.max(1, Math.round(bitmap.width * scale));
	const height = Math.max(1, Math.round(bitmap.height * scale));
	if (scale === 1 && file.size < 500 * 1024) {
		bitmap.close();
		return file;
	}
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) {
		bitmap.close();
		return file;
	}
	// a white background, so transparent PNGs do not turn black as JPEG
	context.fillStyle = '#fff';
	context.fillRect(0, 0, width, height);
	context.drawImage(bitmap, 0, 0, width, height);
	bitmap.close();
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
	if (!blob || blob.size >= file.size) return file;
	const name = file.name.replace(/\.[^.]+$/, '') + '.jpg';
	return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
}
