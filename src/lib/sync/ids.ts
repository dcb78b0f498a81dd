const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A PocketBase-compatible record id (15 characters, a–z and 0–9), made on the device.
 * Creating with our own id is what makes replaying a create safe: if the id is
 * already taken, our earlier attempt got through.
 */
export function newRecordId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(15));
	let id = '';
	for (const byte of bytes) id += alphabet[byte % alphabet.length];
	return id;
}
