import { describeSchema } from './describeSchema.js';
import type { JsonSchema } from './JsonSchema.js';

/** One field of a scenario file as the schema documents it. */
export interface SchemaField {
  /** Dotted path with `[]` for list items: `organisations[].staff`, `events[].set.<path>`. */
  path: string;
  /** Nesting depth: 0 for a top-level key. */
  depth: number;
  /** What a value must be, in words: `a number from 0 to 1`. */
  expected: string;
  description: string;
  unit?: string;
  default?: unknown;
  /** True for a block (an object or a list of objects) whose fields follow as their own entries. */
  isBlock: boolean;
}

/**
 * Every field of the scenario schema, depth first in the order the types declare them. Feeds
 * the field reference in `docs/scenarios.md` and the comments `collabsim init` writes.
 *
 * @example
 * listSchemaFields(schema).find((f) => f.path === 'preconditions.manpower')?.default; // 0.6
 */
export function listSchemaFields(schema: JsonSchema): SchemaField[] {
  const resolve = (s: JsonSchema): JsonSchema => {
    let current = s;
    while (current.$ref) {
      const { $ref, ...siblings } = current;
      current = { ...schema.definitions?.[$ref.replace('#/definitions/', '')], ...siblings };
    }
    return current;
  };
  const fields: SchemaField[] = [];
  const walk = (node: JsonSchema, prefix: string, depth: number): void => {
    const s = resolve(node);
    const entries = Object.entries(s.properties ?? {});
    if (typeof s.additionalProperties === 'object') entries.push(['<path>', s.additionalProperties]);
    for (const [key, child] of entries) {
      const c = resolve(child);
      const item = c.type === 'array' && c.items ? resolve(c.items) : undefined;
      const path = `${prefix}${key}`;
      const isObject = c.type === 'object' || c.properties !== undefined;
      const isObjectList = item !== undefined && (item.type === 'object' || item.properties !== undefined);
      fields.push({
        path: isObjectList ? `${path}[]` : path,
        depth,
        expected: describeSchema(child, resolve),
        description: c.description ?? item?.description ?? (key === '<path>' ? (s.description ?? '') : ''),
        unit: (c as { unit?: string }).unit,
        default: c.default,
        isBlock: isObject || isObjectList,
      });
      if (isObject) walk(c, `${path}.`, depth + 1);
      if (isObjectList) walk(item, `${path}[].`, depth + 1);
    }
  };
  walk(schema, '', 0);
  return fields;
}
