// The door's relay (docs/ARCHITECTURE.md, "Realtime by recipient"; pocketbase/relay.go).
// A change of a big group went to each member's device stream on its own, one write
// each inside PocketBase. Every device's stream passes through this door anyway, so the
// door keeps one stream of its own to PocketBase (as the superuser), and PocketBase
// writes such a change there once, with the devices it chose for it. The door copies it
// into exactly those streams, between PocketBase's own events. PocketBase decides who
// gets what; the door only knows the streams it opened itself, by PocketBase's id for
// them (the first event of every stream, PB_CONNECT, carries it).
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';

export const doorHeader = 'x-sammen-door';
export const doorStreamHeader = 'x-sammen-door-stream';

/** Is this request a device opening its realtime stream? */
export const isRealtimeStream = (req) => req.method === 'GET' && /^\/api\/realtime\/?(\?|$)/.test(req.url ?? '');

/**
 * Starts the relay: `carry(answer, res)` passes a device's realtime stream through;
 * `id` goes in that stream's request header. Without a superuser nothing is relayed
 * (PocketBase writes to each device itself, as without a door).
 */
export function startRelay({ pbUrl, superuser, log = () => {} }) {
	const id = randomBytes(12).toString('hex');
	const target = new URL(pbUrl);
	/** PocketBase's id of each device stream → its writer */
	const streams = new Map();
	let upstream = null;
	let stopped = false;
	let wait = 250;
	const stats = { relayed: 0, connected: false };

	// A device stream: PocketBase's bytes go on as they come; a relayed event waits until
	// PocketBase's current event is complete (a blank line), so the two never interleave.
	function carry(answer, res) {
		const stream = { res, clientId: '', tail: '', waiting: [] };
		let head = ''; // the stream's first line, until it is complete: "id:<PocketBase's id for it>"
		let firstLine = true;
		answer.on('data', (chunk) => {
			if (!res.write(chunk)) {
				answer.pause();
				res.once('drain', () => answer.resume());
			}
			stream.tail = (stream.tail + chunk.subarray(-2).toString('latin1')).slice(-2);
			if (firstLine) {
				head += chunk.toString('latin1');
				const line = head.indexOf('\n');
				if (line >= 0) {
					firstLine = false;
					if (head.startsWith('id:')) {
						stream.clientId = head.slice(3, line);
						streams.set(stream.clientId, stream);
					}
					head = '';
				}
			}
			if (stream.tail === '\n\n' && stream.waiting.length) {
				for (const event of stream.waiting.splice(0)) res.write(event);
			}
		});
		// PocketBase ended the stream (or it broke): end the device's too, so it reconnects
		answer.on('close', () => {
			if (!res.writableEnded) res.end();
		});
		res.on('close', () => {
			if (streams.get(stream.clientId) === stream) streams.delete(stream.clientId);
		});
	}

	// "clientId:userId,…|change": one event per named device stream that is still open.
	function deliver(data) {
		const bar = data.indexOf('|');
		if (bar < 0) return;
		const change = data.slice(bar + 1);
		for (const pair of data.slice(0, bar).split(',')) {
			const colon = pair.indexOf(':');
			const stream = streams.get(pair.slice(0, colon));
			if (!stream) continue;
			const event = `id:${stream.clientId}\nevent:sammen/user/${pair.slice(colon + 1)}\ndata:${change}\n\n`;
			if (stream.tail === '\n\n') stream.res.write(event);
			else stream.waiting.push(event);
			stats.relayed++;
		}
	}

	async function call(path, body, token) {
		const res = await fetch(new URL(path, target), {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...(token ? { authorization: token } : {}) },
			body: JSON.stringify(body)
		});
		if (!res.ok) throw new Error(`${path}: ${res.status}`);
		return res.status === 204 ? null : res.json();
	}

	// The door's own stream. When it ends, PocketBase writes to each device again until it
	// is back; a change in flight at that moment may be lost, so the device streams are
	// closed too: each device reconnects and pulls what it missed (subscribeChanges).
	function connect() {
		if (stopped) return;
		let buffer = '';
		const req = request(
			{
				hostname: target.hostname,
				port: target.port,
				path: '/api/realtime',
				headers: { accept: 'text/event-stream', [doorStreamHeader]: id }
			},
			(answer) => {
				answer.setEncoding('utf8');
				answer.on('data', (chunk) => {
					buffer += chunk;
					let end;
					while ((end = buffer.indexOf('\n\n')) >= 0) {
						const event = buffer.slice(0, end);
						buffer = buffer.slice(end + 2);
						onEvent(event).catch((error) => {
							log(`realtime relay: ${error.message}`);
							req.destroy();
						});
					}
				});
				answer.on('error', () => lost());
				answer.on('close', () => lost());
			}
		);
		req.on('error', () => lost());
		req.end();
		upstream = req;
		let ended = false;
		function lost() {
			if (ended) return;
			ended = true;
			const was = stats.connected;
			stats.connected = false;
			if (was) for (const stream of streams.values()) stream.res.destroy();
			if (stopped) return;
			setTimeout(connect, wait).unref();
			wait = Math.min(wait * 2, 10_000);
		}
	}

	async function onEvent(text) {
		let name = '';
		let data = '';
		for (const line of text.split('\n')) {
			if (line.startsWith('event:')) name = line.slice(6);
			else if (line.startsWith('data:')) data += line.slice(5);
		}
		if (name === 'PB_CONNECT') {
			const { clientId } = JSON.parse(data);
			const { token } = await call('/api/collections/_superusers/auth-with-password', {
				identity: superuser.email,
				password: superuser.password
			});
			await call('/api/realtime', { clientId, subscriptions: [`sammen/door/${id}`] }, token);
			stats.connected = true;
			wait = 250;
		} else if (name === `sammen/door/${id}`) {
			deliver(data);
		}
	}

	if (superuser?.email && superuser?.password) connect();
	return {
		id,
		stats,
		carry,
		close() {
			stopped = true;
			upstream?.destroy();
		}
	};
}
