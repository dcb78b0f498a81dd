// A school brings its people in (issue 16): Anne, the demo coordinator, imports a class list
// with two bad rows, reads the errors in Danish, imports the good rows, fixes the bad ones
// and imports again; the new learners get their invitation mail (read from the test SMTP
// server) and one follows the link and is logged in. Personer and the import page pass
// axe at 320 and 1280 px.
import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { demoLogin, expect, expectNoAxeViolations, invitationLinkFor, mailsTo, signedIn, test } from './helpers';

async function axeAtBothWidths(page: Page) {
	for (const width of [320, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await expectNoAxeViolations(page);
	}
}

function classList(tag: string, mentorEmail: string) {
	const header = 'Fornavn;Efternavn;E-mail;Uddannelse;Hold;Spor;Startdato;Mentors e-mail;Finansiering;Henvist af';
	const rows = [
		`Søren;Ærø;soeren.${tag}@elev.test;Social- og sundhedshjælper;SOSU ${tag};EUV1;5.8.2026;${mentorEmail};Voksenlærling;Jobcenter`,
		`Åse;Østergård;aase.${tag}@elev.test;Social- og sundhedshjælper;SOSU ${tag};EUV7;05-08-2026;${mentorEmail};Uddannelsesløft;A-kasse`,
		`Bjørn;Mølgaard;bjoern.${tag}@elev.test;Social- og sundhedshjælper;SOSU ${tag};EUV1;46239;ingen.mentor@skole.test;VEU;Selv`,
		`Mette;Hansen;mette.${tag}@elev.test;Social- og sundhedshjælper;SOSU ${tag};EUV1;5.8.2026;;Løn;Arbejdsgiver`
	];
	// Windows-1252, as Danish Excel saves "CSV": æøå must survive
	const text = [header, ...rows].join('\r\n') + '\r\n';
	const bytes = Buffer.from(
		Array.from(text, (ch) => ({ æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5 })[ch] ?? ch.charCodeAt(0))
	);
	return { name: `holdliste-${tag}.csv`, mimeType: 'text/csv', buffer: bytes };
}

test('Anne imports a class list, fixes two bad rows, and a new learner logs in from the invitation', async ({ browser }) => {
	test.slow();
	const tag = randomUUID().slice(0, 6);
	const mentor = demoLogin('mentor');
	const { page, context } = await signedIn(browser, 'coordinator');

	// Personer is in the menu
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Personer' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /personer/ })).toBeVisible();
	await axeAtBothWidths(page);
	await page.getByRole('link', { name: 'Hent en holdliste' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Hent en holdliste' })).toBeVisible();
	await axeAtBothWidths(page);

	// the preview: two rows with errors, in Danish, before anything is stored
	const file = classList(tag, mentor.email);
	await page.getByLabel('Vælg fil (CSV)').setInputFiles(file);
	await expect(page.getByText('2 rækker har fejl')).toBeVisible();
	await expect(page.getByText('Sporet "EUV7" passer ikke. Skriv EUV1, EUV2 eller EUV3.')).toBeVisible();
	await expect(page.getByText('Der er ingen mentor med e-mailen ingen.mentor@skole.test.')).toBeVisible();
	await expect(page.getByText('Linje 3: Åse Østergård')).toBeVisible();
	await expect(page.getByText('WINDOWS-1252')).toBeVisible();
	await axeAtBothWidths(page);

	// import the good rows; the bad ones are listed as not stored
	await page.getByRole('button', { name: 'Hent 2 rækker ind' }).click();
	await expect(page.getByRole('heading', { name: 'Holdlisten er hentet ind.' })).toBeVisible();
	await expect(page.getByText('2 nye, 0 ændret, 0 uændret.')).toBeVisible();
	await expect(page.getByText('2 nye elever har fået en invitation på mail.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Disse rækker blev ikke gemt' })).toBeVisible();
	expect(mailsTo(`aase.${tag}@elev.test`)).toEqual([]);

	// the same file again: the two imported are unchanged; fix the two bad rows in the preview
	await page.getByLabel('Vælg fil (CSV)').setInputFiles(file);
	await expect(page.getByText('2 er uændret')).toBeVisible();
	await page.getByLabel('Spor (Linje 3)').fill('EUV1');
	await page.getByLabel('Mentors e-mail (Linje 4)').fill(mentor.email);
	await page.getByRole('button', { name: 'Tjek igen' }).click();
	await expect(page.getByText('0 rækker har fejl')).toBeVisible();
	await expect(page.getByText('2 nye elever')).toBeVisible();
	await page.getByRole('button', { name: 'Hent 4 rækker ind' }).click();
	await expect(page.getByText('2 nye, 0 ændret, 2 uændret.')).toBeVisible();

	// Åse (fixed in the preview) got her invitation; she follows the link and is logged in
	const link = await invitationLinkFor(`aase.${tag}@elev.test`);
	const aase = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'da-DK' });
	const aasePage = await aase.newPage();
	await aasePage.goto(new URL(link).pathname + new URL(link).search);
	await expect(aasePage.getByRole('heading', { level: 1, name: 'Velkommen, Åse!' })).toBeVisible();
	await expect(aasePage).toHaveURL(/\/velkommen$/);
	await axeAtBothWidths(aasePage);
	await aasePage.getByText('Med en adgangskode', { exact: true }).click();
	await aasePage.getByLabel('Din nye adgangskode').fill('aases-kodeord-26');
	await aasePage.getByRole('button', { name: 'Videre' }).click();
	await expect(aasePage).toHaveURL(/\/hjem$/);
	await expect(aasePage.getByRole('heading', { level: 1, name: /Hej Åse/ })).toBeVisible();
	await aase.close();

	// the link works once
	const again = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'da-DK' });
	const againPage = await again.newPage();
	await againPage.goto(new URL(link).pathname + new URL(link).search);
	await expect(againPage.getByRole('alert')).toHaveText('Linket virker ikke mere. Bed din koordinator om en ny invitation.');
	await again.close();

	// Anne sees Åse on Personer, as having come in, and her page passes axe
	await page.goto('/admin/personer');
	await page.getByLabel('Søg efter navn eller e-mail').fill(`aase.${tag}`);
	await expect(page.getByText(/Kom ind/)).toBeVisible();
	await page.getByRole('link', { name: 'Ret Åse Østergård' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Åse Østergård' })).toBeVisible();
	await expect(page.getByLabel('Uddannelse')).toHaveValue(/.+/);
	await axeAtBothWidths(page);

	// undo the last import (the second), then the first: the demo school is as before
	await page.goto('/admin/import');
	await page.getByRole('button', { name: 'Fortryd importen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Importen er fortrudt.' })).toBeVisible();
	await expect(page.getByText(`holdliste-${tag}.csv`)).toBeVisible();
	await page.getByRole('button', { name: 'Fortryd importen' }).click();
	await expect(page.getByText(`holdliste-${tag}.csv`)).toHaveCount(0);
	await context.close();
});

test('Anne creates a person and sends the invitation; the Ny person page passes axe', async ({ browser }) => {
	const tag = randomUUID().slice(0, 6);
	const { page, context } = await signedIn(browser, 'coordinator');
	await page.goto('/admin/personer/ny');
	await expect(page.getByRole('heading', { level: 1, name: 'Ny person' })).toBeVisible();
	await axeAtBothWidths(page);
	await page.getByRole('button', { name: 'Opret' }).click();
	await expect(page.getByText('Skriv et navn.')).toBeVisible();
	await page.getByLabel('Navn').fill(`Lone Test ${tag}`);
	await page.getByLabel('E-mail').fill(`lone.${tag}@elev.test`);
	await page.getByRole('button', { name: 'Opret' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Lone Test ${tag}` })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: `Invitationen er sendt til lone.${tag}@elev.test.` })).toBeVisible();
	expect(await invitationLinkFor(`lone.${tag}@elev.test`)).toContain('/velkommen?t=');

	// close her access: she is told so when she tries the link
	await page.getByRole('button', { name: 'Luk adgang' }).click();
	await page.getByRole('button', { name: 'Ja, luk adgang' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Adgangen er lukket. Personen kan ikke logge ind.' })).toBeVisible();
	await context.close();
});
