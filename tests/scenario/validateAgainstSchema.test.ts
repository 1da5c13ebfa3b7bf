import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../src/scenario/JsonSchema.js';
import { validateAgainstSchema } from '../../src/scenario/validateAgainstSchema.js';

const check = (value: unknown, schema: JsonSchema) =>
  validateAgainstSchema(value, schema).map((p) => `${p.path.join('/')}: ${p.message}`);

describe('validateAgainstSchema', () => {
  it('checks types, including a list of types and integers', () => {
    expect(check('x', { type: 'number' })).toEqual([': expected a number, found "x"']);
    expect(check(true, { type: ['number', 'string'] })).toEqual([': expected a number or a string, found true']);
    expect(check(1.5, { type: 'integer', minimum: 1 })).toEqual([': expected an integer of at least 1, found 1.5']);
    expect(check(null, { type: 'object' })).toEqual([': expected an object, found null (an empty value)']);
    expect(check([], { type: 'string' })).toEqual([': expected a string, found an empty list']);
    expect(check(3, { type: ['number', 'string'] })).toEqual([]);
  });

  it('checks ranges, inclusive and exclusive', () => {
    const schema: JsonSchema = { type: 'number', minimum: 0, maximum: 1 };
    expect(check(0, schema)).toEqual([]);
    expect(check(1, schema)).toEqual([]);
    expect(check(1.01, schema)).toEqual([': expected a number from 0 to 1, found 1.01']);
    expect(check(0, { type: 'number', exclusiveMinimum: 0 })).toEqual([': expected a number above 0, found 0']);
    expect(check(5, { type: 'number', maximum: 4 })).toEqual([': expected a number of at most 4, found 5']);
  });

  it('checks enum and const, suggesting the closest value', () => {
    expect(check('leed', { enum: ['nao', 'lead', 'shared'] })).toEqual([
      ': expected one of "nao", "lead" or "shared", found "leed"; did you mean "lead"?',
    ]);
    expect(check('b', { const: 'a' })).toEqual([': expected "a", found "b"']);
  });

  it('checks patterns and string lengths', () => {
    expect(check('Police', { type: 'string', pattern: '^[a-z]+$' })).toEqual([
      ': expected a string matching ^[a-z]+$, found "Police"',
    ]);
    expect(check('', { type: 'string', minLength: 1 })).toEqual([': expected a string, found ""']);
  });

  it('reports every unknown key with a suggestion, and every missing required key', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { staffStability: { type: 'number' }, time: { type: 'number' } },
      required: ['time'],
      additionalProperties: false,
    };
    expect(check({ staffStabilty: 1, zzz: 2 }, schema)).toEqual([
      'staffStabilty: unknown key; did you mean "staffStability"?',
      'zzz: unknown key; expected one of "staffStability" or "time"',
      ': missing required key "time" (a number)',
    ]);
  });

  it('checks additionalProperties given as a schema, and list items with their index', () => {
    const schema: JsonSchema = { type: 'array', items: { type: 'object', additionalProperties: { type: 'number' } } };
    expect(check([{ a: 1 }, { b: 'x' }], schema)).toEqual(['1/b: expected a number, found "x"']);
  });

  it('checks list lengths', () => {
    expect(check([1], { type: 'array', minItems: 2, maxItems: 4 })).toEqual([': expected a list of 2 to 4 items, found 1']);
  });

  it('accepts a value that fits any branch of anyOf/oneOf, else reports the branch of its kind', () => {
    const schema: JsonSchema = { anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', enum: ['auto'] }] };
    expect(check(3, schema)).toEqual([]);
    expect(check('auto', schema)).toEqual([]);
    expect(check(-1, schema)).toEqual([': expected a number of at least 0, found -1']);
    expect(check(true, schema)).toEqual([': expected a number of at least 0 or "auto", found true']);
  });

  it('follows $ref into definitions, keeping sibling keywords', () => {
    const schema: JsonSchema = {
      $ref: '#/definitions/A',
      definitions: { A: { type: 'object', properties: { b: { $ref: '#/definitions/B' } }, additionalProperties: false }, B: { type: 'integer' } },
    };
    expect(check({ b: 'x' }, schema)).toEqual(['b: expected an integer, found "x"']);
  });

  it('can skip required keys at chosen paths', () => {
    const schema: JsonSchema = { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] };
    expect(validateAgainstSchema({}, schema, { skipRequired: (path) => path.length === 0 })).toEqual([]);
  });
});
