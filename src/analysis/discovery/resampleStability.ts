import { deriveSeed } from '../../random/deriveSeed.js';
import { createRng } from '../../random/rng.js';
import { primOnRows, type PrimResult } from './prim.js';
import { primTable, type FactorColumns, type FactorRows, type FactorType } from './primTable.js';

/** How often one factor is restricted in the boxes of PRIM run on resamples. */
export interface FactorStability {
  factor: string;
  /** Share (0–1) of resamples whose box nearest in coverage to the chosen box restricts this factor. */
  reproduceCoverage: number;
  /** The same, for the box nearest in density. */
  reproduceDensity: number;
}

/** Options of `resampleStability`. */
export interface ResampleOptions {
  /** Number of resamples (default 10, as EMA Workbench). */
  resamples?: number;
  /** Share of the cases in each resample, drawn without replacement (default 0.5). */
  fraction?: number;
  /** Root seed; resample i uses `deriveSeed(seed, i)` (default 0). */
  seed?: number;
  /** Factor types, as given to `prim`. */
  types?: Record<string, FactorType>;
}

/**
 * Bryant & Lempert's (2010) reproducibility of a box: PRIM runs again (same settings) on
 * `resamples` random subsets of the cases (each a `fraction` of them, without replacement),
 * and on each resample's trajectory the box nearest in coverage, and the one nearest in
 * density, to the chosen box `index` of `result`; per factor, the share of resamples in which
 * that box restricts it. A factor restricted in nearly every resample is part of a robust
 * story; one restricted in a few is likely noise. Follows EMA Workbench's
 * `PrimBox.resample` (which reports percentages); the subsets come from collabsim's seeded
 * generator, so they are reproducible but not numpy's. Rows are sorted by the two shares,
 * highest first. Cost: `resamples` runs of PRIM on `fraction` of the data.
 *
 * @example
 * const result = prim(x, y);
 * resampleStability(x, y, result, result.trajectory.length - 1, { resamples: 10, seed: 1 });
 * // [{ factor: 'x1', reproduceCoverage: 1, reproduceDensity: 1 }, { factor: 'x2', … }, …]
 */
export function resampleStability(
  x: FactorColumns | FactorRows,
  y: ArrayLike<number | boolean>,
  result: PrimResult,
  index: number,
  options: ResampleOptions = {},
): FactorStability[] {
  const table = primTable(x, y, options.types);
  const resamples = options.resamples ?? 10;
  const size = Math.floor(table.n * (options.fraction ?? 0.5));
  const chosen = result.trajectory[index];
  const counts = table.columns.map(() => [0, 0]);
  for (let i = 0; i < resamples; i++) {
    const rows = subsample(table.n, size, deriveSeed(options.seed ?? 0, i));
    const { result: again } = primOnRows(subTable(table, rows), new Int32Array(size).map((_, j) => j), result.settings);
    const nearest = (key: 'coverage' | 'density') =>
      again.trajectory.reduce((best, box) => (Math.abs(box[key] - chosen[key]) < Math.abs(best[key] - chosen[key]) ? box : best));
    [nearest('coverage'), nearest('density')].forEach((box, which) => {
      box.limits.forEach((limit, c) => {
        if (limit.restricted) counts[c][which]++;
      });
    });
  }
  return table.columns
    .map((column, c) => ({ factor: column.name, reproduceCoverage: counts[c][0] / resamples, reproduceDensity: counts[c][1] / resamples }))
    .sort((a, b) => b.reproduceCoverage - a.reproduceCoverage || b.reproduceDensity - a.reproduceDensity);
}

/** `size` distinct row indices out of `n`, ascending (partial Fisher–Yates shuffle). */
function subsample(n: number, size: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const order = new Int32Array(n).map((_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, size).sort();
}

/** The table restricted to `rows` (categories keep their codes, so limits stay comparable). */
function subTable(table: ReturnType<typeof primTable>, rows: Int32Array): ReturnType<typeof primTable> {
  const y = Uint8Array.from(rows, (r) => table.y[r]);
  return {
    columns: table.columns.map((column) => ({ ...column, values: Float64Array.from(rows, (r) => column.values[r]) })),
    y,
    n: rows.length,
    interest: y.reduce((a, b) => a + b, 0),
  };
}
