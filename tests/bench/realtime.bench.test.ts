// npm run bench:realtime: what one write costs PocketBase with many devices online.
// N devices (REALTIME_CLIENTS, default "100,1000"; add 5000 when the machine is quiet)
// connect through the app's own door (scripts/lib/server.mjs forwards /api/ to
// PocketBase: real SSE), each subscribed exactly as the app's sync engine is
// (subscribeChanges in src/lib/sync/realtime.ts). Then a mixed write load, in turn: a
// mentor's message, a learner's read receipt, a learner ticking a step, a flag comment
// (mentor → learner thread, or teacher → staff thread).
// Reported per N: PocketBase CPU per write (/proc/<pid>/stat), delivery p50/p95/max to
// the people who should get each change, send → learner for messages, and the highest
// fixed write rate (REALTIME_RATES) whose delivery p95 stays ≤ 250 ms.
// Asserted: every device checks every event it got against who may see it (the access
// rules of docs/ARCHITECTURE.md, by the seeded structure): 0 wrong events in the whole
// run; and at the slow rate every change reaches every one of its recipients.
// Data: pocketbase/bench_hooks/realtime-seed.pb.js (groups of 25 learners with their
// mentor and teacher; ids say who is who). Bounded: fixed counts, timeouts, then stop.
// Profiling: SAMMEN_PPROF_ADDR=127.0.0.1:6061 makes PocketBase serve Go's pprof there
// (pocketbase/main.go), e.g. `curl 127.0.0.1:6061/debug/pprof/profile?seconds=30`.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { EventSource } from 'eventsource';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { benchHooksDir, freePort, startThrowawayPocketBase } from '../../scripts/lib/pocketbase.mjs';
import { startApiServer } from '../../scripts/lib/server.mjs';
import { subscribeChanges, type RealtimeChange } from '../../src/lib/sync/realtime';
import { seededRandom } from './seeded-random';

(globalThis as { EventSource?: unknown }).EventSource ??= EventSource;

const PER = 25; // learners per group, as the seed route makes them
const counts = (process.env.REALTIME_CLIENTS ?? '100,1000').split(',').map(Number).filter((n) => n > 0);
const rates = (process.env.REALTIME_RATES ?? '5,10,25,50,100,150,200,300').split(',').map(Number);
const CPU_WRITES = Number(process.env.REALTIME_CPU_WRITES ?? 40);
const CPU_RATE = Number(process.env.REALTIME_CPU_RATE ?? 2);
const GOAL_P95 = 250;
const DRAIN_MS = 20_000;

type Role = 'learner' | 'mentor' | 'teacher';
type Who = { role: Role; group: number; userId: string };
const id = (kind: string, n: number) => `r${kind}${String(n).padStart(13, '0')}`;
const learnerWho = (n: number): Who => ({ role: 'learner', group: Math.floor(n / PER), userId: id('l', n) });
const mentorWho = (g: number): Who => ({ role: 'mentor', group: g, userId: id('m', g) });
const teacherWho = (g: number): Who => ({ role: 'teacher', group: g, userId: id('t', g) });

let server: Awaited<ReturnType<typeof startThrowawayPocketBase>>;
let door: { url: string; close: () => Promise<void> };
let su: PocketBase;

/** CPU time PocketBase has used so far, in ms (Linux). */
function cpuMs(): number {
	const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
function figures(ms: number[]) {
	const sorted = [...ms].sort((a, b) => a - b);
	const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
	return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}
const fmt = (f: { p50: number; p95: number; max: number }) =>
	`p50 ${f.p50.toFixed(0)} ms, p95 ${f.p95.toFixed(0)} ms, max ${f.max.toFixed(0)} ms`;
const load = () => `load ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- who may see what
/** The learner a record is about: the anchor of every learner-centred rule. */
function learnerOf(collection: string, record: Record<string, unknown>): string {
	if (collection === 'messages') return String(record.conversation);
	if (collection === 'conversations' || collection === 'users') return String(record.id);
	return String(record.learner ?? '');
}
const groupOf = (userId: string) => (/^rl\d{13}$/.test(userId) ? Math.floor(Number(userId.slice(2)) / PER) : -1);
const teacherSees = new Set(['users', 'plans', 'milestones', 'flags', 'flag_staff_notes', 'kudos']);
const learnerNeverSees = new Set(['notes', 'timeline', 'handovers', 'flag_staff_notes']);

/** Whether the access rules let this person see the record (for what this benchmark makes happen). */
function maySee(who: Who, collection: string, record: Record<string, unknown>): boolean {
	if (collection === 'notifications' || collection === 'push_subscriptions') return record.user === who.userId;
	const about = learnerOf(collection, record);
	if (who.role === 'learner') {
		if (about !== who.userId || learnerNeverSees.has(collection)) return false;
		return collection !== 'flag_comments' || record.thread === 'learner';
	}
	if (groupOf(about) !== who.group) return false;
	if (who.role === 'mentor') return true;
	if (collection === 'flag_comments') return record.thread === 'staff';
	return teacherSees.has(collection);
}

// ---------------------------------------------------------------- devices and writes
type Device = { who: Who; pb: PocketBase; stop: () => Promise<void> };
type Write = { kind: string; t0: number; waiting: Set<string>; got: number[]; toLearner?: number; failed?: string };
const pending = new Map<string, Write>();
const wrong: string[] = [];
let events = 0;

const keyOf = (collection: string, record: Record<string, unknown>) =>
	collection === 'milestones' ? `${collection}/${record.id}/${record.status}` : `${collection}/${record.id}`;

function onEvent(who: Who, { collection, record }: RealtimeChange) {
	const at = performance.now();
	events++;
	if (!maySee(who, collection, record)) wrong.push(`${who.role} ${who.userId} got ${collection}/${record.id}`);
	const write = pending.get(keyOf(collection, record));
	if (!write?.waiting.delete(who.userId)) return;
	write.got.push(at - write.t0);
	if (who.role === 'learner' && collection === 'messages') write.toLearner = at - write.t0;
}

/** A device of this person, signed in (the superuser impersonates), talking to the app's door. */
async function connect(who: Who): Promise<Device> {
	const token = await su.collection('users').impersonate(who.userId, 7200);
	const pb = new PocketBase(door.url);
	pb.autoCancellation(false);
	pb.authStore.save(token.authStore.token, token.authStore.record);
	// On a loaded machine a stream can take longer than the SDK waits (15 s): try again.
	for (let attempt = 1; ; attempt++) {
		try {
			const stop = await subscribeChanges(pb, (change) => onEvent(who, change), () => undefined);
			return { who, pb, stop };
		} catch (error) {
			if (attempt === 3) throw error;
			await pb.realtime.unsubscribe().catch(() => undefined);
		}
	}
}

/** The mixed load: what each write is, who must get it, and the request that makes it. */
// What the writes have done to the one seeded database so far, across every N (a
// learner of the first groups is online in each run, and their steps stay as left).
const readNext = new Map<number, number>(); // learner → next unread seeded message (8 each)
const ticked = new Set<string>(); // milestones now done
const busy = new Set<string>(); // milestones with a tick on its way

function makeWriter(groups: number, devices: Map<string, Device>) {
	const rand = seededRandom(11);
	let turn = 0;
	return function next(): { key: string; kind: string; to: Who[]; send: () => Promise<unknown> } {
		const g = Math.floor(rand() * groups);
		const n = g * PER + Math.floor(rand() * PER);
		const l = learnerWho(n);
		const m = mentorWho(g);
		const t = teacherWho(g);
		const pbOf = (who: Who) => devices.get(who.userId)!.pb;
		let kind = ['message', 'read', 'tick', 'comment'][turn++ % 4]!;
		if (kind === 'read' && (readNext.get(n) ?? 0) >= 8) kind = 'message';
		if (kind === 'message') {
			const rid = randomUUID().replace(/-/g, '').slice(0, 15);
			return {
				key: `messages/${rid}`,
				kind,
				to: [l, m],
				send: () => pbOf(m).collection('messages').create({ id: rid, conversation: l.userId, sender: m.userId, text: 'Hej, hvordan går det?' })
			};
		}
		if (kind === 'read') {
			const k = readNext.get(n) ?? 0;
			readNext.set(n, k + 1);
			const mid = id('b', n * 8 + k);
			return {
				key: `messages/${mid}`,
				kind,
				to: [l, m],
				send: () => pbOf(l).collection('messages').update(mid, { readAt: new Date().toISOString() })
			};
		}
		if (kind === 'tick') {
			let step = '';
			for (let k = 0; k < 4 && (!step || busy.has(step)); k++) step = id('x', n * 4 + k);
			if (busy.has(step)) return next();
			busy.add(step);
			const status = ticked.has(step) ? 'todo' : 'done';
			if (status === 'done') ticked.add(step);
			else ticked.delete(step);
			return {
				key: `milestones/${step}/${status}`,
				kind,
				to: [l, m, t],
				send: () => pbOf(l).collection('milestones').update(step, { status }).finally(() => busy.delete(step))
			};
		}
		const rid = randomUUID().replace(/-/g, '').slice(0, 15);
		const staff = rand() < 0.5;
		const author = staff ? t : m;
		return {
			key: `flag_comments/${rid}`,
			kind: staff ? 'comment (staff)' : 'comment (learner)',
			to: staff ? [t, m] : [l, m],
			send: () =>
				pbOf(author).collection('flag_comments').create({
					id: rid,
					flag: id('g', n),
					learner: l.userId,
					author: author.userId,
					thread: staff ? 'staff' : 'learner',
					body: 'Tak, vi tager den på mandag.'
				})
		};
	};
}

type Phase = { rate: number; writes: number; achieved: number; cpuPerWrite: number; delivery: number[]; toLearner: number[]; missed: number; failed: string[] };

/** `total` writes at a fixed rate; waits (bounded) until everything has arrived. */
async function phase(next: ReturnType<typeof makeWriter>, rate: number, total: number): Promise<Phase> {
	const writes: Write[] = [];
	const inFlight: Promise<unknown>[] = [];
	const cpu0 = cpuMs();
	const start = performance.now();
	for (let i = 0; i < total; i++) {
		const due = start + (i * 1000) / rate;
		const wait = due - performance.now();
		if (wait > 0) await sleep(wait);
		const w = next();
		const write: Write = { kind: w.kind, t0: performance.now(), waiting: new Set(w.to.map((who) => who.userId)), got: [] };
		pending.set(w.key, write);
		writes.push(write);
		inFlight.push(
			w.send().catch((error: Error) => {
				write.failed = `${w.kind}: ${error.message}`;
				write.waiting.clear();
			})
		);
	}
	const achieved = total / ((performance.now() - start) / 1000);
	await Promise.all(inFlight);
	const until = performance.now() + DRAIN_MS;
	while (writes.some((w) => w.waiting.size > 0) && performance.now() < until) await sleep(50);
	const cpuPerWrite = (cpuMs() - cpu0) / total;
	for (const [key, write] of pending) if (writes.includes(write)) pending.delete(key);
	return {
		rate,
		writes: total,
		achieved,
		cpuPerWrite,
		delivery: writes.flatMap((w) => w.got),
		toLearner: writes.flatMap((w) => (w.toLearner === undefined ? [] : [w.toLearner])),
		missed: writes.reduce((sum, w) => sum + w.waiting.size, 0),
		failed: writes.flatMap((w) => (w.failed ? [w.failed] : []))
	};
}

beforeAll(async () => {
	server = await startThrowawayPocketBase({ extraHooksDir: benchHooksDir });
	door = await startApiServer({ pbUrl: server.url, port: await freePort() });
	su = new PocketBase(server.url);
	su.autoCancellation(false);
	await su.collection('_superusers').authWithPassword(server.superuser.email, server.superuser.password);
	// Every device is on this machine: the per-client rate limits would count them as one.
	const settings = await su.settings.getAll();
	await su.settings.update({ rateLimits: { ...settings.rateLimits, enabled: false } });
	const school = await su.collection('schools').create({ name: 'Realtime skole' });
	const groups = Math.ceil(Math.max(...counts) / (PER + 2));
	await su.send('/api/sammen/bench-realtime-seed', { method: 'POST', body: { school: school.id, units: groups } });
}, 300_000);

afterAll(async () => {
	await door?.close();
	await server?.stop();
});

for (const count of counts) {
	it(`${count} devices online: CPU per write, delivery, highest sustained rate, 0 wrong events`, async () => {
		const groups = Math.ceil(count / (PER + 2));
		const people: Who[] = [];
		for (let g = 0; g < groups; g++) {
			people.push(mentorWho(g), teacherWho(g));
			for (let i = 0; i < PER; i++) people.push(learnerWho(g * PER + i));
		}
		const devices = new Map<string, Device>();
		const connectStart = performance.now();
		for (let i = 0; i < people.length; i += 50) {
			for (const device of await Promise.all(people.slice(i, i + 50).map(connect))) devices.set(device.who.userId, device);
		}
		const online = [...devices.values()].filter((d) => d.pb.realtime.isConnected).length;
		console.log(
			`\n[bench:realtime] ${online} devices online in ${((performance.now() - connectStart) / 1000).toFixed(0)} s (${load()})`
		);
		expect(online).toBe(people.length);
		await sleep(2000);
		const idle0 = cpuMs();
		await sleep(2000);
		const idlePerSecond = (cpuMs() - idle0) / 2;

		const next = makeWriter(groups, devices);
		const slow = await phase(next, CPU_RATE, CPU_WRITES);
		console.log(
			`[bench:realtime] ${online} online, ${CPU_WRITES} mixed writes at ${CPU_RATE}/s:\n` +
				`  PocketBase CPU per write: ${slow.cpuPerWrite.toFixed(1)} ms, ${(slow.cpuPerWrite - idlePerSecond / CPU_RATE).toFixed(1)} ms without what the devices online cost when nothing is written (idle: ${idlePerSecond.toFixed(1)} ms per second)\n` +
				`  delivery to its recipients: ${fmt(figures(slow.delivery))}; send → learner: ${fmt(figures(slow.toLearner))}\n` +
				`  missed ${slow.missed}, failed writes ${slow.failed.length} ${slow.failed.slice(0, 3).join('; ')}`
		);
		expect(slow.failed).toEqual([]);
		expect(slow.missed).toBe(0);

		let sustained = 0;
		for (const rate of rates) {
			const result = await phase(next, rate, Math.max(30, rate * 3));
			const f = figures(result.delivery);
			const ok = result.missed === 0 && result.failed.length === 0 && f.p95 <= GOAL_P95 && result.achieved >= rate * 0.9;
			console.log(
				`  ${String(rate).padStart(3)} writes/s (achieved ${result.achieved.toFixed(0)}): delivery ${fmt(f)}, ` +
					`CPU ${result.cpuPerWrite.toFixed(1)} ms/write, missed ${result.missed}, failed ${result.failed.length}${ok ? '' : '  ← over'}`
			);
			if (!ok) break;
			sustained = rate;
		}
		console.log(
			`[bench:realtime] ${online} online: highest sustained mixed write rate with delivery p95 ≤ ${GOAL_P95} ms: ${sustained} writes/s\n` +
				`  events received ${events}, wrong events ${wrong.length} ${wrong.slice(0, 3).join('; ')} (${load()})`
		);
		expect(wrong).toEqual([]);

		for (const device of devices.values()) {
			await device.stop();
			device.pb.realtime.unsubscribe().catch(() => undefined);
		}
	}, 3_600_000);
}
