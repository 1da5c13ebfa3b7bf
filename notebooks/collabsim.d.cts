/** Resolves to collabsim's public API (`src/index.ts`, compiled to `dist/index.js`). */
export declare function load(): Promise<typeof import('../dist/index.js')>;
/** Resolves to `collabsim/internals` (`src/internals.ts`, compiled to `dist/internals.js`). */
export declare function loadInternals(): Promise<typeof import('../dist/internals.js')>;

// The public types, so cells can write `import { load, type Mechanism } from './collabsim.cjs'`.
export type * from '../dist/index.js';
export type { TopLevelSpec } from 'vega-lite';
