// One throwaway PocketBase for the whole API test run (files run one after another).
// Tests run in worker processes, so what they need from here travels by `provide`,
// and PocketBase's output (where one-time codes are printed) by a file.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		pbUrl: string;
		superuser: { email: string; password: string };
		/** Every line PocketBase printed, appended as it comes. */
		pbOutputFile: string;
		/** Grows by one byte per SDK client; its size numbers the clients' fake IPs. */
		clientCounterFile: string;
	}
}

export default async function setup(project: TestProject) {
	const runDir = mkdtempSync(join(tmpdir(), 'sammen-api-tests-'));
	const pbOutputFile = join(runDir, 'pocketbase-output.log');
	const clientCounterFile = join(runDir, 'client-counter');
	writeFileSync(pbOutputFile, '');
	writeFileSync(clientCounterFile, '');

	const pb = await startThrowawayPocketBase({
		onOutput: (line) => appendFileSync(pbOutputFile, line + '\n')
	});

	project.provide('pbUrl', pb.url);
	project.provide('superuser', pb.superuser);
	project.provide('pbOutputFile', pbOutputFile);
	project.provide('clientCounterFile', clientCounterFile);

	return async () => {
		await pb.stop();
		rmSync(runDir, { recursive: true, force: true });
	};
}
