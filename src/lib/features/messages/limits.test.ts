import { describe, expect, it } from 'vitest';
import { checkDraft, isAllowedAttachment, limits, textLength } from './limits';

const mb = 1024 * 1024;

describe('checkDraft: bad input gets a clear Danish reason before sending', () => {
	it('an empty message, or only spaces', () => {
		expect(checkDraft({ text: '' }).text).toBe('Skriv en besked, eller vælg et billede, en fil eller en talebesked.');
		expect(checkDraft({ text: '  \n ' }).text).toBeDefined();
	});

	it('words alone, a photo alone or a voice note alone are fine', () => {
		expect(checkDraft({ text: 'Hej Karen' })).toEqual({});
		expect(checkDraft({ text: '', attachment: { name: 'foto.jpg', type: 'image/jpeg', size: 300_000 } })).toEqual({});
		expect(checkDraft({ text: '', voice: { type: 'audio/webm;codecs=opus', size: 100_000 }, voiceSeconds: 30 })).toEqual({});
	});

	it('over 4,000 characters (counted like PocketBase: an emoji is one)', () => {
		expect(checkDraft({ text: 'a'.repeat(4000) })).toEqual({});
		expect(checkDraft({ text: '😀'.repeat(4000) })).toEqual({});
		expect(checkDraft({ text: 'a'.repeat(4001) }).text).toBe(
			'Beskeden er for lang. Den må højst have 4.000 tegn. Del den op i flere beskeder.'
		);
		expect(textLength('😀æ')).toBe(2);
	});

	it('files over 10 MB, or of a type that cannot be sent', () => {
		expect(checkDraft({ text: '', attachment: { name: 'stor.pdf', type: 'application/pdf', size: 10 * mb + 1 } }).attachment).toBe(
			'Filen er for stor. Den må højst fylde 10 MB.'
		);
		expect(checkDraft({ text: '', attachment: { name: 'program.exe', type: 'application/x-msdownload', size: 10 } }).attachment).toMatch(
			/^Den slags fil kan ikke sendes/
		);
		expect(checkDraft({ text: '', attachment: { name: 'film.mp4', type: 'video/mp4', size: 10 } }).attachment).toBeDefined();
	});

	it('a file without a type is judged by its name', () => {
		expect(isAllowedAttachment({ name: 'ansøgning.docx', type: '' })).toBe(true);
		expect(isAllowedAttachment({ name: 'noter.txt', type: '' })).toBe(false);
	});

	it('voice notes over 2 minutes or 5 MB', () => {
		const voice = { type: 'audio/webm', size: 1000 };
		expect(checkDraft({ text: '', voice, voiceSeconds: limits.voiceMaxSeconds + 1 }).voice).toBe(
			'Talebeskeden er for lang. Den må højst vare 2 minutter.'
		);
		expect(checkDraft({ text: '', voice: { ...voice, size: 5 * mb + 1 }, voiceSeconds: 60 }).voice).toBe(
			'Talebeskeden fylder for meget. Den må højst fylde 5 MB.'
		);
		expect(checkDraft({ text: '', voice: { type: 'text/plain', size: 10 }, voiceSeconds: 3 }).voice).toBeDefined();
	});
});
