/** Why a text cannot be sent: empty when it is required, or too long; null when fine. */
export function textProblem(text: string, max: number, required = false): 'empty' | 'tooLong' | null {
	if (required && text.trim() === '') return 'empty';
	if (text.length > max) return 'tooLong';
	return null;
}
