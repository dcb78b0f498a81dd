import { describe, expect, it } from 'vitest';
import { locate } from './text-map';

// "Titel" + inserted "\n" + "Første " + "ord." → "Titel\nFørste ord."
const pieces = [
	{ node: 'h2', start: 0, length: 5 },
	{ node: 'p1', start: 6, length: 7 },
	{ node: 'p2', start: 13, length: 4 }
];

describe('locate', () => {
	it('finds where a range starts', () => {
		expect(locate(pieces, 0, 'start')).toEqual({ piece: pieces[0], offset: 0 });
		expect(locate(pieces, 8, 'start')).toEqual({ piece: pieces[1], offset: 2 });
	});

	it('puts a start at the end of a piece into the next one', () => {
		expect(locate(pieces, 13, 'start')).toEqual({ piece: pieces[2], offset: 0 });
	});

	it('puts an end at a piece boundary into the piece it closes', () => {
		expect(locate(pieces, 13, 'end')).toEqual({ piece: pieces[1], offset: 7 });
		expect(locate(pieces, 17, 'end')).toEqual({ piece: pieces[2], offset: 4 });
	});

	it('moves offsets on an inserted line break to the text inside the range', () => {
		expect(locate(pieces, 5, 'start')).toEqual({ piece: pieces[1], offset: 0 });
		expect(locate(pieces, 6, 'end')).toEqual({ piece: pieces[0], offset: 5 });
	});

	it('gives null outside the text', () => {
		expect(locate(pieces, 17, 'start')).toBeNull();
		expect(locate(pieces, 0, 'end')).toBeNull();
		expect(locate([], 0, 'start')).toBeNull();
	});
});
