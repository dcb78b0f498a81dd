import { pickRecordingFormat, recordedType, type RecordingFormat } from './audio-format';

export type RecorderState = 'idle' | 'starting' | 'recording' | 'recorded';
/** Why nothing was recorded; each feature says it in its own words. */
export type RecorderProblem = 'notSupported' | 'micDenied' | 'micMissing' | 'tooBig';

export type RecorderOptions = {
	/** Recording stops by itself after this many seconds (none: no limit). */
	maxSeconds?: number;
	/** A recording larger than this is refused ('tooBig'). */
	maxBytes?: number;
	/** The file's name without extension. */
	name?: string;
};

/**
 * Records sound with the microphone (MediaRecorder): the length shows while
 * recording, and it stops by itself at the limit. Works offline; the result is a
 * File that the outbox keeps until it can be sent. Messages and help requests use it.
 */
export class AudioRecorder {
	state = $state<RecorderState>('idle');
	/** Seconds recorded so far (while recording), or the recording's length (when recorded). */
	elapsed = $state(0);
	problem = $state<RecorderProblem | null>(null);
	stoppedAtMax = $state(false);
	file = $state.raw<File | null>(null);

	readonly supported =
		typeof window !== 'undefined' && typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

	readonly #options: RecorderOptions;
	#recorder: MediaRecorder | null = null;
	#stream: MediaStream | null = null;
	#chunks: Blob[] = [];
	#startedAt = 0;
	#timer: ReturnType<typeof setInterval> | null = null;
	#cancelled = false;

	constructor(options: RecorderOptions = {}) {
		this.#options = options;
	}

	async start() {
		if (!this.supported) {
			this.problem = 'notSupported';
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
			this.problem = name === 'NotFoundError' || name === 'OverconstrainedError' ? 'micMissing' : 'micDenied';
			return;
		}
		const format: RecordingFormat | null = pickRecordingFormat((mime) => MediaRecorder.isTypeSupported(mime));
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
			const { type, ext } = recordedType(recorder.mimeType, format);
			const max = this.#options.maxSeconds ?? Infinity;
			const file = new File(this.#chunks, `${this.#options.name ?? 'optagelse'}.${ext}`, { type });
			if (this.#options.maxBytes !== undefined && file.size > this.#options.maxBytes) {
				this.problem = 'tooBig';
				this.state = 'idle';
				this.elapsed = 0;
				return;
			}
			this.elapsed = Math.min(max, (performance.now() - this.#startedAt) / 1000);
			this.file = file;
			this.state = 'recorded';
		};
		// a chunk every second, so a long recording is not lost in one piece
		recorder.start(1000);
		this.#startedAt = performance.now();
		this.elapsed = 0;
		this.stoppedAtMax = false;
		this.state = 'recording';
		this.#timer = setInterval(() => this.#tick(), 200);
	}

	#tick() {
		this.elapsed = (performance.now() - this.#startedAt) / 1000;
		if (this.#options.maxSeconds !== undefined && this.elapsed >= this.#options.maxSeconds) {
			this.stoppedAtMax = true;
			this.stop();
		}
	}

	stop() {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		if (this.#recorder && this.#recorder.state !== 'inactive') this.#recorder.stop();
	}

	/** Throws the recording away (also while recording, and on leaving the page). */
	discard() {
		if (this.state === 'recording') {
			this.#cancelled = true;
			this.stop();
		}
		this.#release();
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
