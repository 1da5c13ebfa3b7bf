/**
 * Pattern 3 and SF7: a security-dominated narrative lowers commitment acceptance and narrative
 * fit of care, youth and education partners. The directional claims are in
 * patterns/model/p3-narrative.yaml (run by p3-narrative.pattern.test.ts). What stays here is
 * deterministic: why `riec` is left out — it has no care, youth or education partner, so both
 * metrics are 0 by definition there.
 */
import { describe, expect, it } from 'vitest';
import { preset } from './harness.js';

describe('pattern 3 does not apply to riec', () => {
  it('riec has no care, youth or education partner', () => {
    expect(preset('riec').organisations!.filter((o) => ['care', 'youth', 'education'].includes(o.domain))).toEqual([]);
  });
});
