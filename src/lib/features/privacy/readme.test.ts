import { describe, expect, it } from 'vitest';
import type { MyData } from './my-data';
import { zipName } from './my-data';
import { readmeText } from './readme';

const data: MyData = {
	exportedAt: '2026-12-05T10:00:00.000Z',
	retentionMonths: 18,
	person: { id: 'p1' },
	collections: { messages: [{ id: 'a' }, { id: 'b' }], notes: [{ id: 'n' }] },
	files: [{ collection: 'messages', record: 'a', field: 'attachment', name: 'x.png', path: 'filer/messages/a/x.png' }],
	heldBack: { flags: 1, flag_staff_notes: 2 }
};

describe('LAES-MIG.txt in Mine data', () => {
	it('counts what is in it, says what is held back and why, and how long it is kept', () => {
		const text = readmeText(data);
		expect(text).toContain('messages: 2');
		expect(text).toContain('notes: 1');
		expect(text).toContain('Filer: 1');
		expect(text).toContain('1 × markeringer, som din mentor har skjult');
		expect(text).toContain('2 × lærerens noter');
		expect(text).toContain('artikel 15');
		expect(text).toContain('18 måneder');
	});

	it('says so when nothing is held back', () => {
		expect(readmeText({ ...data, heldBack: {} })).toContain('(intet)');
	});

	it('names the file by the day in Copenhagen', () => {
		expect(zipName(new Date('2026-12-31T23:30:00Z'))).toBe('sammen-mine-data-2027-01-01.zip');
	});
});
