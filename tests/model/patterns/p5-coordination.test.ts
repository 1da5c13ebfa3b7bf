/**
 * Pattern 5: coordination alone is not enough. The gain in success rate from `regie` 0.9 against
 * 0.1 is clearly larger with ample downstream capacity (`downstreamCapacity` 0.9) than with
 * scarce (0.05): the paired difference of the two gains (same seeds in all four arms) is > 0.
 * Applies to every preset (in `ad-hoc`, regie acts through partners' initiative).
 */
import { describe, it } from 'vitest';
import { expectIncrease, lazy, metricOf, minus, preset, PRESETS, replicationsFor, runArms, withValues } from './harness.js';

describe.each(PRESETS)('pattern 5 on %s: regie adds less when downstream capacity is scarce', (name) => {
  const s = preset(name);
  const arms = lazy(() =>
    runArms(
      [0.9, 0.05].flatMap((capacity) => [0.9, 0.1].map((regie) => withValues(s, { downstreamCapacity: capacity, regie }))),
      { replications: replicationsFor(name), weekly: false },
    ).map((runs) => metricOf(runs, 'successRate')),
  );
  it('successRate gain from regie: ample − scarce capacity', () => {
    const [ampleHigh, ampleLow, scarceHigh, scarceLow] = arms();
    expectIncrease(`pattern 5 | ${name}`, 'successRate gain from regie 0.9 − 0.1, ample − scarce capacity', minus(ampleHigh, ampleLow), minus(scarceHigh, scarceLow));
  });
});
