import { copyLimits, insideOn, type BoxLimits } from './boxLimits.js';
import type { CandidateBox } from './candidateBox.js';
import type { PrimTable } from './primTable.js';
import { sdQuantileUnsorted } from './sdQuantile.js';
import type { Violations } from './violations.js';

/**
 * Every paste of a box on factor `c` (restricted), as EMA Workbench's `_real_paste` and
 * `_categorical_paste`: for a numeric factor, its low end moved down and then its high end
 * moved up; for a categorical factor, each left-out category added back in turn.
 *
 * A numeric end moves to the `alpha` quantile (`sdQuantile`, at 1 − α for the low end) of
 * the cases that lie in the box on every other restricted factor and between the data's
 * extreme and the current limit on this one; to the extreme itself if there are none. For an
 * integer factor the new limit is truncated to a whole number.
 *
 * `rows` are the cases still in play (not taken by an earlier box), `v` their violations of
 * the current box on its restricted factors. Counts cover the cases of `rows` in the
 * candidate. Expected cost O(rows) per candidate.
 */
export function pasteCandidates(
  table: PrimTable,
  rows: Int32Array,
  v: Violations,
  limits: BoxLimits,
  initial: BoxLimits,
  c: number,
  alpha: number,
): CandidateBox[] {
  const column = table.columns[c];
  const values = column.values;
  /** In the box on every factor but c (which then only needs to be inside the candidate's limits on c). */
  const freeOnC = (i: number) => v.count[i] === 0 || (v.count[i] === 1 && v.dim[i] === c);
  const candidates: CandidateBox[] = [];
  if (column.type === 'categorical') {
    limits.included[c]!.forEach((isIn, category) => {
      if (isIn === 1) return;
      const next = copyLimits(limits);
      next.included[c]![category] = 1;
      candidates.push(counted(table, rows, c, next, freeOnC));
    });
    return candidates;
  }
  for (const end of ['low', 'high'] as const) {
    const extreme = initial[end][c];
    const between: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (!freeOnC(i)) continue;
      const x = values[rows[i]];
      if (end === 'low' ? extreme <= x && x <= limits.low[c] : limits.high[c] <= x && x <= extreme) between.push(x);
    }
    let value = extreme;
    if (between.length > 0) {
      value = sdQuantileUnsorted(Float64Array.from(between), end === 'low' ? 1 - alpha : alpha);
    }
    if (column.type === 'integer') value = Math.trunc(value);
    const next = copyLimits(limits);
    next[end][c] = value;
    candidates.push(counted(table, rows, c, next, freeOnC));
  }
  return candidates;
}

function counted(table: PrimTable, rows: Int32Array, c: number, limits: BoxLimits, freeOnC: (i: number) => boolean): CandidateBox {
  const values = table.columns[c].values;
  let n = 0;
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    if (freeOnC(i) && insideOn(limits, c, values[rows[i]])) {
      n++;
      k += table.y[rows[i]];
    }
  }
  return { column: c, limits, n, k, members: () => rows.filter((r, i) => freeOnC(i) && insideOn(limits, c, values[r])) };
}
