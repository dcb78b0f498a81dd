// One throwaway PocketBase for the whole API test run (files run one after another).
// Tests run in worker processes, so what they need from here travels by `provide`,
// and PocketBase's output and its mails (tests/api/mail.ts reads them) by files.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { mailFileWriter } from '../../scripts/lib/mail.mjs';
import { startThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		pbUrl: string;
		superuser: { email: string; password: string };
		/** Every line PocketBase printed, appended as it comes. */
		pbOutputFile: string;
		/** Grows by one byte per SDK client; its size numbers the clients' fake IPs. */
		clientCounterFile: string;
		/** Every mail PocketBase sent (through the local SMTP server), one JSON line each. */
		mailFile: string;
	}
}

export default async function setup(project: TestProject) {
	const runDir = mkdtempSync(join(tmpdir(), 'sammen-api-tests-'));
	const pbOutputFile = join(runDir, 'pocketbase-output.log');
	const clientCounterFile = join(runDir, 'client-counter');
	writeFileSync(pbOutputFile, '');
	writeFileSync(clientCounterFile, '');
	const mailFile = join(runDir, 'mail.jsonl');
	writeFileSync(mailFile, '');

	const pb = await startThrowawayPocketBase({
		onOutput: (line) => appendFileSync(pbOutputFile, line + '\n'),
		onMail: mailFileWriter(mailFile),
		appURL: 'http://sammen.test'
	});

	project.provide('pbUrl', pb.url);
	project.provide('superuser', pb.superuser);
	project.provide('pbOutputFile', pbOutputFile);
	project.provide('clientCounterFile', clientCounterFile);
	project.provide('mailFile', mailFile);

	return async () => {
		await pb.stop();
		rmSync(runDir, { recursive: true, force: true });
	};
}
