// The recorder with a fake microphone and MediaRecorder (Node has neither): the
// format it asks for, the file it makes, its limits and its problems.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AudioRecorder } from './recorder.svelte';

type FakeRecorder = {
	mimeType: string;
	state: 'inactive' | 'recording';
	options: { mimeType?: string };
	ondataavailable: ((e: { data: Blob }) => void) | null;
	onstop: (() => void) | null;
};
let made: FakeRecorder[] = [];
let stoppedTracks = 0;
let chunkBytes = 100;

function fakeBrowser({ canRecord = (mime: string): boolean => mime === 'audio/mp4', mic = async (): Promise<unknown> => ({}) } = {}) {
	made = [];
	stoppedTracks = 0;
	class MediaRecorderFake implements FakeRecorder {
		static isTypeSupported = canRecord;
		state: 'inactive' | 'recording' = 'inactive';
		mimeType: string;
		ondataavailable: ((e: { data: Blob }) => void) | null = null;
		onstop: (() => void) | null = null;
		constructor(
			_stream: unknown,
			public options: { mimeType?: string }
		) {
			this.mimeType = options.mimeType ?? '';
			made.push(this);
		}
		start() {
			this.state = 'recording';
		}
		stop() {
			this.state = 'inactive';
			this.ondataavailable?.({ data: new Blob([new Uint8Array(chunkBytes)]) });
			this.onstop?.();
		}
	}
	vi.stubGlobal('window', globalThis);
	vi.stubGlobal('MediaRecorder', MediaRecorderFake);
	vi.stubGlobal('navigator', {
		mediaDevices: {
			getUserMedia: async () => {
				await mic();
				return { getTracks: () => [{ stop: () => stoppedTracks++ }] };
			}
		}
	});
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
	chunkBytes = 100;
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('AudioRecorder', () => {
	it('records in a format the browser can make, into a named file with its length', async () => {
		fakeBrowser();
		const recorder = new AudioRecorder({ name: 'talebesked' });
		await recorder.start();
		expect(recorder.state).toBe('recording');
		expect(made[0]?.options.mimeType).toBe('audio/mp4');
		vi.advanceTimersByTime(5_000);
		expect(recorder.elapsed).toBeCloseTo(5, 0);
		recorder.stop();
		expect(recorder.state).toBe('recorded');
		expect([recorder.file?.name, recorder.file?.type, recorder.file?.size]).toEqual(['talebesked.m4a', 'audio/mp4', 100]);
		expect(recorder.elapsed).toBeCloseTo(5, 0);
		expect(stoppedTracks).toBe(1);
	});
	it('stops by itself at the longest allowed length', async () => {
		fakeBrowser({ canRecord: () => true });
		const recorder = new AudioRecorder({ maxSeconds: 120 });
		await recorder.start();
		vi.advanceTimersByTime(119_000);
		expect(recorder.state).toBe('recording');
		vi.advanceTimersByTime(1_200);
		expect([recorder.state, recorder.stoppedAtMax, recorder.elapsed]).toEqual(['recorded', true, 120]);
		expect(recorder.file?.type).toBe('audio/webm');
	});
	it('refuses a recording larger than allowed, and throws one away on discard', async () => {
		fakeBrowser();
		chunkBytes = 2_000;
		const recorder = new AudioRecorder({ maxBytes: 1_000 });
		await recorder.start();
		recorder.stop();
		expect([recorder.state, recorder.problem, recorder.file]).toEqual(['idle', 'tooBig', null]);
		chunkBytes = 10;
		await recorder.start();
		recorder.discard();
		expect([recorder.state, recorder.file, recorder.problem]).toEqual(['idle', null, null]);
		expect(stoppedTracks).toBe(2);
	});
	it('says why nothing is recorded: no permission, no microphone, no MediaRecorder', async () => {
		fakeBrowser({ mic: async () => Promise.reject(Object.assign(new Error('no'), { name: 'NotAllowedError' })) });
		const denied = new AudioRecorder();
		await denied.start();
		expect([denied.state, denied.problem]).toEqual(['idle', 'micDenied']);
		fakeBrowser({ mic: async () => Promise.reject(Object.assign(new Error('no'), { name: 'NotFoundError' })) });
		const missing = new AudioRecorder();
		await missing.start();
		expect(missing.problem).toBe('micMissing');
		vi.unstubAllGlobals();
		const old = new AudioRecorder();
		await old.start();
		expect([old.supported, old.problem]).toEqual([false, 'notSupported']);
	});
});
