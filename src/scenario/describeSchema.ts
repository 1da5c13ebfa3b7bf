import type { JsonSchema, JsonType } from './JsonSchema.js';
import { listNames } from '../errors/messages.js';
import { findDiscriminator } from './findDiscriminator.js';

const TYPE_NAMES: Record<JsonType, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/**
 * What a schema expects, in words, for the "expected …" half of a message. `resolve` follows
 * `$ref`s.
 *
 * @example
 * describeSchema({ type: 'number', minimum: 0, maximum: 10000 }, (s) => s); // 'a number from 0 to 10000'
 * describeSchema({ enum: ['nao', 'lead'] }, (s) => s); // 'one of "nao" or "lead"'
 * // a union of objects told apart by `method` (see findDiscriminator):
 * // 'an object with method "grid", "oat", "lhs", "sobol", "morris" or "list"'
 */
export function describeSchema(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): string {
  const s = resolve(schema);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) {
    return s.enum.length === 1 ? JSON.stringify(s.enum[0]) : `one of ${listNames(s.enum.map(String))}`;
  }
  const branches = s.anyOf ?? s.oneOf;
  if (branches) {
    const discriminator = findDiscriminator(branches, resolve);
    if (discriminator) return `an object with ${discriminator.key} ${listNames(discriminator.values)}`;
    return [...new Set(branches.map((b) => describeSchema(b, resolve)))].join(' or ');
  }
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  if (types.length !== 1) return types.length === 0 ? 'any value' : types.map((t) => TYPE_NAMES[t]).join(' or ');
  const type = types[0];
  if (type === 'number' || type === 'integer') return TYPE_NAMES[type] + describeRange(s);
  if (type === 'string' && s.pattern) return `a string matching ${s.pattern}`;
  if (type === 'array' && s.items) return `a list of ${plural(describeSchema(s.items, resolve))}`;
  return TYPE_NAMES[type];
}

function describeRange(s: JsonSchema): string {
  const low = s.minimum ?? s.exclusiveMinimum;
  const high = s.maximum ?? s.exclusiveMaximum;
  if (low !== undefined && high !== undefined) {
    if (s.exclusiveMinimum === undefined && s.exclusiveMaximum === undefined) return ` from ${low} to ${high}`;
    return ` ${s.exclusiveMinimum !== undefined ? 'above' : 'from'} ${low} and ${s.exclusiveMaximum !== undefined ? 'below' : 'up to'} ${high}`;
  }
  if (low !== undefined) return s.exclusiveMinimum !== undefined ? ` above ${low}` : ` of at least ${low}`;
  if (high !== undefined) return s.exclusiveMaximum !== undefined ? ` below ${high}` : ` of at most ${high}`;
  return '';
}

/** 'a number from 0 to 1' → 'numbers from 0 to 1'; 'one of "a" or "b"' stays as it is. */
function plural(expectation: string): string {
  const m = /^an? (\w+)(.*)$/.exec(expectation);
  if (!m) return expectation;
  const noun = m[1] === 'list' ? 'lists' : m[1].endsWith('s') ? m[1] : `${m[1]}s`;
  return noun + m[2];
}
