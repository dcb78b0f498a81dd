// Fællesskab (issue 14), makker: whom to suggest as a study buddy. Only people who turned on
// "Jeg vil gerne have en makker", from my hold or uddannelse, never someone either of us
// blocked or already paired with; ranked by life situation and municipality (a buddy near
// home can study or travel together).

export interface BuddyPerson {
	userId: string;
	wantsBuddy: boolean;
	/** The holds (classes) and uddannelser (programmes) they are in: group ids or class ids alike. */
	holds: readonly string[];
	programmes: readonly string[];
	situations: readonly string[];
	municipality: string;
}

export interface BuddyMe extends BuddyPerson {
	/** People I blocked or who are in an open pair with me: never suggested. */
	exclude: readonly string[];
}

export type BuddyReason = 'hold' | 'uddannelse' | 'situation' | 'kommune';
export interface Suggestion<P> {
	person: P;
	score: number;
	reasons: BuddyReason[];
}

const place = (text: string) => text.trim().toLowerCase().replace(/\s+kommune$/, '');

/**
 * Suggestions for me, best first: the same hold (3) or else the same uddannelse (2), each
 * shared life situation (2), the same municipality (2). Ties keep the given order.
 */
export function buddySuggestions<P extends BuddyPerson>(me: BuddyMe, people: readonly P[]): Suggestion<P>[] {
	const out: (Suggestion<P> & { index: number })[] = [];
	people.forEach((person, index) => {
		if (!person.wantsBuddy || person.userId === me.userId || me.exclude.includes(person.userId)) return;
		const reasons: BuddyReason[] = [];
		let score = 0;
		if (person.holds.some((h) => me.holds.includes(h))) {
			score += 3;
			reasons.push('hold');
		} else if (person.programmes.some((p) => me.programmes.includes(p))) {
			score += 2;
			reasons.push('uddannelse');
		} else return; // only from my hold or uddannelse
		const shared = person.situations.filter((s) => me.situations.includes(s)).length;
		if (shared > 0) {
			score += 2 * shared;
			reasons.push('situation');
		}
		if (me.municipality.trim() !== '' && place(person.municipality) === place(me.municipality)) {
			score += 2;
			reasons.push('kommune');
		}
		out.push({ person, score, reasons, index });
	});
	return out.sort((a, b) => b.score - a.score || a.index - b.index).map(({ person, score, reasons }) => ({ person, score, reasons }));
}
