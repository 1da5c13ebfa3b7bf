import { copyLimits, type BoxLimits } from './boxLimits.js';
import { candidateOrder, type CandidateBox } from './candidateBox.js';
import type { PrimTable } from './primTable.js';
import { sdQuantileUnsorted } from './sdQuantile.js';

/**
 * Every peel of a box, in EMA Workbench's order (`Prim._peel`): per factor (real, then
 * integer, then categorical) its upper and then its lower end cut off at the `alpha` quantile
 * of the box's values (`sdQuantile`), or for a categorical factor each category in the box
 * left out in turn (when more than one is left).
 *
 * - real: the upper peel keeps values ≤ the (1 − α) quantile, which becomes the new high;
 *   the lower peel keeps values ≥ the α quantile, the new low;
 * - integer (EMA's `_discrete_peel`): the quantile is truncated to a whole number; if that is
 *   the current limit itself, the cases at the limit are peeled (strictly inside is kept);
 *   the new limit is the most extreme value kept;
 * - categorical: the cases of the left-out category go.
 *
 * `rows` are the cases in the box (indices into the table). Expected cost O(factors · m) for
 * a box of m cases (quantiles by selection, `sdQuantileUnsorted`, and the counts).
 */
export function peelCandidates(table: PrimTable, rows: Int32Array, limits: BoxLimits, alpha: number): CandidateBox[] {
  const candidates: CandidateBox[] = [];
  for (const c of candidateOrder(table)) {
    const column = table.columns[c];
    const values = column.values;
    if (column.type === 'categorical') {
      const inside = limits.included[c]!;
      if (inside.reduce((a, b) => a + b, 0) <= 1) continue;
      inside.forEach((isIn, category) => {
        if (isIn === 0) return;
        const next = copyLimits(limits);
        next.included[c]![category] = 0;
        candidates.push(counted(table, rows, c, next, (v) => v !== category));
      });
      continue;
    }
    const inBox = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) inBox[i] = values[rows[i]];
    const low = limits.low[c];
    const high = limits.high[c];
    if (column.type === 'real') {
      const top = sdQuantileUnsorted(inBox, 1 - alpha);
      const bottom = sdQuantileUnsorted(inBox, alpha);
      candidates.push(counted(table, rows, c, withLimit(limits, c, 'high', top), (v) => v <= top));
      candidates.push(counted(table, rows, c, withLimit(limits, c, 'low', bottom), (v) => v >= bottom));
      continue;
    }
    const top = Math.trunc(sdQuantileUnsorted(inBox, 1 - alpha));
    const keepTop = top === high ? (v: number) => v < high && v >= low : (v: number) => v <= top && v >= low;
    const bottom = Math.trunc(sdQuantileUnsorted(inBox, alpha));
    const keepBottom = bottom === low ? (v: number) => v > low && v <= high : (v: number) => v >= bottom && v <= high;
    candidates.push(discrete(table, rows, c, limits, 'high', keepTop, inBox));
    candidates.push(discrete(table, rows, c, limits, 'low', keepBottom, inBox));
  }
  return candidates;
}

function withLimit(limits: BoxLimits, c: number, end: 'low' | 'high', value: number): BoxLimits {
  const next = copyLimits(limits);
  next[end][c] = value;
  return next;
}

/** An integer peel: the new limit is the most extreme value kept (or of the box, if none is kept). */
function discrete(
  table: PrimTable,
  rows: Int32Array,
  c: number,
  limits: BoxLimits,
  end: 'low' | 'high',
  keep: (v: number) => boolean,
  inBox: Float64Array,
): CandidateBox {
  let limit = end === 'high' ? -Infinity : Infinity;
  let extreme = limit;
  for (const v of inBox) {
    extreme = end === 'high' ? Math.max(extreme, v) : Math.min(extreme, v);
    if (keep(v)) limit = end === 'high' ? Math.max(limit, v) : Math.min(limit, v);
  }
  if (!Number.isFinite(limit)) limit = extreme;
  return counted(table, rows, c, withLimit(limits, c, end, limit), keep);
}

function counted(table: PrimTable, rows: Int32Array, c: number, limits: BoxLimits, keep: (v: number) => boolean): CandidateBox {
  const values = table.columns[c].values;
  let n = 0;
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (keep(values[r])) {
      n++;
      k += table.y[r];
    }
  }
  return { column: c, limits, n, k, members: () => rows.filter((r) => keep(values[r])) };
}
