/**
 * Pattern 3 and SF7: a security-dominated narrative (`sharedNarrative` 0: the centre at the
 * most security-framed partner, narrow) lowers commitment acceptance and narrative fit of care,
 * youth and education partners against an inclusive one (`sharedNarrative` 1: the mean frame,
 * broad). Both directions of SF7 are the one contrast.
 *
 * Not applicable: `riec` has no care, youth or education partner, so both metrics are 0 by
 * definition there (checked deterministically below).
 */
import { describe, expect, it } from 'vitest';
import { expectDecrease, lazy, metricOf, pairedRuns, preset, PRESETS, replicationsFor, withValues } from './harness.js';

const APPLIES = PRESETS.filter((p) => p !== 'riec');

describe.each(APPLIES)('pattern 3 / SF7 on %s: a security narrative lowers care, youth and education participation', (name) => {
  const s = preset(name);
  const runs = lazy(() => pairedRuns(withValues(s, { sharedNarrative: 0 }), withValues(s, { sharedNarrative: 1 }), { replications: replicationsFor(name), weekly: false }));
  for (const metric of ['commitmentAcceptanceCare', 'narrativeFitCare']) {
    it(`${metric} falls`, () => {
      const { a, b } = runs();
      expectDecrease(`pattern 3 | ${name}`, `${metric}, security − inclusive narrative`, metricOf(a, metric), metricOf(b, metric));
    });
  }
});

describe('pattern 3 does not apply to riec', () => {
  it('riec has no care, youth or education partner', () => {
    expect(preset('riec').organisations!.filter((o) => ['care', 'youth', 'education'].includes(o.domain))).toEqual([]);
  });
});
