/**
 * Pattern 1 (docs/model.md §9): higher turnover → lower mean tie strength, fewer signals shared,
 * lower success rate. High turnover = `staffStability` 0.1 (about 46% a year), low = 0.9
 * (about 10% a year); all else at the preset's values. Applies to every regional preset.
 */
import { describe, it } from 'vitest';
import { expectDecrease, lazy, metricOf, pairedRuns, preset, PRESETS, replicationsFor, withValues } from './harness.js';

describe.each(PRESETS)('pattern 1 on %s: higher turnover lowers ties, sharing and success', (name) => {
  const s = preset(name);
  const runs = lazy(() => pairedRuns(withValues(s, { staffStability: 0.1 }), withValues(s, { staffStability: 0.9 }), { replications: replicationsFor(name), weekly: false }));
  for (const metric of ['meanTieStrength', 'sharingSuccessRate', 'signalsShared', 'successRate']) {
    it(`${metric} falls`, () => {
      const { a, b } = runs();
      expectDecrease(`pattern 1 | ${name}`, `${metric}, high − low turnover`, metricOf(a, metric), metricOf(b, metric));
    });
  }
});
