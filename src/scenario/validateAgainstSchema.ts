import { describeSchema } from './describeSchema.js';
import { describeValue } from './describeValue.js';
import type { JsonSchema, JsonType } from './JsonSchema.js';
import { listNames, scenarioMessages } from '../errors/messages.js';
import { findDiscriminator } from './findDiscriminator.js';
import type { PathSegment, ValueProblem } from './ScenarioProblem.js';
import { suggest } from './suggest.js';

/** Options for `validateAgainstSchema`. */
export interface SchemaValidationOptions {
  /**
   * Skip the `required` check of the object at this path. Used for a file that `extends`
   * another, whose organisation entries may override only some fields of an inherited one.
   */
  skipRequired?: (path: readonly PathSegment[]) => boolean;
}

/**
 * Checks a parsed value against a JSON Schema and returns every problem, not only the first.
 * Understands the subset the schema generator emits: `type` (one or a list), `enum`, `const`,
 * `properties`, `required`, `additionalProperties`, `items`, `minItems`/`maxItems`,
 * `anyOf`/`oneOf` (as "any branch fits"), `minimum`/`maximum` and their exclusive forms,
 * `pattern`, `minLength`/`maxLength`, and `$ref` into `#/definitions/`. An unknown key gets
 * the closest known key as a suggestion. Cost: one visit per value and schema branch.
 *
 * @example
 * validateAgainstSchema({ staf: 3 }, { type: 'object', properties: { staff: { type: 'number' } }, additionalProperties: false });
 * // [{ path: ['staf'], message: 'unknown key; did you mean "staff"?' }]
 */
export function validateAgainstSchema(
  value: unknown,
  schema: JsonSchema,
  options: SchemaValidationOptions = {},
): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const resolve = (s: JsonSchema): JsonSchema => resolveRef(s, schema);
  visit(value, schema, [], problems, { resolve, skipRequired: options.skipRequired });
  return problems;
}

interface Context {
  resolve: (s: JsonSchema) => JsonSchema;
  skipRequired?: (path: readonly PathSegment[]) => boolean;
}

function visit(value: unknown, rawSchema: JsonSchema, path: PathSegment[], out: ValueProblem[], ctx: Context): void {
  const schema = ctx.resolve(rawSchema);
  const report = (message: string): void => {
    out.push({ path, message });
  };
  const expected = (suggestion?: string): void =>
    report(scenarioMessages.expected(describeSchema(schema, ctx.resolve), describeValue(value), suggestion));

  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    visitBranches(value, branches, path, out, ctx, expected);
    return;
  }
  if (schema.const !== undefined && value !== schema.const) return expected();
  if (schema.enum) {
    if (!schema.enum.includes(value)) {
      const names = schema.enum.filter((e): e is string => typeof e === 'string');
      expected(typeof value === 'string' ? suggest(value, names) : undefined);
    }
    return;
  }
  if (schema.type !== undefined && !matchesType(value, schema.type)) return expected();

  if (typeof value === 'number') {
    const tooLow =
      (schema.minimum !== undefined && value < schema.minimum) ||
      (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum);
    const tooHigh =
      (schema.maximum !== undefined && value > schema.maximum) ||
      (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum);
    if (tooLow || tooHigh) expected();
  } else if (typeof value === 'string') {
    const badLength =
      (schema.minLength !== undefined && value.length < schema.minLength) ||
      (schema.maxLength !== undefined && value.length > schema.maxLength);
    if (badLength || (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))) expected();
  } else if (Array.isArray(value)) {
    if (
      (schema.minItems !== undefined && value.length < schema.minItems) ||
      (schema.maxItems !== undefined && value.length > schema.maxItems)
    ) {
      report(scenarioMessages.expected(`a list of ${schema.minItems ?? 0} to ${schema.maxItems ?? 'any number of'} items`, `${value.length}`));
    }
    if (schema.items) value.forEach((item, i) => visit(item, schema.items!, [...path, i], out, ctx));
  } else if (isPlainObject(value)) {
    visitObject(value, schema, path, out, ctx);
  }
}

function visitObject(
  value: Record<string, unknown>,
  schema: JsonSchema,
  path: PathSegment[],
  out: ValueProblem[],
  ctx: Context,
): void {
  const properties = schema.properties ?? {};
  const known = Object.keys(properties);
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, key];
    if (Object.hasOwn(properties, key)) visit(child, properties[key], at, out, ctx);
    else if (schema.additionalProperties === false) {
      out.push({ path: at, message: scenarioMessages.unknownKey(suggest(key, known), known) });
    } else if (typeof schema.additionalProperties === 'object') {
      visit(child, schema.additionalProperties, at, out, ctx);
    }
  }
  if (schema.required && !ctx.skipRequired?.(path)) {
    for (const key of schema.required) {
      if (!Object.hasOwn(value, key)) {
        const expectation = properties[key] ? describeSchema(properties[key], ctx.resolve) : 'a value';
        out.push({ path, message: scenarioMessages.missingKey(key, expectation) });
      }
    }
  }
}

/**
 * A value fits a union when it fits any branch; otherwise report the one branch of its kind,
 * or the union. A union of objects told apart by one key (see `findDiscriminator`) is judged
 * by that key: the branch it names is checked alone, an unknown or missing value of the key
 * is reported as such (with a suggestion), and the rest of the file is still checked.
 */
function visitBranches(
  value: unknown,
  branches: JsonSchema[],
  path: PathSegment[],
  out: ValueProblem[],
  ctx: Context,
  expected: () => void,
): void {
  const discriminator = findDiscriminator(branches, ctx.resolve);
  if (discriminator && isPlainObject(value)) {
    const { key, values } = discriminator;
    const chosen = value[key];
    const index = typeof chosen === 'string' ? values.indexOf(chosen) : -1;
    if (index >= 0) return visit(value, branches[index], path, out, ctx);
    const what = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
    const label = what === undefined ? key : `${what} ${key}`;
    if (chosen === undefined) out.push({ path, message: scenarioMessages.missingKey(key, `one of ${listNames(values)}`) });
    else {
      const suggestion = typeof chosen === 'string' ? suggest(chosen, values) : undefined;
      out.push({ path: [...path, key], message: scenarioMessages.unknownChoice(label, describeValue(chosen), values, suggestion) });
    }
    return;
  }
  const results = branches.map((branch) => {
    const problems: ValueProblem[] = [];
    visit(value, branch, path, problems, ctx);
    return { branch: ctx.resolve(branch), problems };
  });
  if (results.some((r) => r.problems.length === 0)) return;
  const sameKind = results.filter((r) => r.branch.type !== undefined && matchesType(value, r.branch.type));
  if (sameKind.length === 1) out.push(...sameKind[0].problems);
  else expected();
}

function matchesType(value: unknown, type: JsonType | JsonType[]): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    switch (t) {
      case 'string':
        return typeof value === 'string';
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'integer':
        return Number.isInteger(value);
      case 'boolean':
        return typeof value === 'boolean';
      case 'null':
        return value === null;
      case 'array':
        return Array.isArray(value);
      case 'object':
        return isPlainObject(value);
    }
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows `$ref: "#/definitions/Name"`; sibling keywords (description, default, …) are kept. */
function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined; hops++) {
    const match = /^#\/definitions\/(.+)$/.exec(current.$ref);
    const target = match ? root.definitions?.[decodeURIComponent(match[1])] : undefined;
    if (!target || hops > 32) throw new Error(`schema reference ${current.$ref} cannot be resolved`);
    const { $ref: _ref, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}
