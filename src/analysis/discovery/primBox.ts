import { isRestricted, type BoxLimits } from './boxLimits.js';
import type { TrajectoryStep } from './findBox.js';
import type { FactorType, PrimTable } from './primTable.js';
import { quasiPValues } from './quasiPValues.js';

/**
 * A box's limits on one factor. Numeric factors have `low` and `high` (the data's range
 * where unrestricted) and `categories` null; categorical factors have the categories inside
 * the box and `low`, `high` null. `qpLow` and `qpHigh` are the quasi-p-values of a restricted
 * end (for a categorical factor, `qpLow` is that of its set of categories), null otherwise.
 */
export interface FactorLimit {
  factor: string;
  type: FactorType;
  low: number | null;
  high: number | null;
  categories: string[] | null;
  restricted: boolean;
  qpLow: number | null;
  qpHigh: number | null;
}

/**
 * One box on PRIM's peeling and pasting trajectory.
 *
 * - `n`: cases in the box; `k`: cases of interest among them;
 * - `coverage` = k / (all cases of interest): the share of the cases of interest the box
 *   catches; `density` = k / n: the share of the box's cases that are of interest;
 *   `mass` = n / (all cases): the box's share of all cases;
 * - `restricted`: the number of factors the box restricts;
 * - `phase`: `start` (the box around all data), `peel` or `paste`: how it was reached.
 */
export interface PrimBox {
  /** Position on the trajectory, from 0. */
  index: number;
  phase: TrajectoryStep['phase'];
  n: number;
  k: number;
  coverage: number;
  density: number;
  mass: number;
  restricted: number;
  /** Per factor, in the table's order. */
  limits: FactorLimit[];
}

/**
 * The public description of a trajectory step: counts, shares, and per factor its limits
 * with quasi-p-values (computed over `rows`, the cases in play when the box was found).
 * Cost O(rows · restricted factors).
 */
export function primBox(table: PrimTable, rows: Int32Array, initial: BoxLimits, step: TrajectoryStep, index: number): PrimBox {
  const n = step.rows.length;
  const qp = quasiPValues(table, rows, step.limits, initial, n, step.k);
  const limits = table.columns.map((column, c): FactorLimit => {
    const set = step.limits.included[c];
    const p = qp.get(c);
    return {
      factor: column.name,
      type: column.type,
      low: set === null ? step.limits.low[c] : null,
      high: set === null ? step.limits.high[c] : null,
      categories: set === null ? null : column.categories.filter((_, i) => set[i] === 1),
      restricted: isRestricted(step.limits, initial, c),
      qpLow: p?.low ?? null,
      qpHigh: p?.high ?? null,
    };
  });
  return {
    index,
    phase: step.phase,
    n,
    k: step.k,
    coverage: step.k / Math.max(table.interest, 1),
    density: step.k / n,
    mass: n / table.n,
    restricted: limits.filter((l) => l.restricted).length,
    limits,
  };
}
