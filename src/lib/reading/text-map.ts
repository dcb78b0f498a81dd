/**
 * The text of an element as it is read aloud, and the way back from character
 * offsets in that text to DOM ranges (for the highlight). The DOM is only read,
 * never changed.
 */

/** A text node's place in the spoken text. */
export type Piece<N = Text> = { node: N; start: number; length: number };

export type TextMap = {
	text: string;
	/** The DOM range of text[start, end), or null when the page changed meanwhile. */
	range(start: number, end: number): Range | null;
};

/**
 * Which piece holds `offset`, and where in it. A range's start belongs to the piece
 * it opens; its end to the piece it closes. Offsets on a line break we inserted
 * between blocks move to the nearest real text on the inside of the range.
 */
export function locate<P extends { start: number; length: number }>(
	pieces: readonly P[],
	offset: number,
	side: 'start' | 'end'
): { piece: P; offset: number } | null {
	if (side === 'start') {
		for (const piece of pieces) {
			if (offset < piece.start + piece.length) return { piece, offset: Math.max(0, offset - piece.start) };
		}
		return null;
	}
	for (let i = pieces.length - 1; i >= 0; i--) {
		const piece = pieces[i]!;
		if (offset > piece.start) return { piece, offset: Math.min(piece.length, offset - piece.start) };
	}
	return null;
}

const skipped = 'script, style, noscript, template, svg, [hidden], [aria-hidden="true"], [data-read-aloud="skip"]';

function isInline(el: Element): boolean {
	const display = getComputedStyle(el).display;
	return display.startsWith('inline') || display === 'contents';
}

/** Reads the text of `root`, putting a line break between blocks (headings, paragraphs, list items). */
export function mapText(root: HTMLElement): TextMap {
	const pieces: Piece[] = [];
	const blockOf = new Map<Element, Element>();
	const nearestBlock = (el: Element): Element => {
		let found = blockOf.get(el);
		if (!found) {
			found = el === root || !el.parentElement || !isInline(el) ? el : nearestBlock(el.parentElement);
			blockOf.set(el, found);
		}
		return found;
	};

	let text = '';
	let lastBlock: Element | null = null;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node instanceof Element && (node.matches(skipped) || node.checkVisibility?.() === false)
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT
	});
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node instanceof HTMLBRElement) text += '\n';
		if (!(node instanceof Text) || !node.parentElement || node.data.length === 0) continue;
		const block = nearestBlock(node.parentElement);
		if (lastBlock && block !== lastBlock && node.data.trim()) text += '\n';
		if (node.data.trim()) lastBlock = block;
		pieces.push({ node, start: text.length, length: node.data.length });
		// Line breaks in the HTML source are only spaces on screen; same length keeps offsets true.
		text += node.data.replace(/\s/g, ' ');
	}

	return {
		text,
		range(start, end) {
			const from = locate(pieces, start, 'start');
			const to = locate(pieces, end, 'end');
			if (!from || !to) return null;
			try {
				const range = document.createRange();
				range.setStart(from.piece.node, from.offset);
				range.setEnd(to.piece.node, to.offset);
				return range;
			} catch {
				return null;
			}
		}
	};
}
