// `npm run restore <backup>`: puts a PocketBase backup (a .zip made by the nightly backup or
// the dashboard) back into pb_data, while Sammen is stopped. It stops nothing by itself and
// deletes nothing: it says what it does, and keeps today's data beside pb_data.
//   npm run restore -- pb_data/backups/@auto_pb_backup_sammen_20261205020000.zip
//   npm run restore -- @auto_pb_backup_sammen_20261205020000.zip    (a name in pb_data/backups)
//   add --yes to skip the question (scripts, tests)
// The data dir is SAMMEN_DATA_DIR, or pocketbase/pb_data. See docs/DRIFT.md ("Gendan").
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { unzipSync } from 'fflate';
import { pbDir } from './lib/pocketbase.mjs';

// what PocketBase itself never puts in a backup or takes out of pb_data on restore
const KEEP_IN_PLACE = ['backups', '.pb_temp_to_delete', '.autocert_cache', 'lost+found'];

const args = process.argv.slice(2);
const yes = args.includes('--yes');
const wanted = args.find((a) => !a.startsWith('--'));
const dataDir = resolve(process.env.SAMMEN_DATA_DIR ?? join(pbDir, 'pb_data'));

function fail(message) {
	console.error(`\n${message}\n`);
	process.exit(1);
}

if (!wanted) {
	const backups = existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.zip')) : [];
	fail(
		`Skriv hvilken backup der skal gendannes: npm run restore -- <fil.zip>\n` +
			(backups.length ? `Backups i ${join(dataDir, 'backups')}:\n${backups.sort().map((b) => `  ${b}`).join('\n')}` : `Der er ingen backups i ${join(dataDir, 'backups')}.`)
	);
}

const file = [resolve(wanted), join(dataDir, 'backups', wanted)].find((p) => existsSync(p) && statSync(p).isFile());
if (!file) fail(`Backuppen findes ikke: ${wanted}\n(Ligger den i S3, så hent den først, eller gendan den fra dashboardet: /_/ → Settings → Backups.)`);

// A running PocketBase holds the database open: restoring under it would be lost or broken.
const pbUrl = process.env.PB_URL ?? `http://127.0.0.1:${process.env.PB_PORT ?? 8090}`;
const running = await fetch(`${pbUrl}/api/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
if (running) {
	fail(
		`PocketBase kører stadig på ${pbUrl}. Stop Sammen først (Ctrl-C i terminalen med npm start,\n` +
			`eller: sudo systemctl stop sammen), og kør kommandoen igen. Jeg stopper ikke noget selv.`
	);
}

// names and sizes only, nothing unpacked yet
/** @type {{ name: string, size: number }[]} */
const entries = [];
unzipSync(readFileSync(file), {
	filter: (entry) => {
		entries.push({ name: entry.name, size: entry.originalSize });
		return false;
	}
});
const names = entries.map((e) => e.name);
if (!names.includes('data.db')) fail(`${file} er ikke en PocketBase-backup (der er ingen data.db i den).`);

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const before = join(dirname(dataDir), `${dataDir.split(/[\\/]/).pop()}-foer-gendannelse-${stamp}`);
const sizeMb = (statSync(file).size / 1024 / 1024).toFixed(1);
console.log(`
Gendanner Sammen fra en backup.
  Backup:       ${file} (${sizeMb} MB, ${names.length} filer, lavet ${statSync(file).mtime.toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen' })})
  Ind i:        ${dataDir}
  Data i dag:   flyttes til ${before}
                (intet slettes; slet mappen selv, når alt virker)
  Bliver:       ${KEEP_IN_PLACE.filter((d) => existsSync(join(dataDir, d))).join(', ') || 'intet'}
`);

if (!yes) {
	if (!process.stdin.isTTY) fail('Tilføj --yes for at gendanne uden at blive spurgt.');
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const answer = (await rl.question('Skriv ja for at gendanne: ')).trim().toLowerCase();
	rl.close();
	if (answer !== 'ja') fail('Intet er ændret.');
}

// 1. unpack beside pb_data (same disk, so the moves below are renames), in batches of at
// most 256 MB unpacked, so a large backup never needs all its files in memory at once
const unpacked = join(dirname(dataDir), `.sammen-restore-${stamp}`);
const buffer = readFileSync(file);
const files = entries.filter((e) => !e.name.endsWith('/'));
for (const { name } of files) {
	const target = resolve(unpacked, name);
	if (!target.startsWith(unpacked + '/') || isAbsolute(name)) fail(`Backuppen har en fil uden for mappen: ${name}. Intet er ændret.`);
}
for (let i = 0; i < files.length; ) {
	const batch = new Set();
	let bytes = 0;
	while (i < files.length && (batch.size === 0 || bytes + files[i].size <= 256 * 1024 * 1024)) {
		batch.add(files[i].name);
		bytes += files[i].size;
		i++;
	}
	const out = unzipSync(buffer, { filter: (e) => batch.has(e.name) });
	for (const [name, data] of Object.entries(out)) {
		const target = resolve(unpacked, name);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, data);
	}
}

// 2. today's data aside, 3. the backup in
mkdirSync(dataDir, { recursive: true });
mkdirSync(before, { recursive: true });
for (const entry of readdirSync(dataDir)) if (!KEEP_IN_PLACE.includes(entry)) renameSync(join(dataDir, entry), join(before, entry));
for (const entry of readdirSync(unpacked)) if (!KEEP_IN_PLACE.includes(entry)) renameSync(join(unpacked, entry), join(dataDir, entry));
rmSync(unpacked, { recursive: true, force: true });

console.log(`Færdig. Start Sammen igen (npm start, eller: sudo systemctl start sammen).
Dataene fra før ligger i ${before}.`);
