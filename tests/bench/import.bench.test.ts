// npm run bench:import: a class list of 10,000 learners (UTF-8 with BOM, semicolons, Danish
// dates) read, checked and imported into a throwaway PocketBase as the coordinator does it
// on /admin/import: the file read in the app's code (read-file.ts), the preview (one dryRun
// request), the import in chunks of 100 (one transaction each, with the invitation mails
// through the local SMTP server), and the same file again (nothing changes).
import { cpus, loadavg } from 'node:os';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';
import { readClassList } from '../../src/lib/features/import/read-file';
import { bigClassList } from '../fixtures/import/big-list';

const ROWS = 10_000;
const CHUNK = 100; // as the page (src/lib/features/import/import.ts)
const MAILS = 500;
const password = 'bench-password-123';

let server: Awaited<ReturnType<typeof startThrowawayPocketBase>>;
let coordinator: PocketBase;
let mails = 0;
const tag = 'bench';

type Result = { importId: string; created: number; updated: number; unchanged: number; skipped: unknown[]; invited: number };

beforeAll(async () => {
	server = await startThrowawayPocketBase({ onMail: () => mails++ });
	const su = new PocketBase(server.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(server.superuser.email, server.superuser.password);
	const school = await su.collection('schools').create({ name: 'Benchmark-skolen' });
	await su.collection('programmes').create({ name: 'Social- og sundhedshjælper', track: 'EUV1', school: school.id });
	const user = (email: string, role: string, name: string) =>
		su.collection('users').create({ email, password, passwordConfirm: password, name, role, school: school.id });
	await user('mentor@bench.test', 'mentor', 'Målt Mentor');
	await user('koordinator@bench.test', 'coordinator', 'Kim Koordinator');
	coordinator = new PocketBase(server.url);
	coordinator.autoCancellation(false);
	await coordinator.collection('users').authWithPassword('koordinator@bench.test', password);
});

afterAll(async () => {
	await server?.stop();
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function importAll(rows: unknown[], invite: boolean): Promise<Result> {
	const total: Result = { importId: '', created: 0, updated: 0, unchanged: 0, skipped: [], invited: 0 };
	for (let i = 0; i < rows.length; i += CHUNK) {
		const res = await coordinator.send<Result>('/api/sammen/import', {
			method: 'POST',
			body: { rows: rows.slice(i, i + CHUNK), fileName: 'holdliste.csv', invite, ...(total.importId ? { importId: total.importId } : {}) },
			requestKey: null
		});
		total.importId = res.importId;
		total.created += res.created;
		total.updated += res.updated;
		total.unchanged += res.unchanged;
		total.invited += res.invited;
	}
	return total;
}

/** Prints a figure at once (a phase may take minutes on a busy machine). */
const report = (line: string) => process.stdout.write(`[bench:import] ${line}\n`);
const list = () => readClassList(bigClassList(ROWS, { tag, programme: 'Social- og sundhedshjælper', track: 'EUV1', mentorEmail: 'mentor@bench.test' }));
let first: Result;

it(`reads and checks ${ROWS} rows in the app's code`, () => {
	report(`${ROWS} rows, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}`);
	const t = performance.now();
	expect(list().rows).toHaveLength(ROWS);
	report(`read and check the file in the app: ${seconds(performance.now() - t)}`);
});

it('previews them (one dryRun request)', async () => {
	const rows = list().rows;
	const t = performance.now();
	const preview = await coordinator.send<{ rows: { action: string }[] }>('/api/sammen/import', {
		method: 'POST',
		body: { rows, dryRun: true },
		requestKey: null
	});
	report(`preview (dryRun, one request): ${seconds(performance.now() - t)}`);
	expect(preview.rows.filter((r) => r.action === 'create')).toHaveLength(ROWS);
});

it(`imports them in chunks of ${CHUNK}`, async () => {
	const t = performance.now();
	first = await importAll(list().rows, false);
	report(`import (chunks of ${CHUNK}, one transaction each): ${seconds(performance.now() - t)}`);
	expect(first).toMatchObject({ created: ROWS });
});

it('imports the same file again: nothing changes', async () => {
	const t = performance.now();
	const again = await importAll(list().rows, false);
	report(`the same file again: ${seconds(performance.now() - t)}`);
	expect(again).toMatchObject({ created: 0, updated: 0, unchanged: ROWS });
	const u = performance.now();
	await coordinator.send(`/api/sammen/import/${again.importId}/undo`, { method: 'POST', requestKey: null });
	await coordinator.send(`/api/sammen/import/${first.importId}/undo`, { method: 'POST', requestKey: null });
	report(`undo of both imports: ${seconds(performance.now() - u)}`);
});

it(`sends the invitation mails (${MAILS} new learners, through the local SMTP server)`, async () => {
	const rows = readClassList(bigClassList(MAILS, { tag: 'mail', programme: 'Social- og sundhedshjælper', track: 'EUV1', mentorEmail: 'mentor@bench.test' })).rows;
	const before = mails;
	const t = performance.now();
	const res = await importAll(rows, true);
	const ms = performance.now() - t;
	report(`import of ${MAILS} with invitations: ${seconds(ms)} (${(ms / MAILS).toFixed(1)} ms a learner)`);
	expect(res).toMatchObject({ created: MAILS, invited: MAILS });
	await expect.poll(() => mails - before, { timeout: 60_000 }).toBe(MAILS);
});
