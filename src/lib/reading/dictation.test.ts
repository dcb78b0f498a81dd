import { describe, expect, it } from 'vitest';
import { appendText } from './dictation.svelte';

describe('appendText', () => {
	it('adds dictated words after the text with one space', () => {
		expect(appendText('', 'Hej')).toBe('Hej');
		expect(appendText('Jeg kan ikke', 'logge ind')).toBe('Jeg kan ikke logge ind');
		expect(appendText('Hej   \n', 'du')).toBe('Hej du');
	});
});
