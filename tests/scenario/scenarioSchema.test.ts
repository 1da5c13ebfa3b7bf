import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildScenarioSchema, DOCS_FILE, docsText, SCHEMA_FILE, schemaText } from '../../scripts/generateSchema.js';
import type { JsonSchema } from '../../src/scenario/JsonSchema.js';
import { listSchemaFields } from '../../src/scenario/listSchemaFields.js';
import { scenarioSchema } from '../../src/scenario/scenarioSchema.js';

describe('scenario schema', () => {
  it('is up to date with src/scenario/types.ts (run "npm run schema" when this fails)', () => {
    const fresh = buildScenarioSchema();
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText(fresh));
    const docs = readFileSync(DOCS_FILE, 'utf8');
    expect(docs).toBe(docsText(fresh, docs));
  });

  it('forbids unknown keys everywhere except the set map of events', () => {
    const open: string[] = [];
    const visit = (name: string, s: JsonSchema) => {
      if (s.type === 'object' && s.additionalProperties !== false) open.push(name);
      for (const [k, v] of Object.entries(s.properties ?? {})) visit(`${name}.${k}`, v);
    };
    for (const [name, s] of Object.entries(scenarioSchema().definitions ?? {})) visit(name, s);
    expect(open).toEqual(['ScenarioEvent.set']);
  });

  it('documents every field, and gives every number its range', () => {
    const fields = listSchemaFields(scenarioSchema());
    expect(fields.length).toBeGreaterThan(60);
    const gaps = [
      ...fields.filter((f) => f.description === '').map((f) => `${f.path} has no description`),
      ...fields.filter((f) => /^(a number|an integer)$/.test(f.expected)).map((f) => `${f.path} has no range`),
    ];
    expect(gaps.filter((gap) => !KNOWN_GAPS.has(gap))).toEqual([]);
  });
});

/** Fields documented elsewhere; none at present. */
const KNOWN_GAPS = new Set<string>([]);
