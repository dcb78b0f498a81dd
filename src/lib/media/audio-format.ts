// Which sound format MediaRecorder should record in. Chromium and Firefox record Opus
// in WebM/Ogg; Safari records AAC in MP4. The first one the browser can make wins.
export const recordingFormats = [
	{ mime: 'audio/webm;codecs=opus', ext: 'webm' },
	{ mime: 'audio/webm', ext: 'webm' },
	{ mime: 'audio/ogg;codecs=opus', ext: 'ogg' },
	{ mime: 'audio/mp4', ext: 'm4a' }
] as const;

export type RecordingFormat = (typeof recordingFormats)[number];

/** The first format the browser can record, or null (then the browser picks). */
export function pickRecordingFormat(canRecord: (mime: string) => boolean): RecordingFormat | null {
	return recordingFormats.find((f) => canRecord(f.mime)) ?? null;
}

/** The plain type ("audio/webm") and a file extension for what was recorded. */
export function recordedType(recorderMime: string, chosen: RecordingFormat | null): { type: string; ext: string } {
	const type = (recorderMime || chosen?.mime || 'audio/webm').split(';')[0]?.trim() || 'audio/webm';
	const ext = recordingFormats.find((f) => f.mime.startsWith(type))?.ext ?? 'webm';
	return { type, ext };
}
