import { insideOn, type BoxLimits } from './boxLimits.js';
import type { PrimTable } from './primTable.js';

/**
 * For each of `rows`, how many of the factors `dims` put it outside `limits` (capped at 2,
 * since only 0 and 1 matter), and when exactly one does, which (`dim`, a column index) and on
 * which side (`side`: 0 below the low end or a left-out category, 1 above the high end).
 *
 * A case with no violation is in the box; a case with one violation on factor j is in the
 * box once j's limit is relaxed far enough. This one pass is what pasting (which relaxes one
 * limit at a time) and the quasi-p-values (which drop one limit at a time) both need, so
 * neither has to test every case against the whole box again per candidate.
 * Cost O(rows · dims).
 */
export interface Violations {
  count: Uint8Array;
  dim: Int32Array;
  side: Uint8Array;
}

export function violations(table: PrimTable, rows: Int32Array, limits: BoxLimits, dims: readonly number[]): Violations {
  const count = new Uint8Array(rows.length);
  const dim = new Int32Array(rows.length).fill(-1);
  const side = new Uint8Array(rows.length);
  for (const c of dims) {
    const values = table.columns[c].values;
    const high = limits.high[c];
    for (let i = 0; i < rows.length; i++) {
      if (count[i] >= 2) continue;
      const v = values[rows[i]];
      if (insideOn(limits, c, v)) continue;
      count[i]++;
      dim[i] = c;
      side[i] = v > high ? 1 : 0;
    }
  }
  return { count, dim, side };
}
