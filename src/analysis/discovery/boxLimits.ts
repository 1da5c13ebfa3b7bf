import type { PrimTable } from './primTable.js';

/**
 * A box: per factor (in the table's column order) the lowest and highest value inside it,
 * and for a categorical factor which categories are inside (1) or not (0). A case is in the
 * box when every numeric value lies in [low, high] (both ends included, as in EMA Workbench)
 * and every category is included. `low` and `high` are NaN for categorical factors;
 * `included` is null for numeric ones.
 */
export interface BoxLimits {
  low: Float64Array;
  high: Float64Array;
  included: (Uint8Array | null)[];
}

/**
 * The box around all the data: each numeric factor's minimum and maximum, every category.
 * PRIM starts here, and measures "restricted" against it. Cost O(rows · factors).
 *
 * @example
 * initialLimits(primTable({ x: [3, 1, 2] }, [1, 0, 0])).low[0]; // 1
 */
export function initialLimits(table: PrimTable): BoxLimits {
  const k = table.columns.length;
  const limits: BoxLimits = { low: new Float64Array(k), high: new Float64Array(k), included: [] };
  table.columns.forEach((column, c) => {
    if (column.type === 'categorical') {
      limits.low[c] = limits.high[c] = NaN;
      limits.included.push(new Uint8Array(column.categories.length).fill(1));
      return;
    }
    let low = Infinity;
    let high = -Infinity;
    for (const v of column.values) {
      if (v < low) low = v;
      if (v > high) high = v;
    }
    limits.low[c] = low;
    limits.high[c] = high;
    limits.included.push(null);
  });
  return limits;
}

/** A copy that can be changed without changing `limits`. */
export function copyLimits(limits: BoxLimits): BoxLimits {
  return {
    low: limits.low.slice(),
    high: limits.high.slice(),
    included: limits.included.map((set) => (set === null ? null : set.slice())),
  };
}

/** Whether factor `c` of `limits` is narrower than in `initial` (its low or high moved, or a category left out). */
export function isRestricted(limits: BoxLimits, initial: BoxLimits, c: number): boolean {
  const set = limits.included[c];
  if (set !== null) return set.some((inside) => inside === 0);
  return limits.low[c] !== initial.low[c] || limits.high[c] !== initial.high[c];
}

/** The factors `limits` restricts, as column indices in table order. */
export function restrictedFactors(limits: BoxLimits, initial: BoxLimits): number[] {
  const found: number[] = [];
  for (let c = 0; c < limits.low.length; c++) if (isRestricted(limits, initial, c)) found.push(c);
  return found;
}

/** Whether value `v` of factor `c` lies inside `limits` on that factor. */
export function insideOn(limits: BoxLimits, c: number, v: number): boolean {
  const set = limits.included[c];
  return set !== null ? set[v] === 1 : limits.low[c] <= v && v <= limits.high[c];
}
