/**
 * Generates `schema/experiment.schema.json` from the experiment types in
 * `src/experiment/types.ts` (the single source), the way `generateSchema.ts` does for
 * scenarios. Run with `npx tsx scripts/generateExperimentSchema.ts`; a test fails when the
 * file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import type { JsonSchema } from '../src/scenario/JsonSchema.js';

const root = new URL('../', import.meta.url);
export const EXPERIMENT_SCHEMA_FILE = fileURLToPath(new URL('schema/experiment.schema.json', root));

/** Builds the experiment JSON Schema. Deterministic: the same types give the same bytes. */
export function buildExperimentSchema(): JsonSchema {
  const generated = createGenerator({
    path: fileURLToPath(new URL('src/experiment/types.ts', root)),
    tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
    type: 'Experiment',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
    extraTags: ['TJS-type'],
  }).createSchema('Experiment') as JsonSchema & Record<string, unknown>;
  const { $schema, $ref, definitions, ...rest } = generated;
  return {
    $schema,
    $id: 'urn:collabsim:schema:experiment',
    title: 'collabsim experiment',
    description:
      'An experiment for collabsim: factors of a scenario (or of a built-in test model) swept over a design, with replications from one root seed.',
    $ref,
    ...rest,
    definitions: Object.fromEntries(Object.entries(definitions ?? {}).map(([k, v]) => [k, tidy(v)])),
  };
}

/** Turns the legacy `TJS-type` annotation into `type`, everywhere in the tree. */
function tidy(schema: unknown): JsonSchema {
  if (Array.isArray(schema)) return schema.map(tidy) as unknown as JsonSchema;
  if (schema === null || typeof schema !== 'object') return schema as JsonSchema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === 'TJS-type') out.type = value;
    else if (key === 'default' || key === 'const' || key === 'enum') out[key] = value;
    else out[key] = typeof value === 'object' && value !== null ? tidy(value) : value;
  }
  return out as JsonSchema;
}

/** The schema file's text. */
export function experimentSchemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(EXPERIMENT_SCHEMA_FILE, experimentSchemaText(buildExperimentSchema()));
  console.log(`wrote ${EXPERIMENT_SCHEMA_FILE}`);
}
