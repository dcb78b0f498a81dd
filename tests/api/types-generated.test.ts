// The generated files match what they are generated from (npm run typegen): the TypeScript
// types and the kernel's limits from the schema the migrations build, Copenhagen's UTC
// offsets from the tz database, and the kernel bundle the hooks run from src/lib/domain.
// This fails when a migration or the kernel changed and the generated files did not.
import { readFileSync } from 'node:fs';
import { inject, it, expect } from 'vitest';
import { fetchCollections, renderTypes, typesFile } from '../../scripts/typegen.mjs';
import { bundleKernel, bundleMarkdownPolicy, kernelFile, limitsFile, markdownFile, renderCopenhagenTransitions, renderLimits, tzFile } from '../../scripts/lib/kernel-gen.mjs';

const again = '(run `npm run typegen` if not)';

it(`src/lib/pb/types.gen.ts and src/lib/domain/limits.gen.ts match the migrated schema ${again}`, async () => {
	const collections = await fetchCollections(inject('pbUrl'), inject('superuser'));
	expect(readFileSync(typesFile, 'utf8')).toBe(renderTypes(collections));
	expect(readFileSync(limitsFile, 'utf8')).toBe(renderLimits(collections));
});

it(`src/lib/domain/copenhagen-tz.gen.ts matches the tz database ${again}`, () => {
	expect(readFileSync(tzFile, 'utf8')).toBe(renderCopenhagenTransitions());
});

it(`pocketbase/pb_hooks/lib/kernel.gen.js is the bundle of src/lib/domain ${again}`, async () => {
	expect(readFileSync(kernelFile, 'utf8')).toBe(await bundleKernel());
});

it(`pocketbase/pb_hooks/lib/markdown-policy.gen.js is the bundle of the Markdown policy ${again}`, async () => {
	expect(readFileSync(markdownFile, 'utf8')).toBe(await bundleMarkdownPolicy());
});
