// Fællesskab (issue 14): who reads and writes the network's collections. People in the
// network (with a profile) see each other's names; groups are open by school and hold (open
// groups across schools); members read a group's visible posts, not those of someone they
// blocked; authors, moderators and coordinators see hidden ones; only moderators (and the
// school's coordinators) change a post's status. Hooks: tests/api/network.moderation.test.ts.
import type { RecordModel } from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureStatus, listIds } from './fixtures';
import { justNow, notificationsFor } from './flags.fixtures';
import { pdf, png, webm } from './messages-files';
import { buildNetworkWorld, type NetActor, type NetWorld } from './network.fixtures';
import { refusedCreates, refusedDeletes, refusedUpdates, whoSees } from './scenarios';

let net: NetWorld;
beforeAll(async () => {
	net = await buildNetworkWorld();
});
const w = () => net;

describe('network_profiles: reading', () => {
	type Key = 'learner' | 'learnerB' | 'coordinator';
	whoSees<Key, NetActor>({
		world: w,
		collection: 'network_profiles',
		records: () => ({ learner: net.profiles.learner, learnerB: net.profiles.learnerB, coordinator: net.profiles.coordinator }),
		noun: 'profiles',
		field: 'displayName',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['learner', 'learnerB', 'coordinator']],
			['learnerB', ['learner', 'learnerB', 'coordinator']], // across schools
			['stranger', ['learner', 'learnerB', 'coordinator']],
			['mentor', ['learner', 'learnerB', 'coordinator']],
			['blocked', ['learner', 'learnerB', 'coordinator']],
			['formerLearner', []], // not in the network
			['otherMentor', []],
			['mentorB', []]
		]
	});

	it('a profile gets the school and first name + initial from the person; no e-mail anywhere', async () => {
		const p = await net.reread('network_profiles', net.profiles.learner.id);
		expect(p.displayName).toBe('Lærke L.');
		expect(p.school).toBe(net.schools.A.id);
		const asClassmate = await (await net.as('classmate')).collection('network_profiles').getOne(p.id, { expand: 'user' });
		expect(JSON.stringify(asClassmate)).not.toContain('@sammen.test');
	});
});

describe('network_profiles: writing', () => {
	it('a person opts in (school and name from the hook, into the automatic groups) and leaves (out of every group)', async () => {
		const pb = await net.as('formerLearner');
		const me = net.users.formerLearner.id;
		const created = await pb.collection('network_profiles').create({ user: me, displayName: '', about: '45, tidligere lagerarbejder' });
		net.cleanUp('network_profiles', created.id);
		expect(created.displayName).toBe('Tidligere T.');
		expect(created.school).toBe(net.schools.A.id);
		// the school's group and their hold's (A2) group, with its programme's
		const mine = await net.su.collection('group_members').getFullList({ filter: `user = "${me}"`, expand: 'group' });
		expect(mine.map((m) => m.expand!.group.autoKey).sort()).toEqual(
			[`class:${net.classes.A2.id}`, `programme:${net.programmes.A.id}`, `school:${net.schools.A.id}`].sort()
		);
		await pb.collection('network_profiles').update(created.id, { displayName: '', about: 'Tømrer EUV2' });
		expect((await net.reread('network_profiles', created.id)).displayName).toBe('Tidligere T.');
		await pb.collection('network_profiles').delete(created.id);
		expect(await net.count('group_members', 'user = {:u}', { u: me })).toBe(0);
	});

	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'network_profiles',
		[
			['anonymous', 'anonymous', () => ({ user: net.users.formerLearner.id })],
			['a person, for someone else', 'otherMentor', () => ({ user: net.users.formerLearner.id })],
			['a person, with a pause of their own', 'formerLearner', () => ({ user: net.users.formerLearner.id, pausedUntil: '2030-01-01 00:00:00Z' })],
			['a person, a second profile', 'learner', () => ({ user: net.users.learner.id })],
			['a person, in another school', 'formerLearner', () => ({ user: net.users.formerLearner.id, school: net.schools.B.id })]
		],
		(data) => ({ collection: 'network_profiles', filter: 'user = {:u}', params: { u: data.user }, count: 'asBefore' })
	);

	const own = () => net.profiles.learner;
	refusedUpdates<NetActor>(w, 'network_profiles', [
		['anonymous', 'anonymous', own, () => ({ about: 'x' })],
		['someone else in the network', 'classmate', own, () => ({ about: 'x' })],
		['the coordinator', 'coordinator', own, () => ({ about: 'x' })],
		['the person, lifting a pause', 'paused', () => net.profiles.paused, () => ({ pausedUntil: '' })],
		['the person, moving school', 'learner', own, () => ({ school: net.schools.B.id })],
		['the person, giving it to someone else', 'learner', own, () => ({ user: net.users.classmate.id })]
	]);
	refusedUpdates<NetActor>(w, 'network_profiles', [['the person, a name that is too long', 'learner', own, () => ({ displayName: 'x'.repeat(61) })]], 400);
	refusedDeletes<NetActor>(w, 'network_profiles', [
		['anonymous', 'anonymous', own],
		['someone else in the network', 'classmate', own],
		['the coordinator', 'coordinator', own]
	]);
});

describe('groups: reading', () => {
	type Key = keyof NetWorld['groups'] | 'classB' | 'programmeB';
	const records = (): Record<Key, RecordModel> => ({ ...net.groups, classB: extraGroups.classB, programmeB: extraGroups.programmeB });
	const extraGroups = {} as Record<'classB' | 'programmeB', RecordModel>;
	beforeAll(async () => {
		const key = (k: string) => net.su.collection('groups').getFirstListItem(`autoKey = "${k}"`);
		extraGroups.classB = await key(`class:${net.classes.B.id}`);
		extraGroups.programmeB = await key(`programme:${net.programmes.B.id}`);
	});
	const B: Key[] = ['schoolB', 'classB', 'programmeB'];
	whoSees<Key, NetActor>({
		world: w,
		collection: 'groups',
		records,
		noun: 'groups',
		field: 'name',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['schoolA', 'classA', 'programmeA', 'open']],
			['classmate', ['schoolA', 'classA', 'programmeA', 'open', 'proposed']], // proposed it
			['stranger', ['schoolA', 'programmeA', 'open']], // no hold
			['formerLearner', []], // not in the network
			['learnerB', ['open', ...B]],
			['mentor', ['schoolA', 'programmeA', 'open']],
			['teacher', ['schoolA', 'classA', 'programmeA', 'open']], // teaches hold A
			['coordinator', ['schoolA', 'classA', 'programmeA', 'open', 'proposed']], // approves
			['coordinatorB', ['open', ...B]],
			['otherMentor', []],
			['blocked', ['schoolA', 'programmeA', 'open']],
			['paused', ['schoolA', 'programmeA', 'open']]
		]
	});
});

describe('groups: writing', () => {
	const proposal = (extra: Record<string, unknown> = {}) => ({
		name: `Forældre under uddannelse ${net.tag}`,
		kind: 'open',
		status: 'proposed',
		school: net.schools.A.id,
		...extra
	});

	it('a learner proposes a group; its maker moderates it; a coordinator of the school approves it', async () => {
		const g = await (await net.as('learner')).collection('groups').create(proposal({ createdBy: net.users.learner.id }));
		net.cleanUp('groups', g.id);
		expect((await net.member('open', 'learner')).role).toBe('member');
		const mine = await net.su.collection('group_members').getFirstListItem(`group = "${g.id}" && user = "${net.users.learner.id}"`);
		expect(mine.role).toBe('moderator');
		expect(await failureStatus((await net.as('coordinatorB')).collection('groups').update(g.id, { status: 'approved' }))).toBe(404);
		expect(await failureStatus((await net.as('learner')).collection('groups').update(g.id, { status: 'approved' }))).toBe(404);
		await (await net.as('coordinator')).collection('groups').update(g.id, { status: 'approved' });
		expect((await net.reread('groups', g.id)).status).toBe('approved');
		expect(await listIds(await net.as('stranger'), 'groups', `id = "${g.id}"`)).toEqual([g.id]);
	});

	it('staff start approved open groups, across schools or of their school; a coordinator any group of their school', async () => {
		const mentorGroup = await (await net.as('mentor')).collection('groups').create({
			name: `Tømrerlærlinge ${net.tag}`,
			kind: 'open',
			status: 'approved',
			createdBy: net.users.mentor.id
		});
		net.cleanUp('groups', mentorGroup.id);
		const coordinatorGroup = await (await net.as('coordinator')).collection('groups').create({
			name: `SOSU ${net.tag}`,
			kind: 'programme',
			status: 'approved',
			school: net.schools.A.id,
			programme: net.programmes.A.id,
			createdBy: net.users.coordinator.id
		});
		net.cleanUp('groups', coordinatorGroup.id);
		expect(await listIds(await net.as('learnerB'), 'groups', `id = "${mentorGroup.id}" || id = "${coordinatorGroup.id}"`)).toEqual([mentorGroup.id]);
	});

	const me = (who: 'learner' | 'mentor' | 'coordinator' | 'coordinatorB' | 'formerLearner' | 'teacher') => net.users[who].id;
	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'groups',
		[
			['anonymous', 'anonymous', () => proposal()],
			['a learner, approved at once', 'learner', () => proposal({ createdBy: me('learner'), status: 'approved' })],
			['a learner, in the name of another', 'learner', () => proposal({ createdBy: me('mentor') })],
			['a learner, for another school', 'learner', () => proposal({ createdBy: me('learner'), school: net.schools.B.id })],
			['someone not in the network', 'formerLearner', () => proposal({ createdBy: me('formerLearner') })],
			['a mentor, an approved school group', 'mentor', () => proposal({ createdBy: me('mentor'), status: 'approved', kind: 'school' })],
			['a teacher, an approved class group', 'teacher', () => proposal({ createdBy: me('teacher'), status: 'approved', kind: 'class', class: net.classes.A.id })],
			['coordinatorB, an approved group of school A', 'coordinatorB', () => proposal({ createdBy: me('coordinatorB'), status: 'approved', kind: 'school' })],
			['a coordinator, an automatic key', 'coordinator', () => proposal({ createdBy: me('coordinator'), status: 'approved', autoKey: `x:${net.tag}` })],
			['a coordinator, a hold of another school', 'coordinator', () => proposal({ createdBy: me('coordinator'), status: 'approved', kind: 'class', class: net.classes.B.id })],
			['a coordinator, a class group without a hold', 'coordinator', () => proposal({ createdBy: me('coordinator'), status: 'approved', kind: 'class' })]
		],
		(data) => ({ collection: 'groups', filter: 'name = {:n}', params: { n: data.name }, count: 'asBefore' })
	);

	refusedUpdates<NetActor>(w, 'groups', [
		['anonymous', 'anonymous', () => net.groups.proposed, () => ({ status: 'approved' })],
		['the learner who proposed it', 'classmate', () => net.groups.proposed, () => ({ status: 'approved' })],
		['a mentor', 'mentor', () => net.groups.proposed, () => ({ status: 'approved' })],
		['coordinatorB', 'coordinatorB', () => net.groups.proposed, () => ({ status: 'approved' })],
		['the group moderator (not a coordinator)', 'mentor', () => net.groups.open, () => ({ name: 'x' })],
		['a coordinator, another maker', 'coordinator', () => net.groups.proposed, () => ({ createdBy: net.users.coordinator.id })],
		['a coordinator, to another school', 'coordinator', () => net.groups.proposed, () => ({ school: net.schools.B.id })]
	]);
	refusedDeletes<NetActor>(w, 'groups', [
		['a learner', 'learner', () => net.groups.open],
		['the moderator', 'mentor', () => net.groups.open],
		['a coordinator, an automatic group', 'coordinator', () => net.groups.schoolA],
		['coordinatorB, a group of school A', 'coordinatorB', () => net.groups.proposed]
	]);
});

describe('group_members', () => {
	type Key = 'openLearner' | 'openMentor' | 'classTeacher' | 'schoolBLearner';
	const rows = {} as Record<Key, RecordModel>;
	beforeAll(async () => {
		rows.openLearner = await net.member('open', 'learner');
		rows.openMentor = await net.member('open', 'mentor');
		rows.classTeacher = await net.member('classA', 'teacher');
		rows.schoolBLearner = await net.member('schoolB', 'learnerB');
	});
	whoSees<Key, NetActor>({
		world: w,
		collection: 'group_members',
		records: () => rows,
		noun: 'memberships',
		field: 'user',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['openLearner', 'openMentor', 'classTeacher']],
			['stranger', []],
			['formerLearner', []],
			['learnerB', ['openLearner', 'openMentor', 'schoolBLearner']],
			['mentor', ['openLearner', 'openMentor']],
			['teacher', ['classTeacher']],
			['coordinator', ['openLearner', 'openMentor', 'classTeacher']],
			['coordinatorB', ['openLearner', 'openMentor', 'schoolBLearner']]
		]
	});

	it('a person joins a group open to them, mutes it, and leaves', async () => {
		const pb = await net.as('stranger');
		const row = await pb.collection('group_members').create({ group: net.groups.open.id, user: net.users.stranger.id, role: 'member' });
		net.cleanUp('group_members', row.id);
		await pb.collection('group_members').update(row.id, { muted: true });
		expect((await net.reread('group_members', row.id)).muted).toBe(true);
		expect(await failureStatus(pb.collection('group_members').update(row.id, { role: 'moderator' }))).toBe(404);
		await pb.collection('group_members').delete(row.id);
		expect(await net.count('group_members', 'id = {:id}', { id: row.id })).toBe(0);
	});

	it("a group's moderator and a coordinator make someone moderator; nobody else", async () => {
		const row = await net.member('open', 'classmate');
		expect(await failureStatus((await net.as('learner')).collection('group_members').update(row.id, { role: 'moderator' }))).toBe(404);
		await (await net.as('mentor')).collection('group_members').update(row.id, { role: 'moderator' });
		expect((await net.reread('group_members', row.id)).role).toBe('moderator');
		await (await net.as('coordinator')).collection('group_members').update(row.id, { role: 'member' });
		expect((await net.reread('group_members', row.id)).role).toBe('member');
		// a moderator does not mute someone else
		expect(await failureStatus((await net.as('mentor')).collection('group_members').update(row.id, { muted: true }))).toBe(404);
	});

	const join = (who: 'stranger' | 'formerLearner' | 'learner' | 'learnerB' | 'classmate', group: keyof NetWorld['groups'], extra: Record<string, unknown> = {}) => () => ({
		group: net.groups[group].id,
		user: net.users[who].id,
		role: 'member',
		...extra
	});
	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'group_members',
		[
			['anonymous', 'anonymous', join('stranger', 'open')],
			['someone not in the network', 'formerLearner', join('formerLearner', 'open')],
			['a learner, a hold not theirs', 'stranger', join('stranger', 'classA')],
			['a learner, a proposed group', 'stranger', join('stranger', 'proposed')],
			["a learner, another school's group", 'learnerB', join('learnerB', 'programmeA')],
			['a learner, as moderator', 'stranger', join('stranger', 'open', { role: 'moderator' })],
			['a learner, adding someone else', 'learner', join('stranger', 'open')],
			['a member, a second time', 'learner', join('learner', 'open')]
		],
		(data) => ({ collection: 'group_members', filter: 'group = {:g} && user = {:u}', params: { g: data.group, u: data.user }, count: 'asBefore' })
	);
	refusedUpdates<NetActor>(w, 'group_members', [
		['anonymous', 'anonymous', () => rows.openLearner, () => ({ muted: true })],
		['another member, muting it', 'classmate', () => rows.openLearner, () => ({ muted: true })],
		['the member, moving to another group', 'learner', () => rows.openLearner, () => ({ group: net.groups.schoolB.id })],
		['the member, handing the row to someone', 'learner', () => rows.openLearner, () => ({ user: net.users.stranger.id })],
		['the moderator, moving a member', 'mentor', () => rows.openLearner, () => ({ group: net.groups.proposed.id })],
		['coordinatorB, a hold of school A', 'coordinatorB', () => rows.classTeacher, () => ({ role: 'moderator' })]
	]);
	refusedDeletes<NetActor>(w, 'group_members', [
		['anonymous', 'anonymous', () => rows.openLearner],
		['another member', 'classmate', () => rows.openLearner],
		['coordinatorB, a school B member… of school A', 'coordinatorB', () => rows.classTeacher]
	]);
});

describe('posts: reading', () => {
	type Key = keyof NetWorld['posts'];
	whoSees<Key, NetActor>({
		world: w,
		collection: 'posts',
		records: () => net.posts,
		noun: 'posts',
		field: 'text',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['visible', 'reply', 'classA']], // blocked `blocked`: not their post
			['classmate', ['visible', 'byBlocked', 'hidden', 'removed', 'reply', 'classA']], // their own, whatever the status
			['stranger', []], // in the network, in none of these groups
			['formerLearner', []],
			['learnerB', ['visible', 'byBlocked', 'reply', 'schoolB']],
			['mentor', ['visible', 'byBlocked', 'hidden', 'removed', 'reply']], // moderates the open group
			['teacher', ['classA']],
			['coordinator', ['visible', 'byBlocked', 'hidden', 'reply', 'classA']], // hidden too, not removed
			['coordinatorB', ['visible', 'byBlocked', 'hidden', 'reply', 'schoolB']],
			['blocked', ['visible', 'byBlocked', 'reply']],
			['paused', ['visible', 'byBlocked', 'reply']],
			['otherMentor', []]
		]
	});
});

describe('posts: writing', () => {
	const post = (who: NetActor, group: keyof NetWorld['groups'], extra: Record<string, unknown> = {}) => ({
		group: net.groups[group].id,
		author: who === 'anonymous' ? '' : net.uid(who),
		text: `Hej ${net.tag}`,
		status: 'visible',
		...extra
	});

	it('a member posts, edits (editedAt from the server) and deletes within the window; replies one level deep', async () => {
		const pb = await net.as('learner');
		const created = await pb.collection('posts').create(post('learner', 'open'));
		net.cleanUp('posts', created.id);
		expect(created.editedAt).toBe('');
		await pb.collection('posts').update(created.id, { text: 'Rettet' });
		const edited = await net.reread('posts', created.id);
		expect([edited.text, edited.editedAt !== '']).toEqual(['Rettet', true]);
		const reply = await (await net.as('classmate')).collection('posts').create(post('classmate', 'open', { parent: created.id }));
		net.cleanUp('posts', reply.id);
		const deeper = (await net.as('learner')).collection('posts').create(post('learner', 'open', { parent: reply.id }));
		expect(await failureStatus(deeper)).toBe(400);
		await pb.collection('posts').delete(created.id);
		expect(await net.count('posts', 'id = {:id}', { id: created.id })).toBe(0);
	});

	it("a reply tells the post's author (not the words), unless they muted the group", async () => {
		const since = justNow();
		const reply = () =>
			net.as('learnerB').then((pb) => pb.collection('posts').create(post('learnerB', 'open', { parent: net.posts.visible.id, text: `Svar ${Math.random()}` })));
		const first = await reply();
		net.cleanUp('posts', first.id);
		const told = await notificationsFor(net.world, 'classmate', since);
		expect(told.map((n) => [n.title, n.body, n.tag])).toEqual([['Nyt svar fra Bente L.', 'Åbn Sammen for at læse det.', `opslag-${net.posts.visible.id}`]]);
		const row = await net.member('open', 'classmate');
		await (await net.as('classmate')).collection('group_members').update(row.id, { muted: true });
		try {
			const later = justNow();
			const second = await reply();
			net.cleanUp('posts', second.id);
			expect(await notificationsFor(net.world, 'classmate', later)).toEqual([]);
		} finally {
			await net.su.collection('group_members').update(row.id, { muted: false });
		}
	});

	it('a photo and a voice note: members fetch them with a file token, nobody else; a PDF is no photo', async () => {
		const pb = await net.as('learner');
		const withPhoto = await pb.collection('posts').create({ ...post('learner', 'open', { text: '' }), photo: png() });
		net.cleanUp('posts', withPhoto.id);
		const withVoice = await pb.collection('posts').create({ ...post('learner', 'open', { text: '' }), voice: webm(), voiceSeconds: 4 });
		net.cleanUp('posts', withVoice.id);
		const fetchAs = async (who: NetActor, record: RecordModel, file: string) => {
			const client = await net.as(who);
			const token = await client.files.getToken();
			return (await fetch(client.files.getURL(record, file, { token }))).status;
		};
		expect(await fetchAs('learnerB', withPhoto, withPhoto.photo)).toBe(200);
		expect(await fetchAs('learnerB', withVoice, withVoice.voice)).toBe(200);
		expect(await fetchAs('stranger', withPhoto, withPhoto.photo)).toBe(404);
		expect(await fetchAs('formerLearner', withVoice, withVoice.voice)).toBe(404);
		expect(await failureStatus(pb.collection('posts').create({ ...post('learner', 'open', { text: '' }), photo: pdf() }))).toBe(400);
		// a voice note has its length (the hook), at most 2 minutes
		expect(await failureStatus(pb.collection('posts').create({ ...post('learner', 'open', { text: '' }), voice: webm() }))).toBe(400);
		// files are fixed once posted
		expect(await failureStatus(pb.collection('posts').update(withPhoto.id, { photo: png('andet.png') }))).toBe(404);
	});

	it('someone paused is told until when, in Danish', async () => {
		const error = await (await net.as('paused')).collection('posts').create(post('paused', 'open')).catch((e) => e);
		expect(error.status).toBe(400);
		expect(error.response.message).toMatch(/^Du er sat på pause\. Du kan skrive igen \d+\. \p{L}+\.$/u);
	});

	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'posts',
		[
			['anonymous', 'anonymous', () => post('anonymous', 'open')],
			['a non-member in the network', 'stranger', () => post('stranger', 'open')],
			['someone not in the network', 'formerLearner', () => ({ ...post('stranger', 'open'), author: net.users.formerLearner.id })],
			['someone paused', 'paused', () => post('paused', 'open')],
			['a member, in the name of another', 'learner', () => ({ ...post('learner', 'open'), author: net.users.classmate.id })],
			['a member, already hidden', 'learner', () => post('learner', 'open', { status: 'hidden' })],
			['a member, with a reason of its own', 'learner', () => post('learner', 'open', { hiddenReason: 'x' })],
			['a member, a reply into another group', 'learner', () => post('learner', 'classA', { parent: net.posts.visible.id })],
			['a member, a reply to a reply', 'learner', () => post('learner', 'open', { parent: net.posts.reply.id })],
			['a member, nothing to say', 'learner', () => post('learner', 'open', { text: '  ' })],
			['a member, too long', 'learner', () => post('learner', 'open', { text: 'x'.repeat(4001) })],
			['a member of a proposed group', 'classmate', () => post('classmate', 'proposed')]
		],
		(data) => ({ collection: 'posts', filter: 'group = {:g} && author = {:a}', params: { g: data.group, a: data.author }, count: 'asBefore' })
	);

	const visible = () => net.posts.visible;
	refusedUpdates<NetActor>(
		w,
		'posts',
		[
			['anonymous', 'anonymous', visible, () => ({ text: 'x' })],
			['another member', 'learner', visible, () => ({ text: 'x' })],
			['a member, hiding it', 'learner', visible, () => ({ status: 'hidden' })],
			['the author, hiding it', 'classmate', visible, () => ({ status: 'removed' })],
			['the author, moving it', 'classmate', visible, () => ({ group: net.groups.classA.id })],
			['the moderator, changing the words', 'mentor', visible, () => ({ text: 'x' })],
			['coordinatorB, a group of school A', 'coordinatorB', () => net.posts.classA, () => ({ status: 'hidden' })],
			['a teacher of the hold (not a moderator)', 'teacher', () => net.posts.classA, () => ({ status: 'hidden' })]
		],
		[400, 404]
	);
	refusedDeletes<NetActor>(w, 'posts', [
		['another member', 'learner', visible],
		['the moderator', 'mentor', visible],
		['the coordinator', 'coordinator', visible]
	]);

	it('the moderator hides a post: members lose it, the author keeps it, it is logged and the author told', async () => {
		const p = await net.temp('posts', post('classmate', 'open', { text: `Til moderation ${net.tag}` }));
		await (await net.as('mentor')).collection('posts').update(p.id, { status: 'hidden', hiddenReason: 'Uvenligt' });
		expect(await listIds(await net.as('learner'), 'posts', `id = "${p.id}"`)).toEqual([]);
		expect(await listIds(await net.as('classmate'), 'posts', `id = "${p.id}"`)).toEqual([p.id]);
		const log = await net.su.collection('moderation_log').getFullList({ filter: `post = "${p.id}"` });
		expect(log.map((l) => [l.decision, l.actor, l.subject])).toEqual([['hide', net.users.mentor.id, net.users.classmate.id]]);
		expect(await net.count('notifications', 'user = {:u} && title = "Dit opslag er skjult"', { u: net.users.classmate.id })).toBeGreaterThan(0);
		for (const row of log) net.cleanUp('moderation_log', row.id);
	});
});

describe('post_reactions', () => {
	const fixed = {} as Record<'onVisible' | 'inClassA' | 'inSchoolB', RecordModel>;
	beforeAll(async () => {
		const react = (post: keyof NetWorld['posts'], who: 'classmate' | 'learnerB', kind = 'tak') =>
			net.su.collection('post_reactions').create({ post: net.posts[post].id, user: net.uid(who), kind });
		fixed.onVisible = await react('visible', 'classmate', 'kram');
		fixed.inClassA = await react('classA', 'classmate');
		fixed.inSchoolB = await react('schoolB', 'learnerB');
	});
	whoSees<keyof typeof fixed, NetActor>({
		world: w,
		collection: 'post_reactions',
		records: () => fixed,
		noun: 'reactions',
		field: 'kind',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['onVisible', 'inClassA']],
			['classmate', ['onVisible', 'inClassA']],
			['stranger', []],
			['formerLearner', []],
			['learnerB', ['onVisible', 'inSchoolB']],
			['mentor', ['onVisible']],
			['teacher', ['inClassA']],
			['coordinator', []], // not a member of these groups
			['coordinatorB', ['inSchoolB']],
			['blocked', ['onVisible']],
			['paused', ['onVisible']]
		]
	});

	it('a member reacts, as themselves, once per kind, and takes it back', async () => {
		const pb = await net.as('learnerB');
		const r = await pb.collection('post_reactions').create({ post: net.posts.visible.id, user: net.users.learnerB.id, kind: 'kram' });
		net.cleanUp('post_reactions', r.id);
		expect(await listIds(await net.as('learner'), 'post_reactions', `id = "${r.id}"`)).toEqual([r.id]);
		expect(await listIds(await net.as('stranger'), 'post_reactions', `id = "${r.id}"`)).toEqual([]);
		expect(await failureStatus(pb.collection('post_reactions').create({ post: net.posts.visible.id, user: net.users.learnerB.id, kind: 'kram' }))).toBe(400);
		expect(await failureStatus((await net.as('learner')).collection('post_reactions').delete(r.id))).toBe(404);
		await pb.collection('post_reactions').delete(r.id);
	});

	it('nobody changes a reaction or a block (delete and make anew)', async () => {
		const r = await net.temp('post_reactions', { post: net.posts.visible.id, user: net.users.learner.id, kind: 'godt' });
		expect(await failureStatus((await net.as('learner')).collection('post_reactions').update(r.id, { kind: 'kram' }))).toBe(403);
		expect(await failureStatus((await net.as('learner')).collection('blocks').update(net.block.id, { blocked: net.users.classmate.id }))).toBe(403);
		expect((await net.reread('blocks', net.block.id)).blocked).toBe(net.uid('blocked'));
	});

	const reaction = (who: 'stranger' | 'learner' | 'formerLearner', post: keyof NetWorld['posts'], extra: Record<string, unknown> = {}) => () => ({
		post: net.posts[post].id,
		user: net.users[who].id,
		kind: 'tak',
		...extra
	});
	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'post_reactions',
		[
			['anonymous', 'anonymous', reaction('learner', 'visible')],
			['a non-member', 'stranger', reaction('stranger', 'visible')],
			['someone not in the network', 'formerLearner', reaction('formerLearner', 'visible')],
			['a member, for someone else', 'learner', reaction('stranger', 'visible')],
			['a member, on a hidden post', 'learner', reaction('learner', 'hidden')],
			['a member, an unknown kind', 'learner', reaction('learner', 'visible', { kind: 'like' })]
		],
		(data) => ({ collection: 'post_reactions', filter: 'post = {:p} && user = {:u}', params: { p: data.post, u: data.user }, count: 'asBefore' })
	);
});

describe('blocks', () => {
	whoSees<'block', NetActor>({
		world: w,
		collection: 'blocks',
		records: () => ({ block: net.block }),
		noun: 'blocks',
		scoped: true,
		table: [
			['anonymous', []],
			['learner', ['block']],
			['blocked', []], // never told
			['coordinator', []],
			['mentor', []]
		]
	});
	refusedCreates<Record<string, unknown>, NetActor>(
		w,
		'blocks',
		[
			['anonymous', 'anonymous', () => ({ blocker: net.users.learner.id, blocked: net.users.classmate.id })],
			['a person, for someone else', 'classmate', () => ({ blocker: net.users.learner.id, blocked: net.users.stranger.id })],
			['a person, themselves', 'classmate', () => ({ blocker: net.users.classmate.id, blocked: net.users.classmate.id })],
			['someone not in the network', 'formerLearner', () => ({ blocker: net.users.formerLearner.id, blocked: net.users.classmate.id })]
		],
		(data) => ({ collection: 'blocks', filter: 'blocker = {:a} && blocked = {:b}', params: { a: data.blocker, b: data.blocked }, count: 'asBefore' })
	);
	refusedDeletes<NetActor>(w, 'blocks', [
		['the blocked person', 'blocked', () => net.block],
		['the coordinator', 'coordinator', () => net.block]
	]);
	it('the blocker takes it back: the posts are there again', async () => {
		const b = await (await net.as('classmate')).collection('blocks').create({ blocker: net.users.classmate.id, blocked: net.users.learner.id });
		net.cleanUp('blocks', b.id);
		expect(await listIds(await net.as('classmate'), 'posts', `id = "${net.posts.reply.id}"`)).toEqual([]);
		await (await net.as('classmate')).collection('blocks').delete(b.id);
		expect(await listIds(await net.as('classmate'), 'posts', `id = "${net.posts.reply.id}"`)).toEqual([net.posts.reply.id]);
	});
});

describe('nothing private reaches the network', () => {
	it('no network collection points at plans, flags, notes or help requests', async () => {
		const network = ['network_profiles', 'groups', 'group_members', 'posts', 'post_reactions', 'reports', 'blocks', 'moderation_log'];
		const collections = await net.su.collections.getFullList();
		const idOf = Object.fromEntries(collections.map((c) => [c.id, c.name]));
		for (const c of collections.filter((c) => network.includes(c.name))) {
			for (const f of c.fields.filter((f) => f.type === 'relation')) {
				// stories: the network's own (a story can be reported)
				expect(['users', 'schools', 'classes', 'programmes', 'stories', ...network], `${c.name}.${f.name}`).toContain(idOf[f.collectionId as string]);
			}
		}
	});

	it('a member reaches no help request, note, flag or plan through expand or filter on posts and profiles', async () => {
		const helpText = `Hemmelig ${net.tag}`;
		await net.temp('help_requests', {
			learner: net.users.classmate.id,
			school: net.schools.A.id,
			area: 'laesning',
			text: helpText,
			status: 'open'
		});
		await net.temp('notes', { learner: net.users.classmate.id, author: net.users.otherMentor.id, body: helpText });
		const pb = await net.as('learner');
		const tries: [string, Record<string, string>][] = [
			['posts', { filter: `author.help_requests_via_learner.text ~ "${helpText}"` }],
			['posts', { filter: `author.plans_via_learner.id != "" && author = "${net.users.classmate.id}"` }],
			['posts', { expand: 'author.help_requests_via_learner,author.plans_via_learner' }],
			['network_profiles', { filter: `user.help_requests_via_learner.text ~ "${helpText}"` }],
			['network_profiles', { expand: 'user.help_requests_via_learner' }],
			['group_members', { filter: `user.notes_via_learner.id != "" && user = "${net.users.classmate.id}"` }],
			['posts', { filter: `author.notes_via_learner.body ~ "${helpText}"` }]
		];
		for (const [collection, query] of tries) {
			const answer = await pb
				.collection(collection)
				.getFullList({ ...query })
				.catch((e) => e);
			// refused, or an answer that carries none of it and chose nothing by it
			if (Array.isArray(answer)) {
				expect(JSON.stringify(answer), JSON.stringify(query)).not.toContain(helpText);
				if (query.filter) expect(answer, JSON.stringify(query)).toEqual([]);
				// an expand may bring the learner's own user record, never someone's back-relations
				expect(JSON.stringify(answer), JSON.stringify(query)).not.toContain('_via_learner');
			} else {
				expect([400, 403]).toContain(answer.status);
			}
		}
	});
});
