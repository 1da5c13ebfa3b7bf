import type { JsonSchema } from '../scenario/JsonSchema.js';
import type { ValueProblem } from '../scenario/ScenarioProblem.js';
import { validateAgainstSchema } from '../scenario/validateAgainstSchema.js';
import { experimentSchema } from './experimentSchema.js';

/**
 * Checks parsed experiment data against the experiment JSON Schema and returns every
 * problem (unknown keys with suggestions, wrong types, out-of-range values). Unions are
 * narrowed first so messages speak about the branch the author meant: `design` by its
 * `method`, each factor by its form (`[low, high]`, `{ low, high }` or `{ values }`).
 *
 * @example
 * validateExperiment({ design: { method: 'lhs', sample: 8 } });
 * // [{ path: ['design', 'sample'], message: 'unknown key; did you mean "samples"?' }]
 */
export function validateExperiment(data: unknown, schema: JsonSchema = experimentSchema()): ValueProblem[] {
  return validateAgainstSchema(data, narrow(data, schema));
}

function narrow(data: unknown, schema: JsonSchema): JsonSchema {
  if (!isObject(data)) return schema;
  const definitions = { ...schema.definitions };
  const root = { ...definitions.Experiment, properties: { ...definitions.Experiment.properties } };
  const design = data.design;
  if (isObject(design) && typeof design.method === 'string') {
    const branch = (definitions.DesignSpec.anyOf ?? []).find(
      (b) => b.properties?.method?.const === design.method,
    );
    if (branch) root.properties.design = { ...branch, description: root.properties.design?.description };
  }
  if (isObject(data.factors)) {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, spec] of Object.entries(data.factors)) {
      const form = Array.isArray(spec)
        ? 'FactorRangePair'
        : isObject(spec)
          ? 'values' in spec
            ? 'FactorValuesObject'
            : 'FactorRangeObject'
          : 'FactorSpec';
      properties[name] = { $ref: `#/definitions/${form}` };
    }
    root.properties.factors = { ...root.properties.factors, properties };
  }
  definitions.Experiment = root;
  return { ...schema, definitions };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
