import { groupDigits } from '../groupDigits.js';
import type { DesignSpec } from '../../experiment/designs/types.js';
import type { DesignMethodRoom } from '../DesignMethodRoom.js';
import { factorsWithDummy, withDummyFactor } from '../withDummyFactor.js';
import { checkSaltelliDesign, saltelliDesign } from './saltelliDesign.js';

/**
 * The Saltelli sample for Sobol' indices: N base samples in A/B/AB blocks (and BA blocks for
 * second order), from a scrambled Sobol' sequence; with `dummy: true` plus a factor the model
 * never reads (`withDummyFactor`). Analysed by `sobol`.
 *
 * @example
 * DESIGN_METHODS.sobol.generate({ method: 'sobol', samples: 64 }, factors, rng).points.length; // 64 (k + 2)
 */
export const sobol: DesignMethodRoom<Extract<DesignSpec, { method: 'sobol' }>> = {
  generate: (spec, factors, rng) =>
    withDummyFactor('sobol', spec.dummy, factors, (all) =>
      saltelliDesign(all, spec.samples, {
        secondOrder: spec.secondOrder ?? false,
        rng: spec.scramble === false ? undefined : rng(),
      }),
    ),
  check(spec, factors) {
    checkSaltelliDesign(factorsWithDummy('sobol', spec.dummy, factors), spec.samples);
  },
  size(spec, factors) {
    const k = factors.length + (spec.dummy ? 1 : 0); // the dummy factor is a column of the design
    const perRow = spec.secondOrder ? 2 * k + 2 : k + 2;
    const points = spec.samples * perRow;
    const formula = `${groupDigits(spec.samples)} samples × (${spec.secondOrder ? `2 × ${k}` : k} factors + 2)`;
    return { points, formula, advice: 'use fewer samples (N, a power of two)', work: points * k };
  },
  describe: (design, points) => {
    const l = design.layout;
    return (
      `sobol: Saltelli sample for Sobol' indices, N = ${String(l.samples)} base samples` +
      `${l.scramble === false ? '' : ', scrambled'}${l.secondOrder ? ', with second-order blocks' : ''}` +
      `${l.dummy ? ', with a dummy factor the model never reads' : ''} (${points})`
    );
  },
  article: 'a',
  analysis: 'sobol',
  pointCharts: [],
  levels: false,
  pointwise: false,
};
