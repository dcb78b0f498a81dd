// Escalation skips Danish public holidays, not only weekends: a flag raised the Wednesday
// before Easter 2027 (Maundy Thursday 25 March, Good Friday, the weekend, Easter Monday 29
// March) with the usual 2 working days is due the Wednesday after, not the Friday.
// PocketBase sets `created` itself, so this file runs its own PocketBase with a test-only
// route that moves a flag back in time (messages-pocketbase.ts), and moves the
// escalation's clock through the superuser route, as flags.escalation.test.ts does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from './fixtures';
import { startPocketBaseWithTestHooks, type TestPocketBase } from './messages-pocketbase';

const backdateRoute = `
routerAdd("POST", "/api/test/backdate-flag/{id}", (e) => {
  $app.db()
    .newQuery("UPDATE flags SET created = {:created} WHERE id = {:id}")
    .bind({ created: String(e.requestInfo().body["created"]), id: e.request.pathValue("id") })
    .execute();
  return e.json(200, { ok: true });
}, $apis.requireSuperuserAuth());
`;

let server: TestPocketBase;
let school: string;
let learner: string;

beforeAll(async () => {
	server = await startPocketBaseWithTestHooks(backdateRoute);
	const su = server.su;
	school = (await su.collection('schools').create({ name: 'Påskeskolen' })).id;
	const user = (email: string, role: string, name: string) =>
		su.collection('users').create({ email, password: PASSWORD, passwordConfirm: PASSWORD, name, role, school });
	learner = (await user('laerling@paaske.test', 'learner', 'Lærke Lærling')).id;
	await user('koordinator@paaske.test', 'coordinator', 'Karen Koordinator');
});
afterAll(() => server?.stop());

const escalate = (now: string) =>
	server.su.send<{ escalated: number }>('/api/sammen/escalate', { method: 'POST', body: { now } });

async function flagRaisedAt(created: string, category: string) {
	const flag = await server.su.collection('flags').create({ learner, school, category, urgency: 'concern', status: 'new' });
	await server.su.send(`/api/test/backdate-flag/${flag.id}`, { method: 'POST', body: { created } });
	return flag.id;
}
const escalatedAt = async (id: string) => (await server.su.collection('flags').getOne(id)).escalatedAt;

describe('escalation over Easter', () => {
	it('Maundy Thursday, Good Friday and Easter Monday do not count', async () => {
		// Wednesday 24 March 2027, 10:00 in Copenhagen
		const id = await flagRaisedAt('2027-03-24 09:00:00.000Z', 'reading');
		// counting only weekends it would be due Friday 26 March: it is not
		await escalate('2027-03-26 09:01:00.000Z');
		expect(await escalatedAt(id)).toBe('');
		// Tuesday 30 March is the first working day after Easter: one of two
		await escalate('2027-03-30 09:01:00.000Z');
		expect(await escalatedAt(id)).toBe('');
		// Wednesday 31 March: the second, so now it escalates
		await escalate('2027-03-31 09:01:00.000Z');
		expect(await escalatedAt(id)).not.toBe('');
		const entries = await server.su.collection('timeline').getFullList({ filter: `flag = "${id}"` });
		expect(entries.map((t) => t.text)).toEqual([expect.stringContaining('2 arbejdsdage')]);
	});

	it('an ordinary week is two weekdays, as before', async () => {
		// Monday 12 April 2027, 10:00 in Copenhagen: due Wednesday 14 April
		const id = await flagRaisedAt('2027-04-12 08:00:00.000Z', 'numbers');
		await escalate('2027-04-14 07:59:00.000Z');
		expect(await escalatedAt(id)).toBe('');
		await escalate('2027-04-14 08:01:00.000Z');
		expect(await escalatedAt(id)).not.toBe('');
	});
});
