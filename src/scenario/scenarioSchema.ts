import { readFileSync } from 'node:fs';
import type { JsonSchema } from './JsonSchema.js';

/**
 * Where the generated scenario JSON Schema lives. Resolved from this module's own location,
 * so it is found from `src/` (tsx) and from `dist/` alike.
 */
export const SCENARIO_SCHEMA_URL = new URL('../../schema/scenario.schema.json', import.meta.url);

let cached: JsonSchema | undefined;

/** The scenario JSON Schema generated from `types.ts` (`npm run schema`), read once. */
export function scenarioSchema(): JsonSchema {
  cached ??= JSON.parse(readFileSync(SCENARIO_SCHEMA_URL, 'utf8')) as JsonSchema;
  return cached;
}
