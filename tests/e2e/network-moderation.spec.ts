// Fællesskab, safety (issue 14) in the browser, through the real PocketBase:
// (a) a post reported by three different members disappears at once for everyone, also
//     for a fourth member whose page is open (live, no reload); Karen, who moderates the
//     group, keeps it (it comes back) or removes another with a reason, which its author
//     reads in plain Danish;
// (b) a blocked person's posts disappear for the blocker, and the blocked person can
//     neither reply to the blocker, write to them (their pair ends) nor ask them again;
// (c) reporting a person from the member list (offline first: shown as waiting), and the
//     coordinator's decision; axe on the report form and the moderators' page at 320 and
//     1280 px;
// (d) the private-data warning before a buddy message and an event's text;
// (e) reporting a story (axe on its report form).
// Everyone but Karen (demo mentor) and Anne (demo coordinator) is a throwaway learner of
// the demo school, in a throwaway open group that Karen moderates.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { acrossPeople, demoLogin, expect, expectNoAxeViolations, settled, signedIn, superuserToken, test } from './helpers';

type Person = { id: string; email: string; password: string; name: string; profile: string; token: string };

async function axeAtBothWidths(page: Page) {
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await expectNoAxeViolations(page);
	}
	await page.setViewportSize({ width: 1280, height: 900 });
}

/** A small world: a group Karen moderates and throwaway learners in it (deleted again). */
async function world(request: APIRequestContext, names: string[], profileFields: Record<string, unknown> = {}) {
	const headers = { Authorization: await superuserToken(request) };
	const find = async (email: string) => {
		const res = await request.get('/api/collections/users/records', { headers, params: { filter: `email = "${email}"`, fields: 'id,school' } });
		return ((await res.json()) as { items: { id: string; school: string }[] }).items[0]!;
	};
	const su = async (path: string, data: Record<string, unknown>) => {
		const res = await request.post(`/api/collections/${path}/records`, { headers, data });
		expect(res.ok(), await res.text()).toBe(true);
		return (await res.json()) as { id: string };
	};
	const karen = await find(demoLogin('mentor').email);
	const { school } = await find(demoLogin('learner').email);
	const tag = randomUUID().slice(0, 6);
	const group = await su('groups', { name: `Trygt sammen ${tag}`, kind: 'open', status: 'approved', createdBy: karen.id });
	const people: Record<string, Person> = {};
	for (const first of names) {
		const email = `e2e-${first.toLowerCase()}-${tag}@sammen.test`;
		const password = `e2e-password-${tag}`;
		const user = await su('users', { email, password, passwordConfirm: password, name: `${first} Prøve`, role: 'learner', school });
		const name = `${first} ${tag}`;
		const profile = await su('network_profiles', { user: user.id, displayName: name, ...profileFields });
		await su('group_members', { group: group.id, user: user.id, role: 'member' });
		const auth = await request.post('/api/collections/users/auth-with-password', { data: { identity: email, password } });
		const token = ((await auth.json()) as { token: string }).token;
		people[first] = { id: user.id, email, password, name, profile: profile.id, token };
	}
	/** A post by someone, written as themselves through the API. */
	const post = async (who: Person, text: string) => {
		const res = await request.post('/api/collections/posts/records', {
			headers: { Authorization: who.token },
			data: { group: group.id, author: who.id, text, status: 'visible' }
		});
		expect(res.ok(), await res.text()).toBe(true);
		return (await res.json()) as { id: string };
	};
	const report = async (who: Person, post: string, reason = 'uvenligt') => {
		const res = await request.post('/api/collections/reports/records', {
			headers: { Authorization: who.token },
			data: { target: 'posts', post, reason, reporter: who.id, status: 'open' }
		});
		expect(res.ok(), await res.text()).toBe(true);
	};
	const notifications = async (who: Person) => {
		const res = await request.get('/api/collections/notifications/records', { headers, params: { filter: `user = "${who.id}"`, sort: 'created' } });
		return ((await res.json()) as { items: { title: string; body: string }[] }).items;
	};
	const cleanUp = async () => {
		await request.delete(`/api/collections/groups/records/${group.id}`, { headers });
		for (const p of Object.values(people)) await request.delete(`/api/collections/users/records/${p.id}`, { headers });
	};
	return { group, people, post, report, notifications, cleanUp, su, url: `/faellesskab/grupper/${group.id}` };
}

const article = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });

test('three reports hide a post at once for everyone; the moderator keeps it or removes another, and its author reads why', async ({ browser, request }) => {
	test.slow();
	const w = await world(request, ['Ulla', 'Rasmus', 'Rikke', 'Rolf', 'Vera']);
	const { Ulla: author, Rasmus, Rikke, Rolf: third, Vera: watcher } = w.people as Record<string, Person>;
	const first = `Jeg synes, I er nogle tabere ${Date.now()}`;
	const second = `Køb mine kosttilskud på min side ${Date.now()}`;
	await w.post(author!, first);
	await w.post(author!, second);
	const open = async (who: Person) => {
		const s = await signedIn(browser, who);
		await s.page.goto(w.url);
		await settled(s.page);
		return s;
	};
	const sessions = [];
	try {
		const vera = await open(watcher!);
		sessions.push(vera);
		const rolf = await open(third!);
		sessions.push(rolf);
		await expect(article(vera.page, first)).toHaveCount(1, acrossPeople);
		await expect(article(rolf.page, first)).toHaveCount(1, acrossPeople);

		// two members report it; it stays until the third
		await w.report(Rasmus!, await idOf(request, first));
		await w.report(Rikke!, await idOf(request, first), 'spam');
		await expect(article(vera.page, first)).toHaveCount(1);

		// the third, in the browser: the report form (axe at both widths), then send
		const post = article(rolf.page, first);
		await post.getByRole('button', { name: /^Anmeld\s*:/ }).click();
		await expect(post.getByRole('group', { name: 'Hvorfor vil du anmelde det?' })).toBeVisible();
		await axeAtBothWidths(rolf.page);
		await post.getByLabel('Det er uvenligt').check();
		await post.getByRole('button', { name: 'Send anmeldelse' }).click();

		// gone at once on Vera's open page (live, no reload) and on Rolf's own
		await expect(article(vera.page, first)).toHaveCount(0, acrossPeople);
		await expect(article(rolf.page, first)).toHaveCount(0, acrossPeople);

		// the author still sees it, hidden, and was told
		const ulla = await open(author!);
		sessions.push(ulla);
		await expect(article(ulla.page, first).getByText('Skjult. Kun du og moderatorerne kan se det.')).toBeVisible(acrossPeople);
		await expect.poll(async () => (await w.notifications(author!)).map((n) => n.title), acrossPeople).toContain('Dit opslag er skjult lige nu');

		// Karen moderates the group: she keeps it, and it comes back on Vera's page
		const karen = await signedIn(browser, 'mentor');
		sessions.push(karen);
		await karen.page.goto('/faellesskab/moderation');
		await settled(karen.page);
		const item = karen.page.getByRole('listitem').filter({ hasText: first });
		await expect(item).toBeVisible(acrossPeople);
		await expect(item).toContainText('3 har anmeldt det');
		await axeAtBothWidths(karen.page);
		await item.getByLabel('Behold').check();
		await item.getByRole('button', { name: 'Gem beslutning' }).click();
		await expect(item).toHaveCount(0, acrossPeople);
		await expect(article(vera.page, first)).toHaveCount(1, acrossPeople);

		// the second post: three reports again, and Karen removes it with a reason
		const secondId = await idOf(request, second);
		for (const who of [Rasmus!, Rikke!, third!]) await w.report(who, secondId, 'spam');
		await expect(article(vera.page, second)).toHaveCount(0, acrossPeople);
		const again = karen.page.getByRole('listitem').filter({ hasText: second });
		await expect(again).toBeVisible(acrossPeople);
		await again.getByLabel('Fjern').check();
		await again.getByLabel('Hvorfor? Personen får det at vide.').fill('Reklame hører ikke til her.');
		await again.getByRole('button', { name: 'Gem beslutning' }).click();
		await expect(again).toHaveCount(0, acrossPeople);
		const removed = article(ulla.page, second);
		await expect(removed.getByText('Fjernet af en moderator.')).toBeVisible(acrossPeople);
		await expect(removed.getByText('Hvorfor: Reklame hører ikke til her.')).toBeVisible();
		await expect
			.poll(async () => (await w.notifications(author!)).find((n) => n.title === 'Dit opslag er fjernet')?.body, acrossPeople)
			.toBe('Reklame hører ikke til her. En moderator har fjernet det, fordi det bryder reglerne i fællesskabet.');
		await expect(article(vera.page, second)).toHaveCount(0);
	} finally {
		for (const s of sessions) await s.context.close();
		await w.cleanUp();
	}
});

/** A post's id by its words (as superuser). */
async function idOf(request: APIRequestContext, text: string): Promise<string> {
	const res = await request.get('/api/collections/posts/records', {
		headers: { Authorization: await superuserToken(request) },
		params: { filter: `text = "${text}"`, fields: 'id' }
	});
	const id = ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
	expect(id, text).toBeTruthy();
	return id!;
}

test("a blocked person's posts disappear for the blocker, who can no longer be answered, written to or asked to be a buddy", async ({ browser, request }) => {
	test.slow();
	// all three want a buddy; Bodil and Bent are buddies already
	const w = await world(request, ['Bodil', 'Bent', 'Carla'], { wantsBuddy: true });
	const { Bodil: blocker, Bent: blocked, Carla: other } = w.people as Record<string, Person>;
	const pair = await w.su('buddies', { from: blocked!.id, to: blocker!.id, status: 'accepted', hello: 'Skal vi læse sammen?' });
	const buddyMessage = (text: string) =>
		request.post('/api/collections/buddy_messages/records', { headers: { Authorization: blocked!.token }, data: { pair: pair.id, sender: blocked!.id, text } });
	expect((await buddyMessage('Hej makker!')).ok()).toBe(true);
	const his = `Hvem vil købe mine gamle bøger? ${Date.now()}`;
	const hers = `Hvordan læser I op til eksamen? ${Date.now()}`;
	await w.post(blocked!, his);
	await w.post(blocker!, hers);
	const sessions = [];
	try {
		const bodil = await signedIn(browser, blocker!);
		sessions.push(bodil);
		await bodil.page.goto(w.url);
		await settled(bodil.page);
		await expect(article(bodil.page, his)).toHaveCount(1, acrossPeople);
		await article(bodil.page, his).getByRole('button', { name: 'Skjul personens opslag' }).click();
		await expect(article(bodil.page, his)).toHaveCount(0);
		// still gone after a reload
		await bodil.page.reload();
		await settled(bodil.page);
		await expect(article(bodil.page, hers)).toHaveCount(1, acrossPeople);
		await expect(article(bodil.page, his)).toHaveCount(0);

		// Bent still sees her post, but his reply is refused
		const bent = await signedIn(browser, blocked!);
		sessions.push(bent);
		await bent.page.goto(w.url);
		await settled(bent.page);
		const thread = bent.page.getByRole('listitem').filter({ has: article(bent.page, hers) });
		await expect(thread).toHaveCount(1, acrossPeople);
		await thread.locator('details > summary').filter({ hasText: 'Svar' }).click();
		const reply = thread.locator('form').filter({ has: bent.page.getByRole('textbox') });
		await reply.getByRole('textbox').fill('Jeg kan hjælpe dig!');
		await reply.getByRole('button', { name: 'Svar', exact: true }).click();
		await expect(thread.getByText('Kunne ikke sendes')).toBeVisible(acrossPeople);
		await expect.poll(async () => countReplies(request, hers), acrossPeople).toBe(0);

		// the block ended their pair: he can no longer write to her
		expect((await buddyMessage('Er du der?')).status()).toBe(400);
		// nor can he ask her again (the rule: never across a block), though he may ask Carla
		const ask = (to: Person) =>
			request.post('/api/collections/buddies/records', {
				headers: { Authorization: blocked!.token },
				data: { from: blocked!.id, to: to.id, status: 'proposed', hello: 'Hej!' }
			});
		expect((await ask(blocker!)).status()).toBe(400);
		expect((await ask(other!)).ok()).toBe(true);
	} finally {
		for (const s of sessions) await s.context.close();
		await w.cleanUp();
	}
});

async function countReplies(request: APIRequestContext, parentText: string) {
	const parent = await idOf(request, parentText);
	const res = await request.get('/api/collections/posts/records', {
		headers: { Authorization: await superuserToken(request) },
		params: { filter: `parent = "${parent}"`, fields: 'id' }
	});
	return ((await res.json()) as { items: unknown[] }).items.length;
}

test('reporting a person from the member list, offline first; the coordinator warns them and they are told why', async ({ browser, request }) => {
	test.slow();
	const w = await world(request, ['Mona', 'Mikkel']);
	const { Mona: reporter, Mikkel: subject } = w.people as Record<string, Person>;
	const sessions = [];
	try {
		const mona = await signedIn(browser, reporter!);
		sessions.push(mona);
		await mona.page.goto(w.url);
		await settled(mona.page);
		const members = mona.page.getByRole('region', { name: /^Medlemmer/ });
		await members.getByRole('button', { name: new RegExp(`^Anmeld person\\s*: ${subject!.name}$`) }).click();
		const form = members.getByRole('form', { name: `Hvorfor vil du anmelde ${subject!.name}?` });
		await expect(form).toBeVisible();
		await axeAtBothWidths(mona.page);
		await form.getByLabel('Det er reklame eller spam').check();
		await form.getByLabel('Skriv mere, hvis du vil').fill('Han skriver til alle om sine varer.');

		// offline: it waits in the outbox, and says so
		await mona.context.setOffline(true);
		await form.getByRole('button', { name: 'Send anmeldelse' }).click();
		await expect(members.getByText('Venter på at blive sendt')).toBeVisible();
		await mona.context.setOffline(false);
		await expect(members.getByText('Tak. En moderator ser på det.')).toBeVisible(acrossPeople);

		// Anne, the school's coordinator, decides about the person
		const anne = await signedIn(browser, 'coordinator');
		sessions.push(anne);
		await anne.page.goto('/faellesskab/moderation');
		await settled(anne.page);
		const item = anne.page.getByRole('listitem').filter({ hasText: `Anmeldt person: ${subject!.name}` });
		await expect(item).toBeVisible(acrossPeople);
		await expect(item).toContainText('Han skriver til alle om sine varer.');
		await expect(item.getByRole('group', { name: 'Hvad skal der ske med personen?' })).toBeVisible();
		// a person is kept, warned, paused or has their words removed; never "hidden"
		await expect(item.getByLabel('Skjul', { exact: true })).toHaveCount(0);
		await axeAtBothWidths(anne.page);
		await item.getByLabel('Advar').check();
		await item.getByRole('button', { name: 'Gem beslutning' }).click();
		await expect(item).toHaveCount(0, acrossPeople);
		await expect
			.poll(async () => (await w.notifications(subject!)).map((n) => `${n.title}: ${n.body}`), acrossPeople)
			.toEqual(['En advarsel fra fællesskabet: Nogen syntes, det var reklame eller spam. Skriv venligt til de andre, ellers kan du blive sat på pause.']);
	} finally {
		for (const s of sessions) await s.context.close();
		await w.cleanUp();
	}
});

test('the private-data warning asks before a buddy message and before an event', async ({ browser, request }) => {
	test.slow();
	const w = await world(request, ['Pia', 'Per'], { wantsBuddy: true });
	const { Pia: pia, Per: per } = w.people as Record<string, Person>;
	await w.su('buddies', { from: per!.id, to: pia!.id, status: 'accepted', hello: 'Hej Pia' });
	const sessions = [];
	try {
		const s = await signedIn(browser, pia!);
		sessions.push(s);
		await s.page.goto('/faellesskab/makker');
		await settled(s.page);
		const field = s.page.getByRole('textbox', { name: 'Skriv en besked' });
		await field.fill('Skriv til mig på pia@example.dk');
		await s.page.getByRole('button', { name: 'Send', exact: true }).click();
		const warning = s.page.getByRole('alert');
		await expect(warning).toContainText('Der står vist en e-mail. Din makker kan læse det.');
		await axeAtBothWidths(s.page);
		await warning.getByRole('button', { name: 'Send alligevel' }).click();
		await expect(s.page.getByText('Skriv til mig på pia@example.dk')).toBeVisible();
		await expect(s.page.getByText('Venter på at blive sendt')).toHaveCount(0, acrossPeople);

		// Anne plans an event with a phone number in it: asked first, nothing made until she says so
		const anne = await signedIn(browser, 'coordinator');
		sessions.push(anne);
		await anne.page.goto('/faellesskab/arrangementer');
		await settled(anne.page);
		await anne.page.getByText('Lav et arrangement').click();
		await anne.page.getByLabel('Navn på arrangementet').fill(`Kaffe ${Date.now()}`);
		await anne.page.getByLabel('Hvad skal der ske?').fill('Ring til mig på 20 30 40 50, hvis du kommer.');
		await anne.page.getByLabel('Dag', { exact: true }).fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
		await anne.page.getByLabel('Fra kl.').fill('14:00');
		await anne.page.getByRole('button', { name: 'Lav arrangementet' }).click();
		await expect(anne.page.getByRole('alert')).toContainText('Der står vist et telefonnummer. Alle i gruppen kan læse det.');
		await anne.page.getByRole('alert').getByRole('button', { name: 'Fortryd' }).click();
		await expect(anne.page.getByRole('alert')).toHaveCount(0);
		await expect(anne.page.getByText('Arrangementet er lavet.')).toHaveCount(0);
	} finally {
		for (const x of sessions) await x.context.close();
		await w.cleanUp();
	}
});

test('Sarah reports a story; the report form passes axe at 320 and 1280 px', async ({ browser, request }) => {
	const headers = { Authorization: await superuserToken(request) };
	const sarah = await request.get('/api/collections/users/records', { headers, params: { filter: `email = "${demoLogin('learner').email}"`, fields: 'id' } });
	const me = ((await sarah.json()) as { items: { id: string }[] }).items[0]!.id;
	const stories = await request.get('/api/collections/stories/records', { headers, params: { filter: `status = "published" && author != "${me}"`, fields: 'id,title', perPage: 1 } });
	const story = ((await stories.json()) as { items: { id: string; title: string }[] }).items[0]!;
	expect(story, 'a published demo story').toBeTruthy();
	const { context, page } = await signedIn(browser, 'learner');
	try {
		await page.goto(`/faellesskab/historier/${story.id}`);
		await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible(acrossPeople);
		await page.getByRole('button', { name: 'Anmeld historien' }).click();
		const form = page.getByRole('form', { name: 'Hvorfor vil du anmelde historien?' });
		await axeAtBothWidths(page);
		await form.getByLabel('Der står noget privat').check();
		await form.getByRole('button', { name: 'Send anmeldelse' }).click();
		await expect(page.getByText('Tak. En moderator ser på det.')).toBeVisible(acrossPeople);
		// once: on the next visit it says so instead of offering the button again
		await page.reload();
		await expect(page.getByText('Du har anmeldt det. En moderator ser på det.')).toBeVisible(acrossPeople);
		await expect(page.getByRole('button', { name: 'Anmeld historien' })).toHaveCount(0);
	} finally {
		await context.close();
		const mine = await request.get('/api/collections/reports/records', { headers, params: { filter: `story = "${story.id}" && reporter = "${me}"`, fields: 'id' } });
		for (const { id } of ((await mine.json()) as { items: { id: string }[] }).items) await request.delete(`/api/collections/reports/records/${id}`, { headers });
	}
});
