import { equivalenceTest } from '../equivalenceTest.js';
import { pairedFromDifferences } from '../pairedDifference.js';
import type { Claim, ClaimVerdict } from './Claim.js';

/**
 * Settles one claim of a pattern file on its arms' values, aligned by replicate (`arms[k][r]`
 * is arm k's metric in replicate r; the arms of a replicate share its seed). Replicates where
 * any arm has no finite value are left out (`n` counts the rest).
 *
 * - `increase` / `decrease`: the paired difference's 95% Student-t interval lies above `min`
 *   (below −`min`); `min` defaults to 0, so the claim is a two-sided test at 5% of "no change".
 * - `equivalent`: paired TOST at α = 0.05 (Schuirmann 1987): the 90% interval of the mean
 *   difference lies inside (−margin, margin).
 * - `range`: the 95% interval of the effect (of the mean, for a claim on one arm) lies inside
 *   `[low, high]`.
 * - `ordered`: every adjacent pair of arms differs in the claimed direction by the rule of
 *   `increase` (ascending) or `decrease` (descending); the verdict shows the pair closest to
 *   failing.
 * These are the rules of the model's pattern harness (tests/model/patterns/harness.ts), so a
 * claim holds or fails the same way whichever states it. Cost O(arms · replicates).
 *
 * @example
 * evaluateClaim({ shape: 'comparison', expect: 'increase' }, [[1, 2, 3], [2, 3.5, 4]]);
 * // { effect: 1.1667, low: 0.4491, high: 1.8843, interval: '95%', n: 3, pass: true, rule: '95% interval above 0' }
 */
export function evaluateClaim(claim: Claim, arms: readonly ArrayLike<number>[]): ClaimVerdict {
  const complete = completeReplicates(arms);
  const column = (k: number) => complete.map((r) => arms[k][r]);
  if (complete.length < 2) {
    return { effect: NaN, low: NaN, high: NaN, interval: '95%', n: complete.length, pass: false, rule: 'fewer than 2 replicates with a value in every arm' };
  }
  if (claim.shape === 'sequence') return orderedVerdict(claim, arms.map((_, k) => column(k)));
  const effects = effectSample(claim, arms.length, column);
  return settle(claim, effects);
}

/** The replicates where every arm has a finite value. */
function completeReplicates(arms: readonly ArrayLike<number>[]): number[] {
  const replicates = Math.min(...arms.map((a) => a.length));
  const complete: number[] = [];
  for (let r = 0; r < replicates; r++) if (arms.every((a) => Number.isFinite(a[r]))) complete.push(r);
  return complete;
}

/** Per replicate: the arm's value (level), the gain to − from (comparison) or the difference of gains (interaction). */
function effectSample(claim: Claim, count: number, column: (k: number) => number[]): number[] {
  const expected = { level: 1, comparison: 2, interaction: 4 }[claim.shape as 'level' | 'comparison' | 'interaction'];
  if (count !== expected) throw new Error(`a ${claim.shape} claim needs ${expected} arms, got ${count}`);
  if (claim.shape === 'level') return column(0);
  const gain = (from: number[], to: number[]) => to.map((x, i) => x - from[i]);
  if (claim.shape === 'comparison') return gain(column(0), column(1));
  const atFrom = gain(column(0), column(1));
  return gain(atFrom, gain(column(2), column(3)));
}

/** The verdict on a sample of per-replicate effects (differences, or values of one arm). */
function settle(claim: Claim, effects: number[]): ClaimVerdict {
  const n = effects.length;
  if (claim.expect === 'equivalent') {
    const margin = claim.margin!;
    const t = equivalenceTest(effects, new Array<number>(n).fill(0), margin);
    return { effect: t.meanDifference, low: t.ciLow, high: t.ciHigh, interval: '90%', n, pass: t.equivalent, rule: `90% interval inside ±${margin}` };
  }
  const d = pairedFromDifferences(effects);
  const base = { effect: d.meanDifference, low: d.ciLow, high: d.ciHigh, interval: '95%' as const, n };
  const min = claim.min ?? 0;
  if (claim.expect === 'increase') return { ...base, pass: d.ciLow > min, rule: `95% interval above ${min}` };
  if (claim.expect === 'decrease') return { ...base, pass: d.ciHigh < -min, rule: `95% interval below ${-min}` };
  if (claim.expect === 'range') {
    const [low, high] = claim.range!;
    return { ...base, pass: d.ciLow >= low && d.ciHigh <= high, rule: `95% interval inside [${low}, ${high}]` };
  }
  throw new Error(`a ${claim.shape} claim cannot expect ${claim.expect}`);
}

/** `ordered`: every adjacent difference in the claimed direction; the weakest pair is shown. */
function orderedVerdict(claim: Claim, columns: number[][]): ClaimVerdict {
  if (claim.expect !== 'ordered') throw new Error(`a sequence claim expects ordered, got ${claim.expect}`);
  const descending = claim.order === 'descending';
  const step = { ...claim, shape: 'comparison' as const, expect: descending ? ('decrease' as const) : ('increase' as const) };
  const pairs = columns.slice(1).map((next, k) => settle(step, next.map((x, i) => x - columns[k][i])));
  const margin = (v: ClaimVerdict) => (descending ? -v.high : v.low);
  const weakest = pairs.reduce((w, v) => (margin(v) < margin(w) ? v : w));
  const rule = `every adjacent pair's 95% interval ${descending ? 'below' : 'above'} ${descending ? -(claim.min ?? 0) : (claim.min ?? 0)}`;
  return { ...weakest, pass: pairs.every((v) => v.pass), rule };
}
