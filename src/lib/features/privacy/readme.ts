// LAES-MIG.txt in the "Mine data" ZIP: what is in it, what is not and why (GDPR art. 15).
// Danish first, then English, in the file itself (it is read outside the app).
import type { MyData } from './my-data';

const HELD_BACK_WHY: Record<string, string> = {
	notes: 'din mentors egne arbejdsnoter om dig',
	flags: 'markeringer, som din mentor har skjult for dig af hensyn til dig eller andre',
	flag_staff_notes: 'lærerens noter, som kun er til din mentor',
	flag_comments: 'samtaler mellem din lærer og din mentor om en markering',
	reports: 'anmeldelser af dine opslag (hvem der anmeldte, er en andens data)',
	blocks: 'hvem der har skjult dine opslag (det er en andens valg)'
};

export function readmeText(data: MyData): string {
	const counts = Object.entries(data.collections)
		.map(([name, rows]) => `  ${name}: ${rows.length}`)
		.join('\n');
	const held = Object.entries(data.heldBack)
		.map(([name, n]) => `  ${n} × ${HELD_BACK_WHY[name] ?? name}`)
		.join('\n');
	return `MINE DATA FRA SAMMEN
Hentet ${data.exportedAt} (UTC).

Her er alt, Sammen har gemt om dig:
- data.json: dine oplysninger og alt, der handler om dig, som tekst (JSON).
  "person" er dig. "collections" er resten, fx messages (beskeder), plans (din plan),
  milestones (mål), checkins ("Hvordan går det?"),
  appointments (aftaler), posts (dine opslag), audit_log (hvem der har set dine ting).
- filer/: dine billeder, lydbeskeder, dokumenter og beviser.

Antal:
${counts || '  (ingen)'}
Filer: ${data.files.length}

Hvorfor er det hele med?
Du har ret til at se de persondata, skolen har om dig (databeskyttelsesforordningen,
artikel 15). Her er alt, du selv har skrevet, og alt, der er skrevet til dig.

Det er ikke med:
${held || '  (intet)'}
Det er holdt tilbage, fordi det er din mentors egne noter, fordi det også handler om
andre, eller fordi det er skjult af hensyn til dig eller andre (artikel 15, stk. 4, og databeskyttelseslovens § 22).
Vil du se det, så spørg skolens koordinator. Skolen vurderer det og svarer inden for en måned.

Hvor længe gemmer vi det?
Når du er færdig eller stopper, gemmer skolen dine data i ${data.retentionMonths} måneder.
Så bliver de slettet. Du kan bede om at få dem slettet før: se Mine data i Sammen.

----
MY DATA FROM SAMMEN (English)
data.json holds everything Sammen stores about you (GDPR art. 15) that you wrote or that
was written to you; filer/ holds your photos, voice notes and documents.
Held back (your mentor's own working notes, what is also about others, or what is hidden
to protect you or others; ask your school's coordinator to see it): see the list above. Your data is deleted ${data.retentionMonths} months
after you finish or stop.
`;
}
