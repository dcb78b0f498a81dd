// npm run bench:messages: Beskeder against a real PocketBase on this machine.
// 1. With 500,000 messages in the database (1,000 conversations of 500): the latest
//    50 messages of a conversation, as the learner and as the mentor (the access rule
//    with the mentorship join), p50/p95 over 200 requests. Goal p95 ≤ 20 ms.
// 2. With 1,000 realtime clients connected (each subscribed like the app's sync engine
//    to messages, conversations and notifications): a mentor sends a message, the
//    learner's client receives it; p50/p95 over 100 sends. Goal p95 ≤ 250 ms.
// The 500,000 messages are written straight into SQLite by a test-only route in a
// temp copy of the hooks (tests/api/messages-pocketbase.ts), in one transaction.
// Figures are printed; correctness is asserted, speed is reported against its goal.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EventSource } from 'eventsource';
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPocketBaseWithTestHooks, type TestPocketBase } from '../api/messages-pocketbase';
import { seededRandom } from './seeded-random';

(globalThis as { EventSource?: unknown }).EventSource ??= EventSource;

const LEARNERS = 1000;
const MENTORS = 20;
const PER_CONVERSATION = 500;

const seedRoute = `
routerAdd("POST", "/api/bench/seed-messages", (e) => {
  const body = e.requestInfo().body;
  const school = String(body.school);
  const learners = Number(body.learners);
  const mentors = Number(body.mentors);
  const per = Number(body.perConversation);
  const now = new Date().toISOString().replace("T", " ");
  $app.runInTransaction((tx) => {
    const run = (sql, params) => tx.db().newQuery(sql).bind(params).execute();
    const seq = "WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n + 1 < {:count}) ";
    const user = (prefix, role) =>
      seq + "INSERT INTO users (id, email, emailVisibility, verified, password, tokenKey, name, role, school, created, updated) " +
      "SELECT printf('" + prefix + "%013d', n), printf('" + prefix + "%d@bench.test', n), 0, 1, '', lower(hex(randomblob(20))), " +
      "printf('" + role + " %d', n), '" + role + "', {:school}, {:now}, {:now} FROM seq";
    run(user("bm", "mentor"), { count: mentors, school, now });
    run(user("bl", "learner"), { count: learners, school, now });
    run(seq + "INSERT INTO mentorships (id, learner, mentor, school, start, end, created, updated) " +
      "SELECT printf('bs%013d', n), printf('bl%013d', n), printf('bm%013d', n % {:mentors}), {:school}, '2026-01-01 00:00:00.000Z', '', {:now}, {:now} FROM seq",
      { count: learners, mentors, school, now });
    // mentor and mentorUntil as the hook keeps them (see pb_hooks/lib/messages.js)
    run(seq + "INSERT INTO conversations (id, learner, lastMessageAt, lastSender, mentor, mentorUntil, created, updated) " +
      "SELECT printf('bl%013d', n), printf('bl%013d', n), {:now}, printf('bl%013d', n), printf('bm%013d', n % {:mentors}), '', {:now}, {:now} FROM seq",
      { count: learners, mentors, now });
    run(seq + "INSERT INTO messages (id, conversation, sender, text, readAt, mentor, mentorUntil, created, updated) " +
      "SELECT printf('bx%013d', n), printf('bl%013d', n / {:per}), " +
      "CASE WHEN n % 2 = 0 THEN printf('bl%013d', n / {:per}) ELSE printf('bm%013d', (n / {:per}) % {:mentors}) END, " +
      "printf('Besked nummer %d i samtalen', n % {:per}), ts, printf('bm%013d', (n / {:per}) % {:mentors}), '', ts, ts FROM " +
      "(SELECT n, strftime('%Y-%m-%d %H:%M:%fZ', '2025-01-01', printf('+%d minutes', (n % {:per}) * 30)) AS ts FROM seq)",
      { count: learners * per, per, mentors });
  });
  return e.json(200, { ok: true });
}, $apis.requireSuperuserAuth());
`;

let server: TestPocketBase;
const learnerId = (n: number) => `bl${String(n).padStart(13, '0')}`;
const mentorId = (n: number) => `bm${String(n).padStart(13, '0')}`;
const mentorOf = (learner: number) => learner % MENTORS;

/** A client signed in as the user, without a password (the superuser impersonates). */
async function signedIn(id: string): Promise<PocketBase> {
	const pb = await server.su.collection('users').impersonate(id, 3600);
	pb.autoCancellation(false);
	return pb as PocketBase;
}

/** CPU time PocketBase has used so far, in ms (Linux; NaN elsewhere). */
function cpuMs(): number {
	try {
		const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return NaN;
	}
}

function figures(ms: number[]) {
	const sorted = [...ms].sort((a, b) => a - b);
	const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
	return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;


beforeAll(async () => {
	server = await startPocketBaseWithTestHooks(seedRoute);
	// All clients come from this machine: the per-client rate limits would count them as one.
	const settings = await server.su.settings.getAll();
	await server.su.settings.update({ rateLimits: { ...settings.rateLimits, enabled: false } });
	const school = await server.su.collection('schools').create({ name: 'Benchmark skole' });
	const started = performance.now();
	await server.su.send('/api/bench/seed-messages', {
		method: 'POST',
		body: { school: school.id, learners: LEARNERS, mentors: MENTORS, perConversation: PER_CONVERSATION }
	});
	const count = await server.su.collection('messages').getList(1, 1);
	console.log(
		`\n[bench:messages] seeded ${count.totalItems.toLocaleString('en')} messages in ${LEARNERS} conversations in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
}, 300_000);

afterAll(async () => {
	await server?.stop();
});

it('the latest 50 messages of a conversation, with 500,000 messages stored', async () => {
	expect((await server.su.collection('messages').getList(1, 1)).totalItems).toBe(LEARNERS * PER_CONVERSATION);
	const rand = seededRandom(5);
	const learnerTimes: number[] = [];
	const mentorTimes: number[] = [];
	const mentors = new Map<number, PocketBase>();
	for (let i = 0; i < 100; i++) {
		const n = Math.floor(rand() * LEARNERS);
		const learner = await signedIn(learnerId(n));
		let mentor = mentors.get(mentorOf(n));
		if (!mentor) {
			mentor = await signedIn(mentorId(mentorOf(n)));
			mentors.set(mentorOf(n), mentor);
		}
		for (const [pb, times] of [
			[learner, learnerTimes],
			[mentor, mentorTimes]
		] as const) {
			const t0 = performance.now();
			const page = await pb.collection('messages').getList(1, 50, {
				filter: pb.filter('conversation = {:c}', { c: learnerId(n) }),
				sort: '-created',
				skipTotal: true
			});
			times.push(performance.now() - t0);
			expect(page.items).toHaveLength(50);
			expect(page.items[0]?.text).toBe(`Besked nummer ${PER_CONVERSATION - 1} i samtalen`);
		}
	}
	// and nobody else's: a learner asking for another conversation gets nothing
	const other = await (await signedIn(learnerId(1))).collection('messages').getList(1, 50, {
		filter: `conversation = "${learnerId(2)}"`
	});
	expect(other.items).toHaveLength(0);

	const l = figures(learnerTimes);
	const m = figures(mentorTimes);
	const p95 = Math.max(l.p95, m.p95);
	console.log(
		`[bench:messages] latest 50 of a conversation (500,000 stored), 100 requests each:\n` +
			`  as the learner: p50 ${fmt(l.p50)}, p95 ${fmt(l.p95)}, max ${fmt(l.max)}\n` +
			`  as the mentor:  p50 ${fmt(m.p50)}, p95 ${fmt(m.p95)}, max ${fmt(m.max)}\n` +
			`  goal p95 ≤ 20 ms: ${p95 <= 20 ? 'met' : 'NOT met'}`
	);
}, 300_000);

it('send → the recipient receives it, with 1,000 realtime clients connected', async () => {
	// Every learner has the app open: subscribed like the sync engine does.
	const learners: PocketBase[] = [];
	const waiting = new Map<string, (at: number) => void>();
	const started = performance.now();
	for (let batch = 0; batch < LEARNERS; batch += 50) {
		await Promise.all(
			Array.from({ length: Math.min(50, LEARNERS - batch) }, async (_, i) => {
				const n = batch + i;
				const pb = await signedIn(learnerId(n));
				await pb.collection('messages').subscribe('*', (event) => {
					if (event.action === 'create') waiting.get(event.record.id)?.(performance.now());
				});
				await pb.collection('conversations').subscribe('*', () => undefined);
				await pb.collection('notifications').subscribe('*', () => undefined);
				learners[n] = pb;
			})
		);
	}
	const connected = learners.filter((pb) => pb.realtime.isConnected).length;
	console.log(`[bench:messages] ${connected} realtime clients connected in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	expect(connected).toBe(LEARNERS);

	const rand = seededRandom(7);
	const mentors = new Map<number, PocketBase>();
	const times: number[] = [];
	let wrongRecipients = 0;
	// a learner who must never get someone else's message
	const bystander = Math.floor(LEARNERS / 2) + 1;
	learners[bystander]?.collection('messages').subscribe('*', (event) => {
		if (event.record.conversation !== learnerId(bystander)) wrongRecipients++;
	});
	const cpuBefore = cpuMs();
	for (let i = 0; i < 100; i++) {
		let n = Math.floor(rand() * LEARNERS);
		if (n === bystander) n = (n + 1) % LEARNERS;
		let mentor = mentors.get(mentorOf(n));
		if (!mentor) {
			mentor = await signedIn(mentorId(mentorOf(n)));
			mentors.set(mentorOf(n), mentor);
		}
		const id = randomUUID().replace(/-/g, '').slice(0, 15);
		const received = new Promise<number>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`message ${i} not received within 10 s`)), 10_000);
			waiting.set(id, (at) => {
				clearTimeout(timer);
				resolve(at);
			});
		});
		const t0 = performance.now();
		await mentor.collection('messages').create({
			id,
			conversation: learnerId(n),
			sender: mentorId(mentorOf(n)),
			text: `Hej, det er en måling (${i})`
		});
		times.push((await received) - t0);
		waiting.delete(id);
		await new Promise((r) => setTimeout(r, 50));
	}
	const cpuPerSend = (cpuMs() - cpuBefore) / 100;
	const f = figures(times);
	console.log(
		`[bench:messages] send → recipient receives it, 1,000 realtime clients, 100 sends:\n` +
			`  p50 ${fmt(f.p50)}, p95 ${fmt(f.p95)}, max ${fmt(f.max)}; goal p95 ≤ 250 ms: ${f.p95 <= 250 ? 'met' : 'NOT met'}\n` +
			`  PocketBase CPU per send (the access checks for all 1,000 clients, the hook, the push notification): ${fmt(cpuPerSend)}\n` +
			`  (this machine's load average now: ${(await import('node:os')).loadavg()[0]?.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`
	);
	expect(times).toHaveLength(100);
	expect(wrongRecipients).toBe(0);

	for (const pb of [...learners, ...mentors.values()]) pb.realtime.unsubscribe().catch(() => undefined);
}, 600_000);
