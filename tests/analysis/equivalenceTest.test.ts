import { describe, expect, it } from 'vitest';
import { equivalenceTest } from '../../src/index.js';

// Reference values by hand from the closed forms of Student's t with 2 and 3 degrees of freedom
// (e.g. Johnson, Kotz & Balakrishnan 1995, ch. 28):
//   ν = 2: F(t) = ½ + t / (2√(2 + t²)),  quantile t(p) = (2p − 1) / √(2p(1 − p))
//   ν = 3: F(t) = ½ + (1/π)[ (t/√3) / (1 + t²/3) + atan(t/√3) ]
const cdf2 = (t: number) => 0.5 + t / (2 * Math.sqrt(2 + t * t));
const q2 = (p: number) => (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
const cdf3 = (t: number) => 0.5 + (t / Math.sqrt(3) / (1 + (t * t) / 3) + Math.atan(t / Math.sqrt(3))) / Math.PI;

describe('equivalenceTest (paired TOST, Schuirmann 1987)', () => {
  it('matches the hand computation for differences 0, 1, 0, 1 (ν = 3)', () => {
    // d̄ = 0.5, s = √(1/3), se = √(1/3)/2; t(0.95, 3) = 2.353363434801823 (R: qt(0.95, 3)).
    const se = Math.sqrt(1 / 3) / 2;
    const r = equivalenceTest([5, 6, 7, 8], [5, 5, 7, 7], 1.5);
    expect(r.n).toBe(4);
    expect(r.meanDifference).toBeCloseTo(0.5, 14);
    expect(r.ciLow).toBeCloseTo(0.5 - 2.353363434801823 * se, 10);
    expect(r.ciHigh).toBeCloseTo(0.5 + 2.353363434801823 * se, 10);
    expect(r.pLower).toBeCloseTo(1 - cdf3((0.5 + 1.5) / se), 10);
    expect(r.pUpper).toBeCloseTo(cdf3((0.5 - 1.5) / se), 10);
    expect(r.ciLow).toBeCloseTo(-0.17936, 5);
    expect(r.ciHigh).toBeCloseTo(1.17936, 5);
    expect(r.equivalent).toBe(true);
    expect(r.margin).toBe(1.5);
    expect(r.alpha).toBe(0.05);
  });

  it('matches the hand computation for differences 1, 2, 4 (ν = 2) and refuses equivalence when the interval crosses δ', () => {
    // d̄ = 7/3, s² = 7/3, se = √(7/9); t(0.95, 2) = 0.9/√0.095 = 2.919986.
    const se = Math.sqrt(7 / 9);
    const m = 7 / 3;
    const r = equivalenceTest([1, 2, 4], [0, 0, 0], 3);
    expect(r.ciLow).toBeCloseTo(m - q2(0.95) * se, 10);
    expect(r.ciHigh).toBeCloseTo(m + q2(0.95) * se, 10);
    expect(r.pLower).toBeCloseTo(1 - cdf2((m + 3) / se), 10);
    expect(r.pUpper).toBeCloseTo(cdf2((m - 3) / se), 10);
    expect(r.ciHigh).toBeGreaterThan(3);
    expect(r.equivalent).toBe(false);
    expect(r.pUpper).toBeGreaterThan(0.05);
  });

  it('is equivalent exactly when both one-sided p-values are below α', () => {
    const a = [0.31, 0.29, 0.35, 0.3, 0.28, 0.33, 0.32, 0.27];
    const b = [0.3, 0.3, 0.33, 0.31, 0.29, 0.31, 0.3, 0.28];
    for (const margin of [0.005, 0.01, 0.02, 0.05]) {
      for (const alpha of [0.01, 0.05, 0.1]) {
        const r = equivalenceTest(a, b, margin, alpha);
        expect(r.equivalent).toBe(r.pLower < alpha && r.pUpper < alpha);
      }
    }
  });

  it('uses the (1 − 2α) interval: α = 0.025 gives the ordinary 95% paired t-interval', () => {
    // t(0.975, 2) = 4.302653 (R: qt(0.975, 2)).
    const r = equivalenceTest([1, 2, 4], [0, 0, 0], 10, 0.025);
    expect(r.ciHigh - r.meanDifference).toBeCloseTo(4.302652729749464 * Math.sqrt(7 / 9), 9);
  });

  it('treats identical differences as a point: equivalent iff |d̄| < δ', () => {
    expect(equivalenceTest([1, 1, 1], [0.5, 0.5, 0.5], 1).equivalent).toBe(true);
    const far = equivalenceTest([1, 1, 1], [0, 0, 0], 0.5);
    expect(far.equivalent).toBe(false);
    expect([far.ciLow, far.ciHigh, far.pUpper]).toEqual([1, 1, 1]);
  });

  it('rejects bad input with one grammar', () => {
    expect(() => equivalenceTest([1, 2], [1, 2], 0)).toThrow('equivalenceTest requires a positive finite margin, got 0');
    expect(() => equivalenceTest([1], [1], 1)).toThrow('equivalenceTest requires at least two pairs, got 1');
    expect(() => equivalenceTest([1, 2], [1, 2], 1, 0.5)).toThrow('equivalenceTest requires alpha between 0 and 0.5, got 0.5');
  });
});
