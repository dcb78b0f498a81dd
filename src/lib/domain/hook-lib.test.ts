// The hooks run these rules from a bundle (scripts/hook-lib.mjs); this fails when a
// rule changed and the bundle did not (run `npm run hook-lib`).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { hookLibEntries, hookLibFile, renderHookLib } from '../../../scripts/hook-lib.mjs';

it.each(hookLibEntries)('pocketbase/pb_hooks/lib/%s.gen.js matches its source', async (name) => {
	expect(readFileSync(hookLibFile(name), 'utf8')).toBe(await renderHookLib(name));
});
