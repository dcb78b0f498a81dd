import { describe, expect, it } from 'vitest';
import { pickRecordingFormat, recordedType } from './audio-format';

describe('recording format', () => {
	it('takes Opus in WebM where the browser can, AAC in MP4 on Safari, and lets the browser pick otherwise', () => {
		expect(pickRecordingFormat(() => true)?.mime).toBe('audio/webm;codecs=opus');
		expect(pickRecordingFormat((mime) => mime === 'audio/ogg;codecs=opus')?.ext).toBe('ogg');
		expect(pickRecordingFormat((mime) => mime === 'audio/mp4')).toEqual({ mime: 'audio/mp4', ext: 'm4a' });
		expect(pickRecordingFormat(() => false)).toBeNull();
	});
	it('names the file by what the recorder says it made, else by what we asked for', () => {
		expect(recordedType('audio/webm;codecs=opus', null)).toEqual({ type: 'audio/webm', ext: 'webm' });
		expect(recordedType('', { mime: 'audio/mp4', ext: 'm4a' })).toEqual({ type: 'audio/mp4', ext: 'm4a' });
		expect(recordedType('audio/ogg; codecs=opus', null)).toEqual({ type: 'audio/ogg', ext: 'ogg' });
		expect(recordedType('', null)).toEqual({ type: 'audio/webm', ext: 'webm' });
	});
});
