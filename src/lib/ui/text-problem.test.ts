import { describe, expect, it } from 'vitest';
import { textProblem } from './text-problem';

describe('textProblem', () => {
	it('says empty only when required, too long over the limit', () => {
		expect(textProblem('  ', 10, true)).toBe('empty');
		expect(textProblem('', 10)).toBeNull();
		expect(textProblem('x'.repeat(10), 10)).toBeNull();
		expect(textProblem('x'.repeat(11), 10)).toBe('tooLong');
	});
});
