// Small files for the message tests. PocketBase checks a file's type by its content,
// so each starts with the bytes of its kind (a webm header, a real 1×1 PNG, a PDF).

/** The start of a WebM file (EBML header with DocType "webm"), padded to `size` bytes. */
export function webm(size = 2048, name = 'talebesked.webm'): File {
	const header = [
		0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3,
		0x81, 0x08, 0x42, 0x82, 0x84, ...Buffer.from('webm'), 0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02
	];
	const bytes = new Uint8Array(Math.max(size, header.length));
	bytes.set(header);
	return new File([bytes], name, { type: 'audio/webm' });
}

const onePixelPng =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export function png(name = 'billede.png'): File {
	return new File([Buffer.from(onePixelPng, 'base64')], name, { type: 'image/png' });
}

/** A PDF padded to `size` bytes. */
export function pdf(size = 1024, name = 'dokument.pdf'): File {
	const bytes = new Uint8Array(size);
	bytes.set(Buffer.from('%PDF-1.4\n'));
	return new File([bytes], name, { type: 'application/pdf' });
}

/** A plain text file pretending to be something else by its name. */
export function textFile(name = 'virus.exe'): File {
	return new File([Buffer.from('MZ this is not allowed')], name, { type: 'application/octet-stream' });
}
