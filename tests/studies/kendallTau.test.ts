import { describe, expect, it } from 'vitest';
import { kendallTau } from '../../studies/lib/kendallTau.js';

// Hand-counted pairs (C concordant, D discordant, Tx / Ty tied only in x / y); the tied case
// matches scipy.stats.kendalltau (tau-b), which gives 0.8 for it.
describe('kendallTau', () => {
  it('same and reversed order give 1 and -1', () => {
    expect(kendallTau([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(kendallTau([1, 2, 3], [3, 2, 1])).toBe(-1);
  });

  it('one swapped neighbour of four: C = 5, D = 1, tau = 4/6', () => {
    expect(kendallTau([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 12);
  });

  it('five items: C = 7, D = 3, tau = 0.4', () => {
    expect(kendallTau([1, 2, 3, 4, 5], [3, 1, 2, 5, 4])).toBeCloseTo(0.4, 12);
  });

  it('ties: C = 4, D = 0, Tx = 1, Ty = 1 gives tau_b = 4 / sqrt(5 * 5) = 0.8', () => {
    expect(kendallTau([1, 2, 2, 3], [1, 2, 3, 3])).toBeCloseTo(0.8, 12);
  });

  it('ranks and raw values give the same result', () => {
    expect(kendallTau([0.9, 0.1, 0.5], [3, 1, 2])).toBe(kendallTau([3, 1, 2], [0.7, 0.01, 0.2]));
  });

  it('constant sample gives NaN; unequal lengths throw', () => {
    expect(kendallTau([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(() => kendallTau([1, 2], [1])).toThrow('kendallTau requires samples of equal length, got 2 and 1');
  });
});
