import { createRequire } from 'node:module';

/**
 * A small JSON Schema (draft-07 subset) validator, enough for the Vega-Lite schema shipped
 * in the vega-lite package (`vega-lite/build/vega-lite-schema.json`): `$ref`, `anyOf`,
 * `type`, `enum`, `const`, `properties`, `additionalProperties`, `required`, `items`,
 * `minItems`, `maxItems`, `minimum`, `maximum`, `minProperties`. Other keywords (`format`,
 * descriptions) are ignored. Test-only: the project has no JSON Schema library as a
 * direct dependency.
 */
type Schema = Record<string, unknown>;

const require = createRequire(import.meta.url);
const root = require('vega-lite/vega-lite-schema.json') as Schema & { definitions: Record<string, Schema> };

/** Returns the problems of `spec` against the Vega-Lite schema ([] when valid). */
export function validateVegaLiteSchema(spec: unknown): string[] {
  const problems: string[] = [];
  check(spec, root, '$', problems);
  return problems;
}

function resolve(schema: Schema): Schema {
  let s = schema;
  while (typeof s.$ref === 'string') s = root.definitions[s.$ref.replace('#/definitions/', '')];
  return s;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function check(value: unknown, schemaIn: Schema, path: string, problems: string[]): void {
  const schema = resolve(schemaIn);
  if (Array.isArray(schema.anyOf)) {
    const branches = (schema.anyOf as Schema[]).map((branch) => {
      const p: string[] = [];
      check(value, branch, path, p);
      return p;
    });
    if (branches.every((p) => p.length > 0)) {
      // report the branch that got furthest (fewest problems) to keep messages useful
      problems.push(...branches.reduce((a, b) => (b.length < a.length ? b : a)));
    }
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      problems.push(`${path}: expected ${types.join('|')}, found ${actual}`);
      return;
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ('const' in schema && schema.const !== value) problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: below minimum ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: above maximum ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) problems.push(`${path}: too few items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) problems.push(`${path}: too many items`);
    if (schema.items && typeof schema.items === 'object') value.forEach((v, i) => check(v, schema.items as Schema, `${path}[${i}]`, problems));
  } else if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) problems.push(`${path}: missing ${key}`);
    if (typeof schema.minProperties === 'number' && Object.keys(object).length < schema.minProperties) problems.push(`${path}: too few properties`);
    for (const [key, v] of Object.entries(object)) {
      if (key in properties) check(v, properties[key], `${path}.${key}`, problems);
      else if (schema.additionalProperties === false) problems.push(`${path}: unknown property ${key}`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        check(v, schema.additionalProperties as Schema, `${path}.${key}`, problems);
      }
    }
  }
}
