import { integerPrior } from './integerPrior.js';
import { logUniformPrior } from './logUniformPrior.js';
import type { Prior, PriorSpec } from './Prior.js';
import { truncatedNormalPrior } from './truncatedNormalPrior.js';
import { uniformPrior } from './uniformPrior.js';

/**
 * Builds a prior from its file form (`{ prior: 'uniform', range: [0, 1] }`): `uniform`,
 * `log-uniform`, `normal` (with `mean` and `sd`, truncated to `range`) or `integer`. Throws
 * on a family it does not know or on invalid numbers; a calibration file's validation
 * should catch those first and name the file and path.
 *
 * @example
 * priorFromSpec({ prior: 'log-uniform', range: [0.01, 1] }).density(0.1); // 2.17
 */
export function priorFromSpec(spec: PriorSpec): Prior {
  const [lower, upper] = spec.range;
  switch (spec.prior) {
    case 'uniform':
      return uniformPrior(lower, upper);
    case 'log-uniform':
      return logUniformPrior(lower, upper);
    case 'normal':
      return truncatedNormalPrior(spec.mean, spec.sd, lower, upper);
    case 'integer':
      return integerPrior(lower, upper);
    default:
      throw new Error(`prior must be uniform, log-uniform, normal or integer, got ${(spec as { prior: unknown }).prior}`);
  }
}
