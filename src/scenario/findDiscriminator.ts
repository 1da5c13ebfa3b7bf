import type { JsonSchema } from './JsonSchema.js';

/** A union of object schemas told apart by one key, and the value of that key in each branch. */
export interface Discriminator {
  /** The key every branch fixes to its own string, such as `method` in a design. */
  key: string;
  /** The value of `key` in each branch, in the branches' order. */
  values: string[];
}

/**
 * The key that tells the branches of a union apart, when there is one: every branch is an
 * object schema whose `properties[key]` is a different string `const`. The design of an
 * experiment is such a union (`{ method: grid, … }`, `{ method: sobol, … }`, …), so a
 * validator can pick the branch the author meant from the key and speak about it alone,
 * rather than list every branch. `resolve` follows `$ref`s.
 *
 * @example
 * findDiscriminator([
 *   { type: 'object', properties: { method: { const: 'grid' } } },
 *   { type: 'object', properties: { method: { const: 'lhs' } } },
 * ], (s) => s); // { key: 'method', values: ['grid', 'lhs'] }
 */
export function findDiscriminator(branches: readonly JsonSchema[], resolve: (s: JsonSchema) => JsonSchema): Discriminator | undefined {
  const resolved = branches.map(resolve);
  if (resolved.length < 2 || resolved.some((b) => b.type !== 'object' || !b.properties)) return undefined;
  for (const key of Object.keys(resolved[0].properties!)) {
    const values = resolved.map((b) => {
      const property = b.properties![key] ? resolve(b.properties![key]) : undefined;
      return typeof property?.const === 'string' ? property.const : undefined;
    });
    if (values.every((v): v is string => v !== undefined) && new Set(values).size === values.length) return { key, values };
  }
  return undefined;
}
