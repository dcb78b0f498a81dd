// npm run bench:report: the quarterly report (GET /api/sammen/report) over the caseload
// benchmark's big school: 5,000 learners, 500,000 messages, 50,000 flags, 2,500 help
// requests (bench_hooks/lib/bench-seed.js), plus course facts and 1,100 status rows
// (bench_hooks/report-seed.pb.js). Measured as the school's coordinator, over HTTP, for
// this quarter (the seeded messages and flags are from the last days) and for all
// programmes and one; prints p50/p95. Figures, not pass/fail on speed.
import { cpus, loadavg } from 'node:os';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { benchHooksDir, startThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';
import { quarterKey, quarterOf } from '../../src/lib/domain/quarter';

const LEARNERS = 5000;
const ROUNDS = 30;
const WARMUP = 3;
const password = 'bench-password-123';

let server: Awaited<ReturnType<typeof startThrowawayPocketBase>>;
let coordinator: PocketBase;
let programmes: string[] = [];
let ip = 0;

function client(): PocketBase {
	const pb = new PocketBase(server.url);
	const address = `10.93.0.${++ip}`;
	pb.autoCancellation(false);
	pb.beforeSend = (url, options) => ({ url, options: { ...options, headers: { ...options.headers, 'X-Forwarded-For': address } } });
	return pb;
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const figure = (values: number[]) =>
	`p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;

beforeAll(async () => {
	server = await startThrowawayPocketBase({ extraHooksDir: benchHooksDir });
	const su = client();
	await su.collection('_superusers').authWithPassword(server.superuser.email, server.superuser.password);
	const school = await su.collection('schools').create({ name: 'Stor benchmark-skole' });
	const mentor = await su.collection('users').create({ email: 'mentor@bench.test', password, passwordConfirm: password, name: 'Mentor', role: 'mentor', school: school.id });
	await su.collection('users').create({ email: 'koordinator@bench.test', password, passwordConfirm: password, name: 'Koordinator', role: 'coordinator', school: school.id });
	for (const track of ['EUV1', 'EUV2', 'EUV3']) {
		programmes.push((await su.collection('programmes').create({ name: `Uddannelse ${track}`, track, school: school.id })).id);
	}
	const started = performance.now();
	const counts = await su.send<Record<string, number>>('/api/sammen/bench-seed', {
		method: 'POST',
		body: { school: school.id, mentor: mentor.id, learners: LEARNERS, perMentor: 60 },
		requestKey: null
	});
	const statuses = await su.send<Record<string, number>>('/api/sammen/bench-report-seed', {
		method: 'POST',
		body: { school: school.id, programmes },
		requestKey: null
	});
	console.log(`\n[bench:report] seeded in ${((performance.now() - started) / 1000).toFixed(1)} s:`, JSON.stringify({ ...counts, ...statuses }));
	coordinator = client();
	await coordinator.collection('users').authWithPassword('koordinator@bench.test', password);
}, 600_000);

afterAll(async () => {
	await server?.stop();
});

it('the quarterly report over 5,000 learners: p50 and p95', async () => {
	const quarter = quarterKey(quarterOf(Date.now()));
	const ask = (programme?: string) =>
		coordinator.send('/api/sammen/report', { method: 'GET', query: { quarter, ...(programme ? { programme } : {}) }, requestKey: null });

	const check = await ask();
	expect(check.learners).toBe(LEARNERS);
	expect(check.totals.inCourse).toBeGreaterThan(1000);
	expect(check.contact.withContact).toBeGreaterThan(1000);
	expect(check.flags.raised).toBeGreaterThan(0);

	const times: Record<string, number[]> = { all: [], programme: [] };
	for (let round = 0; round < WARMUP + ROUNDS; round++) {
		for (const [name, programme] of [['all', undefined], ['programme', programmes[1]]] as const) {
			const t = performance.now();
			await ask(programme);
			if (round >= WARMUP) times[name]!.push(performance.now() - t);
		}
	}
	console.log(
		`[bench:report] ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}; ${ROUNDS} rounds, quarter ${quarter}:\n` +
			`  whole school (${check.learners} learners, ${check.totals.inCourse} in course, ${check.contact.gaps} contact gaps, ${check.flags.raised} flags): ${figure(times.all!)}\n` +
			`  one programme: ${figure(times.programme!)}`
	);
}, 600_000);
