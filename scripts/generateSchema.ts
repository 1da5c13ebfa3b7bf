/**
 * Generates `schema/scenario.schema.json` from the scenario types in `src/scenario/types.ts`
 * (the single source) and the field reference in `docs/scenarios.md`, between the markers
 * `<!-- fields:start -->` and `<!-- fields:end -->`. Run with `npm run schema`; a test fails
 * when either output is stale.
 *
 * The generator reads the JSDoc of each field: the first paragraph becomes `description`, and
 * `@minimum`, `@maximum`, `@default`, `@pattern` become the keywords of the same name.
 * `@asType integer` (or the older `@TJS-type integer`) makes a number an integer, and
 * `@unit weeks` adds a `unit` annotation that the docs and `collabsim init` show.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import type { JsonSchema } from '../src/scenario/JsonSchema.js';
import { renderFieldReference } from './renderFieldReference.js';

const root = new URL('../', import.meta.url);
export const SCHEMA_FILE = fileURLToPath(new URL('schema/scenario.schema.json', root));
export const DOCS_FILE = fileURLToPath(new URL('docs/scenarios.md', root));

/** The schema's identity; `$id` names it without claiming a web address. */
const SCHEMA_ID = 'urn:collabsim:schema:scenario';

/** Builds the scenario JSON Schema. Deterministic: the same types give the same bytes. */
export function buildScenarioSchema(): JsonSchema {
  const generated = createGenerator({
    path: fileURLToPath(new URL('src/scenario/types.ts', root)),
    tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
    type: 'Scenario',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
    extraTags: ['TJS-type', 'unit'],
  }).createSchema('Scenario') as JsonSchema & Record<string, unknown>;
  const { $schema, $ref, definitions, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'collabsim scenario',
    description:
      'A scenario for collabsim: a network of partner organisations, the preconditions of their collaboration, the phenomena they face and a timeline of events.',
    $ref,
    ...rest,
    definitions: Object.fromEntries(Object.entries(definitions ?? {}).map(([k, v]) => [k, tidy(v)])),
  };
}

/** Turns the legacy `TJS-type` annotation into `type` and drops nothing else. */
function tidy(schema: JsonSchema): JsonSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === 'TJS-type') out.type = value;
    else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, tidy(v)]),
      );
    } else if ((key === 'items' || key === 'additionalProperties') && typeof value === 'object') {
      out[key] = tidy(value as JsonSchema);
    } else if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = value.map((v) => tidy(v as JsonSchema));
    } else out[key] = value;
  }
  return out as JsonSchema;
}

/** The schema file's text. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** `docs/scenarios.md` with its generated field reference replaced. */
export function docsText(schema: JsonSchema, current: string): string {
  const start = '<!-- fields:start -->';
  const end = '<!-- fields:end -->';
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${DOCS_FILE} needs the markers ${start} and ${end}`);
  return `${current.slice(0, i + start.length)}\n${renderFieldReference(schema)}${current.slice(j)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const schema = buildScenarioSchema();
  writeFileSync(SCHEMA_FILE, schemaText(schema));
  writeFileSync(DOCS_FILE, docsText(schema, readFileSync(DOCS_FILE, 'utf8')));
  console.log(`wrote ${SCHEMA_FILE} and the field reference in ${DOCS_FILE}`);
}
