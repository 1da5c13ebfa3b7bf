/**
 * Pattern 4: more staff with experience at other partners (`crossExperience` 0.9 against 0.1)
 * → more signals shared across domains (count `signalsSharedCrossDomain`) and a higher share
 * of sharing attempts that get through (`sharingSuccessRate`). Applies to every preset.
 */
import { describe, it } from 'vitest';
import { expectIncrease, lazy, metricOf, pairedRuns, preset, PRESETS, replicationsFor, withValues } from './harness.js';

describe.each(PRESETS)('pattern 4 on %s: cross-experience raises cross-domain sharing', (name) => {
  const s = preset(name);
  const runs = lazy(() => pairedRuns(withValues(s, { crossExperience: 0.9 }), withValues(s, { crossExperience: 0.1 }), { replications: replicationsFor(name), weekly: false }));
  for (const metric of ['signalsSharedCrossDomain', 'sharingSuccessRate']) {
    it(`${metric} rises`, () => {
      const { a, b } = runs();
      expectIncrease(`pattern 4 | ${name}`, `${metric}, high − low cross-experience`, metricOf(a, metric), metricOf(b, metric));
    });
  }
});
