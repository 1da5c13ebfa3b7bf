import { binomialUpperTail } from '../binomialUpperTail.js';
import { restrictedFactors, type BoxLimits } from './boxLimits.js';
import type { PrimTable } from './primTable.js';
import { violations } from './violations.js';

/**
 * A restricted factor's quasi-p-values: for its low and its high end (null where that end is
 * not restricted; a categorical factor has only `low`, for its set of categories).
 */
export interface QuasiP {
  low: number | null;
  high: number | null;
}

/**
 * Quasi-p-values of a box's limits (Bryant & Lempert 2010; as sdtoolkit and EMA Workbench's
 * `_calculate_quasi_p`): for each restricted end, the one-sided binomial test of whether the
 * box's density could have arisen by chance in the box with that one limit removed. With the
 * box holding T cases, H of interest, and the box without the limit holding Tj cases, Hj of
 * interest, qp = P(X ≥ H) for X ~ Binomial(T, Hj/Tj) (`binomialUpperTail`). A small qp says
 * the limit earns its place; above 0.05 or 0.1 it may be noise.
 *
 * `rows` are the cases still in play, `n`, `k` the box's cases and cases of interest among
 * them. Returns a map from column index to its quasi-p-values, restricted factors only.
 * Cost O(rows · restricted factors).
 *
 * @example
 * quasiPValues(table, rows, box.limits, initial, box.n, box.k); // Map { 2 => { low: 1e-12, high: null } }
 */
export function quasiPValues(
  table: PrimTable,
  rows: Int32Array,
  limits: BoxLimits,
  initial: BoxLimits,
  n: number,
  k: number,
): Map<number, QuasiP> {
  const dims = restrictedFactors(limits, initial);
  const v = violations(table, rows, limits, dims);
  const result = new Map<number, QuasiP>();
  for (const c of dims) {
    /** Cases and cases of interest outside the box only through side `side` of factor c (any side: null). */
    const relaxed = (side: number | null) => {
      let t = n;
      let h = k;
      for (let i = 0; i < rows.length; i++) {
        if (v.count[i] === 1 && v.dim[i] === c && (side === null || v.side[i] === side)) {
          t++;
          h += table.y[rows[i]];
        }
      }
      return binomialUpperTail(k, n, h / t);
    };
    if (limits.included[c] !== null) {
      result.set(c, { low: relaxed(null), high: null });
      continue;
    }
    result.set(c, {
      low: limits.low[c] !== initial.low[c] ? relaxed(0) : null,
      high: limits.high[c] !== initial.high[c] ? relaxed(1) : null,
    });
  }
  return result;
}
