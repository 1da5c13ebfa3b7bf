import { summarise, type Summary } from '../../analysis/summarise.js';
import type { PointGroups } from '../../analysis/results/groupByPoint.js';

/**
 * One row of `summary.csv`: one metric at one design point, over its successful runs with
 * a value (`n`); `sd`, `ciLow` and `ciHigh` are NaN when n < 2.
 */
export interface SummaryTableRow extends Pick<Summary, 'n' | 'mean' | 'sd' | 'ciLow' | 'ciHigh' | 'median'> {
  metric: string;
  point: number;
}

/**
 * The `summary` table of one metric: for each design point the number of values, mean,
 * standard deviation, the t-interval of the mean and the median (see `summarise`). A point
 * whose runs all failed gets `n = 0` and NaN elsewhere, so no point silently disappears.
 * Cost O(runs log replicates).
 *
 * @example
 * summaryRows('y', groupByPoint(point, values, 2));
 * // [{ metric: 'y', point: 0, n: 5, mean: 1.02, sd: 0.1, ciLow: 0.90, ciHigh: 1.14, median: 1.0 }, …]
 */
export function summaryRows(metric: string, groups: PointGroups, confidence = 0.95): SummaryTableRow[] {
  const rows: SummaryTableRow[] = [];
  for (let point = 0; point + 1 < groups.offsets.length; point++) {
    const values = groups.values.subarray(groups.offsets[point], groups.offsets[point + 1]);
    if (values.length === 0) {
      rows.push({ metric, point, n: 0, mean: NaN, sd: NaN, ciLow: NaN, ciHigh: NaN, median: NaN });
      continue;
    }
    const s = summarise(values, confidence);
    rows.push({ metric, point, n: s.n, mean: s.mean, sd: s.sd, ciLow: s.ciLow, ciHigh: s.ciHigh, median: s.median });
  }
  return rows;
}
