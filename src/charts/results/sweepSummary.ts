import { summarise } from '../../analysis/summarise.js';
import { readAnalysisRows } from './readAnalysisRows.js';
import type { SweepFolder } from './ResultsFolder.js';

/**
 * One metric summarised over the finished runs of one design point (or, with `point`
 * null, over all finished runs): the columns of `analysis/summary.csv`.
 */
export interface SummaryRow {
  metric: string;
  /** The design point, or null for all runs together. */
  point: number | null;
  n: number;
  mean: number;
  /** Sample standard deviation; NaN when n = 1. */
  sd: number;
  /** 95% Student-t interval of the mean; NaN when n = 1. */
  ciLow: number;
  ciHigh: number;
  median: number;
}

/**
 * Summarises metrics of a sweep with `summarise` (mean, sd, 95% t interval, median over
 * the finished runs with a finite value): `by: 'point'` gives one row per metric and design
 * point (read from `analysis/summary.csv` when `collabsim analyze` wrote it), `by: 'all'`
 * one row per metric over all runs. Metrics or points without a value are left out.
 *
 * @example
 * sweepSummary(sweep, ['successRate'], 'all');
 * // [{ metric: 'successRate', point: null, n: 8, mean: 0.64, ... }]
 */
export function sweepSummary(sweep: SweepFolder, metrics: readonly string[], by: 'point' | 'all'): SummaryRow[] {
  if (by === 'point') {
    const stored = readAnalysisRows(sweep.dir, 'summary');
    if (stored !== null && metrics.every((m) => stored.some((r) => r.metric === m))) {
      return metrics.flatMap((m) => stored.filter((r) => r.metric === m) as unknown as SummaryRow[]);
    }
  }
  const points = sweep.record.design.points.length;
  return metrics.flatMap((metric) => {
    const buckets: number[][] = Array.from({ length: by === 'point' ? points : 1 }, () => []);
    for (const run of sweep.runs) {
      const value = run[metric];
      if (run.status !== 'ok' || typeof value !== 'number' || !Number.isFinite(value)) continue;
      buckets[by === 'point' ? run.point : 0].push(value);
    }
    return buckets.flatMap((values, p): SummaryRow[] => {
      if (values.length === 0) return [];
      const { n, mean, sd, ciLow, ciHigh, median } = summarise(values);
      return [{ metric, point: by === 'point' ? p : null, n, mean, sd, ciLow, ciHigh, median }];
    });
  });
}
