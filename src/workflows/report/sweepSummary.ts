import { summarise } from '../../analysis/summarise.js';
import { analyzeResults } from '../../methods/analyzeResults.js';
import type { SummaryTableRow } from '../../methods/summary/summaryRows.js';
import { readAnalysisRows } from '../../results/readAnalysisRows.js';
import type { SweepFolder } from '../../results/ResultsFolder.js';
import { sweepResultsData } from '../charts/sweepResultsData.js';

/**
 * One metric summarised over the finished runs of one design point (or, with `point`
 * null, over all finished runs): the columns of `analysis/summary.csv`.
 */
export interface SummaryRow extends Omit<SummaryTableRow, 'point'> {
  /** The design point, or null for all runs together. */
  point: number | null;
}

/**
 * Summarises metrics of a sweep (n, mean, sd, 95% Student-t interval of the mean, median
 * over the finished runs with a finite value): `by: 'point'` gives one row per metric and
 * design point, as `collabsim analyze --method summary` does (read from
 * `analysis/summary.csv` when it is there, else computed by `analyzeResults`); `by: 'all'`
 * one row per metric over all runs (`summarise`). Points without a value are left out.
 *
 * @example
 * sweepSummary(sweep, ['successRate'], 'all');
 * // [{ metric: 'successRate', point: null, n: 8, mean: 0.64, ... }]
 */
export function sweepSummary(sweep: SweepFolder, metrics: readonly string[], by: 'point' | 'all'): SummaryRow[] {
  if (by === 'point') {
    const stored = readAnalysisRows(sweep.dir, 'summary');
    if (stored !== null && metrics.every((m) => stored.some((r) => r.metric === m))) {
      return metrics.flatMap((m) => stored.filter((r) => r.metric === m && Number(r.n) > 0) as unknown as SummaryRow[]);
    }
    const analysis = analyzeResults(sweepResultsData(sweep, metrics), { method: 'summary' });
    return analysis.method === 'summary' ? analysis.rows.filter((r) => r.n > 0) : [];
  }
  return metrics.flatMap((metric) => {
    const values: number[] = [];
    for (const run of sweep.runs) {
      const value = run[metric];
      if (run.status !== 'ok' || typeof value !== 'number' || !Number.isFinite(value)) continue;
      values.push(value);
    }
    if (values.length === 0) return [];
    const { n, mean, sd, ciLow, ciHigh, median } = summarise(values);
    return [{ metric, point: null, n, mean, sd, ciLow, ciHigh, median }];
  });
}
