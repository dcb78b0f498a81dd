// What the PocketBase hooks get from the kernel. `npm run typegen` bundles this file with
// esbuild into pocketbase/pb_hooks/lib/kernel.gen.js (CommonJS, ES2017); a hook loads it with
// `const kernel = require(`${__hooks}/lib/kernel.gen.js`)`.
//
// To give the hooks more: write it in src/lib/domain (plain TypeScript: synchronous, no
// Intl, no browser, Svelte or Dexie API, since goja has none), export it below, run
// `npm run typegen` and commit the regenerated kernel.gen.js with it.
export * from './time';
export * from './people';
export * from './plan-template';
export { limits } from './limits.gen';
export * from './push-endpoint';
export * from './input-rules';
export * from './network';
export * from './events';
export * from './checkins';
export * from './quiet-hours';
export * from './appointments';
export * from './retention';
export * from './class-list';
export * from './quarter';
export * from './learner-status';
export * from './quarter-report';
