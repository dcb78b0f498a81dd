// Shrinking a photo: the sizes and thresholds as plain numbers, and shrinkPhoto's
// drawing with a fake canvas (Node has none): white first, then the photo, as JPEG.
// tests/e2e/plan.spec.ts checks the real pixels of a transparent PNG in Chromium.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jpegName, keepBelowBytes, photoMaxSide, shrinkPhoto, shrinkPlan } from './photo';

describe('shrinkPlan', () => {
	const photo = (width: number, height: number, size = 4_000_000, type = 'image/jpeg') => ({ width, height, size, type });
	it('scales the longest side to 1600 px, keeping the shape', () => {
		expect(photoMaxSide).toBe(1600);
		expect(shrinkPlan(photo(4000, 3000))).toEqual({ width: 1600, height: 1200 });
		expect(shrinkPlan(photo(1200, 2400, 100_000, 'image/png'))).toEqual({ width: 800, height: 1600 });
		expect(shrinkPlan(photo(2000, 1, 100_000, 'image/webp'))).toEqual({ width: 1600, height: 1 });
	});
	it('keeps a photo that is small already; re-encodes one that is heavy for its size', () => {
		expect(keepBelowBytes).toBe(500 * 1024);
		expect(shrinkPlan(photo(1600, 1200, keepBelowBytes - 1))).toBeNull();
		expect(shrinkPlan(photo(1600, 1200, keepBelowBytes))).toEqual({ width: 1600, height: 1200 });
	});
	it('never touches GIFs (maybe animated), HEIC, PDFs or empty images', () => {
		for (const type of ['image/gif', 'image/heic', 'application/pdf']) expect(shrinkPlan(photo(4000, 3000, 4_000_000, type))).toBeNull();
		expect(shrinkPlan(photo(0, 0))).toBeNull();
	});
	it('names the JPEG after the photo', () => {
		expect(jpegName('kursusbevis.png')).toBe('kursusbevis.jpg');
		expect(jpegName('IMG.1234.HEIC')).toBe('IMG.1234.jpg');
	});
});

describe('shrinkPhoto', () => {
	let calls: string[] = [];
	let closed = 0;
	function fakeBrowser(bitmap: { width: number; height: number }, jpegBytes: number) {
		calls = [];
		closed = 0;
		vi.stubGlobal('createImageBitmap', async () => ({ ...bitmap, close: () => closed++ }));
		const context = {
			fillStyle: '',
			fillRect: (x: number, y: number, w: number, h: number) => calls.push(`fill ${context.fillStyle} ${x},${y} ${w}×${h}`),
			drawImage: (_: unknown, x: number, y: number, w: number, h: number) => calls.push(`draw ${x},${y} ${w}×${h}`)
		};
		const canvas = {
			width: 0,
			height: 0,
			getContext: () => context,
			toBlob: (done: (b: Blob) => void, type: string, quality: number) => {
				calls.push(`encode ${canvas.width}×${canvas.height} ${type} ${quality}`);
				done(new Blob([new Uint8Array(jpegBytes)], { type }));
			}
		};
		vi.stubGlobal('document', { createElement: (tag: string) => (tag === 'canvas' ? canvas : null) });
	}
	afterEach(() => vi.unstubAllGlobals());

	const file = (bytes: number, type: string, name = 'photo.png') => new File([new Uint8Array(bytes)], name, { type, lastModified: 7 });

	it('paints white before the photo, so a transparent PNG does not turn black as JPEG', async () => {
		fakeBrowser({ width: 2000, height: 1200 }, 90_000);
		const small = await shrinkPhoto(file(3_000_000, 'image/png', 'kursusbevis.png'));
		expect(calls).toEqual(['fill #fff 0,0 1600×960', 'draw 0,0 1600×960', 'encode 1600×960 image/jpeg 0.82']);
		expect([small.name, small.type, small.size, small.lastModified]).toEqual(['kursusbevis.jpg', 'image/jpeg', 90_000, 7]);
		expect(closed).toBe(1);
	});
	it('keeps the photo when it is small already or the JPEG would not be smaller', async () => {
		fakeBrowser({ width: 800, height: 600 }, 10);
		const tiny = file(200_000, 'image/png');
		expect(await shrinkPhoto(tiny)).toBe(tiny);
		expect(calls).toEqual([]);
		fakeBrowser({ width: 3000, height: 3000 }, 600_000);
		const dense = file(600_000, 'image/jpeg');
		expect(await shrinkPhoto(dense)).toBe(dense);
		expect(closed).toBe(1);
	});
	it('keeps what the browser cannot draw, and GIFs', async () => {
		fakeBrowser({ width: 3000, height: 3000 }, 10);
		vi.stubGlobal('createImageBitmap', async () => {
			throw new Error('cannot decode');
		});
		const broken = file(3_000_000, 'image/webp');
		expect(await shrinkPhoto(broken)).toBe(broken);
		const gif = file(3_000_000, 'image/gif', 'a.gif');
		expect(await shrinkPhoto(gif)).toBe(gif);
	});
});
