// Draws Sammen's app icons as PNG files (static/icons/), so no image tool is needed.
// The mark: two overlapping faces (circles) above a shared line: "together".
// Run again after changing the drawing: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { root } from './lib/pocketbase.mjs';

const green = [31, 95, 74, 255];
const white = [255, 255, 255, 255];
const yellow = [242, 193, 78, 255];
const clear = [0, 0, 0, 0];

/** Shapes in a 0..1 square; later shapes paint over earlier ones. */
function paint(x, y, { maskable, mono }) {
	const scale = maskable ? 0.8 : 1; // maskable icons keep the mark in the safe zone
	const u = (x - 0.5) / scale + 0.5;
	const v = (y - 0.5) / scale + 0.5;
	const inRounded = (r) => {
		const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
		const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
		return dx * dx + dy * dy <= r * r;
	};
	const inCircle = (cx, cy, r) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
	const inBar = u >= 0.22 && u <= 0.78 && v >= 0.69 && v <= 0.78;
	if (mono) return inCircle(0.38, 0.45, 0.16) || inCircle(0.62, 0.45, 0.16) || inBar ? white : clear;
	let colour = maskable || inRounded(0.22) ? green : clear;
	if (inCircle(0.38, 0.45, 0.16)) colour = white;
	if (inCircle(0.62, 0.45, 0.16)) colour = inCircle(0.38, 0.45, 0.16) ? [250, 228, 170, 255] : yellow;
	if (inBar) colour = white;
	return colour;
}

function png(size, options) {
	const samples = 4; // 4×4 supersampling for smooth edges
	const rows = [];
	for (let py = 0; py < size; py++) {
		const row = Buffer.alloc(1 + size * 4);
		for (let px = 0; px < size; px++) {
			const sum = [0, 0, 0, 0];
			for (let sy = 0; sy < samples; sy++) {
				for (let sx = 0; sx < samples; sx++) {
					const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, options);
					for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3];
					sum[3] += c[3];
				}
			}
			const alpha = sum[3] / samples ** 2;
			for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
			row[1 + px * 4 + 3] = Math.round(alpha);
		}
		rows.push(row);
	}
	const chunk = (type, data) => {
		const out = Buffer.alloc(12 + data.length);
		out.writeUInt32BE(data.length, 0);
		out.write(type, 4, 'ascii');
		data.copy(out, 8);
		out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 8 + data.length);
		return out;
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

function crc32(buffer) {
	let crc = ~0;
	for (const byte of buffer) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

const out = join(root, 'static', 'icons');
const icons = [
	['icon-192.png', 192, {}],
	['icon-512.png', 512, {}],
	['maskable-512.png', 512, { maskable: true }],
	['apple-touch-icon-180.png', 180, { maskable: true }],
	['badge-96.png', 96, { mono: true }]
];
for (const [name, size, options] of icons) writeFileSync(join(out, name), png(size, options));
console.log(`Wrote ${icons.length} icons to ${out}`);
