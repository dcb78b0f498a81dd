import { limits } from './limits';
import { m } from './words';

export type RecorderState = 'idle' | 'starting' | 'recording' | 'recorded';

// Chromium and Firefox record Opus in WebM/Ogg; Safari records AAC in MP4.
const candidates = [
	{ mime: 'audio/webm;codecs=opus', ext: 'webm' },
	{ mime: 'audio/webm', ext: 'webm' },
	{ mime: 'audio/ogg;codecs=opus', ext: 'ogg' },
	{ mime: 'audio/mp4', ext: 'm4a' }
];

/**
 * Records a voice note with the microphone (MediaRecorder), at most 2 minutes: the
 * length shows while recording, and recording stops by itself at the limit. Works
 * offline; the note is a File that the outbox keeps until it can be sent.
 */
export class VoiceRecorder {
	state = $state<RecorderState>('idle');
	/** Seconds recorded so far (while recording), or the note's length (when recorded). */
	elapsed = $state(0);
	problem = $state<string | null>(null);
	stoppedAtMax = $state(false);
	file = $state.raw<File | null>(null);

	readonly supported =
		typeof window !== 'undefined' && typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

	#recorder: MediaRecorder | null = null;
	#stream: MediaStream | null = null;
	#chunks: Blob[] = [];
	#startedAt = 0;
	#timer: ReturnType<typeof setInterval> | null = null;
	#cancelled = false;

	async start() {
		if (!this.supported) {
			this.problem = m.recordNotSupported;
			return;
		}
		if (this.state === 'recording' || this.state === 'starting') return;
		this.discard();
		this.state = 'starting';
		this.problem = null;
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
		} catch (error) {
			this.state = 'idle';
			const name = (error as DOMException)?.name;
			this.problem = name === 'NotFoundError' || name === 'OverconstrainedError' ? m.micMissing : m.micDenied;
			return;
		}
		const format = candidates.find((c) => MediaRecorder.isTypeSupported(c.mime)) ?? null;
		const recorder = new MediaRecorder(this.#stream, format ? { mimeType: format.mime, audioBitsPerSecond: 32_000 } : {});
		this.#recorder = recorder;
		this.#chunks = [];
		this.#cancelled = false;
		recorder.ondataavailable = (event) => {
			if (event.data.size > 0) this.#chunks.push(event.data);
		};
		recorder.onstop = () => {
			this.#release();
			if (this.#cancelled) return;
			const type = (recorder.mimeType || format?.mime || 'audio/webm').split(';')[0] ?? 'audio/webm';
			const ext = candidates.find((c) => c.mime.startsWith(type))?.ext ?? 'webm';
			const seconds = Math.min(limits.voiceMaxSeconds, (performance.now() - this.#startedAt) / 1000);
			this.elapsed = seconds;
			this.file = new File(this.#chunks, `talebesked.${ext}`, { type });
			this.state = 'recorded';
		};
		// a chunk every second, so a long note is not lost in one piece
		recorder.start(1000);
		this.#startedAt = performance.now();
		this.elapsed = 0;
		this.stoppedAtMax = false;
		this.state = 'recording';
		this.#timer = setInterval(() => {
			this.elapsed = (performance.now() - this.#startedAt) / 1000;
			if (this.elapsed >= limits.voiceMaxSeconds) {
				this.stoppedAtMax = true;
				this.stop();
			}
		}, 200);
	}

	stop() {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		if (this.#recorder && this.#recorder.state !== 'inactive') this.#recorder.stop();
	}

	/** Throws the recording away (also while recording). */
	discard() {
		if (this.state === 'recording') {
			this.#cancelled = true;
			this.stop();
		}
		this.file = null;
		this.elapsed = 0;
		this.stoppedAtMax = false;
		this.state = 'idle';
	}

	#release() {
		this.#stream?.getTracks().forEach((track) => track.stop());
		this.#stream = null;
		this.#recorder = null;
	}
}
