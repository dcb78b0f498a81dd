// Hjælp through the sync engine's outbox against a real PocketBase: a coordinator's
// article edits and pictures, a learner's help request and the mentor's two steps.
// Two edits of one `checked` record in a row must not be refused as a conflict with
// themselves, and a picture over 5 MB ends as "kunne ikke sendes" with a plain reason.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newRecordId } from '$lib/sync/ids';
import { writeLocal } from '$lib/sync/outbox';
import { pullCollection } from '$lib/sync/pull';
import { drainOutbox } from '$lib/sync/push';
import { freshDb } from '$lib/sync/test-fixtures';
import { buildWorld, type World } from './fixtures';

let world: World;

beforeAll(async () => {
	world = await buildWorld();
});

const png = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);

const article = () => ({
	slug: `sync-${randomUUID().slice(0, 8)}`,
	title: 'Sådan printer du',
	group: 'it',
	body: '1. Tryk på Print.',
	status: 'draft',
	school: world.schools.A.id,
	author: world.users.coordinator.id
});

describe('help articles through the outbox', () => {
	it('create, then two edits in a row, then a picture: all sent, no conflict', async () => {
		const pb = await world.as('coordinator');
		const db = freshDb();
		const id = newRecordId();
		await writeLocal(db, 'help_articles', 'create', id, article());
		expect(await drainOutbox(db, pb)).toEqual({ kind: 'done', sent: 1 });
		world.cleanUp('help_articles', id);
		// the local copy has the server's version now (its `updated`)
		expect((await db.records('help_articles').get(id))?.updated).toBe((await world.reread('help_articles', id)).updated);

		// Two edits made one after the other on this device, before any pull.
		await writeLocal(db, 'help_articles', 'update', id, { title: 'Sådan printer du på skolen' });
		await writeLocal(db, 'help_articles', 'update', id, { status: 'published' });
		expect(await drainOutbox(db, pb)).toEqual({ kind: 'done', sent: 2 });
		expect(await world.reread('help_articles', id)).toMatchObject({ title: 'Sådan printer du på skolen', status: 'published' });

		// A picture (a Blob in the outbox, sent as a file), then a text edit right after.
		await writeLocal(db, 'help_articles', 'update', id, { 'images+': new Blob([png], { type: 'image/png' }) });
		await writeLocal(db, 'help_articles', 'update', id, { body: '1. Tryk på Print.\n\n![Knappen](billede:x)' });
		expect(await drainOutbox(db, pb)).toEqual({ kind: 'done', sent: 2 });
		const stored = await world.reread('help_articles', id);
		expect(stored.images).toHaveLength(1);
		expect(stored.body).toContain('![Knappen]');
		// and the device knows the stored file name without waiting for a pull
		expect((await db.records('help_articles').get(id))?.images).toEqual(stored.images);
	});

	it('a real conflict (someone else saved in between) is still caught', async () => {
		const pb = await world.as('coordinator');
		const record = await world.temp('help_articles', article());
		const db = freshDb();
		await pullCollection(db, pb, 'help_articles');
		await new Promise((r) => setTimeout(r, 5));
		await world.su.collection('help_articles').update(record.id, { title: 'Deres titel' });
		await writeLocal(db, 'help_articles', 'update', record.id, { title: 'Min titel' });
		expect(await drainOutbox(db, pb)).toEqual({ kind: 'done', sent: 0 });
		expect((await db.outbox.toArray())[0]?.state).toBe('conflict');
		expect((await world.reread('help_articles', record.id)).title).toBe('Deres titel');
	});

	it('a picture over 5 MB is refused with a plain reason, and nothing is stored', async () => {
		const pb = await world.as('coordinator');
		const record = await world.temp('help_articles', article());
		const db = freshDb();
		await pullCollection(db, pb, 'help_articles');
		const big = new Uint8Array(5 * 1024 * 1024 + 1);
		big.set(png);
		await writeLocal(db, 'help_articles', 'update', record.id, { 'images+': new Blob([big], { type: 'image/png' }) });
		expect(await drainOutbox(db, pb)).toEqual({ kind: 'done', sent: 0 });
		const [op] = await db.outbox.toArray();
		expect(op?.state).toBe('failed');
		expect(op?.error).toBe('Filen er for stor. Den må højst fylde 5 MB.');
		expect((await world.reread('help_articles', record.id)).images).toEqual([]);
	});
});

describe('help requests through the outbox', () => {
	it('the learner asks, the mentor takes it and solves it in two quick steps', async () => {
		const learnerDb = freshDb();
		const id = newRecordId();
		await writeLocal(learnerDb, 'help_requests', 'create', id, {
			learner: world.users.learner.id,
			school: world.schools.A.id,
			area: 'it',
			text: 'Jeg kan ikke logge på skolens wifi.',
			status: 'open'
		});
		expect(await drainOutbox(learnerDb, await world.as('learner'))).toEqual({ kind: 'done', sent: 1 });
		world.cleanUp('help_requests', id);
		learnerDb.close();
		await learnerDb.delete();

		const mentor = await world.as('mentor');
		const mentorDb = freshDb();
		await pullCollection(mentorDb, mentor, 'help_requests');
		expect((await mentorDb.records('help_requests').get(id))?.learnerName).toBe(world.users.learner.name);
		await writeLocal(mentorDb, 'help_requests', 'update', id, { status: 'in_progress' });
		await writeLocal(mentorDb, 'help_requests', 'update', id, { status: 'solved', reply: 'Koden er sammen123.' });
		expect(await drainOutbox(mentorDb, mentor)).toEqual({ kind: 'done', sent: 2 });
		expect(await world.reread('help_requests', id)).toMatchObject({ status: 'solved', reply: 'Koden er sammen123.' });
	});
});
