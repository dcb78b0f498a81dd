// The TypeScript types are generated from the schema the migrations build
// (npm run typegen). This fails when a migration changed and the types did not.
import { readFileSync } from 'node:fs';
import { inject, it, expect } from 'vitest';
import { fetchCollections, renderTypes, typesFile } from '../../scripts/typegen.mjs';

it('src/lib/pb/types.gen.ts matches the migrated schema (run `npm run typegen` if not)', async () => {
	const collections = await fetchCollections(inject('pbUrl'), inject('superuser'));
	expect(readFileSync(typesFile, 'utf8')).toBe(renderTypes(collections));
});
