// Offline first: after one visit Sammen opens without network, a change made offline
// shows as waiting, and reaches PocketBase exactly once when the network is back.
import { expect, loginWithPassword, readUser, serviceWorkerControls, settled, test } from './helpers';

test('after one visit the app opens offline, and an offline change arrives exactly once', async ({
	page,
	context,
	request,
	tempUser
}) => {
	await loginWithPassword(page, tempUser);
	await expect(page).toHaveURL('/hjem');
	await settled(page);
	await serviceWorkerControls(page);

	// No network at all: the browser is offline and every request that still tries is refused.
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Tove');
	await expect(page.getByText('Ikke på nettet. Det, du gør, bliver gemt og sendt senere.')).toBeVisible();

	await page.getByRole('link', { name: 'Indstillinger' }).click();
	await page.getByLabel(/^Tekststørrelse/).fill('22');
	await expect(page.getByTestId('pending-count')).toHaveText('1 ændring venter');
	expect((await readUser(request, tempUser.id)).textSize).not.toBe(22);

	// Back online: the change is sent once.
	const sends: string[] = [];
	page.on('request', (r) => {
		if (r.method() === 'PATCH' && r.url().includes(`/api/collections/users/records/${tempUser.id}`)) sends.push(r.url());
	});
	await context.unroute('**/*');
	await context.setOffline(false);
	await expect(page.getByText('Alt er sendt')).toBeVisible();
	await expect.poll(async () => (await readUser(request, tempUser.id)).textSize).toBe(22);
	expect(sends).toHaveLength(1);

	// and it stays sent: a reload brings no second send
	await page.reload();
	await expect(page.getByText('Alt er sendt')).toBeVisible();
	expect(sends).toHaveLength(1);
});

test('logging out with unsent changes warns first, and keeps them when you stay', async ({ page, context, tempUser }) => {
	await loginWithPassword(page, tempUser);
	await page.getByRole('link', { name: 'Indstillinger' }).click();
	// the settings page has loaded its code before the network goes
	const textSize = page.getByLabel(/^Tekststørrelse/);
	await expect(textSize).toBeVisible();
	await context.setOffline(true);
	await textSize.fill('26');
	await expect(page.getByTestId('pending-count')).toHaveText('1 ændring venter');

	await page.getByRole('button', { name: 'Log ud' }).click();
	const dialog = page.getByRole('dialog', { name: 'Ændringer er ikke sendt' });
	await expect(dialog).toContainText('Du har 1 ændring, der ikke er sendt endnu.');
	await dialog.getByRole('button', { name: 'Bliv logget ind' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByTestId('pending-count')).toHaveText('1 ændring venter');
	await expect(page).toHaveURL('/indstillinger');
});
