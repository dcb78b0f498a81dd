// "Mine data" (issue 16, GDPR art. 15): the server gathers everything about the person
// (GET /api/sammen/my-data, read as superuser: pb_hooks/lib/privacy.js) and serves each of
// their files; here it becomes one ZIP: data.json, LAES-MIG.txt (what is in it and why)
// and the files under filer/. Online only: the whole point is what the server holds.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { pb } from '$lib/pb/client';
import { readmeText } from './readme';

export type MyDataFile = { collection: string; record: string; field: string; name: string; path: string };
export type MyData = {
	exportedAt: string;
	retentionMonths: number;
	person: Record<string, unknown>;
	collections: Record<string, Record<string, unknown>[]>;
	files: MyDataFile[];
	heldBack: Record<string, number>;
};

export async function fetchMyData(): Promise<MyData> {
	return pb.send<MyData>('/api/sammen/my-data', {});
}

async function fetchFile(file: MyDataFile): Promise<Uint8Array> {
	const url = `/api/sammen/my-data/files/${encodeURIComponent(file.collection)}/${encodeURIComponent(file.record)}/${encodeURIComponent(file.name)}`;
	const response = await fetch(url, { headers: { Authorization: pb.authStore.token } });
	if (!response.ok) throw new Error(`${file.path}: ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** The ZIP, built in the browser; `progress(done, total)` after each file. */
export async function buildMyDataZip(progress: (done: number, total: number) => void = () => {}): Promise<{ bytes: Uint8Array; missing: string[] }> {
	const data = await fetchMyData();
	const zip: Zippable = {
		'data.json': strToU8(JSON.stringify(data, null, 2)),
		'LAES-MIG.txt': strToU8(readmeText(data))
	};
	const missing: string[] = [];
	let done = 0;
	progress(done, data.files.length);
	for (const file of data.files) {
		try {
			zip[file.path] = [await fetchFile(file), { level: 0 }]; // photos and sound are packed already
		} catch {
			missing.push(file.path);
		}
		progress(++done, data.files.length);
	}
	return { bytes: zipSync(zip, { level: 6 }), missing };
}

/** The file name of the download, with the Copenhagen date. */
export function zipName(now = new Date()): string {
	const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
	return `sammen-mine-data-${day}.zip`;
}
