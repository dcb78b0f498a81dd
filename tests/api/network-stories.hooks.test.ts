// Fællesskab, historier: a learner's story waiting for a yes is told to the coordinators of
// the school (not another school's), and the author hears when it is published.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNetworkWorld, type NetWorld } from './network.fixtures';

let net: NetWorld;
beforeAll(async () => {
	net = await buildNetworkWorld();
});
const tagged = (tag: string) => net.su.collection('notifications').getFullList({ filter: net.su.filter('tag = {:t}', { t: tag }) });

describe('stories: hooks', () => {
	it('pending reaches the school coordinators; published reaches the author', async () => {
		const pb = await net.as('stranger');
		const story = await pb.collection('stories').create({ title: `Min vej ${net.tag}`, body: 'Det gik.', status: 'pending', author: net.uid('stranger'), school: net.schools.A.id });
		net.cleanUp('stories', story.id);
		expect((await tagged(`historie-${story.id}`)).map((n) => n.user)).toEqual([net.uid('coordinator')]);
		await (await net.as('coordinator')).collection('stories').update(story.id, { status: 'published' });
		const told = await tagged(`historie-${story.id}`);
		expect(told.map((n) => n.user).sort()).toEqual([net.uid('coordinator'), net.uid('stranger')].sort());
		expect(JSON.stringify(told)).not.toContain('Det gik.');
	});

	it('a draft tells nobody', async () => {
		const story = await (await net.as('stranger')).collection('stories').create({ title: `Kladde ${net.tag}`, body: 'x', status: 'draft', author: net.uid('stranger'), school: net.schools.A.id });
		net.cleanUp('stories', story.id);
		expect(await tagged(`historie-${story.id}`)).toEqual([]);
	});
});
