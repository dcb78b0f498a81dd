// The network's world (issue 14), built on the shared world from buildWorld(): who is in
// the network, its groups, members, posts, a block and a pause. Built as superuser; the
// hooks still run (a profile puts its person in the automatic groups of school and hold).
import type PocketBase from 'pocketbase';
import type { RecordModel } from 'pocketbase';
import { PASSWORD, buildWorld, daysFromNow, type Actor, type Person, type World } from './fixtures';
import type { WorldAs } from './scenarios';

/** Two more people of school A, both in the network and in the open group. */
export type NetActor = Actor | 'blocked' | 'paused';
type NetPerson = Person | 'blocked' | 'paused';

/** In the network (with a profile). Not: formerLearner, otherMentor, coTeacher, otherTeacher, mentorB. */
export const inNetwork = ['learner', 'classmate', 'stranger', 'mentor', 'teacher', 'coordinator', 'coordinatorB', 'learnerB', 'blocked', 'paused'] as const;

export interface NetWorld extends WorldAs<NetActor> {
	world: World;
	extra: Record<'blocked' | 'paused', RecordModel>;
	uid(who: NetPerson): string;
	profiles: Record<(typeof inNetwork)[number], RecordModel>;
	groups: Record<'schoolA' | 'classA' | 'programmeA' | 'open' | 'proposed' | 'schoolB', RecordModel>;
	posts: Record<'visible' | 'byBlocked' | 'hidden' | 'removed' | 'reply' | 'classA' | 'schoolB', RecordModel>;
	/** The member row of a person in a group. */
	member(group: keyof NetWorld['groups'], who: NetPerson): Promise<RecordModel>;
	block: RecordModel;
}

export async function buildNetworkWorld(): Promise<NetWorld> {
	const world = await buildWorld();
	const su = world.su;
	const create = (collection: string, data: Record<string, unknown>) => su.collection(collection).create(data);
	const extra = {} as Record<'blocked' | 'paused', RecordModel>;
	for (const [key, name] of [
		['blocked', 'Birger Blokeret'],
		['paused', 'Palle Pause']
	] as const) {
		extra[key] = await create('users', {
			email: `${key}.${world.tag}@sammen.test`,
			password: PASSWORD,
			passwordConfirm: PASSWORD,
			name,
			role: 'learner',
			school: world.schools.A.id
		});
	}
	const uid = (who: NetPerson) => (who === 'blocked' || who === 'paused' ? extra[who].id : world.users[who].id);

	const profiles = {} as NetWorld['profiles'];
	for (const who of inNetwork) profiles[who] = await create('network_profiles', { user: uid(who), about: `Om ${who}` });
	profiles.paused = await su.collection('network_profiles').update(profiles.paused.id, { pausedUntil: daysFromNow(7) });

	const auto = async (key: string) => su.collection('groups').getFirstListItem(su.filter('autoKey = {:k}', { k: key }));
	const groups = {
		schoolA: await auto(`school:${world.schools.A.id}`),
		classA: await auto(`class:${world.classes.A.id}`),
		programmeA: await auto(`programme:${world.programmes.A.id}`),
		schoolB: await auto(`school:${world.schools.B.id}`),
		// across schools; its maker (the mentor) moderates it
		open: await create('groups', { name: `Karriereskift efter 40 ${world.tag}`, kind: 'open', status: 'approved', createdBy: uid('mentor') }),
		proposed: await create('groups', {
			name: `Forslag ${world.tag}`,
			kind: 'open',
			status: 'proposed',
			school: world.schools.A.id,
			createdBy: uid('classmate')
		})
	};
	for (const who of ['learner', 'classmate', 'learnerB', 'blocked', 'paused'] as const) {
		await create('group_members', { group: groups.open.id, user: uid(who), role: 'member' });
	}
	const member = (group: keyof NetWorld['groups'], who: NetPerson) =>
		su.collection('group_members').getFirstListItem(su.filter('group = {:g} && user = {:u}', { g: groups[group].id, u: uid(who) }));

	const post = (group: keyof NetWorld['groups'], who: NetPerson, text: string, extraFields: Record<string, unknown> = {}) =>
		create('posts', { group: groups[group].id, author: uid(who), text, status: 'visible', ...extraFields });
	const visible = await post('open', 'classmate', 'Hvem andre er startet som voksen?');
	const posts = {
		visible,
		byBlocked: await post('open', 'blocked', 'Køb mine gamle bøger!'),
		hidden: await post('open', 'classmate', 'Skjult opslag'),
		removed: await post('open', 'classmate', 'Fjernet opslag'),
		reply: await post('open', 'learner', 'Det er jeg! 29 år.', { parent: visible.id }),
		classA: await post('classA', 'classmate', 'Hvem tager kage med fredag?'),
		schoolB: await post('schoolB', 'learnerB', 'Hej fra Nord')
	};
	posts.hidden = await su.collection('posts').update(posts.hidden.id, { status: 'hidden', hiddenReason: 'Anmeldt' });
	posts.removed = await su.collection('posts').update(posts.removed.id, { status: 'removed', hiddenReason: 'Fjernet' });
	const block = await create('blocks', { blocker: uid('learner'), blocked: uid('blocked') });

	const clients = new Map<string, PocketBase>();
	const as = async (actor: NetActor) => {
		if (actor === 'blocked' || actor === 'paused') {
			if (!clients.has(actor)) clients.set(actor, await world.signIn({ ...extra[actor], email: `${actor}.${world.tag}@sammen.test` }));
			return clients.get(actor)!;
		}
		return world.as(actor);
	};
	return { ...world, as, world, extra, uid, profiles, groups, posts, member, block };
}
