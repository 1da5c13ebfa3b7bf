import { sobolIndices, type SobolFactorIndices, type SobolPairIndex } from './sobolIndices.js';
import type { PointGroups } from '../../analysis/results/groupByPoint.js';
import { completeMeans } from '../../analysis/results/completeMeans.js';

/** One row of `sobol.csv`: first-order and total index of one factor for one metric. */
export interface SobolTableRow extends SobolFactorIndices {
  metric: string;
}

/** One row of `sobol2.csv`: the second-order index of a pair of factors for one metric. */
export interface SobolPairTableRow extends SobolPairIndex {
  metric: string;
}

/** Bootstrap settings of the Sobol' and Morris analyses. */
export interface BootstrapOptions {
  /** resamples (default 1000; 0 for no intervals) */
  bootstrap?: number;
  /** seed of the bootstrap (default 0) */
  seed?: number;
  /** interval coverage (default 0.95) */
  confidence?: number;
}

/**
 * The `sobol` tables of one metric from a sobol design: `sobolIndices` of the mean over
 * replicates at each design point, rows sorted by ST (largest first), and the second-order
 * indices when the design has them. Every design point needs at least one successful run
 * (the estimator reads the A/B/AB blocks by position). Cost O(points + bootstrap · N · k).
 *
 * @example
 * sobolRows('y', groups, layout, { bootstrap: 1000 }).factors[0]; // { metric: 'y', factor: 'x1', S1: 0.31, … }
 */
export function sobolRows(
  metric: string,
  groups: PointGroups,
  layout: Record<string, unknown>,
  options: BootstrapOptions = {},
): { factors: SobolTableRow[]; pairs: SobolPairTableRow[] } {
  const result = sobolIndices(completeMeans(metric, groups, 'sobol'), layout, options);
  return {
    factors: result.factors.map((f) => ({ metric, ...f })).sort((a, b) => descending(a.ST, b.ST)),
    pairs: result.pairs.map((p) => ({ metric, ...p })),
  };
}

function descending(a: number, b: number): number {
  return (Number.isNaN(b) ? -Infinity : b) - (Number.isNaN(a) ? -Infinity : a);
}
