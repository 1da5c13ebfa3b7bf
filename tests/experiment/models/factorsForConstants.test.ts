import { describe, expect, it } from 'vitest';
import { builtinModels } from '../../../src/experiment/models/builtinModels.js';
import { normalizeExperiment } from '../../../src/experiment/normalizeExperiment.js';
import type { Experiment } from '../../../src/experiment/types.js';
import { generateDesign } from '../../../src/methods/generateDesign.js';
import { createRng } from '../../../src/random/rng.js';

/** Normalises a model experiment and runs the model once at every design point, as a sweep would. */
function runAll(input: Experiment): number[] {
  const { experiment, problems } = normalizeExperiment(input, { name: 'k' });
  expect(problems).toEqual([]);
  const source = experiment!.source as { kind: 'model'; model: string; constants: Record<string, unknown> };
  const design = generateDesign(experiment!.design, experiment!.factors, 1);
  return design.points.map((point) => builtinModels[source.model].run({ ...experiment!.fixed, ...point }, createRng(1), source.constants).y);
}

describe('built-in models take k from their constants (issue 15, item 12)', () => {
  it('linear with five coefficients has the factors x1 … x5', () => {
    const input: Experiment = { model: 'linear', constants: { c: [1, 2, 3, 4, 5] }, design: { method: 'lhs', samples: 4 } };
    const { experiment } = normalizeExperiment(input, { name: 'k' });
    expect(experiment?.factors.map((f) => f.name)).toEqual(['x1', 'x2', 'x3', 'x4', 'x5']);
    const named = normalizeExperiment({ ...input, factors: { x5: [0, 2] } }, { name: 'k' });
    expect(named.problems).toEqual([]);
    expect(named.experiment?.fixed).toEqual({ x1: 0.5, x2: 0.5, x3: 0.5, x4: 0.5 });
    expect(runAll(input).every(Number.isFinite)).toBe(true);
  });

  it('sobol-g with ten values of a has ten factors and every run succeeds', () => {
    const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const input: Experiment = { model: 'sobol-g', constants: { a }, design: { method: 'lhs', samples: 4 } };
    expect(normalizeExperiment(input, { name: 'k' }).experiment?.factors).toHaveLength(10);
    expect(runAll(input).every(Number.isFinite)).toBe(true);
  });

  it('keeps the defaults without constants and reports a malformed constant at "constants"', () => {
    expect(normalizeExperiment({ model: 'linear', design: { method: 'lhs', samples: 4 } }, { name: 'k' }).experiment?.factors).toHaveLength(3);
    expect(normalizeExperiment({ model: 'sobol-g', design: { method: 'lhs', samples: 4 } }, { name: 'k' }).experiment?.factors).toHaveLength(8);
    const bad = normalizeExperiment({ model: 'linear', constants: { c: 3 }, design: { method: 'lhs', samples: 4 } }, { name: 'k' });
    expect(bad.problems).toEqual([{ path: ['constants'], message: 'linear model constant c must be a non-empty array of numbers' }]);
  });
});
