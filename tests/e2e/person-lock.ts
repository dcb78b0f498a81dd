// One demo person's journey at a time: the browser tests run in parallel (two workers),
// and two journeys that reset the same person (Lisbeth joins the network in
// network.spec.ts and in network-lisbeth.spec.ts) must not run over each other. An
// atomic mkdir is the lock, per server (E2E_PORT); a lock older than 15 minutes was left
// by a run that died and is broken.
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STALE_MS = 15 * 60 * 1000;

/** Waits until this test holds `person`; call the returned function to let go (in a finally). */
export async function holdPerson(person: string): Promise<() => Promise<void>> {
	const dir = join(tmpdir(), `sammen-e2e-${process.env.E2E_PORT ?? 4310}-${person}.lock`);
	for (;;) {
		try {
			await mkdir(dir);
			return () => rm(dir, { recursive: true, force: true });
		} catch {
			const since = await stat(dir).then((s) => Date.now() - s.mtimeMs, () => 0);
			if (since > STALE_MS) await rm(dir, { recursive: true, force: true });
			else await new Promise((r) => setTimeout(r, 500));
		}
	}
}
