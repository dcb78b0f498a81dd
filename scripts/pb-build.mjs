// `npm run pb:build`: builds the PocketBase binary (pocketbase/pocketbase) from the
// pinned Go module when it is missing or its sources changed; `--force` rebuilds.
// `npm start`, `npm test` and the benchmarks do this by themselves; this is for
// building it on purpose, e.g. after changing pocketbase/main.go.
// Only Node built-ins here: it needs Go, not node_modules.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePocketBase, pbBinary, pbDir } from './lib/pocketbase.mjs';

if (process.argv.includes('--force')) rmSync(join(pbDir, '.build-stamp'), { force: true });
ensurePocketBase();
console.log(`PocketBase er klar: ${pbBinary}`);
