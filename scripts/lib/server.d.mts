// Types for server.mjs (the public door), for TypeScript callers such as the benchmarks.
export interface RunningServer {
	url: string;
	/** The door's relay of a group's realtime changes (realtime-relay.mjs). */
	relay: {
		id: string;
		/** relayed: events copied into device streams; connected: the door's own stream is open. */
		stats: { relayed: number; connected: boolean };
		close(): void;
	};
	close(): Promise<void>;
}

export interface ServerOptions {
	pbUrl: string;
	port?: number;
	host?: string;
	/** The superuser the relay signs in as (default: SAMMEN_SUPERUSER_EMAIL / _PASSWORD); without one, nothing is relayed. */
	superuser?: { email?: string; password?: string };
}

export function startAppServer(options: ServerOptions): Promise<RunningServer>;

/** Only the forwarding of /api/ and /_/ to PocketBase, without the built app. */
export function startApiServer(options: ServerOptions): Promise<RunningServer>;
