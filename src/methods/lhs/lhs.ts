import { groupDigits } from '../groupDigits.js';
import type { DesignSpec } from '../../experiment/designs/types.js';
import type { DesignMethodRoom } from '../DesignMethodRoom.js';
import { checkLhsDesign, lhsDesign } from './lhsDesign.js';

/**
 * The Latin hypercube sample: `samples` points spread over the factor space. It has no
 * effects estimator in collabsim; its runs are summarised (`summary`).
 *
 * @example
 * DESIGN_METHODS.lhs.generate({ method: 'lhs', samples: 20 }, factors, rng).points.length; // 20
 */
export const lhs: DesignMethodRoom<Extract<DesignSpec, { method: 'lhs' }>> = {
  generate: (spec, factors, rng) => lhsDesign(factors, spec.samples, rng()),
  check(spec, factors) {
    checkLhsDesign(factors, spec.samples);
  },
  size: (spec, factors) => ({
    points: spec.samples,
    formula: `${groupDigits(spec.samples)} samples`,
    advice: 'use fewer samples',
    work: spec.samples * factors.length,
  }),
  describe: (_design, points) => `lhs: Latin hypercube sample (${points})`,
  article: 'an',
  analysis: 'summary',
  pointCharts: [],
  levels: false,
  pointwise: false,
};
