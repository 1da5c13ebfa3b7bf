import { readFileSync } from 'node:fs';
import type { JsonSchema } from '../scenario/JsonSchema.js';

/**
 * Where the generated experiment JSON Schema lives, resolved from this module so it is found
 * from `src/` and `dist/` alike.
 */
export const EXPERIMENT_SCHEMA_URL = new URL('../../schema/experiment.schema.json', import.meta.url);

let cached: JsonSchema | undefined;

/** The experiment JSON Schema generated from `types.ts`, read once. */
export function experimentSchema(): JsonSchema {
  cached ??= JSON.parse(readFileSync(EXPERIMENT_SCHEMA_URL, 'utf8')) as JsonSchema;
  return cached;
}
