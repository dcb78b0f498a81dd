// Types for pocketbase.mjs (plain JS so it runs before `npm install`), for TS callers such as the API tests.
import type { ChildProcess } from 'node:child_process';

export const root: string;
export const pbDir: string;
export const pbBinary: string;
export const migrationsDir: string;
export const hooksDir: string;
/** Hooks only benchmarks load (never production). */
export const benchHooksDir: string;

export function ensurePocketBase(options?: { log?: (message: string) => void }): void;
export function pbArgs(dataDir: string, hooks?: string): string[];
export function runPb(args: string[], dataDir: string): string;
export function migrate(dataDir: string): string;
export function upsertSuperuser(dataDir: string, email: string, password: string): void;
export function freePort(): Promise<number>;

export interface RunningPocketBase {
	url: string;
	child: ChildProcess;
	stop(): Promise<void>;
}

export function startPocketBase(options: {
	dataDir: string;
	port: number;
	env?: Record<string, string>;
	onOutput?: (line: string) => void;
	/** The hooks dir (default: pocketbase/pb_hooks). */
	hooks?: string;
}): Promise<RunningPocketBase>;

export interface ThrowawayPocketBase extends RunningPocketBase {
	dataDir: string;
	superuser: { email: string; password: string };
	/** The local SMTP server PocketBase sends its mail to. */
	smtpPort: number;
	/** Stops the server but keeps the data (to restart it on the same port). */
	stopServer(): Promise<void>;
}

export function startThrowawayPocketBase(options?: {
	env?: Record<string, string>;
	onOutput?: (line: string) => void;
	/** A dir of extra hooks laid over a temp copy of pb_hooks (e.g. benchHooksDir). */
	extraHooksDir?: string;
	/** Gets every mail PocketBase sends (through the local SMTP server). */
	onMail?: (mail: import('./mail.mjs').Mail) => void;
	/** Where links in mails lead (PocketBase's meta.appURL). */
	appURL?: string;
}): Promise<ThrowawayPocketBase>;
