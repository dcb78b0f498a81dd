// Types for server.mjs (the public door), for TypeScript callers such as the benchmarks.
export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

export function startAppServer(options: { pbUrl: string; port?: number; host?: string }): Promise<RunningServer>;

/** Only the forwarding of /api/ and /_/ to PocketBase, without the built app. */
export function startApiServer(options: { pbUrl: string; port?: number; host?: string }): Promise<RunningServer>;
