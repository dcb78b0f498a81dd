// Keeping `npm start` honest (issue 16): PocketBase that dies is started again with a
// calm message (a few times; then Sammen stops and says why), and Ctrl-C always ends
// everything, also when a step of the shutdown hangs.
// Only Node built-ins here: this runs before `npm install` has happened.
import { hasExited } from './pocketbase.mjs';

/**
 * Runs PocketBase through `start()` (which resolves with { url, child, stop }) and starts
 * it again when it exits without being asked to. More than `maxRestarts` restarts within
 * `windowMs` means something is wrong for good: `onGiveUp` is called (start.mjs exits 1).
 */
export async function supervisePocketBase({
	start,
	log = console.log,
	maxRestarts = 3,
	windowMs = 60_000,
	onGiveUp = () => process.exit(1)
}) {
	let current = await start();
	let stopping = false;
	/** @type {number[]} */
	let restarts = [];

	const watch = (pb) =>
		pb.child.once('exit', async (code, signal) => {
			// Ctrl-C in a terminal reaches PocketBase too (same process group); give our own
			// signal handler a moment to say that we are stopping, so that is no "crash"
			await new Promise((r) => setTimeout(r, 300));
			if (stopping) return;
			const now = Date.now();
			restarts = [...restarts.filter((at) => now - at < windowMs), now];
			const why = signal ? `signal ${signal}` : `kode ${code}`;
			if (restarts.length > maxRestarts) {
				log(`\nPocketBase er stoppet ${restarts.length} gange på kort tid (${why}). Sammen stopper nu; se fejlen ovenfor.`);
				onGiveUp();
				return;
			}
			log(`\nPocketBase stoppede uventet (${why}). Den startes igen … (${restarts.length} af højst ${maxRestarts})`);
			try {
				current = await start();
				if (stopping) return void (await current.stop());
				log('PocketBase kører igen. Intet er tabt: data ligger i pb_data.');
				watch(current);
			} catch (err) {
				log(`PocketBase kunne ikke startes igen: ${err instanceof Error ? err.message : err}\nSammen stopper nu.`);
				onGiveUp();
			}
		});
	watch(current);

	return {
		get url() {
			return current.url;
		},
		get child() {
			return current.child;
		},
		stop: async () => {
			stopping = true;
			if (!hasExited(current.child)) await current.stop();
		}
	};
}

/**
 * Ctrl-C (SIGINT) and SIGTERM run `stop` once and exit 0. A stop that takes longer than
 * `timeoutMs`, or a second Ctrl-C, ends the process at once, so nothing can hang.
 */
export function stopOnSignals(stop, { timeoutMs = 8_000, log = console.log } = {}) {
	let stopping = false;
	const onSignal = async () => {
		if (stopping) {
			log('Stopper med det samme.');
			process.exit(1);
		}
		stopping = true;
		log('\nStopper Sammen …');
		const hard = setTimeout(() => {
			log('Det tog for lang tid at stoppe pænt. Stopper med det samme.');
			process.exit(1);
		}, timeoutMs);
		hard.unref();
		try {
			await stop();
		} finally {
			process.exit(0);
		}
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
}
