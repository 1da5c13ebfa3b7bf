import { setScenarioPath } from '../../src/scenario/setScenarioPath.js';
import type { Scenario } from '../../src/scenario/types.js';
import type { StudyFactor } from './studyFactor.js';

/**
 * The scenario of one design point: a copy of `scenario` with each factor's value set at its
 * path (see {@link StudyFactor}); a ratio factor (`times`) is multiplied by the value of the
 * factor it names; a dummy (no path) is left out. `values[i]` belongs to `factors[i]`. The
 * input scenario is not changed. Cost O(factors · path length).
 *
 * @example
 * applyPoint(s, [{ name: 'trustGain', low: 0.05, high: 0.2, path: 'parameters.trustGain' },
 *   { name: 'lossRatio', low: 2, high: 4, path: 'parameters.trustLoss', times: 'trustGain' }],
 *   [0.1, 3]).parameters; // { trustGain: 0.1, trustLoss: 0.3 } (up to rounding)
 */
export function applyPoint(scenario: Scenario, factors: readonly StudyFactor[], values: ArrayLike<number>): Scenario {
  if (values.length !== factors.length) {
    throw new Error(`applyPoint requires ${factors.length} values, got ${values.length}`);
  }
  let result = scenario;
  factors.forEach((factor, i) => {
    if (!factor.path) return;
    let value = values[i];
    if (factor.times) {
      const j = factors.findIndex((f) => f.name === factor.times);
      if (j < 0) throw new Error(`applyPoint factor ${factor.name} multiplies ${factor.times}, which is not a factor of the point`);
      value *= values[j];
    }
    result = setScenarioPath(result, factor.path, value);
  });
  return result;
}
